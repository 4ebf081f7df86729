// Deterministic mojibake evaluation set, generated from the corpus's own sentences (read as
// inputs, never edited) and a few hand-written clean strings. Each case: { family, input, expected }.
// Used by test/cleaning/eval.test.ts and bench/clean.mjs.

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Bytes read as Windows-1252 (correct 0x80–0x9F table). */
export const asCp1252 = (bytes) =>
  Array.from(bytes, (b) =>
    b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b),
  ).join('')
/** Bytes read as Latin-1 (0x80–0x9F become C1 controls). */
export const asLatin1 = (bytes) => Array.from(bytes, (b) => String.fromCharCode(b)).join('')
const utf8 = (s) => new TextEncoder().encode(s)

/** Encode in a single-byte charset the platform can decode; undefined when a character does not fit. */
function encodeWith(text, charset) {
  const decoder = new TextDecoder(charset)
  const map = new Map()
  for (let b = 255; b >= 0; b--) {
    const ch = decoder.decode(Uint8Array.of(b))
    if (ch !== '\ufffd') map.set(ch, b)
  }
  const out = []
  for (const ch of text) {
    const b = map.get(ch)
    if (b === undefined) return undefined
    out.push(b)
  }
  return Uint8Array.from(out)
}

/** Split text into sentences (at . ! ? ؟ followed by a space or a line end). */
function sentences(text) {
  const out = []
  for (const line of text.split('\n')) {
    let start = 0
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (
        (c === '.' || c === '!' || c === '?' || c === '؟') &&
        (i + 1 === line.length || line[i + 1] === ' ')
      ) {
        const s = line.slice(start, i + 1).trim()
        if (s.split(' ').length >= 5) out.push(s)
        start = i + 1
      }
    }
  }
  return out
}

const HAND_CLEAN = [
  'The price is €5.99 — “cheap”, isn’t it?',
  'José Saramago, Zoë Kravitz, François Hollande and Ångström met in Łódź.',
  'Emoji stay as they are: 😀 👍🏽 ❤️, and so do ™ ® ©.',
  'قال «الرئيس»: هل هذا صحيح؟ نعم؛ ضغط، ظلم، ٣١٢ و١٠٠٪.',
  'SÃO PAULO — Ôôô VIDA MINHA, à la carte, déjà vu, naïve café.',
  'Привет, мир. Γειά σου κόσμε. שלום עולם.',
  'Müller paid 12 € for a Crème brûlée in Zürich.',
  'C O N C L U S Ã O',
]

/**
 * @param {{ arabic: string[], english: string[] }} texts corpus article texts
 * @returns {{ family: string, input: string, expected: string }[]}
 */
export function makeMojibakeCases({ arabic, english }) {
  const ar = arabic.flatMap(sentences).slice(0, 30)
  const en = english.flatMap(sentences).slice(0, 20)
  const cases = []
  const add = (family, input, expected) => cases.push({ family, input, expected })
  for (const s of [...ar, ...en]) {
    add('clean', s, s)
    add('utf8-as-windows-1252', asCp1252(utf8(s)), s)
    add('double-utf8-as-windows-1252', asCp1252(utf8(asCp1252(utf8(s)))), s)
    const words = s.split(' ')
    const k = Math.min(2, words.length - 1)
    const broken = words
      .map((w, i) =>
        i === k && [...w].some((ch) => ch.charCodeAt(0) > 0x7f) ? asCp1252(utf8(w)) : w,
      )
      .join(' ')
    if (broken !== s) add('partial-utf8-as-windows-1252', broken, s)
  }
  for (const s of ar) {
    add('utf8-as-windows-1256', new TextDecoder('windows-1256').decode(utf8(s)), s)
    add('utf8-as-latin-1', asLatin1(utf8(s)), s)
    const b1256 = encodeWith(s, 'windows-1256')
    if (b1256) add('windows-1256-as-windows-1252', asCp1252(b1256), s)
    const b86 = encodeWith(s, 'iso-8859-6')
    if (b86) add('iso-8859-6-as-latin-1', asCp1252(b86), s)
    const words = s.split(' ')
    if (words.length >= 4) {
      const mid = Math.floor(words.length / 2)
      const left = words.slice(0, mid).join(' ')
      const right = words.slice(mid).join(' ')
      add('lossy-spaced-run', `${left} â € Â Â ${right}`, `${left} — ${right}`)
    }
  }
  for (const s of HAND_CLEAN) add('clean', s, s)
  return cases
}
