export default definePageConfig({ navigationBarTitleText: '转移接续进度', enablePullDownRefresh: true })
