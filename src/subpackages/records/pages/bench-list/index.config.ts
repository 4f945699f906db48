export default definePageConfig({ navigationBarTitleText: '列表性能测试' })
