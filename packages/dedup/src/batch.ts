import { contentHash, type DocumentSketch, type MinHasher, type NormalizeFn } from './minhash'

/**
 * A batch of sketches packed for transfer between a worker (thread or Web Worker) and the page or
 * main thread: one signature buffer for the whole batch, so it moves without copying.
 * @internal
 */
export interface PackedBatch {
  /** Index of the batch in the input. */
  batch: number
  /** `numPerm` signature values per text, back to back. */
  signatures: Uint32Array<ArrayBuffer>
  /** Shingle count per text. */
  shingles: Uint32Array<ArrayBuffer>
  /** Content hash per text. */
  hashes: string[]
}

/**
 * Sketches one batch of texts inside a worker.
 * @internal
 */
export function packBatch(
  batch: number,
  texts: readonly string[],
  hasher: MinHasher,
  normalize: NormalizeFn,
): PackedBatch {
  const k = hasher.numPerm
  const n = texts.length
  const signatures = new Uint32Array(n * k)
  const shingles = new Uint32Array(n)
  const hashes: string[] = []
  for (let i = 0; i < n; i++) {
    const normalized = normalize(texts[i] as string)
    shingles[i] = hasher.signatureInto(normalized, signatures, i * k)
    hashes.push(contentHash(normalized))
  }
  return { batch, signatures, shingles, hashes }
}

/**
 * Writes the sketches of a packed batch into `out`, at the positions of its texts.
 * @internal
 */
export function unpackBatch(
  out: DocumentSketch[],
  packed: PackedBatch,
  texts: readonly string[],
  batchSize: number,
  numPerm: number,
): void {
  const base = packed.batch * batchSize
  for (let j = 0; j < packed.hashes.length; j++) {
    out[base + j] = {
      signature: packed.signatures.subarray(j * numPerm, (j + 1) * numPerm),
      contentHash: packed.hashes[j] as string,
      length: (texts[base + j] as string).length,
      shingles: packed.shingles[j] as number,
    }
  }
}
