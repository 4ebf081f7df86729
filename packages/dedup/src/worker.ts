/// <reference types="node" />
import { parentPort, workerData } from 'node:worker_threads'
import { packBatch } from './batch'
import { defaultNormalize, MinHasher, type NormalizeFn } from './minhash'
import type { WorkerInit, WorkerRequest, WorkerResponse } from './node'

async function loadNormalizer(spec: WorkerInit['normalize']): Promise<NormalizeFn> {
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

function serve(normalize: NormalizeFn): void {
  const hasher = new MinHasher({ ...init.hasher, normalize: (t) => t })
  parentPort?.on('message', (req: WorkerRequest) => {
    const res: WorkerResponse = packBatch(req.batch, req.texts, hasher, normalize)
    parentPort?.postMessage(res, [res.signatures.buffer, res.shingles.buffer])
  })
  parentPort?.postMessage({ ready: true })
}

loadNormalizer(init.normalize).then(serve, (e: unknown) => {
  // surfaces as the Worker's 'error' event in the parent
  setTimeout(() => {
    throw e
  })
})
