// Exact ground truth: Jaccard of word 5-gram shingle sets (strings, not hashes) for every pair of
// documents with J >= minJ. Candidate pairs are the pairs sharing at least one shingle, found by
// sorting (shingle hash, doc) keys; every candidate that could reach minJ is then verified with
// the exact string sets, so hash collisions cannot add or remove a truth pair.
const TOKEN_SEP = /[^\p{L}\p{N}\p{M}]+/u

/** Word tokens of a text after the package's default normalization (NFKC + lower case). */
export function tokens(text) {
  return text.normalize('NFKC').toLowerCase().split(TOKEN_SEP).filter(Boolean)
}

/** The set of word n-gram strings of a text (one shingle of all words when shorter than n). */
export function shingleStrings(text, n = 5) {
  const t = tokens(text)
  const out = new Set()
  if (t.length === 0) return out
  if (t.length < n) out.add(t.join(' '))
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n).join(' '))
  return out
}

function fnv(s) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h >>> 0
}

/** Returns Map<pairKey, exactJaccard> for pairs with J >= minJ; pairKey = a * 65536 + b, a < b. */
export function exactTruth(texts, { n = 5, minJ = 0.5 } = {}) {
  if (texts.length > 65536) throw new Error('truth supports up to 65536 documents')
  const sizes = new Int32Array(texts.length)
  let keys = new Float64Array(1 << 20)
  let total = 0
  texts.forEach((t, d) => {
    const set = shingleStrings(t, n)
    sizes[d] = set.size
    if (total + set.size > keys.length) {
      const next = new Float64Array(Math.max(keys.length * 2, total + set.size))
      next.set(keys)
      keys = next
    }
    for (const s of set) keys[total++] = fnv(s) * 65536 + d
  })
  keys = keys.subarray(0, total).sort()
  const counts = new Map()
  let i = 0
  while (i < total) {
    const h = Math.floor((keys[i] ?? 0) / 65536)
    let j = i
    const docs = []
    while (j < total && Math.floor(keys[j] / 65536) === h) {
      const d = keys[j] % 65536
      if (docs[docs.length - 1] !== d) docs.push(d)
      j++
    }
    for (let a = 0; a < docs.length; a++) {
      for (let b = a + 1; b < docs.length; b++) {
        const key = docs[a] * 65536 + docs[b]
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
    i = j
  }
  const candidates = []
  for (const [key, c] of counts) {
    const a = Math.floor(key / 65536)
    const b = key % 65536
    // hash collisions can only raise c, so this bound never drops a true pair
    if (c / (sizes[a] + sizes[b] - c) >= minJ) candidates.push(key)
  }
  candidates.sort((x, y) => x - y)
  const truth = new Map()
  let cachedA = -1
  let setA
  for (const key of candidates) {
    const a = Math.floor(key / 65536)
    const b = key % 65536
    if (a !== cachedA) {
      setA = shingleStrings(texts[a], n)
      cachedA = a
    }
    const setB = shingleStrings(texts[b], n)
    let inter = 0
    for (const s of setB) if (setA.has(s)) inter++
    const j = inter / (setA.size + setB.size - inter)
    if (j >= minJ) truth.set(key, j)
  }
  return { truth, candidatePairs: counts.size, verified: candidates.length }
}
