/**
 * 32-bit hashing primitives. Everything here works on plain numbers with `Math.imul`, so the same
 * inputs give the same outputs in every JavaScript engine (Node, browsers, workers).
 */

/** FNV-1a offset basis (32-bit). */
export const FNV_OFFSET = 0x811c9dc5
/** FNV-1a prime (32-bit). */
export const FNV_PRIME = 0x01000193

/**
 * murmur3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche.
 * @internal
 */
export function fmix32(x: number): number {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Hashes a string's UTF-16 code units with FNV-1a and finishes with {@link fmix32}, giving a
 * well-distributed unsigned 32-bit value.
 * @internal
 */
export function hashString32(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) | 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  return fmix32(h)
}

/**
 * A deterministic 32-bit pseudo-random generator (mulberry32), used to derive per-permutation
 * constants from a seed.
 * @internal
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return (t ^ (t >>> 14)) >>> 0
  }
}

/**
 * Hashes a sequence of 32-bit values into one 32-bit value (order matters), used for band keys and
 * word n-gram shingles.
 * @internal
 */
export function combine32(
  values: ArrayLike<number>,
  start: number,
  end: number,
  seed: number,
): number {
  let h = seed | 0
  for (let i = start; i < end; i++) {
    h = Math.imul(h ^ (values[i] as number), 0x9e3779b1)
    h ^= h >>> 15
  }
  return fmix32(h ^ (end - start))
}
