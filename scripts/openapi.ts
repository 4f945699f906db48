// `npm run openapi`: writes docs/openapi.json from the same method list the adapter and server use.
import { writeFileSync } from 'node:fs'
import { openApiDocument } from '../server/openapi'

writeFileSync('docs/openapi.json', JSON.stringify(openApiDocument(), null, 2) + '\n')
console.log('wrote docs/openapi.json')
