/**
 * Rule toggles for the playground, derived from the normalizer's own `profiles` table: every
 * field a profile sets becomes a control (booleans a checkbox, other values a select of the values
 * the profiles use, nested objects a group of controls). Nothing here lists rules by hand, so a
 * rule added to the package shows up in the playground by itself.
 */

/** Option fields that are not rule switches. */
const NOT_RULES = new Set(['profile', 'lexicon'])

/** A profile as a plain record. */
export type Profile = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object'

/**
 * Fields that some profile sets to an object (e.g. `diacritics: { harakat: true, … }`), with the
 * union of their keys. Another profile may set the same field to a boolean, meaning "all of them".
 */
export function groups(profiles: Readonly<Record<string, Profile>>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const profile of Object.values(profiles)) {
    for (const [key, value] of Object.entries(profile)) {
      if (NOT_RULES.has(key) || !isObject(value)) continue
      const keys = out.get(key) ?? []
      for (const inner of Object.keys(value)) if (!keys.includes(inner)) keys.push(inner)
      out.set(key, keys)
    }
  }
  return out
}

/**
 * A plain copy of a profile in which a grouped field given as a boolean is spelled out as an
 * object (`diacritics: false` → `{ harakat: false, tanween: false, … }`), so every profile has the
 * same shape. Non-rule fields are left out.
 */
export function expand(
  profile: Profile,
  shape: ReadonlyMap<string, readonly string[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(profile)) {
    if (NOT_RULES.has(key)) continue
    const keys = shape.get(key)
    if (keys !== undefined && typeof value === 'boolean') {
      out[key] = Object.fromEntries(keys.map((k) => [k, value]))
    } else out[key] = isObject(value) ? { ...value } : value
  }
  return out
}

/**
 * Every rule path (`alef`, `diacritics.harakat`) with the values the profiles give it, in the
 * order first seen.
 */
export function valuesByPath(profiles: Readonly<Record<string, Profile>>): Map<string, unknown[]> {
  const shape = groups(profiles)
  const values = new Map<string, unknown[]>()
  const add = (path: string, value: unknown): void => {
    const seen = values.get(path) ?? []
    if (!seen.includes(value)) seen.push(value)
    values.set(path, seen)
  }
  for (const profile of Object.values(profiles)) {
    for (const [key, value] of Object.entries(expand(profile, shape))) {
      if (isObject(value)) for (const [inner, v] of Object.entries(value)) add(`${key}.${inner}`, v)
      else add(key, value)
    }
  }
  return values
}

/** Reads a dotted path (`diacritics.harakat`) from an options object. */
export function getPath(obj: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = obj
  for (const key of path.split('.')) {
    if (!isObject(value)) return undefined
    value = value[key]
  }
  return value
}

/** Sets a dotted path in an options object, creating nested objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let target = obj
  for (const key of keys.slice(0, -1)) {
    const next = target[key]
    if (!isObject(next)) target[key] = {}
    target = target[key] as Record<string, unknown>
  }
  target[keys.at(-1) ?? path] = value
}
