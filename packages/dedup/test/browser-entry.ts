// Bundled by test/browser.test.ts and run in Chromium: computes the values Node must reproduce.
import { contentHash, Deduplicator, MinHasher, sketchWithWorkers } from '../src/index'
import { FIXTURE_TEXTS } from './fixtures'

function run(savedFromNode?: number[]) {
  const word = new MinHasher({ seed: 42 })
  const char = new MinHasher({ seed: 7, numPerm: 64, shingle: { unit: 'char', size: 5 } })
  const d = new Deduplicator({ threshold: 0.5 })
  FIXTURE_TEXTS.forEach((t, i) => {
    d.add({ id: `t${i}`, text: t })
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

/** Sketches 600 texts with two Web Workers built from `workerCode`; returns them as plain data. */
async function runWorkers(workerCode: string) {
  const url = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }))
  const workers = [new Worker(url), new Worker(url)]
  try {
    const sketches = await sketchWithWorkers(workerTexts(), { seed: 3, batchSize: 50 }, workers)
    return sketches.map((s) => ({ ...s, signature: Array.from(s.signature) }))
  } finally {
    for (const w of workers) w.terminate()
  }
}

function workerTexts(): string[] {
  return Array.from({ length: 600 }, (_, i) => `${FIXTURE_TEXTS[i % FIXTURE_TEXTS.length]} ${i}`)
}

;(globalThis as unknown as { dedupParity: typeof run }).dedupParity = run
;(globalThis as unknown as { dedupWorkers: typeof runWorkers }).dedupWorkers = runWorkers

export { run, workerTexts }
