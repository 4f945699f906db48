// Node-only: the encoded bodies of recent answers, reused when a call returns the very same objects again.
//
// A list read (备案, 消息) answers with objects held in the mock's state. Serialising and UTF-8 encoding them is
// most of the cost of a read once the lists grow (a few hundred filings is ~200 KB of JSON). The bytes of an answer
// depend only on the objects in it, so they can be reused when (1) the mock's state revision is unchanged (every
// change to the state is followed by a save, which bumps it) and (2) the answer is made of the same objects: the same
// object, or an array holding the same elements in the same order. The handler still runs on every call
// (authorisation, background jobs, filters), so a cached body is never served to someone the call would refuse, and
// a hit is by identity, not by key: a key only finds the candidate.

export interface AnswerCacheOptions {
  /** Most bodies held at once; the least recently used are dropped (0 keeps none). */
  maxEntries?: number
  /** Most bytes held at once. */
  maxBytes?: number
  /** Answers smaller than this are encoded each time (cheaper than keeping them). */
  minBytes?: number
}

interface Entry {
  revision: number
  result: unknown
  parts: unknown[] | null
  body: Buffer
}

export interface AnswerCache {
  /** `{"result": …}` as UTF-8 bytes, reused from the last answer under `key` when it is made of the same objects. */
  encode(key: string, revision: number, result: unknown): Buffer
  /** `hits` reused a body; `misses` encoded one and kept it; `uncached` encoded one too small or too large to keep. */
  readonly stats: { hits: number; misses: number; uncached: number; entries: number; bytes: number }
}

const encodeAnswer = (result: unknown) => Buffer.from(JSON.stringify({ result: result === undefined ? null : result }))

/** Same objects in the same places: an array of identical elements (even the same array may have grown), or the same object. */
function sameObjects(entry: Entry, result: unknown): boolean {
  const parts = entry.parts
  if (!parts) return !Array.isArray(result) && entry.result === result
  if (!Array.isArray(result) || result.length !== parts.length) return false
  for (let i = 0; i < parts.length; i++) if (parts[i] !== result[i]) return false
  return true
}

export function createAnswerCache(options: AnswerCacheOptions = {}): AnswerCache {
  const maxEntries = options.maxEntries ?? 1000
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024
  const minBytes = options.minBytes ?? 4096
  const entries = new Map<string, Entry>()
  const stats = { hits: 0, misses: 0, uncached: 0, entries: 0, bytes: 0 }

  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    stats.bytes -= entry.body.length
  }

  return {
    stats,
    encode(key, revision, result) {
      // Primitives and null are cheap, and their bytes are their value: nothing to keep.
      if (typeof result !== 'object' || result === null) {
        stats.uncached++
        return encodeAnswer(result)
      }
      const entry = entries.get(key)
      if (entry && entry.revision === revision && sameObjects(entry, result)) {
        stats.hits++
        // Most recently used last.
        entries.delete(key)
        entries.set(key, entry)
        return entry.body
      }
      const body = encodeAnswer(result)
      drop(key)
      if (maxEntries === 0 || body.length < minBytes || body.length > maxBytes) stats.uncached++
      else {
        stats.misses++
        // The array's elements as they are now: a later push or filter gives a different list.
        entries.set(key, { revision, result, parts: Array.isArray(result) ? [...(result as unknown[])] : null, body })
        stats.bytes += body.length
        while (entries.size > maxEntries || stats.bytes > maxBytes) drop(entries.keys().next().value as string)
      }
      stats.entries = entries.size
      return body
    },
  }
}
