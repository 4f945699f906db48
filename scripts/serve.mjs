// `npm run demo`: serves the built h5 app on 127.0.0.1 (PORT, default 10086).
import { serveStatic } from './static-server.mjs'

const { url } = await serveStatic('dist/h5', Number(process.env.PORT ?? 10086))
console.log(`随行医保 demo: ${url}  (open at phone size, e.g. DevTools device mode 390×844)`)
console.log(`Fault injection: ${url}?mock=slow,flaky  — or 我的 → 开发者设置`)
