/**
 * `--signatures DIR`: MinHash signatures and LSH band keys as Parquet shards, for grouping past one
 * machine (`nuqta dedup --group DIR`, or the same SQL in Spark or Trino).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileWriter, ParquetWriter } from 'hyparquet-writer'
import { readSketches } from './sketchfile'
import { bandingOf, bandKeyNumbers, type DedupSettings } from './steps/dedup'

/** The settings a signature folder was made with; every shard of a folder must agree. */
export interface SignatureParams {
  v: 1
  threshold: number
  numPerm: number
  seed: number
  shingleSize: number
  bands: number
  rows: number
  representative: 'longest' | 'earliest'
}

type Schema = ConstructorParameters<typeof ParquetWriter>[0]['schema']

const SIGNATURE_SCHEMA = [
  { name: 'root', num_children: 6 },
  { name: 'seq', type: 'INT64', repetition_type: 'REQUIRED' },
  { name: 'id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  { name: 'hash', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
  { name: 'length', type: 'INT64', repetition_type: 'REQUIRED' },
  { name: 'shingles', type: 'INT64', repetition_type: 'REQUIRED' },
  { name: 'signature', repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  { name: 'element', type: 'INT64', repetition_type: 'REQUIRED' },
] as Schema

const BAND_SCHEMA = [
  { name: 'root', num_children: 3 },
  { name: 'seq', type: 'INT64', repetition_type: 'REQUIRED' },
  { name: 'band', type: 'INT32', repetition_type: 'REQUIRED' },
  { name: 'key', type: 'INT64', repetition_type: 'REQUIRED' },
] as Schema

const GROUP_ROWS = 10_000

/** Shard file names: `signatures-<i>-of-<n>.parquet` and `bands-<i>-of-<n>.parquet`. */
export const shardName = (kind: 'signatures' | 'bands', shard?: { index: number; count: number }) =>
  `${kind}-${shard?.index ?? 0}-of-${shard?.count ?? 1}.parquet`

/** One document's signature entry for {@link SignatureWriter}. */
export interface SignatureRow {
  seq: number
  id: string
  hash: string
  length: number
  shingles: number
  signature: Uint32Array
}

/** Writes a signatures shard and its band-keys shard, row group by row group. */
export class SignatureWriter {
  private readonly sig: ParquetWriter
  private readonly bands: ParquetWriter
  private rows: SignatureRow[] = []
  private readonly params: SignatureParams

  constructor(dir: string, settings: DedupSettings, shard?: { index: number; count: number }) {
    mkdirSync(dir, { recursive: true })
    const { bands, rows } = bandingOf(settings)
    this.params = {
      v: 1,
      threshold: settings.threshold,
      numPerm: settings.numPerm,
      seed: settings.seed,
      shingleSize: settings.shingleSize,
      bands,
      rows,
      representative: settings.representative,
    }
    writeFileSync(join(dir, 'params.json'), `${JSON.stringify(this.params, null, 2)}\n`)
    const meta = [{ key: 'nuqta.signatures', value: JSON.stringify(this.params) }]
    this.sig = new ParquetWriter({
      writer: fileWriter(join(dir, shardName('signatures', shard))),
      schema: SIGNATURE_SCHEMA,
      kvMetadata: meta,
      createdBy: '@nuqta/cli',
    })
    this.bands = new ParquetWriter({
      writer: fileWriter(join(dir, shardName('bands', shard))),
      schema: BAND_SCHEMA,
      kvMetadata: meta,
      createdBy: '@nuqta/cli',
    })
  }

  add(row: SignatureRow): void {
    this.rows.push(row)
    if (this.rows.length >= GROUP_ROWS) this.flush()
  }

  private flush(): void {
    const rows = this.rows
    if (!rows.length) return
    this.rows = []
    this.sig.write({
      columnData: [
        { name: 'seq', data: rows.map((r) => BigInt(r.seq)) },
        { name: 'id', data: rows.map((r) => r.id) },
        { name: 'hash', data: rows.map((r) => r.hash) },
        { name: 'length', data: rows.map((r) => BigInt(r.length)) },
        { name: 'shingles', data: rows.map((r) => BigInt(r.shingles)) },
        { name: 'signature', data: rows.map((r) => Array.from(r.signature, (x) => BigInt(x))) },
      ],
      rowGroupSize: rows.length,
    })
    const { bands, rows: r } = this.params
    const seq: bigint[] = []
    const band: number[] = []
    const key: bigint[] = []
    for (const row of rows) {
      // documents without shingles have no band keys (they group by content hash only)
      if (row.shingles === 0) continue
      bandKeyNumbers(row.signature, bands, r).forEach((k, b) => {
        seq.push(BigInt(row.seq))
        band.push(b)
        key.push(BigInt(k))
      })
    }
    if (seq.length)
      this.bands.write({
        columnData: [
          { name: 'seq', data: seq },
          { name: 'band', data: Int32Array.from(band) },
          { name: 'key', data: key },
        ],
        rowGroupSize: seq.length,
      })
  }

  close(): void {
    this.flush()
    this.sig.finish()
    this.bands.finish()
  }
}

/** Write the shard of a run from its work folder's `sketches.bin`. */
export async function writeSignatures(
  dir: string,
  sketchesPath: string,
  ids: string[],
  settings: DedupSettings,
  shard: { index: number; count: number } | undefined,
): Promise<void> {
  const w = new SignatureWriter(dir, settings, shard)
  let i = 0
  for (const { seq, sketch } of readSketches(sketchesPath, settings.numPerm)) {
    w.add({
      seq,
      id: ids[i++] as string,
      hash: sketch.contentHash,
      length: sketch.length,
      shingles: sketch.shingles,
      signature: sketch.signature,
    })
  }
  w.close()
}
