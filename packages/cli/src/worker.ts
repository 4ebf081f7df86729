/**
 * The worker thread: runs the CPU-bound steps on batches of records sent by the pool.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createProcessor, type ProcessedItem, type StepConfig } from './process'
import type { NuqtaRecord } from './record'

const port = parentPort
if (!port) throw new Error('worker.js runs inside a worker thread')
const ready = createProcessor(workerData as StepConfig)

port.on('message', async (m: { id: number; task: NuqtaRecord[] }) => {
  try {
    const run = await ready
    const items: ProcessedItem[] = m.task.map(run)
    const transfer = items.flatMap((i) =>
      i.sketch ? [i.sketch.signature.buffer as ArrayBuffer] : [],
    )
    port.postMessage({ id: m.id, result: items }, transfer)
  } catch (e) {
    port.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) })
  }
})
