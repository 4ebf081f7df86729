/// <reference types="node" />
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { type PackedBatch, unpackBatch } from './batch'
import { DedupOptionsError } from './errors'
import { type DocumentSketch, MinHasher, type MinHashOptions, type NormalizeFn } from './minhash'
import type { ShingleOptions } from './shingle'

/**
 * A normalizing function that each worker imports itself (functions cannot be sent to threads):
 * the module specifier, the export name, and an optional second argument.
 * @example
 * ```ts
 * const spec: NormalizeModule = { module: '@nuqta/normalize', export: 'normalize', options: 'search' }
 * ```
 */
export interface NormalizeModule {
  /**
   * Module specifier or file URL, resolved from this package's `dist` directory (use an absolute
   * `file:` URL for your own module).
   * @example
   * ```ts
   * const module: NormalizeModule['module'] = '@nuqta/normalize'
   * ```
   */
  module: string
  /**
   * Export name (default `'default'`).
   * @example
   * ```ts
   * const name: NormalizeModule['export'] = 'normalize'
   * ```
   */
  export?: string
  /**
   * Second argument passed on every call (must be structured-cloneable).
   * @example
   * ```ts
   * const options: NormalizeModule['options'] = 'search'
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
export interface ParallelOptions extends Omit<MinHashOptions, 'normalize'> {
  /**
   * Worker threads (default `os.availableParallelism()`); 0 computes on the calling thread.
   * @example
   * ```ts
   * const threads: ParallelOptions['threads'] = 2
   * ```
   */
  threads?: number
  /**
   * How texts are normalized before hashing (default NFKC + lower case): a {@link NormalizeModule}
   * that each worker imports and runs itself, or a function, which runs on the calling thread
   * before texts are sent (it parallelises less).
   * @example
   * ```ts
   * const normalize: ParallelOptions['normalize'] = { module: '@nuqta/normalize', export: 'normalize', options: 'search' }
   * ```
   */
  normalize?: NormalizeFn | NormalizeModule
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
  normalize: NormalizeModule | 'builtin' | 'identity'
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
  const fn = typeof options.normalize === 'function' ? options.normalize : undefined
  const spec =
    options.normalize !== undefined && typeof options.normalize !== 'function'
      ? checkModule(options.normalize)
      : undefined
  const hasherOptions: MinHashOptions = { ...options, normalize: fn }
  const reference = new MinHasher(hasherOptions)
  const threads = options.threads ?? availableParallelism()
  if (!Number.isInteger(threads) || threads < 0) {
    throw new DedupOptionsError({
      option: 'threads',
      message: `must be a non-negative integer, got ${threads}`,
    })
  }
  if (threads === 0 || texts.length === 0) {
    if (spec) {
      const mod = (await import(spec.module)) as Record<string, unknown>
      const f = mod[spec.export ?? 'default'] as (t: string, o?: unknown) => string
      const o = spec.options
      const h = new MinHasher({
        ...hasherOptions,
        normalize: o === undefined ? (t) => f(t) : (t) => f(t, o),
      })
      return texts.map((t) => h.sketch(t))
    }
    return texts.map((t) => reference.sketch(t))
  }
  const batchSize = options.batchSize ?? 256
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new DedupOptionsError({
      option: 'batchSize',
      message: `must be a positive integer, got ${batchSize}`,
    })
  }
  const pre = fn
  const init: WorkerInit = {
    hasher: { numPerm: reference.numPerm, seed: reference.seed, shingle: reference.shingle },
    normalize: pre ? 'identity' : (spec ?? 'builtin'),
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

function checkModule(spec: NormalizeModule): NormalizeModule {
  if (typeof spec !== 'object' || spec === null || typeof spec.module !== 'string') {
    throw new DedupOptionsError({
      option: 'normalize',
      message: 'must be a function or { module, export?, options? }',
    })
  }
  return spec
}
