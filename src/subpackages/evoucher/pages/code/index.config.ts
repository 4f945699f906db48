export default definePageConfig({ navigationBarTitleText: '医保电子凭证' })
