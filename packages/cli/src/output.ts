/**
 * Where records go: JSON lines to a file or stdout, or Parquet (hyparquet-writer, pure JavaScript,
 * written row group by row group so memory stays bounded).
 * @module
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { fileWriter, ParquetWriter } from 'hyparquet-writer'
import { CliError } from './errors'
import type { NuqtaRecord } from './record'

/** The output formats `--format` accepts. */
export const OUTPUT_FORMATS = ['jsonl', 'parquet'] as const

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** A place records are written to, in order. */
export interface RecordSink {
  /** One record as its JSON line (without the newline) and, when already parsed, as an object. */
  write(json: string, record?: NuqtaRecord): Promise<void>
  /** Bytes written so far (JSON lines: exact; Parquet: at each row group). */
  readonly bytes: number
  close(): Promise<void>
}

const FLUSH_AT = 1 << 20

/** Open a file for writing, or fail with the output exit code naming it. */
export function openOutput(path: string, flags = 'w'): number {
  try {
    return openSync(path, flags)
  } catch (e) {
    throw new CliError({
      kind: 'output',
      message: `${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      subject: path,
      cause: e,
    })
  }
}

/** Buffered synchronous writes to a file descriptor (exact byte counts, for resume). */
export class FileLines {
  private parts: string[] = []
  private size = 0
  /** Bytes handed to the operating system so far. */
  written = 0

  constructor(private readonly fd: number) {}

  push(s: string): void {
    this.parts.push(s)
    this.size += s.length
    if (this.size >= FLUSH_AT) this.flush()
  }

  flush(): void {
    if (!this.parts.length) return
    const buf = Buffer.from(this.parts.join(''), 'utf8')
    this.parts = []
    this.size = 0
    let off = 0
    while (off < buf.length) off += writeSync(this.fd, buf, off)
    this.written += buf.length
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
  }
}

/** JSON lines to a file (`-o out.jsonl`). */
export function jsonlFileSink(path: string): RecordSink {
  const out = new FileLines(openOutput(path))
  return {
    async write(json) {
      out.push(`${json}\n`)
    },
    get bytes() {
      return out.written
    },
    async close() {
      out.close()
    },
  }
}

/** JSON lines to stdout, waiting when the pipe is full. */
export function jsonlStdoutSink(): RecordSink {
  let parts: string[] = []
  let size = 0
  let bytes = 0
  const flush = async () => {
    if (!parts.length) return
    const s = parts.join('')
    parts = []
    size = 0
    bytes += Buffer.byteLength(s)
    if (!process.stdout.write(s))
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()))
  }
  return {
    async write(json) {
      parts.push(`${json}\n`)
      size += json.length + 1
      if (size >= 1 << 16) await flush()
    },
    get bytes() {
      return bytes
    },
    async close() {
      await flush()
    },
  }
}

/** Columns of the Parquet output; objects and lists are JSON text. */
const STRING_COLUMNS = ['id', 'title', 'date', 'lang', 'text'] as const
const JSON_COLUMNS = ['source', 'paragraphs', 'warnings', 'meta', 'steps'] as const
const KNOWN = new Set<string>([
  'v',
  'seq',
  ...STRING_COLUMNS,
  ...JSON_COLUMNS,
  'normalized',
  'entities',
  'dedup',
])

type Row = Record<string, string | number | boolean | bigint | null>

function row(r: NuqtaRecord): Row {
  const out: Row = { v: r.v, seq: BigInt(r.seq) }
  const rec = r as unknown as Record<string, unknown>
  for (const c of STRING_COLUMNS) out[c] = (rec[c] as string | undefined) ?? null
  for (const c of JSON_COLUMNS) out[c] = rec[c] === undefined ? null : JSON.stringify(rec[c])
  const extra: Record<string, unknown> = {}
  for (const k of Object.keys(rec)) if (!KNOWN.has(k)) extra[k] = rec[k]
  out.document_extra = JSON.stringify(extra)
  out.normalized_profile = r.normalized?.profile ?? null
  out.normalized_text = r.normalized?.text ?? null
  out.normalized_changes = r.normalized?.changes ? JSON.stringify(r.normalized.changes) : null
  out.entities = r.entities ? JSON.stringify(r.entities) : null
  const d = r.dedup
  out.dedup_hash = d?.hash ?? null
  out.dedup_cluster = d?.cluster ?? null
  out.dedup_cluster_seq = d?.clusterSeq == null ? null : BigInt(d.clusterSeq)
  out.dedup_cluster_size = d ? d.clusterSize : null
  out.dedup_representative = d ? d.representative : null
  out.dedup_duplicate = d ? d.duplicate : null
  out.dedup_repeated_lines = d ? JSON.stringify(d.repeatedLines) : null
  return out
}

/** Parquet schema of the record (version 1). Documented in the README. */
const SCHEMA: {
  name: string
  type?: string
  converted_type?: string
  repetition_type?: string
  num_children?: number
}[] = [
  { name: 'v', type: 'INT32' },
  { name: 'seq', type: 'INT64' },
  ...STRING_COLUMNS.map((name) => ({ name, type: 'BYTE_ARRAY', converted_type: 'UTF8' })),
  ...JSON_COLUMNS.map((name) => ({ name, type: 'BYTE_ARRAY', converted_type: 'JSON' })),
  { name: 'document_extra', type: 'BYTE_ARRAY', converted_type: 'JSON' },
  { name: 'normalized_profile', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  { name: 'normalized_text', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  { name: 'normalized_changes', type: 'BYTE_ARRAY', converted_type: 'JSON' },
  { name: 'entities', type: 'BYTE_ARRAY', converted_type: 'JSON' },
  { name: 'dedup_hash', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  { name: 'dedup_cluster', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  { name: 'dedup_cluster_seq', type: 'INT64' },
  { name: 'dedup_cluster_size', type: 'INT32' },
  { name: 'dedup_representative', type: 'BOOLEAN' },
  { name: 'dedup_duplicate', type: 'BOOLEAN' },
  { name: 'dedup_repeated_lines', type: 'BYTE_ARRAY', converted_type: 'JSON' },
]

/** Rows per Parquet row group (bounded memory: one group is buffered at a time). */
const ROW_GROUP = 2000

/** Parquet to a file (`--format parquet -o out.parquet`). */
export function parquetFileSink(path: string): RecordSink {
  openOutput(path) // fail early with the output exit code when the path cannot be written
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: [
      { name: 'root', num_children: SCHEMA.length },
      ...SCHEMA.map((c) => ({ ...c, repetition_type: 'OPTIONAL' })),
    ] as ConstructorParameters<typeof ParquetWriter>[0]['schema'],
    kvMetadata: [{ key: 'nuqta.record.version', value: '1' }],
    createdBy: '@nuqta/cli',
  })
  let rows: Row[] = []
  let bytes = 0
  const flush = () => {
    if (!rows.length) return
    writer.write({
      columnData: SCHEMA.map((c) => ({ name: c.name, data: rows.map((r) => r[c.name] ?? null) })),
      rowGroupSize: rows.length,
    })
    bytes = writer.writer.offset
    rows = []
  }
  return {
    async write(json, record) {
      rows.push(row(record ?? (JSON.parse(json) as NuqtaRecord)))
      if (rows.length >= ROW_GROUP) flush()
    },
    get bytes() {
      return bytes
    },
    async close() {
      flush()
      writer.finish()
      bytes = writer.writer.offset
    },
  }
}
