import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleForBrowser, launchChromium } from '../../../scripts/chromium'
import { MinHasher } from '../src/index'
import { run, workerTexts } from './browser-entry'

describe('browser parity', () => {
  it('computes identical signatures, hashes and index bytes in Chromium (main thread and Web Workers) and Node, and loads Node’s index', async () => {
    const code = await bundleForBrowser(join(__dirname, 'browser-entry.ts'))
    const node = run()
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.setContent('<!doctype html><meta charset="utf-8"><title>parity</title>')
      await page.addScriptTag({ content: code })
      const inBrowser = await page.evaluate(
        (saved) =>
          (globalThis as unknown as { dedupParity: (s: number[]) => unknown }).dedupParity(saved),
        node.saved,
      )
      const workerCode = await bundleForBrowser(join(__dirname, 'browser-worker-entry.ts'))
      const viaWebWorkers = await page.evaluate(
        (workerCode) =>
          (globalThis as unknown as { dedupWorkers: (c: string) => Promise<unknown> }).dedupWorkers(
            workerCode,
          ),
        workerCode,
      )
      const hasher = new MinHasher({ seed: 3 })
      expect(viaWebWorkers).toEqual(
        workerTexts().map((t) => {
          const s = hasher.sketch(t)
          return { ...s, signature: Array.from(s.signature) }
        }),
      )
      const nodeWithLoad = run(node.saved)
      expect(inBrowser).toEqual(nodeWithLoad)
      expect(nodeWithLoad.loadedClusters).toEqual(nodeWithLoad.clusters)
      expect(nodeWithLoad.clusters).toEqual([{ representative: 't1', members: ['t0', 't1'] }])
    } finally {
      await browser.close()
    }
  }, 60_000)
})
