import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

// TARO_OUTPUT lets parallel builds (tests, size checks) write to separate folders.
export default defineConfig(async (merge, { command, mode }) => {
  const type = process.env.TARO_ENV ?? 'weapp'
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'suixing-yibao',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: process.env.TARO_OUTPUT ?? `dist/${type}`,
    plugins: [],
    // Map marker icons must be files in the package: weapp's map takes no data URIs.
    copy: {
      patterns: [{ from: 'src/subpackages/points/assets/', to: `${process.env.TARO_OUTPUT ?? `dist/${type}`}/subpackages/points/assets/` }],
      options: {},
    },
    defineConstants: {
      'process.env.BACKEND_URL': JSON.stringify(process.env.BACKEND_URL ?? ''),
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      miniCssExtractPluginOption: { ignoreOrder: true },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      miniCssExtractPluginOption: { ignoreOrder: true },
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  void command
  void mode
  return merge({}, base)
})
