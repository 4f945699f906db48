export default definePageConfig({ navigationBarTitleText: '网点地图' })
