// Prints the development-set scores (the corpus articles annotated by hand, test/devset/):
//   pnpm --filter @nuqta/entities devset            gazetteer, rules and linking only
//   pnpm --filter @nuqta/entities devset --model    with the statistical tagger
//   pnpm --filter @nuqta/entities devset --compromise   compromise alone (people/places/organizations)
//   add --errors to list every false positive and false negative
import nlp from 'compromise'
import { worldCities } from '../src/cities-data'
import { createExtractor } from '../src/index'
import { loadArabicModel } from '../src/model-data'
import { score } from '../test/devset/score'

const withModel = process.argv.includes('--model')
const ex = createExtractor({
  cities: worldCities,
  ...(withModel ? { model: loadArabicModel() } : {}),
})
type Span = {
  start: number
  end: number
  text: string
  type: string
  id: string
  confidence: number
}
/** compromise alone: its people(), places() and organizations(), possessive ’s trimmed. */
function compromiseAlone(text: string): Span[] {
  const doc = nlp(text)
  const out: Span[] = []
  const take = (view: { json(options: object): unknown }, type: string) => {
    for (const j of view.json({ offset: true }) as Array<{
      text: string
      offset: { start: number; length: number }
    }>) {
      let end = j.offset.start + j.offset.length
      let t = text.slice(j.offset.start, end)
      while (
        t.length > 0 &&
        (t.endsWith('’s') || t.endsWith("'s") || ',.;:'.includes(t.slice(-1)))
      ) {
        const cut = t.endsWith('s') ? 2 : 1
        t = t.slice(0, -cut)
        end -= cut
      }
      out.push({ start: j.offset.start, end, text: t, type, id: t, confidence: 1 })
    }
  }
  take(doc.people(), 'PERSON')
  take(doc.places(), 'LOCATION')
  take(doc.organizations(), 'ORGANIZATION')
  return out
}
const s = process.argv.includes('--compromise')
  ? score((text, doc) => (doc.lang === 'en' ? compromiseAlone(text) : []) as never)
  : score((text) => ex.extract(text))
const pct = (x: number) => (100 * x).toFixed(1)
console.log(
  `development set (corpus/, annotated by hand; the set this package was developed on)${withModel ? ', with the tagger' : ''}`,
)
console.log('lang type          tp  fp  fn     P     R    F1')
for (const [k, c] of Object.entries(s.table).sort()) {
  console.log(
    `${k.padEnd(17)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)} ${pct(c.p).padStart(5)} ${pct(c.r).padStart(5)} ${pct(c.f).padStart(5)}`,
  )
}
console.log(`trap false positives: ${s.trapFalsePositives.length}`, s.trapFalsePositives)
console.log(
  `linking pairwise: P ${pct(s.linking.p)} R ${pct(s.linking.r)} F1 ${pct(s.linking.f)} (${s.linking.pairsGold} gold pairs)`,
)
console.log(`MISC predictions (not scored): ${s.misc}`)
if (process.argv.includes('--errors'))
  for (const e of s.errors) console.log(e.kind, e.file.slice(0, 3), e.start, e.type, e.text)
