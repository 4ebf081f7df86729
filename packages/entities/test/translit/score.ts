// The linking test on names in no table (test/translit/set.json, built from the cities gazetteer):
// the share of Arabic spelling variants and of English spellings that get the same linking key
// as the Arabic name, and the share of different places whose keys collide. Keys are what
// extract() derives for a name no table knows (loc:<key>), here computed without any table.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { arabicWords } from '../../src/gazetteer'
import { fullKey } from '../../src/link/keys'

interface Row {
  ar: string
  en: string
  iso: string
  variants: string[]
}
const here = dirname(fileURLToPath(import.meta.url))
export const rows: Row[] = JSON.parse(readFileSync(join(here, 'set.json'), 'utf8')).rows

const arKey = (name: string) => fullKey(arabicWords(name))
const enKey = (name: string) => fullKey(name.split(' ').filter(Boolean))

export function translitScore() {
  let variantsOk = 0
  let variants = 0
  let crossOk = 0
  const byKey = new Map<string, Set<string>>()
  for (const r of rows) {
    const k = arKey(r.ar)
    for (const v of r.variants) {
      variants++
      if (arKey(v) === k) variantsOk++
    }
    if (enKey(r.en) === k) crossOk++
    const s = byKey.get(k) ?? new Set<string>()
    s.add(`${r.iso}:${r.en}`)
    byKey.set(k, s)
  }
  let collided = 0
  for (const s of byKey.values()) if (s.size > 1) collided += s.size
  return {
    rows: rows.length,
    variants,
    variantShare: variantsOk / variants,
    crossScriptShare: crossOk / rows.length,
    collisionShare: collided / rows.length,
  }
}
