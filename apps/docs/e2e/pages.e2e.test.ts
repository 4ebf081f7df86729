// Every view of the site at desktop and phone width: the Content-Security-Policy is there and
// nothing on the page breaks it, axe-core finds no serious or critical violation, a phone never
// scrolls sideways (360–414 px) and reaches the menu, and a screenshot of each view at both widths
// is saved into e2e/screenshots/ (gitignored).
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Site, screenshotDir, startSite } from './site'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** The views of the site: every hand-written page, the API index and one package landing page. */
const VIEWS: readonly { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: '/' },
  { name: 'install', path: '/install/' },
  { name: 'guide-corpus', path: '/guides/corpus/' },
  { name: 'guide-normalize', path: '/guides/normalize/' },
  { name: 'guide-dedup', path: '/guides/dedup/' },
  { name: 'guide-core', path: '/guides/core/' },
  { name: 'guide-pipeline', path: '/guides/pipeline/' },
  { name: 'playground', path: '/playground/', ready: '#nq-playground[data-ready="true"]' },
  { name: 'explorer', path: '/explorer/', ready: '#nqx-explorer[data-ready="true"]' },
  { name: 'api-index', path: '/api/readme/' },
  { name: 'api-normalize', path: '/api/nuqta/normalize/readme/' },
]

const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 844 }

let site: Site

beforeAll(async () => {
  site = await startSite()
  mkdirSync(screenshotDir, { recursive: true })
})

afterAll(async () => {
  await site?.close()
})

/** Opens a view, collecting uncaught errors and every CSP violation the browser reports. */
async function open(
  path: string,
  viewport: { width: number; height: number },
  ready?: string,
): Promise<{ page: Page; errors: string[]; violations: string[] }> {
  const page = await site.browser.newPage({ viewport })
  const errors: string[] = []
  const violations: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/u.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto(`${site.url}${path}`)
  expect(response?.status(), path).toBe(200)
  if (ready !== undefined) await page.waitForSelector(ready)
  return { page, errors, violations }
}

/** How far the page is wider than the screen, in CSS pixels (0 when it does not scroll sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe.each(VIEWS)('$name ($path)', ({ name, path, ready }) => {
  it('has a CSP without unsafe-inline scripts, breaks none of it, and axe finds nothing serious', async () => {
    const { page, errors, violations } = await open(path, DESKTOP, ready)
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content')
    const scriptSrc = /script-src([^;]*)/u.exec(csp ?? '')?.[1] ?? ''
    expect(scriptSrc).toContain("'self'")
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(csp).toContain("object-src 'none'")
    await page.evaluate(`${axeSource}\n;undefined`)
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe
      const results = await axe.run()
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(serious).toEqual([])
    await page.screenshot({ path: join(screenshotDir, `${name}-desktop.png`), fullPage: false })
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('fits a phone: no sideways scroll at 360, 390 and 414 px, and the menu opens', async () => {
    const { page, errors, violations } = await open(path, PHONE, ready)
    for (const width of [360, 414, 390]) {
      await page.setViewportSize({ width, height: PHONE.height })
      expect(await overflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0)
    }
    await page.screenshot({ path: join(screenshotDir, `${name}-phone.png`), fullPage: false })
    const menu = page.locator('starlight-menu-button button')
    if (name !== 'home' || (await menu.count()) > 0) {
      await expect.poll(() => menu.isVisible()).toBe(true)
      await menu.click()
      expect(await page.locator('starlight-menu-button').getAttribute('aria-expanded')).toBe('true')
      await expect.poll(() => page.locator('#starlight__sidebar').isVisible()).toBe(true)
    }
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})

/** The part of axe-core's results this test reads. */
interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[]
}
