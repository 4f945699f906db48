export default definePageConfig({ navigationBarTitleText: '年度缴费明细' })
