/// <reference types="node" />
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type PackedBatch, unpackBatch } from './batch.js'
import { DedupOptionsError } from './errors.js'
import { type DocumentSketch, MinHasher, type MinHashOptions } from './minhash.js'
import type { ShingleOptions } from './shingle.js'

/**
 * A normalizer that each worker imports itself (functions cannot be sent to threads): the
 * module specifier, the export name, and an optional second argument.
 * @example
 * ```ts
 * const spec: NormalizerModule = { module: '@nuqta/normalize', export: 'normalize', options: 'search' }
 * ```
 */
export interface NormalizerModule {
  /**
   * Module specifier or file URL, resolved from this package's `dist` directory (use an absolute
   * `file:` URL for your own module).
   * @example
   * ```ts
   * const module: NormalizerModule['module'] = '@nuqta/normalize'
   * ```
   */
  module: string
  /**
   * Export name (default `'default'`).
   * @example
   * ```ts
   * const name: NormalizerModule['export'] = 'normalize'
   * ```
   */
  export?: string
  /**
   * Second argument passed on every call (must be structured-cloneable).
   * @example
   * ```ts
   * const options: NormalizerModule['options'] = 'search'
   * ```
   */
  options?: unknown
}

/**
 * Options of {@link sketchParallel}.
 * @example
 * ```ts
 * const o: ParallelOptions = { threads: 2, numPerm: 128, shingle: { unit: 'word', size: 5 } }
 * ```
 */
export interface ParallelOptions extends MinHashOptions {
  /**
   * Worker threads (default `os.availableParallelism()`); 0 computes on the calling thread.
   * @example
   * ```ts
   * const threads: ParallelOptions['threads'] = 2
   * ```
   */
  threads?: number
  /**
   * A normalizer loaded inside each worker. Alternatively `normalize` (a function) runs on the
   * calling thread before texts are sent, which parallelises less.
   * @example
   * ```ts
   * const normalizer: ParallelOptions['normalizer'] = { module: '@nuqta/normalize', export: 'normalize', options: 'search' }
   * ```
   */
  normalizer?: NormalizerModule
  /**
   * Texts per message to a worker (default 256).
   * @example
   * ```ts
   * const batchSize: ParallelOptions['batchSize'] = 512
   * ```
   */
  batchSize?: number
  /**
   * Where the worker script is (default: `worker.js` next to this module); set it when a bundler
   * moves files.
   * @example
   * ```ts
   * const workerUrl: ParallelOptions['workerUrl'] = new URL('./dedup-worker.js', import.meta.url)
   * ```
   */
  workerUrl?: URL | string
}

/** @internal */
export interface WorkerInit {
  hasher: { numPerm: number; seed: number; shingle: ShingleOptions }
  normalizer: NormalizerModule | 'builtin' | 'identity'
}
/** @internal */
export interface WorkerRequest {
  batch: number
  texts: string[]
}
/** @internal */
export type WorkerResponse = PackedBatch

/**
 * Computes document sketches (signature, content hash, length) with worker threads, in input
 * order. The result equals `texts.map((t) => new MinHasher(options).sketch(t))`.
 * @param texts - documents
 * @param options - hasher options plus threads, normalizer module and batch size
 * @returns one sketch per text; signatures of one batch share one buffer
 * @throws `DedupOptionsError` for invalid options; rejects when a worker fails to start or load
 * its normalizer
 * @example
 * ```ts
 * import { sketchParallel } from '@nuqta/dedup/node'
 * const sketches = await sketchParallel(['text one', 'text two'], { threads: 2 })
 * ```
 */
export async function sketchParallel(
  texts: readonly string[],
  options: ParallelOptions = {},
): Promise<DocumentSketch[]> {
  const reference = new MinHasher(options)
  const threads = options.threads ?? availableParallelism()
  if (!Number.isInteger(threads) || threads < 0) {
    throw new DedupOptionsError('threads', `must be a non-negative integer, got ${threads}`)
  }
  if (options.normalize && options.normalizer) {
    throw new DedupOptionsError('normalizer', 'give either normalize or normalizer, not both')
  }
  if (threads === 0 || texts.length === 0) {
    if (options.normalizer) {
      const mod = (await import(options.normalizer.module)) as Record<string, unknown>
      const f = mod[options.normalizer.export ?? 'default'] as (t: string, o?: unknown) => string
      const o = options.normalizer.options
      const h = new MinHasher({
        ...options,
        normalize: o === undefined ? (t) => f(t) : (t) => f(t, o),
      })
      return texts.map((t) => h.sketch(t))
    }
    return texts.map((t) => reference.sketch(t))
  }
  const batchSize = options.batchSize ?? 256
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new DedupOptionsError('batchSize', `must be a positive integer, got ${batchSize}`)
  }
  const pre = options.normalize
  const init: WorkerInit = {
    hasher: { numPerm: reference.numPerm, seed: reference.seed, shingle: reference.shingle },
    normalizer: pre ? 'identity' : (options.normalizer ?? 'builtin'),
  }
  const url = options.workerUrl ?? new URL('./worker.js', import.meta.url)
  const batches = Math.ceil(texts.length / batchSize)
  const out: DocumentSketch[] = new Array(texts.length)
  const k = reference.numPerm
  const workers: Worker[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      let nextBatch = 0
      let done = 0
      const send = (w: Worker) => {
        if (nextBatch >= batches) return
        const batch = nextBatch++
        const slice = texts.slice(batch * batchSize, (batch + 1) * batchSize)
        const req: WorkerRequest = { batch, texts: pre ? slice.map((t) => pre(t)) : slice }
        w.postMessage(req)
      }
      const count = Math.min(threads, batches)
      for (let i = 0; i < count; i++) {
        const w = new Worker(url, { workerData: init })
        workers.push(w)
        w.on('error', reject)
        w.on('exit', (code) => {
          if (done < batches) reject(new Error(`dedup worker exited with code ${code}`))
        })
        w.on('message', (msg: WorkerResponse | { ready: true }) => {
          if ('ready' in msg) {
            send(w)
            return
          }
          unpackBatch(out, msg, texts, batchSize, k)
          done++
          if (done === batches) resolve()
          else send(w)
        })
      }
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return out
}
