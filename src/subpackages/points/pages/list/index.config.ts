export default definePageConfig({ navigationBarTitleText: '找网点', enablePullDownRefresh: true })
