import { type PackedBatch, packBatch, unpackBatch } from './batch'
import { DedupOptionsError } from './errors'
import { type DocumentSketch, defaultNormalize, MinHasher, type NormalizeFn } from './minhash'
import type { ShingleOptions } from './shingle'

/**
 * The side of a worker that {@link serveSketches} talks through: a Web Worker's global scope
 * (`self`), or anything with the same two methods.
 * @example
 * ```ts
 * // my-dedup-worker.js, bundled for the browser
 * serveSketches(self as unknown as WorkerScope)
 * ```
 */
export interface WorkerScope {
  /**
   * Sends a message to the page.
   * @example
   * ```ts
   * const post: WorkerScope['postMessage'] = (message) => self.postMessage(message)
   * ```
   */
  postMessage(message: unknown, transfer: Transferable[]): void
  /**
   * Listens for messages from the page.
   * @example
   * ```ts
   * const listen: WorkerScope['addEventListener'] = (type, fn) => self.addEventListener(type, fn)
   * ```
   */
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
}

/**
 * The page's handle on a worker: a Web `Worker` satisfies it.
 * @example
 * ```ts
 * const w: SketchWorker = new Worker(new URL('./my-dedup-worker.js', import.meta.url), { type: 'module' })
 * ```
 */
export interface SketchWorker {
  /**
   * Sends a message to the worker.
   * @example
   * ```ts
   * const post: SketchWorker['postMessage'] = (m) => worker.postMessage(m)
   * ```
   */
  postMessage(message: unknown): void
  /**
   * Listens for the worker's messages and errors.
   * @example
   * ```ts
   * const listen: SketchWorker['addEventListener'] = (t, fn) => worker.addEventListener(t, fn)
   * ```
   */
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown }) => void): void
  /**
   * Removes a listener added with `addEventListener`.
   * @example
   * ```ts
   * const unlisten: SketchWorker['removeEventListener'] = (t, fn) => worker.removeEventListener(t, fn)
   * ```
   */
  removeEventListener(
    type: 'message' | 'error',
    listener: (event: { data?: unknown }) => void,
  ): void
}

interface Init {
  kind: 'nuqta-dedup-init'
  numPerm: number
  seed: number
  shingle: ShingleOptions
}
interface Batch {
  kind: 'nuqta-dedup-batch'
  batch: number
  texts: string[]
}
interface Result extends PackedBatch {
  kind: 'nuqta-dedup-result'
}

/**
 * Runs inside a Web Worker: answers {@link sketchWithWorkers} requests. The worker decides the
 * normalizer (e.g. import `@nuqta/normalize` in the worker script); it must be the one the index
 * uses. Works wherever `postMessage` and `addEventListener('message')` exist.
 * @param scope - the worker's global scope (`self`)
 * @param options - the normalizer (default {@link defaultNormalize})
 * @example
 * ```ts
 * // dedup-worker.ts
 * import { serveSketches } from '@nuqta/dedup'
 * import { normalize } from '@nuqta/normalize'
 * serveSketches(self as unknown as WorkerScope, { normalize: (t) => normalize(t, 'search') })
 * ```
 */
export function serveSketches(scope: WorkerScope, options: { normalize?: NormalizeFn } = {}): void {
  let hasher: MinHasher | undefined
  const normalize = options.normalize ?? defaultNormalize
  scope.addEventListener('message', (event) => {
    const msg = event.data as Init | Batch
    if (msg.kind === 'nuqta-dedup-init') {
      hasher = new MinHasher({ numPerm: msg.numPerm, seed: msg.seed, shingle: msg.shingle })
      return
    }
    if (msg.kind !== 'nuqta-dedup-batch' || !hasher) return
    const res: Result = {
      kind: 'nuqta-dedup-result',
      ...packBatch(msg.batch, msg.texts, hasher, normalize),
    }
    scope.postMessage(res, [res.signatures.buffer, res.shingles.buffer])
  })
}

/**
 * Computes sketches with Web Workers that run {@link serveSketches}, in input order. The result
 * equals `MinHasher.sketch` on each text with the workers' normalizer. The caller creates and
 * terminates the workers (so any bundler's worker syntax works).
 * @param texts - documents
 * @param options - `numPerm`, `seed`, `shingle` (as for {@link MinHasher}) and `batchSize` (256)
 * @param workers - one or more started workers
 * @returns one sketch per text
 * @throws {@link DedupOptionsError} for no workers or bad options; rejects on a worker error
 * @example
 * ```ts
 * const workers = [1, 2].map(() => new Worker(new URL('./dedup-worker.js', import.meta.url), { type: 'module' }))
 * const sketches = await sketchWithWorkers(texts, { numPerm: 128 }, workers)
 * workers.forEach((w) => w.terminate())
 * ```
 */
export async function sketchWithWorkers(
  texts: readonly string[],
  options: { numPerm?: number; seed?: number; shingle?: ShingleOptions; batchSize?: number },
  workers: readonly SketchWorker[],
): Promise<DocumentSketch[]> {
  const reference = new MinHasher(options)
  if (workers.length === 0)
    throw new DedupOptionsError({ option: 'workers', message: 'give at least one worker' })
  const batchSize = options.batchSize ?? 256
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new DedupOptionsError({
      option: 'batchSize',
      message: `must be a positive integer, got ${batchSize}`,
    })
  }
  const k = reference.numPerm
  const out: DocumentSketch[] = new Array(texts.length)
  const batches = Math.ceil(texts.length / batchSize)
  if (batches === 0) return out
  const init: Init = {
    kind: 'nuqta-dedup-init',
    numPerm: reference.numPerm,
    seed: reference.seed,
    shingle: reference.shingle,
  }
  const cleanups: (() => void)[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      let done = 0
      const send = (w: SketchWorker) => {
        if (next >= batches) return
        const batch = next++
        const slice = texts.slice(batch * batchSize, (batch + 1) * batchSize)
        w.postMessage({ kind: 'nuqta-dedup-batch', batch, texts: slice } satisfies Batch)
      }
      for (const w of workers) {
        const onMessage = (event: { data?: unknown }) => {
          const msg = event.data as Result
          if (msg?.kind !== 'nuqta-dedup-result') return
          unpackBatch(out, msg, texts, batchSize, k)
          done++
          if (done === batches) resolve()
          else send(w)
        }
        const onError = (event: unknown) => {
          const message = (event as { message?: string }).message ?? 'worker error'
          reject(new Error(`dedup worker failed: ${message}`))
        }
        w.addEventListener('message', onMessage)
        w.addEventListener('error', onError)
        cleanups.push(() => {
          w.removeEventListener('message', onMessage)
          w.removeEventListener('error', onError)
        })
        w.postMessage(init)
        send(w)
      }
    })
  } finally {
    for (const c of cleanups) c()
  }
  return out
}
