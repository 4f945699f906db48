export default definePageConfig({ navigationBarTitleText: '开发者设置' })
