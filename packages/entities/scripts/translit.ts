// Prints the transliteration linking scores (test/translit/): pnpm --filter @nuqta/entities translit
import { translitScore } from '../test/translit/score'

const s = translitScore()
const pct = (x: number) => `${(100 * x).toFixed(1)} %`
console.log(
  `names in no table (${s.rows} cities from the gazetteer, ${s.variants} Arabic variants)`,
)
console.log(`Arabic spelling variant → same key as the Arabic name: ${pct(s.variantShare)}`)
console.log(`English spelling → same key as the Arabic name:       ${pct(s.crossScriptShare)}`)
console.log(`different places sharing a key (false merges):        ${pct(s.collisionShare)}`)
