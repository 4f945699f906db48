// The layers of src/ and what each may import, as zones for import-x/no-restricted-paths.
// pages → features → components → app-state → domain / backend / platform / lib. Lower layers never import upward,
// features never import each other, subpackages never import each other, and adapters import only the port and the domain.
import { readdirSync } from 'node:fs'

const dirs = (path) =>
  readdirSync(new URL(`../${path}`, import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)

/** Everything in src/ except the listed folders (relative to src/). */
const allBut = (target, allowed, message) => ({ target: `./src/${target}`, from: './src', except: allowed.map((a) => `./${a}`), message })

export function layerZones() {
  const zones = [
    allBut('lib', ['lib'], 'lib/ is generic: it imports nothing from the app.'),
    allBut('domain', ['domain', 'lib'], 'domain/ is pure: it imports only itself and lib/.'),
    allBut('platform', ['platform', 'lib'], 'platform/ wraps Taro only: it imports only lib/.'),
    allBut('backend/port', ['backend/port', 'domain', 'lib'], 'The port depends only on the domain.'),
    allBut('backend/token-store.ts', ['domain'], 'The token store depends only on the domain.'),
    allBut('backend/dev-controls.ts', ['domain'], 'Dev controls depend only on the domain.'),
    allBut(
      'backend/mock',
      ['backend/mock', 'backend/port', 'backend/token-store.ts', 'backend/dev-controls.ts', 'domain', 'lib'],
      'The mock adapter imports only the port and the domain.',
    ),
    allBut(
      'backend/http',
      ['backend/http', 'backend/port', 'backend/token-store.ts', 'domain', 'lib'],
      'The HTTP adapter imports only the port and the domain.',
    ),
    allBut('backend/contract', ['backend/contract', 'backend/port', 'domain', 'lib'], 'The contract suite speaks only the port.'),
    allBut('backend', ['backend', 'domain', 'platform', 'lib'], 'backend/ never imports app state, features or UI.'),
    allBut('app-state', ['app-state', 'backend/index.ts', 'domain', 'platform', 'lib'], 'app-state/ sits below features and UI.'),
    allBut('components', ['components', 'app-state', 'domain', 'platform', 'lib'], 'Shared UI never imports features, pages or adapters.'),
  ]
  for (const feature of dirs('src/features')) {
    zones.push(
      allBut(
        `features/${feature}`,
        [`features/${feature}`, 'components', 'app-state', 'backend/index.ts', 'domain', 'platform', 'lib'],
        'Features never import each other or pages; they reach the backend through @/backend.',
      ),
    )
  }
  for (const sub of dirs('src/subpackages')) {
    zones.push({
      target: `./src/subpackages/${sub}`,
      from: './src/subpackages',
      except: [`./${sub}`],
      message: 'Subpackages cannot import each other.',
    })
    zones.push({
      target: `./src/subpackages/${sub}`,
      from: './src/backend',
      except: ['./index.ts'],
      message: 'Pages reach the backend only through @/backend.',
    })
  }
  zones.push({ target: './src/pages', from: './src/subpackages', message: 'Tab pages cannot import subpackage code.' })
  zones.push({
    target: './src/pages',
    from: './src/backend',
    except: ['./index.ts'],
    message: 'Pages reach the backend only through @/backend.',
  })
  return zones
}
