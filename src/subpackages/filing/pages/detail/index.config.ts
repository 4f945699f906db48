export default definePageConfig({ navigationBarTitleText: '备案详情', enablePullDownRefresh: true })
