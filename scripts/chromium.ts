/**
 * Test helpers shared by the packages' browser-parity tests and the docs e2e tests: launch Debian's
 * Chromium through playwright-core with the flags this closed network needs, and bundle a module
 * for the page with esbuild. Test code only; no package imports it at run time.
 */
import { build } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'

/** Chromium flags: headless as root, and no background traffic on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

/** Launches Chromium from `CHROMIUM_PATH` or `/usr/bin/chromium`; fails loudly when it is missing. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

/**
 * Bundles `entry` into one browser script (an IIFE). With `globalName`, the module's exports are
 * available on `globalThis[globalName]` once the script has run.
 */
export async function bundleForBrowser(entry: string, globalName?: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const code = out.outputFiles[0]?.text
  if (!code) throw new Error(`esbuild produced no output for ${entry}`)
  return code
}
