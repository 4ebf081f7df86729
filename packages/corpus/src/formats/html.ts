/**
 * HTML pages to main text with htmlparser2 and a small main-content heuristic.
 * @module
 */
import { Parser } from 'htmlparser2'
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import type { TextSource } from '../textsource'

/**
 * The main text of an HTML page.
 * @example
 * ```ts
 * const page: HtmlText = { title: 'Talks', paragraphs: ['Talks resumed.'] }
 * ```
 */
export interface HtmlText {
  /** `og:title`, else `<title>`. @example `'Talks'` */
  title?: string
  /** Publication date from `article:published_time`, `datePublished`, `<time datetime>` … (as written). @example `'2022-03-29T10:00:00Z'` */
  date?: string
  /** The `lang` attribute of `<html>`. @example `'ar'` */
  lang?: string
  /** Main-content blocks, in order, whitespace collapsed. @example `['Talks resumed.']` */
  paragraphs: string[]
}

/** Elements whose whole subtree is not content. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
  'textarea',
  'menu',
  'head',
  'object',
  'canvas',
  'math',
])
/** Elements that start and end a block of text. */
const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'td',
  'th',
  'dd',
  'dt',
  'div',
  'section',
  'article',
  'main',
  'tr',
  'table',
  'ul',
  'ol',
  'dl',
  'figcaption',
  'br',
  'hr',
  'body',
  'caption',
  'address',
  'center',
])
const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
])
const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'article.published',
])

interface Block {
  text: string
  links: number
  inMain: boolean
}

/**
 * Extract the main text of an HTML page: drops `script`, `style`, `nav`, `header`, `footer`, `aside`,
 * forms and the like; keeps block texts (`p`, `h1`–`h6`, `li`, `blockquote`, `pre`, table cells…);
 * when the page has `<article>` or `<main>`, keeps only the blocks inside them; drops blocks that are
 * mostly link text (menus, tag lists). Entities are decoded by htmlparser2.
 * @param html - an HTML document or fragment
 * @returns title, date, language and paragraphs
 * @example
 * ```ts
 * const page = extractMainText(
 *   '<html lang="en"><title>T</title><nav><a href="/">Home</a></nav>' +
 *     '<article><h1>Talks</h1><p>Talks resumed &amp; ended.</p></article></html>',
 * )
 * console.log(page.paragraphs) // ['Talks', 'Talks resumed & ended.']
 * ```
 */
export function extractMainText(html: string): HtmlText {
  const blocks: Block[] = []
  let skipDepth = 0
  let mainDepth = 0
  let preDepth = 0
  let inTitle = false
  let titleText = ''
  let ogTitle: string | undefined
  let date: string | undefined
  let lang: string | undefined
  let linkDepth = 0
  let cur = ''
  let curLinks = 0
  let sawMain = false
  const flush = (): void => {
    const t = preDepth > 0 ? cur.trim() : collapse(cur)
    if (t) blocks.push({ text: t, links: Math.min(curLinks, t.length), inMain: mainDepth > 0 })
    cur = ''
    curLinks = 0
  }
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html' && attrs.lang) lang = attrs.lang
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase()
          if (key === 'og:title' && attrs.content) ogTitle = attrs.content
          if (!date && DATE_META.has(key) && attrs.content) date = attrs.content
          return
        }
        if (name === 'title') inTitle = true
        if (!date && name === 'time' && attrs.datetime) date = attrs.datetime
        if (SKIP.has(name)) {
          if (!VOID.has(name)) skipDepth++
          return
        }
        if (skipDepth > 0) return
        if (BLOCK.has(name)) flush()
        if (name === 'article' || name === 'main') {
          mainDepth++
          sawMain = true
        }
        if (name === 'pre') preDepth++
        if (name === 'a') linkDepth++
      },
      ontext(text) {
        if (inTitle) {
          titleText += text
          return
        }
        if (skipDepth > 0) return
        cur += text
        if (linkDepth > 0) curLinks += text.trim().length
      },
      onclosetag(name, implied) {
        if (name === 'title') inTitle = false
        if (SKIP.has(name)) {
          if (!VOID.has(name) && skipDepth > 0) skipDepth--
          return
        }
        if (skipDepth > 0) return
        if (name === 'a' && linkDepth > 0) linkDepth--
        if (BLOCK.has(name)) flush()
        if ((name === 'article' || name === 'main') && mainDepth > 0) mainDepth--
        if (name === 'pre' && preDepth > 0) preDepth--
        void implied
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  flush()
  const kept = (
    sawMain && blocks.some((b) => b.inMain) ? blocks.filter((b) => b.inMain) : blocks
  ).filter((b) => !(b.links / b.text.length > 0.6 && b.text.length < 300))
  const out: HtmlText = { paragraphs: kept.map((b) => b.text) }
  const title = collapse(ogTitle ?? titleText)
  if (title) out.title = title
  if (date) out.date = date.trim()
  if (lang) out.lang = lang
  return out
}

/** Collapse whitespace runs to one space and trim. */
function collapse(s: string): string {
  let out = ''
  let space = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) {
      space = out.length > 0
    } else {
      if (space) out += ' '
      space = false
      out += s[i]
    }
  }
  return out
}

/**
 * A whole HTML input as one record.
 * @internal
 */
export async function* parseHtmlDocument(
  src: TextSource,
  ctx: BuildContext,
): AsyncGenerator<RawRecord> {
  const parts: string[] = []
  for await (const chunk of src) parts.push(chunk)
  const page = extractMainText(parts.join(''))
  yield {
    text: '',
    paragraphs: page.paragraphs,
    title: page.title,
    date: page.date,
    ...(page.lang ? { meta: { lang: page.lang } } : {}),
    record: 0,
    byteOffset: src.startByte,
    line: 1,
    warnings: src.takeWarnings().map((w) => report(w, ctx.options)),
  }
}
