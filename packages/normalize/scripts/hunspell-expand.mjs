// Minimal Hunspell affix expander for the Ayaspell Arabic dictionary (FLAG long, AF aliases,
// twofold suffixes). Prefix rules are skipped: every Ayaspell prefix is a clitic (و ف ب ك ل ال س …)
// that the lexicon strips at lookup time, so only clitic-free forms are generated.
// Used by build-lexicon.mjs at build time only; never shipped.
import { readFileSync } from 'node:fs'

/** Parse an .aff file into suffix classes and the AF alias table. */
export function parseAff(text) {
  const aliases = [null]
  const suffixes = new Map() // flag -> [{strip, add, cont, cond}]
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/u, '')
    const f = line.split(/\s+/u)
    if (f[0] === 'AF' && f.length >= 2 && aliases.length > 0 && !/^\d+$/u.test(f[1])) {
      aliases.push(splitFlags(f[1]))
    } else if (f[0] === 'SFX' && f.length >= 5) {
      const [, flag, strip, addRaw, cond] = f
      const [add, contRaw] = addRaw.split('/')
      const cont = contRaw ? (/^\d+$/u.test(contRaw) ? contRaw : contRaw) : ''
      const rule = {
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add,
        cont,
        cond: cond === '.' ? null : new RegExp(`${cond}$`, 'u'),
      }
      if (!suffixes.has(flag)) suffixes.set(flag, [])
      suffixes.get(flag).push(rule)
    }
  }
  return { aliases, suffixes }
}

function splitFlags(s) {
  const out = []
  for (let i = 0; i + 1 < s.length + 1; i += 2)
    if (s.slice(i, i + 2).length === 2) out.push(s.slice(i, i + 2))
  return out
}

function resolve(aff, flagField) {
  if (!flagField) return []
  if (/^\d+$/u.test(flagField)) return aff.aliases[Number(flagField)] ?? []
  return splitFlags(flagField)
}

/**
 * Expand every entry of a .dic file into its clitic-free surface forms (root + suffixes, up to two
 * suffix levels as Hunspell allows). Calls `emit(form, root)` for each form.
 */
export function expandDictionary(dicText, aff, emit) {
  const lines = dicText.split('\n')
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li].split('\t')[0].trim()
    if (!line || line.startsWith(':')) continue
    const slash = line.indexOf('/')
    const root = slash < 0 ? line : line.slice(0, slash)
    if (!/^[\u0621-\u064A]+$/u.test(root)) continue
    const flags = resolve(aff, slash < 0 ? '' : line.slice(slash + 1))
    emit(root, root)
    applySuffixes(aff, root, flags, 2, emit, root)
  }
}

function applySuffixes(aff, word, flags, depth, emit, root) {
  if (depth === 0) return
  for (const flag of flags) {
    const rules = aff.suffixes.get(flag)
    if (!rules) continue
    for (const r of rules) {
      if (r.strip && !word.endsWith(r.strip)) continue
      if (r.cond && !r.cond.test(word)) continue
      const form = word.slice(0, word.length - r.strip.length) + r.add
      if (!form) continue
      emit(form, root)
      if (r.cont) applySuffixes(aff, form, resolve(aff, r.cont), depth - 1, emit, root)
    }
  }
}

export function loadHunspell(dir) {
  const aff = parseAff(readFileSync(`${dir}/ar.aff`, 'utf8'))
  const dic = readFileSync(`${dir}/ar.dic`, 'utf8')
  return { aff, dic }
}
