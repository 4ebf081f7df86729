/**
 * A token of {@link tokenize}: a run of Arabic letters (with their marks), of Latin letters, of
 * digits, or one other visible character, with UTF-16 offsets into the text.
 */
export interface Token {
  /** Offset of the first code unit. */
  start: number
  /** Offset just past the last code unit. */
  end: number
  /** The token's text, `text.slice(start, end)`. */
  text: string
  /** True when a line break or sentence-final punctuation ends a sentence before this token. */
  sentenceStart: boolean
}

enum Kind {
  Space = 0,
  Arabic = 1,
  Latin = 2,
  Digit = 3,
  Other = 4,
  Newline = 5,
}

function kindOf(c: number): Kind {
  if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028) return Kind.Newline
  if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) return Kind.Space
  if (c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0xfeff)
    return Kind.Space
  if (c >= 0x30 && c <= 0x39) return Kind.Digit
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return Kind.Latin
  if (c < 0x80) return Kind.Other
  if (c >= 0x0660 && c <= 0x0669) return Kind.Digit
  if (c >= 0x06f0 && c <= 0x06f9) return Kind.Digit
  // Arabic punctuation: ، ؛ ؟ ٪ ٫ ٬ ٭ ۔
  if (
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f ||
    (c >= 0x066a && c <= 0x066d) ||
    c === 0x06d4
  ) {
    return Kind.Other
  }
  if (
    (c >= 0x0610 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  ) {
    return Kind.Arabic
  }
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
    return Kind.Latin
  }
  // combining marks join the token before them
  if (c >= 0x0300 && c <= 0x036f) return Kind.Latin
  return Kind.Other
}

/** Sentence-final punctuation: . ! ? ؟ … */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || c === 0x06d4
}

/**
 * Splits text into word and punctuation tokens the way ANERcorp is tokenized (clitics stay on
 * their word), with UTF-16 offsets into `text`. Linear in the length of the text.
 *
 * @param text - any text
 * @returns the tokens in order
 *
 * @example
 * ```ts
 * tokenize('قال بوتين، أمس.').map((t) => t.text) // ['قال', 'بوتين', '،', 'أمس', '.']
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  let pendingBreak = true
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = kindOf(c)
    if (k === Kind.Space) {
      i++
      continue
    }
    if (k === Kind.Newline) {
      pendingBreak = true
      i++
      continue
    }
    const start = i
    i++
    if (k === Kind.Other) {
      // a surrogate pair stays one token
      if (c >= 0xd800 && c <= 0xdbff && i < n) {
        const d = text.charCodeAt(i)
        if (d >= 0xdc00 && d <= 0xdfff) i++
      }
    } else {
      while (i < n) {
        const d = text.charCodeAt(i)
        const kd = kindOf(d)
        // a mark after Latin letters or an Arabic mark stays in its word
        if (kd !== k && !(kd === Kind.Latin && d >= 0x0300 && d <= 0x036f)) break
        i++
      }
    }
    out.push({ start, end: i, text: text.slice(start, i), sentenceStart: pendingBreak })
    pendingBreak = k === Kind.Other && endsSentence(c)
  }
  return out
}
