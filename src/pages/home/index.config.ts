export default definePageConfig({ navigationBarTitleText: '随行医保', enablePullDownRefresh: true })
