import { defineConfig } from '@tarojs/cli'
export default defineConfig(async (merge) =>
  merge(
    {},
    {
      projectName: 'hello',
      date: '2026-12-01',
      designWidth: 750,
      deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
      sourceRoot: 'src',
      outputRoot: process.env.TARO_OUTPUT ?? `dist/${process.env.TARO_ENV}`,
      plugins: [],
      framework: 'react',
      compiler: { type: 'webpack5', prebundle: { enable: false } },
      cache: { enable: false },
      mini: { postcss: { pxtransform: { enable: true, config: {} } } },
      h5: { publicPath: './', staticDirectory: 'static', router: { mode: 'hash' } },
    },
  ),
)
