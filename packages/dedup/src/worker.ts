/// <reference types="node" />
import { parentPort, workerData } from 'node:worker_threads'
import { contentHash, defaultNormalize, MinHasher, type Normalizer } from './minhash.js'
import type { WorkerInit, WorkerRequest, WorkerResponse } from './node.js'

async function loadNormalizer(spec: WorkerInit['normalizer']): Promise<Normalizer> {
  if (spec === 'identity') return (t) => t
  if (spec === 'builtin') return defaultNormalize
  const mod = (await import(spec.module)) as Record<string, unknown>
  const fn = mod[spec.export ?? 'default']
  if (typeof fn !== 'function') {
    throw new TypeError(`${spec.module} has no function export ${spec.export ?? 'default'}`)
  }
  const f = fn as (text: string, options?: unknown) => string
  return spec.options === undefined ? (t) => f(t) : (t) => f(t, spec.options)
}

const init = workerData as WorkerInit

function serve(normalize: Normalizer): void {
  const hasher = new MinHasher({ ...init.hasher, normalize: (t) => t })
  const k = hasher.numPerm
  parentPort?.on('message', (req: WorkerRequest) => {
    const n = req.texts.length
    const signatures = new Uint32Array(n * k)
    const shingles = new Uint32Array(n)
    const hashes: string[] = []
    for (let i = 0; i < n; i++) {
      const normalized = normalize(req.texts[i] as string)
      shingles[i] = hasher.signatureInto(normalized, signatures, i * k)
      hashes.push(contentHash(normalized))
    }
    const res: WorkerResponse = { batch: req.batch, signatures, shingles, hashes }
    parentPort?.postMessage(res, [signatures.buffer, shingles.buffer])
  })
  parentPort?.postMessage({ ready: true })
}

loadNormalizer(init.normalizer).then(serve, (e: unknown) => {
  // surfaces as the Worker's 'error' event in the parent
  setTimeout(() => {
    throw e
  })
})
