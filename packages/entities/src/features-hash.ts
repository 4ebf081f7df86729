/**
 * Hashes a feature (a template id and a string value) to 32 bits: FNV-1a over the template id and
 * the UTF-16 code units, then MurmurHash3's finalizer so that nearby inputs spread. The model
 * stores weights under these hashes, so training and tagging must agree on them byte for byte.
 *
 * @param template - small integer naming the feature template
 * @param value - the feature's value
 * @returns an unsigned 32-bit hash
 *
 * @example
 * ```ts
 * hashFeature(3, 'بوتين') === hashFeature(3, 'بوتين') // true
 * ```
 */
export function hashFeature(template: number, value: string): number {
  let h = Math.imul(0x811c9dc5 ^ template, 0x01000193)
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193)
  return fmix(h)
}

/**
 * Hashes a feature whose value is a slice `value.slice(from, to)`, without building the slice.
 *
 * @param template - small integer naming the feature template
 * @param value - the string holding the slice
 * @param from - slice start
 * @param to - slice end
 * @returns the same hash as `hashFeature(template, value.slice(from, to))`
 *
 * @example
 * ```ts
 * hashSlice(3, 'وبوتين', 1, 6) === hashFeature(3, 'بوتين') // true
 * ```
 */
export function hashSlice(template: number, value: string, from: number, to: number): number {
  let h = Math.imul(0x811c9dc5 ^ template, 0x01000193)
  for (let i = from; i < to; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193)
  return fmix(h)
}

/**
 * Combines two hashes into a conjunction feature (for example the word before and the word).
 *
 * @param template - template id of the conjunction
 * @param a - first hash
 * @param b - second hash
 * @returns an unsigned 32-bit hash
 *
 * @example
 * ```ts
 * hashPair(9, 1, 2) === hashPair(9, 1, 2) // true
 * ```
 */
export function hashPair(template: number, a: number, b: number): number {
  let h = Math.imul(0x811c9dc5 ^ template, 0x01000193)
  h = Math.imul(h ^ a, 0x01000193)
  h = Math.imul(h ^ b, 0x01000193)
  return fmix(h)
}

function fmix(x: number): number {
  let h = x
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
