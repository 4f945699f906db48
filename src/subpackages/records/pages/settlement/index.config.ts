export default definePageConfig({ navigationBarTitleText: '结算详情', enablePullDownRefresh: true })
