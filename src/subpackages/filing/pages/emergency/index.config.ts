export default definePageConfig({ navigationBarTitleText: '急诊抢救' })
