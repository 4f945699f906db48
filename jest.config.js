module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  cacheDirectory: '<rootDir>/.jest-cache',
  setupFiles: ['<rootDir>/tests/support/jest-setup.ts'],
  globals: {
    ENABLE_INNER_HTML: true, ENABLE_ADJACENT_HTML: true, ENABLE_SIZE_APIS: true, ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true, ENABLE_CONTAINS: true, ENABLE_MUTATION_OBSERVER: true, DEPRECATED_ADAPTER_COMPONENT: false,
    TARO_ENV: 'h5', TARO_PLATFORM: 'web', SUPPORT_TARO_POLYFILL: 'disabled',
  },
  transform: { '^.+\\.(m?js|jsx|tsx?)$': ['babel-jest', { configFile: './babel.jest.js' }] },
  transformIgnorePatterns: ['/node_modules/(react|react-dom|scheduler|@babel/runtime|core-js)/'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '@tarojs/taro-h5',
    '\\.(css|scss)$': 'identity-obj-proxy',
  },
}
