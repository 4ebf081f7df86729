/// <reference types="node" />
import { parentPort, workerData } from 'node:worker_threads'
import { packBatch } from './batch.js'
import { defaultNormalize, MinHasher, type Normalizer } from './minhash.js'
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
  parentPort?.on('message', (req: WorkerRequest) => {
    const res: WorkerResponse = packBatch(req.batch, req.texts, hasher, normalize)
    parentPort?.postMessage(res, [res.signatures.buffer, res.shingles.buffer])
  })
  parentPort?.postMessage({ ready: true })
}

loadNormalizer(init.normalizer).then(serve, (e: unknown) => {
  // surfaces as the Worker's 'error' event in the parent
  setTimeout(() => {
    throw e
  })
})
