/**
 * weapp: where the mock chunk (a separate entry inside a subpackage, see config/index.ts) hands its modules to the app.
 * The chunk shares the main package's webpack module table, so this module is the same instance on both sides.
 */
type LaterModules = typeof import('@/backend/mock/later')

let provided: LaterModules | null = null

export function provideLater(modules: LaterModules): void {
  provided = modules
}

export function takeLater(): LaterModules {
  if (!provided) throw new Error('the mock services chunk ran without providing its modules')
  return provided
}
