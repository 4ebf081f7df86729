/**
 * Test harness for the browser e2e tests: serves the built site with Astro's programmatic
 * `preview()` on 127.0.0.1 (a free port) and launches Chromium through playwright-core.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { preview } from 'astro'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../../scripts/chromium'

/** The docs app's directory. */
export const root = fileURLToPath(new URL('..', import.meta.url))

/** Where screenshots go (gitignored). */
export const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url))

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

/** A running preview server and browser, and the site's base URL. */
export interface Site {
  url: string
  browser: Browser
  close(): Promise<void>
}

/** Serves `dist/` and launches Chromium. Fails loudly when the build or the browser is missing. */
export async function startSite(): Promise<Site> {
  if (!existsSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)))) {
    throw new Error('apps/docs/dist is missing: run `astro build` (the `build` script) first')
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    )
  }
  const port = await freePort()
  const server = await preview({
    root,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port },
  })
  const browser = await launchChromium()
  return {
    url: `http://127.0.0.1:${server.port}`,
    browser,
    async close() {
      await browser.close()
      await server.stop()
    },
  }
}
