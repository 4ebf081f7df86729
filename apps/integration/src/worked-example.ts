// The worked example of ARCHITECTURE.md as a program: it prints each step of following a word found
// in search-normalized text back to its bytes. apps/integration/README.md shows its output; a test
// checks that the README and this program agree.
import { byteRange, readDocuments, sourceAlignment, sourceText } from '@nuqta/corpus'
import { normalizeDocument } from '@nuqta/normalize'

/** UTF-8 text decoded as Windows-1252 (the classic mojibake), with a real cp1252 table. */
export function asMojibake(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
  let out = ''
  for (const b of new TextEncoder().encode(text)) {
    out += b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b)
  }
  return out
}

/** The file of the example: a share line, then a mojibake run before Arabic text. */
export const article = [
  'Share this article on Facebook | Twitter | WhatsApp | Email',
  `${asMojibake('وقال المتحدث باسم الحكومة')} إن الوفد زار مدينة خاركيفَ أمس وعقد لقاءات مع المسؤولين.`,
  'وأضاف أن المحادثات ستستمر خلال الأسبوع المقبل في العاصمة.',
  '',
].join('\n')

/** Runs the example and returns the lines it prints. */
export async function workedExample(): Promise<string[]> {
  const bytes = new TextEncoder().encode(article)
  const out: string[] = []
  for await (const doc of readDocuments(bytes, { name: 'worked.txt' })) {
    out.push(`file: ${bytes.length} bytes, ${doc.source.encoding}, format ${doc.source.format}`)
    for (const c of doc.changes.filter((c) => c.kind !== 'substitution')) {
      out.push(`change ${c.ruleId} [${c.start}, ${c.end}) → [${c.outputStart}, ${c.outputEnd})`)
    }
    const n = normalizeDocument(doc, 'search')
    const at = n.text.indexOf('خاركيف')
    out.push(`normalized text: 'خاركيف' at [${at}, ${at + 6})`)
    const [s, e] = n.alignment.toOriginal(at, at + 6)
    out.push(`record text: [${s}, ${e}) = ${sourceText(doc).slice(s, e)}`)
    const [b0, b1] = byteRange(doc, s, e) ?? [-1, -1]
    out.push(`bytes: [${b0}, ${b1}) = ${new TextDecoder().decode(bytes.slice(b0, b1))}`)
    const [t0, t1] = sourceAlignment(doc).toNormalized(s, e)
    out.push(`doc.text: [${t0}, ${t1}) = ${doc.text.slice(t0, t1)}`)
  }
  return out
}
