export default definePageConfig({ navigationBarTitleText: '认定详情', enablePullDownRefresh: true })
