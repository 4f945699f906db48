export default definePageConfig({ navigationBarTitleText: '报销进度', enablePullDownRefresh: true })
