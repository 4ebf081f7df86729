import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
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

/** The file name of the corpus article with numeric prefix `id`. */
function corpusFile(id: string): string {
  const file = readdirSync(join(root, '../../corpus')).find((f) => f.startsWith(`${id}_`))
  expect(file, `corpus article ${id}`).toBeDefined()
  return file ?? ''
}

/** Opens a page and records uncaught errors and dialogs (none may happen). */
async function open(
  path: string,
): Promise<{ page: Page; errors: string[]; dialogs: string[]; requests: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 1100 } })
  const errors: string[] = []
  const dialogs: string[] = []
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  const response = await page.goto(`${site.url}${path}`)
  expect(response?.status(), `${path} status`).toBe(200)
  return { page, errors, dialogs, requests }
}

/** Opens the playground and waits until its first output is rendered. */
async function openPlayground() {
  const opened = await open('/playground/')
  await opened.page.waitForSelector('#nq-playground[data-ready="true"]')
  return opened
}

describe('landing page', () => {
  it('says what nuqta is and links to the playground', async () => {
    const { page, errors } = await open('/')
    const main = await page.locator('main').textContent()
    expect(main).toContain('nuqta')
    for (const pkg of ['@nuqta/corpus', '@nuqta/normalize', '@nuqta/entities', '@nuqta/dedup']) {
      expect(main).toContain(pkg)
    }
    expect(main).toMatch(/planned/i)
    expect(main).toMatch(/Node/)
    expect(main).toMatch(/browser/)
    expect(await page.locator('a[href="/playground/"]').count()).toBeGreaterThan(0)
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: join(screenshotDir, 'landing.png') })
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('normalizer playground', () => {
  it('normalizes a huge input in a worker: the page stays responsive and Cancel stops it', async () => {
    const { page, errors } = await openPlayground()
    await page.selectOption('#nq-profile', 'camel')
    // 100,000 marks, five on each letter (one single run of them makes the browser's own text
    // shaping in the textarea the slow part)
    const marks = 'ب\u064e\u064f\u0650\u0651\u0652 '.repeat(20_000)
    await page.locator('#nq-input').fill(marks)
    await expect.poll(() => page.locator('#nq-status').textContent()).toContain('in a worker')
    // the page answers while the worker runs
    expect(await page.evaluate(() => 1 + 1)).toBe(2)
    await page.locator('#nq-cancel').click()
    await expect.poll(() => page.locator('#nq-status').textContent()).toContain('Cancelled')
    expect(await page.locator('#nq-cancel').isHidden()).toBe(true)
    // a short text is normalized on the page again
    await page.locator('#nq-input').fill('أكّد')
    await expect.poll(() => page.locator('#nq-output').textContent()).toBe('اكد')
    expect(errors).toEqual([])
    await page.close()
  })

  it('offers the five corpus articles', async () => {
    const { page, errors } = await openPlayground()
    const values = await page
      .locator('#nq-article option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(values).toEqual(['', '000', '001', '002', '003', '004'])
    await page.locator('.nq-rules-box summary').click()
    expect(await page.locator('#nq-rules input, #nq-rules select').count()).toBeGreaterThan(10)
    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: join(screenshotDir, 'playground-top.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('article 001 with the display profile shows الروسي, highlighted with its rule', async () => {
    const { page, errors, dialogs, requests } = await openPlayground()
    await page.selectOption('#nq-article', '001')
    await page.selectOption('#nq-profile', 'display')
    // The ى repair needs the lexicon, which the page loads with a dynamic import.
    await page.waitForSelector('#nq-playground[data-lexicon="ready"]', { timeout: 60_000 })
    const output = page.locator('#nq-output')
    await expect.poll(() => output.textContent()).toContain('الروسي')
    const text = await output.textContent()
    expect(text).not.toContain('الروسى')
    expect(await output.getAttribute('dir')).toBe('rtl')

    // The mark(s) covering the last letter of الروسي, found through the output's text nodes.
    const titles = await page.evaluate(() => {
      const out = document.getElementById('nq-output')
      if (!out) return []
      const walker = document.createTreeWalker(out, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let all = ''
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text)
        all += (n as Text).data
      }
      const word = 'الروسي'
      const found: string[] = []
      for (let at = all.indexOf(word); at !== -1; at = all.indexOf(word, at + 1)) {
        const last = at + word.length - 1
        let offset = 0
        for (const node of nodes) {
          if (last >= offset && last < offset + node.data.length) {
            const mark = node.parentElement?.closest('mark')
            if (mark) {
              found.push(mark.title)
              if (!document.getElementById('e2e-repaired')) mark.id = 'e2e-repaired'
            }
          }
          offset += node.data.length
        }
      }
      return found
    })
    // Article 001 has الروسي spelled right elsewhere; the one repaired from الروسى is marked.
    // Every الروسى of the article is repaired by the lexicon's normalize/final-ya rule and marked with it;
    // the article's correctly spelled الروسي carry no mark.
    const article = readFileSync(join(root, '../../corpus', corpusFile('001')), 'utf8')
    const misspelled = article.split('الروسى').length - 1
    expect(misspelled).toBeGreaterThan(0)
    expect(titles, `marks on الروسي: ${JSON.stringify(titles)}`).toHaveLength(misspelled)
    for (const title of titles)
      expect(title).toMatch(/^normalize\/final-ya: \u2068\S*ى\u2069 → \u2068\S*ي\u2069$/u)

    // Hovering the mark names the rule and shows the whole word before and after.
    const repairedMark = page.locator('#e2e-repaired')
    await repairedMark.scrollIntoViewIfNeeded()
    await repairedMark.hover()
    await expect
      .poll(() => page.locator('#nq-hover').textContent())
      .toContain('\u2068الروسى\u2069 → \u2068الروسي\u2069')
    expect(await page.locator('#nq-hover').textContent()).toMatch(/^normalize\/final-ya: /u)

    // The output is right-to-left in Noto Naskh Arabic, served by the site itself: the font,
    // scripts and lexicon are all fetched from the site, nothing from anywhere else.
    await page.evaluate(() => document.fonts.ready)
    const font = await page.evaluate(() => {
      const output = document.getElementById('nq-output') as HTMLElement
      return {
        loaded: [...document.fonts].some(
          (f) => f.family.replaceAll('"', '') === 'Noto Naskh Arabic' && f.status === 'loaded',
        ),
        family: getComputedStyle(output).fontFamily,
        direction: getComputedStyle(output).direction,
      }
    })
    expect(font.family).toContain('Noto Naskh Arabic')
    expect(font.loaded).toBe(true)
    expect(font.direction).toBe('rtl')
    expect(requests.some((url) => /noto-naskh-arabic-arabic-400[^/]*\.woff2$/u.test(url))).toBe(
      true,
    )
    expect(requests.filter((url) => !url.startsWith(`${site.url}/`))).toEqual([])

    mkdirSync(screenshotDir, { recursive: true })
    await page.screenshot({ path: join(screenshotDir, 'playground-001.png'), fullPage: false })
    expect(errors).toEqual([])
    expect(dialogs).toEqual([])
    await page.close()
  })

  it('shows pasted HTML as text and runs nothing', async () => {
    const { page, errors, dialogs } = await openPlayground()
    const payload = '<img src=x onerror=alert(1)>'
    const input = page.locator('#nq-input')
    await input.fill('')
    await input.focus()
    await page.keyboard.insertText(payload)
    const output = page.locator('#nq-output')
    await expect.poll(() => output.textContent()).toContain(payload)
    expect(await output.locator('img').count()).toBe(0)
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await output.evaluate((el) => el.textContent)).toBe(payload)
    expect(await page.locator('#nq-article').inputValue()).toBe('')
    // Give a would-be onerror handler time to fire.
    await page.waitForTimeout(500)
    mkdirSync(screenshotDir, { recursive: true })
    await page.locator('#nq-output').screenshot({ path: join(screenshotDir, 'playground-xss.png') })
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('applies the chosen profile and single rule toggles, marking deletions', async () => {
    const { page, errors } = await openPlayground()
    const input = page.locator('#nq-input')
    const output = page.locator('#nq-output')
    await input.fill('مدرسة أحمد كتـــاب')
    await page.selectOption('#nq-profile', 'search')
    await expect.poll(() => output.textContent()).toBe('مدرسه احمد كتاب')
    const rules = await output
      .locator('mark')
      .evaluateAll((marks) => marks.map((m) => (m as HTMLElement).dataset.rule))
    expect(rules).toEqual(
      expect.arrayContaining(['normalize/teh-marbuta', 'normalize/alef', 'normalize/tatweel']),
    )
    // The removed tatweel has no output text: it is a deletion marker with its rule in the title.
    const deletion = output.locator('mark.nq-deletion').first()
    expect(await deletion.textContent()).toBe('')
    expect(await deletion.getAttribute('title')).toMatch(/^normalize\/tatweel: /u)

    // Switching one rule off overrides the profile.
    await page.locator('.nq-rules-box summary').click()
    await page.locator('#nq-rules input[data-path="tehMarbuta"]').uncheck()
    await expect.poll(() => output.textContent()).toBe('مدرسة احمد كتاب')
    expect(await output.locator('mark[data-rule="normalize/teh-marbuta"]').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows English text left-to-right', async () => {
    const { page, errors } = await openPlayground()
    await page.selectOption('#nq-article', '003')
    await expect.poll(() => page.locator('#nq-output').getAttribute('dir')).toBe('ltr')
    expect(await page.locator('#nq-output').textContent()).toContain('Moscow')
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('normalize guide', () => {
  it('renders its examples with their outputs and links to the API pages', async () => {
    const { page, errors } = await open('/guides/normalize/')
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain("import { arabicLexicon } from '@nuqta/normalize/lexicon'")
    expect(main).toContain('قال الرئيس الأوكراني إن الولايات المتحدة تقف على الحياد حتى الآن')
    expect(await page.locator('main a[href^="/api/"]').count()).toBeGreaterThanOrEqual(6)
    expect(errors).toEqual([])
    await page.close()
  })
})

/** The first line of code in the `@example` of `declare function <name>` in the built d.ts. */
function exampleLine(name: string): string {
  const dts = readFileSync(join(root, '../../packages/normalize/dist/index.d.ts'), 'utf8')
  const at = dts.indexOf(`declare function ${name}(`)
  expect(at, `declare function ${name} in dist/index.d.ts`).toBeGreaterThan(-1)
  const doc = dts.slice(dts.lastIndexOf('/**', at), at)
  const example = doc.slice(doc.indexOf('@example'))
  const code = /```[a-z]*\n([\s\S]*?)```/u.exec(example.replaceAll(/^\s*\* ?/gmu, ''))
  const line = code?.[1]
    ?.split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('//'))
  expect(line, `@example code of ${name}`).toBeTruthy()
  return line ?? ''
}

/** The URL of the generated API page of function `name` (its place depends on typedoc's layout). */
function apiFunctionPage(name: string): string {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const path = join(dir, entry.name)
      if (entry.name === name.toLowerCase() && dir.endsWith(`${sep}functions`)) found.push(path)
      walk(path)
    }
  }
  walk(join(root, 'dist', 'api'))
  expect(found, `API pages for ${name}`).toHaveLength(1)
  return `/${relative(join(root, 'dist'), found[0] ?? '')
    .split(sep)
    .join('/')}/`
}

describe('API reference', () => {
  it('has a page for normalize with its @example code, generated from the TSDoc', async () => {
    const { page, errors } = await open(apiFunctionPage('normalize'))
    const main = await page.locator('main').textContent()
    expect(main).toMatch(/Example/)
    expect(main).toContain(exampleLine('normalize'))
    expect(errors).toEqual([])
    await page.close()
  })

  it('has an index page', async () => {
    const { page } = await open('/api/readme/')
    expect(await page.locator('main').textContent()).toContain('@nuqta/normalize')
    await page.close()
  })
})
