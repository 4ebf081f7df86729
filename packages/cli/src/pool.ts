/**
 * A small pool of worker threads that runs batches and hands results back as promises; the caller
 * awaits them in dispatch order, so output order equals input order. A worker that dies rejects its
 * batches and the pool fails (no silent loss).
 * @module
 */
import { Worker } from 'node:worker_threads'

/** Old-generation limit of each worker, in MiB (a worker holds one batch at a time). */
const WORKER_HEAP_MB = Number(process.env.NUQTA_WORKER_HEAP_MB ?? 160)

interface Job<R> {
  resolve: (r: R) => void
  reject: (e: unknown) => void
}

interface Slot<R> {
  worker: Worker
  busy: number
  jobs: Map<number, Job<R>>
}

/** Worker threads running one module, fed batches round the least-busy worker. */
export class Pool<T, R> {
  private readonly slots: Slot<R>[] = []
  private nextId = 0
  private failure: unknown

  constructor(url: URL, size: number, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      // a bounded heap makes V8 collect before resident memory follows the input size
      const worker = new Worker(url, {
        workerData,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      })
      const slot: Slot<R> = { worker, busy: 0, jobs: new Map() }
      worker.on('message', (m: { id: number; result?: R; error?: string }) => {
        const job = slot.jobs.get(m.id)
        if (!job) return
        slot.jobs.delete(m.id)
        slot.busy--
        if (m.error !== undefined) job.reject(new Error(m.error))
        else job.resolve(m.result as R)
      })
      const fail = (e: unknown) => {
        this.failure ??= e
        for (const job of slot.jobs.values()) job.reject(e)
        slot.jobs.clear()
      }
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (slot.jobs.size) fail(new Error(`worker stopped with exit code ${code}`))
      })
      this.slots.push(slot)
    }
  }

  /** Run one batch on the least busy worker. */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    if (this.failure !== undefined) return Promise.reject(this.failure)
    let slot = this.slots[0] as Slot<R>
    for (const s of this.slots) if (s.busy < slot.busy) slot = s
    const id = this.nextId++
    slot.busy++
    return new Promise<R>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject })
      slot.worker.postMessage({ id, task }, transfer)
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
