// The h5 build's components have Taro's own types (index.js recreates or replaces Taro's, same props).
export * from '@tarojs/components'
