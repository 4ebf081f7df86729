/**
 * The clean step: every call into `@nuqta/corpus`'s cleaning lives here.
 * @module
 */
import { composeChanges } from '@nuqta/core'
import { cleanText, detectLang, type Paragraph } from '@nuqta/corpus'
import { markStep, type NuqtaRecord } from '../record'

/** The document language from its paragraphs, as the corpus reader decides it. */
function docLang(paragraphs: Paragraph[], text: string): NuqtaRecord['lang'] {
  let lang: NuqtaRecord['lang'] = 'und'
  for (const p of paragraphs) {
    if (p.lang === 'und' || p.lang === lang) continue
    if (lang !== 'und') return detectLang(text)
    lang = p.lang
  }
  return lang === 'mixed' ? detectLang(text) : lang
}

/**
 * Clean a parsed record in place (mojibake repair, boilerplate removal), exactly as
 * `readDocuments` with `clean: true` would. A record already cleaned is left alone.
 */
export function cleanRecord(record: NuqtaRecord): void {
  if (record.steps.includes('clean')) return
  markStep(record, 'clean')
  if (!record.text) return
  const before = record.text
  const r = cleanText(before)
  record.text = r.text
  record.paragraphs = r.paragraphs.map((p) => ({
    text: p.text,
    start: p.start,
    end: p.end,
    lang: detectLang(p.text),
    kind: p.kind,
  }))
  // the document's changes go from the decoded record to `text`: compose parse's with cleaning's
  const prior = record.changes
  record.changes =
    prior.length === 0
      ? r.changes
      : r.changes.length === 0
        ? prior
        : composeChanges(prior, r.changes, before)
  const file = record.source.path
  for (const w of r.warnings)
    record.warnings.push(file !== undefined && w.file === undefined ? { ...w, file } : w)
  record.lang = docLang(record.paragraphs, record.text)
}
