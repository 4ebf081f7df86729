/**
 * Parsing and checking the fields of `LexiconData`: every malformed value becomes a
 * `LexiconDataError` naming the field (and the line, inside a list).
 * @module
 */
import { LexiconDataError } from './errors'
import { isKey } from './lexicon-keys'

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string')
    throw new LexiconDataError({ field, message: `expected a string, got ${typeof value}` })
  return value
}

export function requireNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new LexiconDataError({
      field,
      message: `expected a number in [${min}, ${max}], got ${String(value)}`,
    })
  }
  return value
}

export function optionalNumber(
  value: unknown,
  field: string,
  fallback: number,
  max: number,
): number {
  return value === undefined ? fallback : requireNumber(value, field, 0, max)
}

export function parseWordSet(text: string, field: string, ending?: string): Set<string> {
  const out = new Set<string>()
  if (text === '') return out
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i] as string
    if (!isKey(w) || (ending !== undefined && !w.endsWith(ending))) {
      throw new LexiconDataError({
        field,
        message: `expected a bare Arabic word${ending ? ` ending in ${ending}` : ''}, got ${JSON.stringify(w)}`,
        line: i + 1,
      })
    }
    out.add(w)
  }
  return out
}

/** Decode the front-coded ي list (see {@link LexiconData.finalYa}). */
export function parseFrontCoded(text: string, field: string, ending: string): Set<string> {
  const out = new Set<string>()
  if (text === '') return out
  const lines = text.split('\n')
  let prev = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const k = line.charCodeAt(0) - 0x30
    const rest = line.slice(1)
    if (
      !(k >= 0 && k <= 9) ||
      k > prev.length ||
      (rest !== '' && !isKey(rest)) ||
      k + rest.length === 0
    ) {
      throw new LexiconDataError({
        field,
        message: `expected a digit 0–${Math.min(9, prev.length)} then Arabic letters, got ${JSON.stringify(line)}`,
        line: i + 1,
      })
    }
    prev = prev.slice(0, k) + rest
    out.add(prev + ending)
  }
  return out
}

export function parseCounts(
  text: string,
  field: string,
  columns: number,
  check: (key: string) => boolean = isKey,
): Array<[string, number[]]> {
  const out: Array<[string, number[]]> = []
  if (text === '') return out
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const parts = (lines[i] as string).split('\t')
    const nums = parts.slice(1).map(Number)
    const w = parts[0] as string
    if (
      parts.length !== columns + 1 ||
      !check(w) ||
      nums.some((n) => !Number.isInteger(n) || n < 0)
    ) {
      throw new LexiconDataError({
        field,
        message: `expected "word${'<TAB>count'.repeat(columns)}", got ${JSON.stringify(lines[i])}`,
        line: i + 1,
      })
    }
    out.push([w, nums])
  }
  return out
}
