import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { EntryPlugin } from 'webpack'

/** Where the weapp build puts the mock's capability services: inside a subpackage, so not in the main package. */
const MOCK_SERVICES_CHUNK = 'subpackages/common/mock-services'

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
    // weapp-aria: role and aria-* reach WeChat's screen reader (Taro's templates drop attributes they do not list).
    plugins: [path.resolve(__dirname, 'weapp-aria/index.js')],
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
    // Taro's terser keeps only ASCII in output, so every Chinese character ships as a 6-byte \uXXXX escape.
    // WeChat reads package JS as UTF-8 (hand-written mini programs put Chinese in JS directly), so ship UTF-8:
    // 3 bytes a character, ≈20 KB off the main package. U+2028/2029 stay escaped by terser regardless.
    // Taro also turns off many of terser's default compress passes; terser's defaults are what webpack ships everywhere,
    // and the weapp harness runs the result through every page and journey.
    terser: {
      enable: true,
      config: {
        output: { ascii_only: false },
        compress: {
          collapse_vars: true,
          comparisons: true,
          computed_props: true,
          hoist_props: true,
          inline: true,
          loops: true,
          reduce_funcs: true,
          reduce_vars: true,
          switches: true,
          typeofs: true,
          passes: 2,
        },
      },
    },
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // TARO_SOURCEMAP=1: source maps for size analysis (scripts/size-breakdown.mjs); never in shipped builds.
      enableSourceMap: process.env.TARO_SOURCEMAP === '1',
      sourceMapType: 'source-map',
      miniCssExtractPluginOption: { ignoreOrder: true },
      optimizeMainPackage: { enable: true },
      // Taro puts every @tarojs package in the main package's taro.js; the virtual list is used only by subpackages,
      // so leave it to optimizeMainPackage, which moves it into the subpackages that use it (≈17 KB off the main package).
      webpackChain(chain) {
        // The mock's capability services are their own entry in the common subpackage, loaded with require.async after
        // the first screen (backend/app-mock.ts), so the main package carries only signing in. A BACKEND_URL build has no mock.
        // Taro's MiniPlugin replaces webpack's entry option with its own, so the entry is added by webpack's EntryPlugin.
        if (!process.env.BACKEND_URL) {
          const later = path.resolve(__dirname, '..', 'src/backend/mock/weapp-services-entry.ts')
          chain.plugin('mock-services-entry').use(EntryPlugin, [path.dirname(later), later, { name: MOCK_SERVICES_CHUNK }])
        }
        chain.optimization.splitChunks({
          ...chain.optimization.get('splitChunks'),
          cacheGroups: {
            ...chain.optimization.get('splitChunks')?.cacheGroups,
            taro: {
              name: 'taro',
              test: (module: { context?: string }) =>
                /@tarojs[\\/][a-z]+/.test(module.context ?? '') && !/@tarojs[\\/]components-advanced/.test(module.context ?? ''),
              priority: 100,
            },
          },
        })
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      enableSourceMap: process.env.TARO_SOURCEMAP === '1',
      sourceMapType: 'source-map',
      miniCssExtractPluginOption: { ignoreOrder: true },
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      webpackChain(chain) {
        // The home page's chunk downloads with the app script instead of after it (config/preload-entry-page).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        chain.plugin('preload-entry-page').use(require('./preload-entry-page'), [{ page: 'pages/home/index' }])
        // Each Taro component in its own module, so a page's chunk carries only the components it uses (h5-components).
        chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, 'h5-components/index.js'))
      },
      // Images as files, never base64 inside the JS (the tab icons alone were 5 KB of the first screen's script).
      imageUrlLoaderOption: { limit: true },
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
