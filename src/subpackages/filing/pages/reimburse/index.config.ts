export default definePageConfig({ navigationBarTitleText: '补办与手工报销' })
