import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, type Site, screenshotDir, startSite } from './site'

let site: Site

beforeAll(async () => {
  site = await startSite()
})

afterAll(async () => {
  await site?.close()
})

/** Opens the explorer, records uncaught errors and dialogs, and waits for its first reading. */
async function openExplorer(): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 1100 } })
  const errors: string[] = []
  const dialogs: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  const started = Date.now()
  const response = await page.goto(`${site.url}/explorer/`)
  expect(response?.status()).toBe(200)
  await page.waitForSelector('#nqx-explorer[data-ready="true"]')
  // Logged, not asserted: timings on a shared CI machine are not a test.
  console.log(`explorer: first article shown ${Date.now() - started} ms after navigation started`)
  return { page, errors, dialogs }
}

/**
 * Feeds a corpus article in an encoding and waits for the reading to finish. The change handlers
 * mark the root not ready synchronously, so waiting for ready afterwards waits for the last run.
 */
async function feed(page: Page, article: string, encoding = 'utf-8'): Promise<void> {
  await page.selectOption('#nqx-article', article)
  await page.selectOption('#nqx-encoding', encoding)
  await page.waitForSelector('#nqx-explorer[data-ready="true"]')
  await expect.poll(() => page.locator('.nqx-bytes').textContent()).toContain(`Fed as ${encoding}:`)
}

const outputText = (page: Page) => page.locator('#nqx-output').textContent()

describe('corpus explorer', () => {
  it('article 004: the mojibake is repaired and the repair is marked with its rule', async () => {
    const { page, errors } = await openExplorer()
    await feed(page, '004')
    const text = await outputText(page)
    expect(text?.length).toBeGreaterThan(1000)
    expect(text).not.toContain('â')
    expect(await page.locator('.nqx-encoding').first().textContent()).toBe('utf-8')
    expect(await page.locator('.nqx-lang').first().textContent()).toBe('ar')
    const mark = page.locator('#nqx-output mark.nqx-repair').first()
    const title = (await mark.getAttribute('title')) ?? ''
    expect(title).toMatch(/^corpus\/mojibake-/u)
    expect(title).toContain('â')
    expect(title).toContain('→')
    expect(title).toMatch(/confidence 0\.\d/u)
    expect(await mark.textContent()).toBe('—')
    // Every paragraph finds its own direction; the Arabic font of the site is applied.
    const dirs = await page
      .locator('#nqx-output p, #nqx-output h4')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('dir')))
    expect(dirs.length).toBeGreaterThan(10)
    expect(new Set(dirs)).toEqual(new Set(['auto']))
    const font = await page
      .locator('#nqx-output p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontFamily)
    expect(font).toContain('Noto Naskh Arabic')
    expect(await page.locator('#nqx-repairs li').count()).toBeGreaterThan(0)
    expect(await page.locator('#nqx-warnings').textContent()).toContain(
      'corpus/clean-uncertain-repair',
    )
    await mark.hover()
    expect(await page.locator('#nqx-hover').textContent()).toBe(title)
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: join(screenshotDir, 'explorer-004.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('article 003: the comment-widget footer is in the Removed list, not in the text', async () => {
    const { page, errors } = await openExplorer()
    await feed(page, '003')
    const removed = await page
      .locator('#nqx-removed li')
      .evaluateAll((items) => items.map((li) => li.textContent ?? ''))
    const footer = removed.find((line) => line.includes('admin in:'))
    expect(footer).toBeDefined()
    expect(footer).toMatch(/^corpus\/boilerplate-\S+ admin in: /u)
    expect(await outputText(page)).not.toContain('admin in:')
    expect(await page.locator('.nqx-lang').first().textContent()).toBe('en')
    expect(errors).toEqual([])
    await page.close()
  })

  it('article 001: headings are shown as headings', async () => {
    const { page } = await openExplorer()
    await feed(page, '001')
    const headings = page.locator('#nqx-output h4.nqx-heading')
    expect(await headings.count()).toBeGreaterThan(2)
    expect(await page.locator('#nqx-output p.nqx-body').count()).toBeGreaterThan(2)
    await page.close()
  })

  it('article 002 fed as Windows-1256 or UTF-16LE is detected and reads as the UTF-8 text', async () => {
    const { page, errors } = await openExplorer()
    await feed(page, '002', 'utf-8')
    const utf8 = await outputText(page)
    expect(utf8?.length).toBeGreaterThan(1000)
    await feed(page, '002', 'windows-1256')
    expect(await page.locator('.nqx-encoding').first().textContent()).toBe('windows-1256')
    expect(await page.locator('.nqx-bytes').textContent()).not.toMatch(
      /starting (?:ef bb bf|ff fe)/u,
    )
    expect(await page.locator('.nqx-same').textContent()).toContain('yes')
    expect(await outputText(page)).toBe(utf8)
    await feed(page, '002', 'utf-16le')
    expect(await page.locator('.nqx-encoding').first().textContent()).toBe('utf-16le')
    expect(await page.locator('.nqx-bytes').textContent()).toContain('starting ff fe')
    expect(await outputText(page)).toBe(utf8)
    expect(errors).toEqual([])
    await page.close()
  })

  it('offers Windows-1256 only when the article can be held in it', async () => {
    const { page } = await openExplorer()
    await feed(page, '004')
    const disabled = () =>
      page
        .locator('#nqx-encoding option[value="windows-1256"]')
        .evaluate((o) => (o as HTMLOptionElement).disabled)
    expect(await disabled()).toBe(true)
    expect(await page.locator('#nqx-encoding-note').textContent()).toContain(
      'Windows-1256 cannot hold',
    )
    await feed(page, '000')
    expect(await disabled()).toBe(false)
    await page.close()
  })

  it('dedup: each variant joins its source article, the other articles stay alone', async () => {
    const { page, errors } = await openExplorer()
    await page.waitForSelector('#nqx-explorer[data-dedup="ready"]', { timeout: 60_000 })
    const clusters = await page
      .locator('.nqx-cluster')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).dataset.members ?? ''))
    expect(clusters.map((c) => c.split(' ').sort().join(' ')).sort()).toEqual([
      '001 001-dropped',
      '002 002-egyptian',
      '004 004-copy',
    ])
    expect(await page.locator('.nqx-unique').getAttribute('data-members')).toBe('000 003')
    const copy = await page.locator('.nqx-cluster[data-members="004 004-copy"]').textContent()
    expect(copy).toContain('estimated Jaccard 1.00 · exact duplicate')
    const dropped = await page.locator('.nqx-cluster[data-members="001 001-dropped"]').textContent()
    const jaccard = Number(/estimated Jaccard (\d\.\d\d)/u.exec(dropped ?? '')?.[1])
    expect(jaccard).toBeGreaterThan(0.5)
    expect(jaccard).toBeLessThan(1)
    // Without the search profile and at 0.8, the Egyptian spelling no longer counts as a copy.
    await page.uncheck('#nqx-search')
    await page.selectOption('#nqx-threshold', '0.8')
    await expect
      .poll(() => page.locator('.nqx-unique').getAttribute('data-members'))
      .toContain('002-egyptian')
    await page.locator('#dedup').scrollIntoViewIfNeeded()
    await page.check('#nqx-search')
    await page.selectOption('#nqx-threshold', '0.5')
    await expect
      .poll(() => page.locator('.nqx-unique').getAttribute('data-members'))
      .toBe('000 003')
    expect(await page.locator('.nqx-matrix td.nqx-hit').count()).toBe(6)
    // the heat map: every hit cell carries its similarity as the colour strength
    const strengths = await page
      .locator('.nqx-matrix td.nqx-hit')
      .evaluateAll((cells) =>
        cells.map((c) => Number((c as HTMLElement).style.getPropertyValue('--nqx-sim'))),
      )
    for (const value of strengths) expect(value).toBeGreaterThanOrEqual(0.5)
    await page.locator('#dedup').evaluate((h) => h.scrollIntoView())
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: join(screenshotDir, 'explorer-dedup.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows pasted HTML as text, and reads a chosen file (a Blob) with every record', async () => {
    const { page, errors, dialogs } = await openExplorer()
    await page.locator('.nqx-own summary').click()
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> كلام'
    await page.fill('#nqx-paste', hostile)
    await page.click('#nqx-read-paste')
    await page.waitForSelector('#nqx-explorer[data-ready="true"]')
    await expect.poll(() => outputText(page)).toContain('كلام')
    expect(await page.locator('#nqx-output img, #nqx-output script').count()).toBe(0)
    expect(await page.locator('#nqx-article').inputValue()).toBe('')

    const jsonl = [
      '{"id":"a1","text":"قال الرئيس إن المحادثات ستستأنف."}',
      '{"id":"a2","text":"Talks resume today in Istanbul."}',
      '{"id": broken',
    ].join('\n')
    await page.setInputFiles('#nqx-file', {
      name: 'dump.jsonl',
      mimeType: 'application/json',
      buffer: Buffer.from(jsonl, 'utf8'),
    })
    await page.waitForSelector('#nqx-explorer[data-ready="true"]')
    await expect.poll(() => page.locator('#nqx-status').textContent()).toMatch(/^3 documents/u)
    const ids = await page.locator('.nqx-doc-id').allTextContents()
    expect(ids).toEqual(['Document a1', 'Document a2', 'Document dump#2'])
    expect(await page.locator('#nqx-source').textContent()).toContain('format jsonl')
    expect(await page.locator('#nqx-warnings').textContent()).toContain(
      'corpus/jsonl-malformed-line',
    )
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('dedup: a pasted, edited copy of an article joins that article', async () => {
    const { page, errors } = await openExplorer()
    await expect.poll(() => page.locator('#nqx-explorer').getAttribute('data-dedup')).toBe('ready')
    const file = readdirSync(join(root, '../../corpus')).find((f) => f.startsWith('002_'))
    const article = readFileSync(join(root, '../../corpus', file ?? ''), 'utf8')
    const edited = article.slice(0, Math.floor(article.length * 0.9)).replace('روسيا', 'موسكو')
    await page.locator('#nqx-copy').fill(edited)
    await page.locator('#nqx-match').click()
    await expect
      .poll(() =>
        page
          .locator('.nqx-cluster')
          .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('data-members') ?? '')),
      )
      .toContainEqual(expect.stringMatching(/(^| )002( .*)? pasted|pasted.* 002/u))
    expect(errors).toEqual([])
    await page.close()
  })

  it('a broken file is read in the worker and its error is shown as a message', async () => {
    const { page, errors } = await openExplorer()
    const gzip = Buffer.from(gzipSync(Buffer.from('{"id":"a","text":"x"}\n'.repeat(2000))))
    await page.setInputFiles('#nqx-file', {
      name: 'truncated.jsonl.gz',
      mimeType: 'application/gzip',
      buffer: gzip.subarray(0, Math.floor(gzip.length / 2)),
    })
    await expect
      .poll(() => page.locator('#nqx-status').textContent(), { timeout: 30_000 })
      .toMatch(/(Corpus\w*Error|warning)/u)
    expect(await page.locator('#nqx-cancel').isHidden()).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  it('reads a file dropped on the page as bytes: UTF-16LE with a BOM', async () => {
    const { page, errors } = await openExplorer()
    const bytes = [
      ...Buffer.from('\ufeffعنوان الخبر\n\nقال الرئيس إن المحادثات ستستأنف.', 'utf16le'),
    ]
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.txt'))
      return transfer
    }, bytes)
    await page.dispatchEvent('#nqx-output', 'drop', { dataTransfer })
    await page.waitForSelector('#nqx-explorer[data-ready="true"]')
    await expect.poll(() => outputText(page)).toContain('قال الرئيس إن المحادثات ستستأنف.')
    expect(await page.locator('.nqx-encoding').first().textContent()).toBe('utf-16le')
    expect(await page.locator('#nqx-source').textContent()).toContain('id dropped')
    expect(errors).toEqual([])
    await page.close()
  })
})
