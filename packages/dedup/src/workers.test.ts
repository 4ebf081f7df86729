import { describe, expect, it } from 'vitest'
import { DedupOptionsError } from './errors'
import { MinHasher } from './minhash'
import { type SketchWorker, serveSketches, sketchWithWorkers, type WorkerScope } from './workers'

/** A worker made of a MessageChannel: one port serves sketches, the other is the page side. */
function channelWorker(normalize?: (t: string) => string): { worker: SketchWorker; close(): void } {
  const { port1, port2 } = new MessageChannel()
  serveSketches(port2 as unknown as WorkerScope, normalize ? { normalize } : {})
  port1.start()
  port2.start()
  return {
    worker: port1 as unknown as SketchWorker,
    close: () => {
      port1.close()
      port2.close()
    },
  }
}

const texts = Array.from({ length: 130 }, (_, i) => `نص رقم ${i} ${'كلمة '.repeat(i % 9)}وخاتمة`)

describe('sketchWithWorkers', () => {
  it('returns the sketches MinHasher.sketch gives, in input order, across several workers', async () => {
    const a = channelWorker()
    const b = channelWorker()
    try {
      const got = await sketchWithWorkers(texts, { seed: 9, batchSize: 16 }, [a.worker, b.worker])
      const h = new MinHasher({ seed: 9 })
      expect(
        got.map((s) => [Array.from(s.signature), s.contentHash, s.length, s.shingles]),
      ).toEqual(
        texts.map((t) => {
          const s = h.sketch(t)
          return [Array.from(s.signature), s.contentHash, s.length, s.shingles]
        }),
      )
    } finally {
      a.close()
      b.close()
    }
  })
  it('rejects when there is no worker and when a worker reports an error', async () => {
    await expect(sketchWithWorkers(texts, {}, [])).rejects.toThrow(DedupOptionsError)
    const failing: SketchWorker = {
      postMessage() {},
      addEventListener(type, listener) {
        if (type === 'error') queueMicrotask(() => listener({ message: 'boom' } as never))
      },
      removeEventListener() {},
    }
    await expect(sketchWithWorkers(texts, {}, [failing])).rejects.toThrow(/boom/)
  })
})

describe('serveSketches', () => {
  it("uses the worker's own normalizer", async () => {
    const upper = (t: string) => t.toUpperCase()
    const w = channelWorker(upper)
    try {
      const [s] = await sketchWithWorkers(['abc def'], {}, [w.worker])
      expect(s?.contentHash).toBe(new MinHasher({ normalize: upper }).sketch('abc def').contentHash)
    } finally {
      w.close()
    }
  })
})
