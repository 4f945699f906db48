export default definePageConfig({ navigationBarTitleText: '家人确认' })
