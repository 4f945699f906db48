export default definePageConfig({ navigationBarTitleText: '医保关系转移接续' })
