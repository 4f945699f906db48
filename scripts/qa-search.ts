// `npm run -s qa:search -- "问题"`: how the app's search ranks a question over the bundled Q&A content.
// Prints the top 5 as JSON lines {"rank","id","tags","question"}; uses the app's own search module.
import { ENTRIES } from '@/features/policy-qa/content'
import { createSearch } from '@/features/policy-qa/search'

const query = process.argv.slice(2).join(' ').trim()
if (!query) {
  console.error('用法: npm run -s qa:search -- "我妈退休去广州跟我住看病能报吗"')
  process.exit(2)
}
const byId = new Map(ENTRIES.map((e) => [e.id, e]))
createSearch(ENTRIES)
  .search(query, 5)
  .forEach((hit, i) => {
    const entry = byId.get(hit.id)!
    console.log(JSON.stringify({ rank: i + 1, id: entry.id, tags: entry.tags, question: entry.question }))
  })
