/**
 * Rule toggles for the playground, derived from the normalizer's own `profiles` table: every
 * field a profile sets becomes a control (booleans a checkbox, strings a select of the values the
 * profiles use, nested objects a group). Nothing here lists rules by hand, so a rule added to the
 * package shows up in the playground by itself.
 */

/** A plain option value as found in a profile. */
export type OptionValue = boolean | number | string | { [key: string]: OptionValue } | undefined

/** Option fields that are not rule switches. */
const NOT_RULES = new Set(['profile', 'lexicon'])

/** Every value each option path takes across the profiles, e.g. `digits` → `['keep', 'ascii']`. */
export function valuesByPath(
  profiles: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Map<string, unknown[]> {
  const values = new Map<string, unknown[]>()
  const walk = (obj: Readonly<Record<string, unknown>>, prefix: string): void => {
    for (const [key, value] of Object.entries(obj)) {
      if (prefix === '' && NOT_RULES.has(key)) continue
      const path = prefix === '' ? key : `${prefix}.${key}`
      if (value !== null && typeof value === 'object') {
        walk(value as Record<string, unknown>, path)
        continue
      }
      const seen = values.get(path) ?? []
      if (!seen.includes(value)) seen.push(value)
      values.set(path, seen)
    }
  }
  for (const profile of Object.values(profiles)) walk(profile, '')
  return values
}

/** Reads a dotted path (`diacritics.harakat`) from an options object. */
export function getPath(obj: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = obj
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Sets a dotted path in an options object, creating nested objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let target = obj
  for (const key of keys.slice(0, -1)) {
    const next = target[key]
    if (next === null || typeof next !== 'object') target[key] = {}
    target = target[key] as Record<string, unknown>
  }
  target[keys.at(-1) ?? path] = value
}

/** Copies plain objects deeply; any other value (a lexicon, a function) is kept as it is. */
export function clonePlain<T>(value: T): T {
  if (
    value === null ||
    typeof value !== 'object' ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return value
  }
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) out[key] = clonePlain(inner)
  return out as T
}
