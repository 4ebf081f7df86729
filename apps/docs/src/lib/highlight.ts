/**
 * Renders a normalizer result as DOM nodes: the output text split into paragraphs, with one
 * `<mark>` per edit whose `title` names the rule and the change. User text only ever reaches the
 * page through `textContent` and `setAttribute`, never through HTML parsing.
 */

/** The part of an `Edit` from `@nuqta/normalize` that the renderer needs. */
export interface EditLike {
  /** Rule id, e.g. `alef` or `final-ya`. */
  rule: string
  /** Start of the change in the output text (UTF-16 offset). */
  outputStart: number
  /** End (exclusive) of the change in the output text. */
  outputEnd: number
  /** The input text that was replaced. */
  before: string
  /** The text that replaced it. */
  after: string
}

/** A piece of the output: plain text, or the text of one or more edits (empty for a deletion). */
export interface Segment {
  /** The output text of this piece. */
  text: string
  /** The edits that produced it; empty for unchanged text. */
  edits: EditLike[]
}

/** Names for characters that are invisible or hard to read on their own in a tooltip. */
const NAMED: Record<string, string> = { ' ': '␠', '\n': '⏎', '\t': '⇥', '\r': '␍', '\u00a0': '⍽' }

/** Shows a string so that every character in it can be seen: marks, controls and spaces named. */
export function visible(text: string): string {
  if (text === '') return '∅'
  let out = ''
  for (const ch of text) {
    const named = NAMED[ch]
    if (named !== undefined) out += named
    else if (/\p{M}/u.test(ch)) out += `◌${ch}`
    else if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(ch)) {
      out += `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`
    } else out += ch
  }
  return out
}

/**
 * Wraps text in a first-strong isolate (U+2068 … U+2069), so Arabic next to an arrow keeps its
 * reading order in a left-to-right line: `ى → ي` would otherwise show as `ي → ى`.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}

/** The tooltip of one edit: `rule: before → after`, each side isolated and made visible. */
export function describeEdit(edit: EditLike): string {
  return `${edit.rule}: ${isolate(visible(edit.before))} → ${isolate(visible(edit.after))}`
}

/**
 * Cuts the output into plain and edited segments in output order. Edits are sorted by position;
 * an edit that overlaps one already placed joins that segment (both are described in its title).
 */
export function segment(text: string, edits: readonly EditLike[]): Segment[] {
  const sorted = [...edits].sort(
    (a, b) => a.outputStart - b.outputStart || a.outputEnd - b.outputEnd,
  )
  const out: Segment[] = []
  let cursor = 0
  for (const edit of sorted) {
    const start = Math.min(Math.max(edit.outputStart, 0), text.length)
    const end = Math.min(Math.max(edit.outputEnd, start), text.length)
    const last = out.at(-1)
    if (start < cursor && last !== undefined && last.edits.length > 0) {
      last.edits.push(edit)
      if (end > cursor) {
        last.text += text.slice(cursor, end)
        cursor = end
      }
      continue
    }
    if (start > cursor) out.push({ text: text.slice(cursor, start), edits: [] })
    out.push({ text: text.slice(Math.max(start, cursor), end), edits: [edit] })
    cursor = Math.max(cursor, end)
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), edits: [] })
  return out
}

function markFor(
  doc: Document,
  edits: readonly EditLike[],
  text: string,
  index: ReadonlyMap<EditLike, number>,
): HTMLElement {
  const mark = doc.createElement('mark')
  mark.className = text === '' ? 'nq-edit nq-deletion' : 'nq-edit'
  mark.dataset.rule = edits.map((e) => e.rule).join(' ')
  mark.dataset.edits = edits.map((e) => index.get(e) ?? -1).join(' ')
  const title = edits.map(describeEdit).join('; ')
  mark.title = title
  if (text === '') mark.setAttribute('aria-label', title)
  else mark.textContent = text
  return mark
}

/**
 * Builds the highlighted output: one `<p dir="auto">` per non-empty line, with a `<mark>` for each
 * edit. Deletions become an empty `<mark class="nq-deletion">` that CSS shows as a small marker.
 * Each mark's `data-edits` lists the indices of its edits in `edits`.
 */
export function renderHighlighted(
  doc: Document,
  text: string,
  edits: readonly EditLike[],
): DocumentFragment {
  const fragment = doc.createDocumentFragment()
  const index = new Map(edits.map((edit, i) => [edit, i]))
  let paragraph: HTMLParagraphElement | undefined
  const current = (): HTMLParagraphElement => {
    if (paragraph === undefined) {
      paragraph = doc.createElement('p')
      paragraph.dir = 'auto'
      fragment.append(paragraph)
    }
    return paragraph
  }
  for (const piece of segment(text, edits)) {
    if (piece.edits.length > 0 && piece.text === '') {
      current().append(markFor(doc, piece.edits, '', index))
      continue
    }
    const lines = piece.text.split('\n')
    lines.forEach((line, i) => {
      if (i > 0) paragraph = undefined
      if (line === '') return
      current().append(
        piece.edits.length > 0 ? markFor(doc, piece.edits, line, index) : doc.createTextNode(line),
      )
    })
  }
  return fragment
}

/** Whether a text reads right-to-left: its first letter is in the Arabic or Hebrew script. */
export function isRtl(text: string): boolean {
  const first = /\p{L}/u.exec(text)
  return first !== null && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(first[0])
}

/** A letter or a combining mark: the characters a word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u

/**
 * The whole word(s) around the span `[start, end)` of `text`: the span widened to the nearest
 * non-word characters on both sides (a space or punctuation), so a one-letter edit can be shown in
 * its word.
 */
export function wordAround(text: string, start: number, end: number): string {
  let from = Math.max(0, Math.min(start, text.length))
  let to = Math.max(from, Math.min(end, text.length))
  while (from > 0 && WORD_CHAR.test(text[from - 1] ?? '')) from--
  while (to < text.length && WORD_CHAR.test(text[to] ?? '')) to++
  return text.slice(from, to)
}
