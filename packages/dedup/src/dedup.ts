/**
 * The {@link Deduplicator}: adding, querying and removing documents, clusters, and save/load.
 * Storage is in `store.ts`, the LSH tables and candidate search in `candidates.ts`, clusters in
 * `clusters.ts`, and the binary layout in `format.ts`.
 * @module
 */
import { LshIndex } from './candidates'
import { checkRule, MatchGraph } from './clusters'
import { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors'
import { openIndex, readDocuments, readHeader, writeIndex } from './format'
import { bandKeys as bandKeysOf, checkThreshold, type LshParams, optimalParams } from './lsh'
import { contentHash, type DocumentSketch, MinHasher } from './minhash'
import { CONTENT_HASH, LONE_SURROGATE } from './patterns'
import { hexOf, SketchStore } from './store'
import type {
  Cluster,
  DedupOptions,
  DocumentInput,
  LoadOptions,
  Match,
  RepresentativeRule,
} from './types'

const BUILTIN_NORMALIZE = 'nfkc-lower'
const VERIFY = ['estimate', 'exact', 'none'] as const

/** Throws unless `doc` is `{ id: string, text: string }`. */
function checkDocument(doc: unknown, argument: string): asserts doc is DocumentInput {
  const d = doc as DocumentInput | null
  if (typeof d !== 'object' || d === null) {
    throw new DedupOptionsError({
      option: argument,
      message: 'expected a document { id: string, text: string }',
    })
  }
  checkIdShape(d.id, `${argument}.id`)
  if (typeof d.text !== 'string') {
    throw new DedupOptionsError({
      option: `${argument}.text`,
      message: `must be a string, got ${d.text === null ? 'null' : typeof d.text}`,
    })
  }
}

/**
 * Throws unless `id` is a well-formed string. An id with a lone surrogate cannot be saved as
 * UTF-8 and read back unchanged, so it is refused here rather than altered on load.
 */
function checkIdShape(id: unknown, argument: string): asserts id is string {
  if (typeof id !== 'string') {
    throw new DedupOptionsError({
      option: argument,
      message: `must be a string, got ${id === null ? 'null' : typeof id}`,
    })
  }
  if (LONE_SURROGATE.test(id)) {
    throw new DedupOptionsError({
      option: argument,
      message: `contains a lone surrogate (not well-formed UTF-16), so it cannot be saved exactly: ${JSON.stringify(id)}`,
    })
  }
}

/**
 * Streaming exact and near-duplicate detection: MinHash signatures, banded LSH with typed-array
 * tables, verification of candidates, union–find clusters, and a compact binary save format.
 * Documents whose text yields no shingle (empty, or only whitespace and punctuation) never
 * match near duplicates; they are exact duplicates of each other when their content hashes are
 * equal. A document with fewer words (characters) than the shingle size is one shingle.
 * @example
 * ```ts
 * const dedup = new Deduplicator({ threshold: 0.8 })
 * dedup.add({ id: 'a', text: 'the quick brown fox jumps over the lazy dog near the river bank today' })
 * dedup.add({ id: 'b', text: 'The quick brown fox jumps over the lazy dog near the river bank today!' })
 * dedup.clusters() // [{ representative: 'b', members: ['a', 'b'] }]
 * ```
 */
export class Deduplicator {
  /**
   * The hasher (its options define compatibility of signatures).
   * @example
   * ```ts
   * new Deduplicator().hasher.numPerm // 128
   * ```
   */
  readonly hasher: MinHasher
  /**
   * Threshold in use.
   * @example
   * ```ts
   * new Deduplicator({ threshold: 0.5 }).threshold // 0.5
   * ```
   */
  readonly threshold: number
  /**
   * Banding in use.
   * @example
   * ```ts
   * new Deduplicator({ threshold: 0.8 }).params // { bands: 9, rows: 13 }
   * ```
   */
  readonly params: LshParams
  /**
   * Verification mode.
   * @example
   * ```ts
   * new Deduplicator().verify // 'estimate'
   * ```
   */
  readonly verify: 'estimate' | 'exact' | 'none'
  /**
   * The name of the `normalize` function, saved with the index.
   * @example
   * ```ts
   * new Deduplicator().normalizeName // 'nfkc-lower'
   * ```
   */
  readonly normalizeName: string
  private readonly representative: RepresentativeRule
  private readonly store: SketchStore
  private readonly lsh: LshIndex
  private readonly graph = new MatchGraph()

  /**
   * Creates an empty index.
   * @param options - see {@link DedupOptions}
   * @throws {@link DedupOptionsError} for invalid options
   * @example
   * ```ts
   * const dedup = new Deduplicator({ threshold: 0.5, shingle: { unit: 'char', size: 7 } })
   * ```
   */
  constructor(options: DedupOptions = {}) {
    this.hasher = new MinHasher(options)
    const k = this.hasher.numPerm
    this.threshold = options.threshold ?? 0.8
    checkThreshold(this.threshold)
    this.verify = options.verify ?? 'estimate'
    if (!VERIFY.includes(this.verify)) {
      throw new DedupOptionsError({
        option: 'verify',
        message: `must be one of ${VERIFY.join(', ')}`,
      })
    }
    this.representative = options.representative ?? 'longest'
    checkRule(this.representative)
    this.normalizeName = options.normalizeName ?? (options.normalize ? 'custom' : BUILTIN_NORMALIZE)
    let params: LshParams
    if (options.bands !== undefined || options.rows !== undefined) {
      const { bands, rows } = options
      if (
        bands === undefined ||
        rows === undefined ||
        !Number.isInteger(bands) ||
        !Number.isInteger(rows) ||
        bands < 1 ||
        rows < 1 ||
        bands * rows > k
      ) {
        throw new DedupOptionsError({
          option: 'bands',
          message: `bands and rows must both be positive integers with bands × rows ≤ numPerm (${k})`,
        })
      }
      params = { bands, rows }
    } else {
      params = optimalParams(this.threshold, k, options.weights)
    }
    this.params = params
    this.store = new SketchStore(k)
    this.lsh = new LshIndex(params, this.store.capacity)
  }

  /**
   * Number of documents in the index.
   * @example
   * ```ts
   * new Deduplicator().size // 0
   * ```
   */
  get size(): number {
    return this.store.liveCount
  }

  /**
   * Whether an id is in the index.
   * @param id - document id
   * @returns true when present
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'x' }); d.has('a') // true
   * ```
   */
  has(id: string): boolean {
    return this.store.slotOf.has(id)
  }

  /**
   * Adds a document and returns the earlier documents it duplicates (exactly or nearly).
   * @param doc - the document: a unique `id` and its `text` (a corpus `Document` fits)
   * @returns matches among documents added before it (best first)
   * @throws {@link DuplicateIdError} when the id is already present; {@link DedupOptionsError}
   * when `doc` is not `{ id, text }`
   * @example
   * ```ts
   * const d = new Deduplicator()
   * d.add({ id: 'a', text: 'one two three four five six' })
   * d.add({ id: 'b', text: 'one two  three four five six' }) // [{ id: 'a', similarity: 1, exact: true }]
   * ```
   */
  add(doc: DocumentInput): Match[] {
    checkDocument(doc, 'doc')
    const { id, text } = doc
    if (this.store.slotOf.has(id)) throw new DuplicateIdError({ id })
    const store = this.store
    const normalized = this.hasher.normalize(text)
    const slot = store.allocate()
    const shingles = this.hasher.signatureInto(normalized, store.page(slot), store.off(slot))
    if (this.verify === 'exact') store.sets[slot] = this.hasher.shingleSetNormalized(normalized)
    return this.commit(slot, id, contentHash(normalized), text.length, shingles)
  }

  /**
   * Adds a document from a precomputed sketch (e.g. from worker threads with `sketchParallel`
   * of `@nuqta/dedup/node`, or {@link MinHasher.sketch}).
   * @param id - unique document id
   * @param sketch - a sketch made with the same hasher options
   * @returns matches among documents added before it
   * @throws {@link DuplicateIdError} when the id is present; {@link DedupOptionsError} when the
   * signature length differs or the index verifies with exact Jaccard (which needs the text)
   * @example
   * ```ts
   * const d = new Deduplicator()
   * d.addSketch('a', d.hasher.sketch('some text here'))
   * ```
   */
  addSketch(id: string, sketch: DocumentSketch): Match[] {
    checkIdShape(id, 'id')
    if (this.store.slotOf.has(id)) throw new DuplicateIdError({ id })
    if (
      typeof sketch !== 'object' ||
      sketch === null ||
      !(sketch.signature instanceof Uint32Array)
    ) {
      throw new DedupOptionsError({ option: 'sketch', message: 'expected a DocumentSketch' })
    }
    const k = this.store.k
    if (sketch.signature.length !== k) {
      throw new DedupOptionsError({
        option: 'sketch',
        message: `signature has ${sketch.signature.length} values, the index uses ${k}`,
      })
    }
    if (this.verify === 'exact') {
      throw new DedupOptionsError({
        option: 'sketch',
        message: "verify: 'exact' needs the text; use add()",
      })
    }
    if (!CONTENT_HASH.test(sketch.contentHash) || !Number.isInteger(sketch.shingles)) {
      throw new DedupOptionsError({
        option: 'sketch',
        message: 'contentHash must be 16 hex digits and shingles an integer',
      })
    }
    const slot = this.store.allocate()
    this.store.page(slot).set(sketch.signature, this.store.off(slot))
    return this.commit(slot, id, sketch.contentHash, sketch.length, sketch.shingles)
  }

  /**
   * Adds many documents in order; the result at index i holds the matches of document i among
   * all documents before it (earlier batches and earlier documents of this batch). Given an
   * async iterable (a stream of corpus documents), it returns a promise.
   * @param docs - documents `{ id, text }`, from an iterable or an async iterable
   * @returns one match list per document (a promise of it for an async iterable)
   * All or nothing: the whole batch is read and checked first, and when any item is invalid or
   * its id repeated nothing is added (an async iterable is read to its end before adding).
   * @throws {@link DuplicateIdError} on an id already present or repeated in the batch;
   * {@link DedupOptionsError} when `docs` is not iterable or an item is not `{ id, text }`
   * @example
   * ```ts
   * new Deduplicator().addBatch([{ id: 'a', text: 'x y' }, { id: 'b', text: 'x y' }])
   * // [[], [{ id: 'a', similarity: 1, exact: true }]]
   * ```
   */
  addBatch(docs: Iterable<DocumentInput>): Match[][]
  addBatch(docs: AsyncIterable<DocumentInput>): Promise<Match[][]>
  addBatch(
    docs: Iterable<DocumentInput> | AsyncIterable<DocumentInput>,
  ): Match[][] | Promise<Match[][]> {
    if (typeof docs === 'object' && docs !== null && Symbol.iterator in docs) {
      const list = Array.from(docs)
      this.checkBatch(list)
      return this.addChecked(list)
    }
    if (typeof docs === 'object' && docs !== null && Symbol.asyncIterator in docs) {
      return (async () => {
        const list: DocumentInput[] = []
        for await (const d of docs) list.push(d)
        this.checkBatch(list)
        return this.addChecked(list)
      })()
    }
    throw new DedupOptionsError({
      option: 'docs',
      message: 'expected an iterable or async iterable of { id, text }',
    })
  }

  /**
   * Finds the indexed documents that duplicate a text, without adding it.
   * @param text - the text to look up
   * @returns matches (best first)
   * @throws {@link DedupOptionsError} when `text` is not a string
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'one two three four five six' })
   * d.query('ONE two three four five six').map((m) => m.id) // ['a']
   * ```
   */
  query(text: string): Match[] {
    if (typeof text !== 'string') {
      throw new DedupOptionsError({
        option: 'text',
        message: `must be a string, got ${text === null ? 'null' : typeof text}`,
      })
    }
    const normalized = this.hasher.normalize(text)
    const sig = new Uint32Array(this.store.k)
    const shingles = this.hasher.signatureInto(normalized, sig, 0)
    const hash = contentHash(normalized)
    if (shingles === 0) return this.emptyMatches(hash)
    const set = this.verify === 'exact' ? this.hasher.shingleSetNormalized(normalized) : undefined
    return this.lsh.search(this.store, sig, 0, hash, set, -1, this.verify, this.threshold)
  }

  /**
   * Removes a document; clusters are recomputed without it. Its slot stays allocated until the
   * index is saved and loaded again (which compacts).
   * @param id - document id
   * @returns true when it was present
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'x' }); d.remove('a') // true
   * ```
   */
  remove(id: string): boolean {
    const slot = this.store.slotOf.get(id)
    if (slot === undefined) return false
    if (this.store.shingleCounts[slot] !== 0) this.lsh.remove(this.store, slot)
    this.store.remove(slot)
    return true
  }

  /**
   * The signature of an indexed document (a copy).
   * @param id - document id
   * @returns the signature, or undefined when absent
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'x y z' }); d.signature('a')?.length // 128
   * ```
   */
  signature(id: string): Uint32Array | undefined {
    const slot = this.store.slotOf.get(id)
    return slot === undefined ? undefined : this.store.signature(slot).slice()
  }

  /**
   * The LSH band keys of an indexed document: one 32-bit key per band (8 hex digits), the
   * values to group by when the band grouping runs elsewhere (see the README on sharding).
   * @param id - document id
   * @returns band keys, or undefined when absent
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'x y z' }); d.bandKeys('a')?.length // 9
   * ```
   */
  bandKeys(id: string): string[] | undefined {
    const slot = this.store.slotOf.get(id)
    return slot === undefined ? undefined : bandKeysOf(this.store.signature(slot), this.params)
  }

  /**
   * Exports every document as one JSON line: `{"id","hash","length","shingles","signature":[…],
   * "bands":["<band>:<key>",…]}`, in insertion order, for band grouping in another system
   * (DuckDB, Spark…; convert to Parquet there).
   * @returns a generator of JSON lines (no trailing newline)
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'x y z' })
   * JSON.parse([...d.toJsonl()][0]!).id // 'a'
   * ```
   */
  *toJsonl(): Generator<string> {
    const store = this.store
    for (const s of store.orderedSlots()) {
      const signature = store.signature(s)
      yield JSON.stringify({
        id: store.ids[s],
        hash: store.hash(s),
        length: store.lengths[s],
        shingles: store.shingleCounts[s],
        signature: Array.from(signature),
        bands: bandKeysOf(signature, this.params).map((k, b) => `${b}:${k}`),
      })
    }
  }

  /**
   * Groups all documents linked by matches (union–find, so links are transitive) into clusters
   * of two or more, each with a representative chosen by the rule.
   * @returns clusters in order of their first member
   * @example
   * ```ts
   * const d = new Deduplicator({ representative: 'earliest' })
   * d.add({ id: 'a', text: 'one two three four five six' })
   * d.add({ id: 'b', text: 'one two three four five six' })
   * d.clusters() // [{ representative: 'a', members: ['a', 'b'] }]
   * ```
   */
  clusters(): Cluster[] {
    return this.graph.clusters(this.store, this.representative)
  }

  /**
   * Ids to drop: every cluster member except its representative, in insertion order.
   * @returns ids of duplicates
   * @example
   * ```ts
   * const d = new Deduplicator({ representative: 'earliest' })
   * d.add({ id: 'a', text: 'one two three four five six' })
   * d.add({ id: 'b', text: 'one two three four five six' })
   * d.duplicates() // ['b']
   * ```
   */
  duplicates(): string[] {
    const drop = new Set<string>()
    for (const c of this.clusters()) {
      for (const m of c.members) if (m !== c.representative) drop.add(m)
    }
    return this.store
      .orderedSlots()
      .map((s) => this.store.ids[s] as string)
      .filter((id) => drop.has(id))
  }

  /**
   * Approximate bytes held by the index's typed arrays and id strings (excluding the JS engine's
   * per-object overhead, which the benchmark measures separately).
   * @returns bytes
   * @example
   * ```ts
   * new Deduplicator().byteLength > 0 // true
   * ```
   */
  get byteLength(): number {
    return this.store.byteLength + this.lsh.byteLength + this.graph.byteLength
  }

  /**
   * Serialises the index (options, ids, signatures, hashes, matches; shingle sets with
   * `verify: 'exact'`) to a versioned binary format: magic `NQDD`, format version, parameters,
   * data, CRC-32. Band tables are rebuilt on load. Removed documents are dropped.
   * @returns the bytes
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add({ id: 'a', text: 'x y z' })
   * Deduplicator.load(d.save()).has('a') // true
   * ```
   */
  save(): Uint8Array {
    return writeIndex(
      {
        numPerm: this.store.k,
        seed: this.hasher.seed,
        shingle: this.hasher.shingle,
        bands: this.params.bands,
        rows: this.params.rows,
        verify: this.verify,
        rule: this.representative === 'earliest' ? 'earliest' : 'longest',
        threshold: this.threshold,
        normalizeName: this.normalizeName,
      },
      this.store,
      this.graph.liveEdges(this.store),
    )
  }

  /**
   * Loads an index saved by {@link Deduplicator.save}; queries and clusters give the same
   * results as before saving, in Node and in browsers.
   * @param bytes - the saved bytes
   * @param options - the `normalize` function (when not the built-in one) and representative rule
   * @returns the index
   * @throws {@link IndexFormatError} for a foreign, truncated, corrupted or newer-version file;
   * {@link DedupOptionsError} when the `normalize` function is missing or its name does not match
   * @example
   * ```ts
   * const bytes = new Deduplicator().save()
   * Deduplicator.load(bytes).size // 0
   * ```
   */
  static load(bytes: Uint8Array, options: LoadOptions = {}): Deduplicator {
    const r = openIndex(bytes)
    const header = readHeader(r)
    const { normalizeName } = header
    if (normalizeName !== BUILTIN_NORMALIZE && !options.normalize) {
      throw new DedupOptionsError({
        option: 'normalize',
        message: `the index was built with the normalize function "${normalizeName}"; pass the same function to load()`,
      })
    }
    if (options.normalizeName !== undefined && options.normalizeName !== normalizeName) {
      throw new DedupOptionsError({
        option: 'normalizeName',
        message: `the index was built with "${normalizeName}", not "${options.normalizeName}"`,
      })
    }
    let d: Deduplicator
    try {
      d = new Deduplicator({
        numPerm: header.numPerm,
        seed: header.seed,
        shingle: header.shingle,
        bands: header.bands,
        rows: header.rows,
        threshold: header.threshold,
        verify: header.verify,
        normalizeName,
        ...(options.normalize ? { normalize: options.normalize } : {}),
        representative: options.representative ?? header.rule,
      })
    } catch (e) {
      if (DedupOptionsError.isInstance(e)) {
        throw new IndexFormatError({
          message: `invalid parameters in index header: ${e.message}`,
          byteOffset: 6,
          cause: e,
        })
      }
      throw e
    }
    const store = d.store
    const { ids, edges } = readDocuments(r, header, store)
    const n = ids.length
    for (let i = 0; i < n; i++) {
      const id = ids[i] as string
      if (store.slotOf.has(id)) {
        throw new IndexFormatError({ message: `duplicate id ${JSON.stringify(id)}`, byteOffset: 0 })
      }
      store.ids[i] = id
      store.slotOf.set(id, i)
      store.alive[i] = 1
      if (store.shingleCounts[i] === 0)
        store.addEmpty(hexOf(store.hashHi[i] as number, store.hashLo[i] as number), i)
      else d.lsh.insert(store, i)
    }
    store.count = n
    store.liveCount = n
    for (let e = 0; e < edges.length; e += 2)
      d.graph.push(edges[e] as number, edges[e + 1] as number)
    return d
  }

  /**
   * Checks a whole batch before anything is added, so that a batch is added entirely or not at
   * all: every item is `{ id, text }` with a well-formed id, present neither in the index nor
   * twice in the batch.
   */
  private checkBatch(docs: DocumentInput[]): void {
    const seen = new Set<string>()
    docs.forEach((d, i) => {
      checkDocument(d, `docs[${i}]`)
      if (this.store.slotOf.has(d.id) || seen.has(d.id)) throw new DuplicateIdError({ id: d.id })
      seen.add(d.id)
    })
  }

  /** Adds checked documents; should anything still throw (a normalize function), undoes them. */
  private addChecked(docs: DocumentInput[]): Match[][] {
    const out: Match[][] = []
    try {
      for (const d of docs) out.push(this.add(d))
    } catch (e) {
      for (let i = out.length - 1; i >= 0; i--) this.remove((docs[i] as DocumentInput).id)
      throw e
    }
    return out
  }

  private commit(
    slot: number,
    id: string,
    hash: string,
    length: number,
    shingles: number,
  ): Match[] {
    const store = this.store
    let matches: Match[]
    if (shingles === 0) {
      matches = this.emptyMatches(hash)
      store.commit(slot, id, hash, length, shingles)
    } else {
      store.commit(slot, id, hash, length, shingles)
      matches = this.lsh.search(
        store,
        store.page(slot),
        store.off(slot),
        hash,
        store.sets[slot],
        slot,
        this.verify,
        this.threshold,
      )
      this.lsh.insert(store, slot)
    }
    // Store a cluster, not its pairs: documents with equal content hashes are joined by
    // clusters() without edges, so an exact match needs none, and a near match needs one edge
    // per distinct content (any live member of a content group stands for all of it). Identical
    // documents thus cost no edges, and memory stays linear in the number of documents.
    const linked = new Set<string>()
    for (const m of matches) {
      if (m.exact) continue
      const other = store.slotOf.get(m.id) as number
      const key = store.hash(other)
      if (linked.has(key)) continue
      linked.add(key)
      this.graph.push(other, slot)
    }
    return matches
  }

  private emptyMatches(hash: string): Match[] {
    const list = this.store.emptyByHash.get(hash) ?? []
    return list.map((s) => ({ id: this.store.ids[s] as string, similarity: 1, exact: true }))
  }
}
