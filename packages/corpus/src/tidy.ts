/**
 * Tidying a record's text before cleaning: line endings to `\n`, a leading byte-order mark and the
 * outer whitespace dropped, empty paragraphs left out. Every change is recorded.
 * @module
 */
import type { TextChange } from '@nuqta/core'
import { ChangeBuilder, type ChangeRule } from './changes'

const LINE_ENDING: ChangeRule = {
  ruleId: 'corpus/line-ending',
  reason: 'Line ending written as \\n',
  kind: 'substitution',
}
const TRIM: ChangeRule = {
  ruleId: 'corpus/trim-whitespace',
  reason: 'Whitespace (or a byte-order mark) around the text removed',
  kind: 'removal',
}
const EMPTY_PARAGRAPH: ChangeRule = {
  ruleId: 'corpus/empty-paragraph',
  reason: 'Empty paragraph removed',
  kind: 'removal',
}

/** The tidied text and the changes from the input to it. @internal */
export interface Tidied {
  text: string
  changes: TextChange[]
}

/** Pushes the changes that tidy `text.slice(from, to)` (offset `from` in the builder's input). */
function tidyPart(b: ChangeBuilder, text: string, from: number, to: number): string {
  const part = text.slice(from, to)
  const trimmedStart = part.trimStart()
  const lead = part.length - trimmedStart.length
  const body = trimmedStart.trimEnd()
  const tail = trimmedStart.length - body.length
  b.push(from, from + lead, '', TRIM)
  let out = body
  if (body.includes('\r')) {
    const base = from + lead
    let i = body.indexOf('\r')
    while (i >= 0) {
      if (body.charCodeAt(i + 1) === 0x0a) b.push(base + i, base + i + 2, '\n', LINE_ENDING)
      else b.push(base + i, base + i + 1, '\n', LINE_ENDING)
      i = body.indexOf('\r', i + 1)
    }
    out = body.replaceAll('\r\n', '\n').replaceAll('\r', '\n')
  }
  b.push(to - tail, to, '', TRIM)
  return out
}

/**
 * Line endings to `\n`, a leading BOM dropped, outer whitespace trimmed.
 * @internal
 */
export function tidyText(text: string): Tidied {
  const b = new ChangeBuilder(text)
  const out = tidyPart(b, text, 0, text.length)
  return { text: out, changes: b.changes }
}

/**
 * Paragraphs given by the format (SGML `<P>`, HTML blocks): the record text is the paragraphs joined
 * by `\n`; each is tidied, empty ones are dropped.
 * @internal
 */
export function tidyParagraphs(parts: readonly string[]): Tidied & { parts: string[] } {
  const record = parts.join('\n')
  const b = new ChangeBuilder(record)
  const kept: string[] = []
  let at = 0
  for (let k = 0; k < parts.length; k++) {
    const len = (parts[k] as string).length
    if ((parts[k] as string).trim().length === 0) {
      b.push(k > 0 ? at - 1 : at, at + len, '', EMPTY_PARAGRAPH)
    } else {
      if (k > 0 && kept.length === 0) b.push(at - 1, at, '', EMPTY_PARAGRAPH)
      kept.push(tidyPart(b, record, at, at + len))
    }
    at += len + 1
  }
  return { text: kept.join('\n'), changes: b.changes, parts: kept }
}
