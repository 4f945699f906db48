import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const TARO_DEFAULT = { name: '@tarojs/taro', importNames: ['default'], message: 'Call Taro APIs through src/platform.' }

function upward(folders) {
  return folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message: `Imports flow one way; this layer must not import from ${f}/.` }))
}

function layer(files, forbidden) {
  return [{ files: [files], rules: { 'no-restricted-imports': ['error', { paths: [TARO_DEFAULT], patterns: upward(forbidden) }] } }]
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.jest-cache/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Layering: only platform/ may touch Taro's APIs.
      'no-restricted-imports': ['error', { paths: [TARO_DEFAULT] }],
    },
  },
  // Layering: pages → features → app-state → backend / platform / components / lib. Lower layers never import upward.
  ...layer('src/backend/**', ['features', 'app-state', 'components', 'pages', 'subpackages']),
  ...layer('src/lib/**', ['features', 'app-state', 'components', 'pages', 'subpackages', 'platform']),
  ...layer('src/components/**', ['features', 'pages', 'subpackages']),
  ...layer('src/app-state/**', ['features', 'components', 'pages', 'subpackages']),
  ...layer('src/features/**', ['pages', 'subpackages']),
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: upward(['features', 'app-state', 'components', 'pages', 'subpackages', 'backend']) }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', window: 'readonly', document: 'readonly', fetch: 'readonly', getComputedStyle: 'readonly', structuredClone: 'readonly', localStorage: 'readonly', AbortController: 'readonly', Buffer: 'readonly', URLSearchParams: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
