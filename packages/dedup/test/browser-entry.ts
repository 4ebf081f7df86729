// Bundled by test/browser.test.ts and run in Chromium: computes the values Node must reproduce.
import { contentHash, Deduplicator, MinHasher } from '../src/index.js'
import { FIXTURE_TEXTS } from './fixtures.js'

function run(savedFromNode?: number[]) {
  const word = new MinHasher({ seed: 42 })
  const char = new MinHasher({ seed: 7, numPerm: 64, shingle: { unit: 'char', size: 5 } })
  const d = new Deduplicator({ threshold: 0.5 })
  FIXTURE_TEXTS.forEach((t, i) => {
    d.add(`t${i}`, t)
  })
  const loaded = savedFromNode ? Deduplicator.load(new Uint8Array(savedFromNode)) : undefined
  return {
    word: FIXTURE_TEXTS.map((t) => Array.from(word.signature(t))),
    char: FIXTURE_TEXTS.map((t) => Array.from(char.signature(t))),
    hashes: FIXTURE_TEXTS.map((t) => contentHash(t)),
    saved: Array.from(d.save()),
    clusters: d.clusters(),
    loadedClusters: loaded?.clusters(),
    loadedQuery: loaded?.query(FIXTURE_TEXTS[0] as string),
  }
}

;(globalThis as unknown as { dedupParity: typeof run }).dedupParity = run

export { run }
