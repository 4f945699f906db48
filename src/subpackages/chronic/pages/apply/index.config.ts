export default definePageConfig({ navigationBarTitleText: '申请门诊慢特病认定' })
