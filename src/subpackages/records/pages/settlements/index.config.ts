export default definePageConfig({ navigationBarTitleText: '异地就医结算', enablePullDownRefresh: true })
