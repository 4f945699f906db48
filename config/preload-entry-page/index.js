// h5: the browser learns of the first page's chunk only after the app script has run (Taro's router imports it), one
// round trip plus the app's start-up later. This adds <link rel="preload"> for that chunk's script and stylesheet to
// index.html, so they download alongside the app script. Same bytes, no wait in between.
const HtmlWebpackPlugin = require('html-webpack-plugin')

class PreloadEntryPagePlugin {
  /** @param {{ page: string }} options the entry page's source path under src/, e.g. pages/home/index */
  constructor(options) {
    this.page = options.page
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadEntryPagePlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadEntryPagePlugin', (data) => {
        const publicPath = compilation.outputOptions.publicPath === 'auto' ? '' : (compilation.outputOptions.publicPath ?? '')
        const files = new Set()
        for (const chunk of compilation.chunks) {
          if (chunk.canBeInitial()) continue
          const modules = compilation.chunkGraph.getChunkModules(chunk)
          // nameForCondition: a concatenated module answers with its root module's file.
          const ofPage = (m) => (m.nameForCondition?.() ?? '').replace(/\\/g, '/').includes(`/src/${this.page}.`)
          if (!modules.some(ofPage)) continue
          for (const file of chunk.files) files.add(file)
        }
        for (const file of [...files].sort()) {
          const as = file.endsWith('.css') ? 'style' : file.endsWith('.js') ? 'script' : null
          if (!as) continue
          data.headTags.push({
            tagName: 'link',
            voidTag: true,
            meta: { plugin: 'PreloadEntryPagePlugin' },
            attributes: { rel: 'preload', as, href: publicPath + file },
          })
        }
        return data
      })
    })
  }
}

module.exports = PreloadEntryPagePlugin
