/**
 * Boilerplate labelling: every line (and every run-in headline inside a line) of a news text is
 * labelled `body`, `heading` or `boilerplate`, with the rule that fired. Rules look at what a line
 * says (a comment widget, a "read also" marker, a share call, a spam URL…) and at its neighbours;
 * punctuation alone never condemns a line. Deterministic; every regex is in `cleaning-patterns.ts`.
 * @module
 */
import {
  AD_LABEL,
  ALEF_MAQSURA,
  ALEF_VARIANTS,
  ARABIC_MARKS,
  BARE_URL,
  BY_PREFIX,
  BYLINE,
  COMMENT_SPAM_OPENING,
  COMMENT_WIDGET,
  COMMENTS_PROMPT,
  COOKIE_NOTICE,
  COPYRIGHT,
  FOLLOW_ANYWHERE,
  MEDIA_LINK,
  NAVIGATION,
  PARENS,
  PHOTO_CREDIT,
  READ_ALSO,
  SENTENCE_END_CHAR,
  SHARE_SUBSCRIBE,
  SHARE_TARGET_SEPARATOR,
  SOURCE_CREDIT,
  SPAM_URL_WORD,
  TAGS_LINE,
  TEH_MARBUTA,
  UPPER_START,
  URL_IN_LINE,
  WIDGET_HEADER,
  WORD_TOKEN,
} from './cleaning-patterns'

/**
 * What a span of a news text is.
 * @example
 * ```ts
 * const label: LineLabel = 'boilerplate'
 * ```
 */
export type LineLabel = 'body' | 'heading' | 'boilerplate'

/**
 * A labelled span of the text: a whole line, or a part of a line when a run-in headline was split out.
 * @example
 * ```ts
 * const span: LabelledSpan = {
 *   start: 0,
 *   end: 42,
 *   text: 'admin in: How the Brotherhood betrayed us?',
 *   label: 'boilerplate',
 *   ruleId: 'corpus/boilerplate-comment-widget',
 *   reason: 'A "recent comments" widget entry: commenter, "in:", post title',
 * }
 * ```
 */
export interface LabelledSpan {
  /** Start in the classified text (UTF-16 code units), leading spaces excluded. @example `0` */
  start: number
  /** End (exclusive), trailing spaces excluded. @example `42` */
  end: number
  /** `text.slice(start, end)`. @example `'admin in: How the Brotherhood betrayed us?'` */
  text: string
  /** The label. @example `'boilerplate'` */
  label: LineLabel
  /** The rule that decided a heading or boilerplate label (absent for plain body). @example `'corpus/boilerplate-comment-widget'` */
  ruleId?: string
  /** Why the rule fired. @example `'A "recent comments" widget entry: commenter, "in:", post title'` */
  reason?: string
}

/**
 * Options of {@link classifyLines}.
 * @example
 * ```ts
 * const options: ClassifyLinesOptions = { splitInlineHeadings: false }
 * ```
 */
export interface ClassifyLinesOptions {
  /** Find run-in headlines inside lines (`… المباحثات. توقعات … مع روسيا وقال …`) and split them out. Default `true`. @example `false` */
  splitInlineHeadings?: boolean
  /** Label short lines without end punctuation that are followed by text as headings. Default `true`. @example `false` */
  headings?: boolean
}

interface Verdict {
  ruleId: string
  reason: string
}

const SHARE_TARGETS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'linkedin',
  'pinterest',
  'reddit',
  'email',
  'print',
  'share',
  'فيسبوك',
  'تويتر',
  'واتساب',
  'تيليجرام',
  'طباعة',
  'شارك',
])

function wordCount(s: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 0x20
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** Rules that look at one line alone. */
function lineRule(line: string): Verdict | undefined {
  const lower = line.toLowerCase()
  const words = wordCount(line)
  const url = URL_IN_LINE.exec(lower)
  const spamUrl = url !== null && SPAM_URL_WORD.test(lower)
  if (line.length <= 300 && COMMENT_WIDGET.test(lower)) {
    return spamUrl
      ? {
          ruleId: 'corpus/boilerplate-spam-url',
          reason: 'A comment-widget entry whose commenter is a spam URL',
        }
      : {
          ruleId: 'corpus/boilerplate-comment-widget',
          reason: 'A "recent comments" widget entry: commenter, "in:", post title',
        }
  }
  if (BARE_URL.test(lower)) {
    return spamUrl
      ? { ruleId: 'corpus/boilerplate-spam-url', reason: 'A line that is only a spam URL' }
      : { ruleId: 'corpus/boilerplate-link', reason: 'A line that is only a URL' }
  }
  if (spamUrl && words <= 30)
    return { ruleId: 'corpus/boilerplate-spam-url', reason: 'A short line carrying a spam URL' }
  if (words <= 6 && WIDGET_HEADER.test(lower))
    return {
      ruleId: 'corpus/boilerplate-widget-header',
      reason: 'The header of a sidebar or related-links widget',
    }
  if (words <= 25 && READ_ALSO.test(lower))
    return {
      ruleId: 'corpus/boilerplate-read-also',
      reason: 'A "read also" / related-articles link',
    }
  if (words <= 4 && AD_LABEL.test(lower))
    return { ruleId: 'corpus/boilerplate-advertisement', reason: 'An advertisement label' }
  if (words <= 40 && TAGS_LINE.test(lower))
    return { ruleId: 'corpus/boilerplate-tags', reason: 'A list of tags or keywords' }
  if (words <= 8 && COMMENTS_PROMPT.test(lower))
    return { ruleId: 'corpus/boilerplate-comments', reason: 'A comment-section prompt or counter' }
  if (words <= 15 && MEDIA_LINK.test(lower))
    return { ruleId: 'corpus/boilerplate-read-also', reason: 'A link to a video, audio or gallery' }
  if (words <= 6 && SOURCE_CREDIT.test(lower))
    return { ruleId: 'corpus/boilerplate-source-credit', reason: 'A source or agency credit line' }
  if (words <= 15 && FOLLOW_ANYWHERE.test(lower))
    return { ruleId: 'corpus/boilerplate-share', reason: 'A follow or subscribe call' }
  if (words <= 15 && SHARE_SUBSCRIBE.test(lower))
    return { ruleId: 'corpus/boilerplate-share', reason: 'A share, follow or subscribe call' }
  if (words <= 10) {
    const parts = lower.split(SHARE_TARGET_SEPARATOR).filter((p) => p !== '')
    if (parts.length >= 2 && parts.every((p) => SHARE_TARGETS.has(p)))
      return { ruleId: 'corpus/boilerplate-share', reason: 'A row of share buttons' }
  }
  if (words <= 20 && NAVIGATION.test(lower))
    return {
      ruleId: 'corpus/boilerplate-navigation',
      reason: 'A navigation line (breadcrumb, next/previous)',
    }
  if (words <= 60 && COOKIE_NOTICE.test(lower))
    return { ruleId: 'corpus/boilerplate-cookie-notice', reason: 'A cookie or privacy notice' }
  if (words <= 25 && COPYRIGHT.test(lower))
    return { ruleId: 'corpus/boilerplate-copyright', reason: 'A copyright line' }
  if (words <= 12 && BYLINE.test(lower) && isByline(line))
    return {
      ruleId: 'corpus/boilerplate-byline',
      reason: 'A byline or agency trailer, not body text',
    }
  if (words <= 20 && PHOTO_CREDIT.test(lower))
    return { ruleId: 'corpus/boilerplate-photo-credit', reason: 'A photo credit' }
  return undefined
}

/** `By Jane Doe` must name people (capitalised words, no sentence); Arabic bylines and trailers pass. */
function isByline(line: string): boolean {
  const m = BY_PREFIX.exec(line.toLowerCase())
  if (!m) return true
  const rest = line.slice(m[0].length).replace(PARENS, '').trim()
  if (rest === '' || rest.includes(',')) return false
  return rest.split(' ').every((w) => w === 'and' || UPPER_START.test(w))
}

function endsWithSentencePunct(line: string): boolean {
  const last = line.charAt(line.length - 1)
  return SENTENCE_END_CHAR.test(last)
}

/** Arabic sentence openers that follow a run-in headline: و/ف + a reporting or narrative verb. */
const OPENER_VERBS = [
  'قال',
  'قالت',
  'أضاف',
  'أضافت',
  'أكد',
  'أكدت',
  'أوضح',
  'أوضحت',
  'تابع',
  'تابعت',
  'أشار',
  'أشارت',
  'أعلن',
  'أعلنت',
  'ذكر',
  'ذكرت',
  'شدد',
  'شددت',
  'لفت',
  'لفتت',
  'نقل',
  'نقلت',
  'أفاد',
  'أفادت',
  'كشف',
  'كشفت',
  'استمر',
  'استمرت',
  'جاء',
  'جاءت',
  'كان',
  'كانت',
  'يضم',
  'تضم',
  'وصل',
  'وصلت',
  'بدأ',
  'بدأت',
  'طالب',
  'طالبت',
  'دعا',
  'دعت',
  'اعتبر',
  'اعتبرت',
  'رأى',
  'رأت',
  'أمر',
]
const OPENERS = new Set(OPENER_VERBS.flatMap((v) => [`و${v}`, `ف${v}`]))
const KAMA_VERBS = new Set(OPENER_VERBS)

/** Words that continue a sentence rather than start a headline. */
const CONTINUATION_STARTS = new Set([
  'ثم',
  'لكن',
  'ولكن',
  'كما',
  'إلا',
  'حيث',
  'بينما',
  'فيما',
  'وقد',
  'قد',
  'إن',
  'أن',
  'لأن',
  'وهو',
  'وهي',
  'الذي',
  'التي',
  'حتى',
  'بعد',
  'قبل',
  'منذ',
  'عندما',
  'إذا',
  'لو',
])

const ARABIC_STOP = new Set([
  'على',
  'الى',
  'إلى',
  'الي',
  'في',
  'فى',
  'من',
  'عن',
  'مع',
  'هذا',
  'هذه',
  'ذلك',
  'التي',
  'الذي',
])

function normalizeWord(w: string): string {
  let s = w.replace(ARABIC_MARKS, '')
  s = s
    .replace(ALEF_VARIANTS, 'ا')
    .replace(ALEF_MAQSURA, 'ي')
    .replace(TEH_MARBUTA, 'ه')
    .toLowerCase()
  if (s.length > 4 && s.startsWith('وال')) s = s.slice(3)
  else if (s.length > 3 && s.startsWith('ال')) s = s.slice(2)
  else if (s.length > 3 && s.startsWith('و')) s = s.slice(1)
  return s
}

function contentWords(s: string): Set<string> {
  const out = new Set<string>()
  for (const m of s.matchAll(WORD_TOKEN)) {
    if (ARABIC_STOP.has(m[0])) continue
    const w = normalizeWord(m[0])
    if (w.length >= 4) out.add(w)
  }
  return out
}

interface Token {
  start: number
  end: number
  text: string
}

function tokens(s: string, offset: number): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < s.length) {
    while (i < s.length && s.charCodeAt(i) <= 0x20) i++
    const start = i
    while (i < s.length && s.charCodeAt(i) > 0x20) i++
    if (i > start) out.push({ start: offset + start, end: offset + i, text: s.slice(start, i) })
  }
  return out
}

const isSentenceEnd = (c: string) => c === '.' || c === '!' || c === '?' || c === '؟' || c === '…'
const isCloser = (c: string) => c === '”' || c === '»' || c === '"' || c === "'" || c === ')'

/** Start offsets (relative to the line) of the sentences in a line. */
function sentenceStarts(line: string): number[] {
  const starts = [0]
  for (let i = 0; i < line.length; i++) {
    if (!isSentenceEnd(line.charAt(i))) continue
    let j = i + 1
    while (j < line.length && isCloser(line.charAt(j))) j++
    if (j < line.length && line.charCodeAt(j) <= 0x20) {
      while (j < line.length && line.charCodeAt(j) <= 0x20) j++
      if (j < line.length) starts.push(j)
      i = j - 1
    }
  }
  return starts
}

/** Run-in headlines inside one line: `[start, end)` spans relative to the text. */
function inlineHeadings(line: string, offset: number): Token[] {
  const found: Token[] = []
  const starts = sentenceStarts(line)
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s] as number
    const to = s + 1 < starts.length ? (starts[s + 1] as number) : line.length
    const toks = tokens(line.slice(from, to), offset + from)
    let k = -1
    for (let i = 2; i < Math.min(toks.length - 1, 17); i++) {
      const t = (toks[i] as Token).text
      if (OPENERS.has(t)) {
        k = i
        break
      }
      if (t === 'كما' && KAMA_VERBS.has((toks[i + 1] as Token).text)) {
        k = i
        break
      }
    }
    if (k < 0) continue
    const span = toks.slice(0, k)
    const first = span[0] as Token
    const last = span[span.length - 1] as Token
    if (CONTINUATION_STARTS.has(first.text)) continue
    const spanText = line.slice(first.start - offset, last.end - offset)
    if (spanText.includes('،') || spanText.includes(',')) continue
    if (span.some((t) => OPENERS.has(t.text))) continue
    // the headline announces the sentence after it: they share a content word, or it is "X: Y"
    const rest = line.slice((toks[k] as Token).start - offset, to)
    const shared = [...contentWords(spanText)].some((w) => contentWords(rest).has(w))
    if (!shared && !spanText.includes(':')) continue
    if (s === 0 && !shared) continue
    found.push({ start: first.start, end: last.end, text: spanText })
  }
  return found
}

/**
 * Label each line of a news text as body, heading or boilerplate, in Arabic and English, with the
 * rule that fired: comment widgets and comment spam, spam URLs, "read also" and related-article
 * links, share/follow/subscribe rows, navigation, cookie notices, copyright lines, bylines and photo
 * credits where they are clearly not body. Short lines without end punctuation that are followed by
 * text are headings. Run-in headlines inside a line (a title-like span with no end punctuation,
 * followed by a sentence opener such as `وقال`/`وأضاف`/`وأكد`, after a finished sentence) are split
 * out as their own `heading` spans. A line is never condemned for its punctuation alone.
 * @param text - The text to classify (lines separated by `\n`).
 * @param options - See {@link ClassifyLinesOptions}.
 * @returns The non-empty spans in text order, covering every non-blank character.
 * @example
 * ```ts
 * import { classifyLines } from '@nuqta/corpus'
 *
 * const spans = classifyLines('Kyiv was shelled.\nadmin in: Why did it happen?\nGreat post ...')
 * console.log(spans.map((s) => s.label)) // ['body', 'boilerplate', 'boilerplate']
 * console.log(spans[1]?.ruleId) // 'corpus/boilerplate-comment-widget'
 * ```
 */
export function classifyLines(text: string, options: ClassifyLinesOptions = {}): LabelledSpan[] {
  const split = options.splitInlineHeadings ?? true
  const headings = options.headings ?? true
  interface Line {
    start: number
    end: number
    text: string
    verdict: Verdict | undefined
    label: LineLabel
  }
  const lines: Line[] = []
  let pos = 0
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos)
    if (nl < 0) nl = text.length
    let s = pos
    let e = nl
    while (s < e && text.charCodeAt(s) <= 0x20) s++
    while (e > s && (text.charCodeAt(e - 1) <= 0x20 || text.charCodeAt(e - 1) === 0xa0)) e--
    if (e > s) {
      const line = text.slice(s, e)
      const verdict = lineRule(line)
      lines.push({ start: s, end: e, text: line, verdict, label: verdict ? 'boilerplate' : 'body' })
    }
    pos = nl + 1
  }
  // a comment-widget entry needs a neighbour that confirms it (a truncated or spammy excerpt,
  // another entry, a widget header) unless its commenter is a URL: "Fighting in: the east…" is body
  const isEntry = (l: Line | undefined) =>
    l?.verdict?.ruleId === 'corpus/boilerplate-comment-widget' ||
    l?.verdict?.ruleId === 'corpus/boilerplate-spam-url' ||
    l?.verdict?.ruleId === 'corpus/boilerplate-widget-header'
  const isExcerpt = (l: Line | undefined) =>
    l !== undefined &&
    (l.text.endsWith('...') ||
      l.text.endsWith('…') ||
      COMMENT_SPAM_OPENING.test(l.text.toLowerCase()))
  const unconfirmed: Line[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.verdict?.ruleId !== 'corpus/boilerplate-comment-widget') continue
    if (line.text.startsWith('http')) continue
    if (isEntry(lines[i - 1]) || isEntry(lines[i + 1]) || isExcerpt(lines[i + 1])) continue
    unconfirmed.push(line)
  }
  for (const line of unconfirmed) {
    line.verdict = undefined
    line.label = 'body'
  }
  // context: what follows a comment-widget entry is the comment's excerpt
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line
    const prev = lines[i - 1] as Line
    if (line.verdict) continue
    const prevWidget =
      prev.verdict?.ruleId === 'corpus/boilerplate-comment-widget' ||
      prev.verdict?.ruleId === 'corpus/boilerplate-spam-url'
    const truncated = line.text.endsWith('...') || line.text.endsWith('…')
    const spammy = COMMENT_SPAM_OPENING.test(line.text.toLowerCase())
    // the items of a "read also" / related-links list under its short header
    const prevHeader =
      prev.verdict?.ruleId === 'corpus/boilerplate-widget-header' ||
      prev.verdict?.ruleId === 'corpus/boilerplate-related-item' ||
      (prev.verdict?.ruleId === 'corpus/boilerplate-read-also' && wordCount(prev.text) <= 4)
    if (prevHeader && wordCount(line.text) <= 14 && !endsWithSentencePunct(line.text)) {
      line.verdict = {
        ruleId: 'corpus/boilerplate-related-item',
        reason: 'An item of a related-links list under its header',
      }
      line.label = 'boilerplate'
      continue
    }
    if (
      (prevWidget && (truncated || spammy || wordCount(line.text) <= 40)) ||
      (spammy && truncated)
    ) {
      line.verdict = {
        ruleId: 'corpus/boilerplate-comment-excerpt',
        reason: prevWidget
          ? 'The excerpt of a comment under a comment-widget entry'
          : 'A truncated comment-spam excerpt',
      }
      line.label = 'boilerplate'
    }
  }
  const out: LabelledSpan[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    if (line.verdict) {
      out.push({
        start: line.start,
        end: line.end,
        text: line.text,
        label: 'boilerplate',
        ruleId: line.verdict.ruleId,
        reason: line.verdict.reason,
      })
      continue
    }
    const next = lines[i + 1]
    if (
      headings &&
      next !== undefined &&
      next.label === 'body' &&
      wordCount(line.text) <= 14 &&
      line.text.length <= 120 &&
      !endsWithSentencePunct(line.text)
    ) {
      out.push({
        start: line.start,
        end: line.end,
        text: line.text,
        label: 'heading',
        ruleId: 'corpus/heading-short-line',
        reason: 'A short line without end punctuation, followed by text',
      })
      continue
    }
    const inline = split ? inlineHeadings(line.text, line.start) : []
    let cursor = line.start
    for (const h of inline) {
      pushBody(out, text, cursor, h.start)
      out.push({
        start: h.start,
        end: h.end,
        text: h.text,
        label: 'heading',
        ruleId: 'corpus/heading-run-in',
        reason:
          'A run-in headline: a title-like span without end punctuation between a finished sentence and a sentence opener',
      })
      cursor = h.end
    }
    pushBody(out, text, cursor, line.end)
  }
  return out
}

function pushBody(out: LabelledSpan[], text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && text.charCodeAt(s) <= 0x20) s++
  while (e > s && text.charCodeAt(e - 1) <= 0x20) e--
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), label: 'body' })
}
