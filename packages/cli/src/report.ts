/**
 * The summary report: documents in and out, bytes, warnings by rule id, duplicates and cluster
 * sizes, repeated lines, top entities; as JSON (`--report`) and as a table on stderr.
 * @module
 */
import { readFileSync } from 'node:fs'

/** Counters a run keeps (saved in the resume state, so a resumed run reports the whole input). */
export interface Counters {
  documentsRead: number
  documentsOut: number
  documentsOtherShards: number
  bytesIn: number
  chars: number
  warnings: Record<string, number>
  langs: Record<string, number>
  failed: number
  entities: Record<string, number>
  fileWarnings: { ruleId: string; reason: string; file: string }[]
}

/** Empty counters. */
export const newCounters = (): Counters => ({
  documentsRead: 0,
  documentsOut: 0,
  documentsOtherShards: 0,
  bytesIn: 0,
  chars: 0,
  warnings: {},
  langs: {},
  failed: 0,
  entities: {},
  fileWarnings: [],
})

const ENTITY_CAP = 50_000

/** Count one entity mention; the table is pruned of single mentions when it grows past a cap. */
export function countEntity(c: Counters, key: string): void {
  c.entities[key] = (c.entities[key] ?? 0) + 1
  if (Object.keys(c.entities).length > ENTITY_CAP) {
    // bounded memory: drop the long tail seen once (the top list is then approximate)
    for (const [k, n] of Object.entries(c.entities)) if (n < 2) delete c.entities[k]
  }
}

/** The dedup part of the report. */
export interface DedupSummary {
  clusters: number
  duplicateDocuments: number
  exactDuplicateDocuments: number
  clusterSizes: Record<string, number>
  largestClusters: { representative: string; size: number }[]
  topRepeatedLines: { text: string; count: number }[]
  params: { threshold: number; numPerm: number; bands: number; rows: number }
  indexBytes: number
}

/** The JSON report (`--report`), version 1. */
export interface Report {
  v: 1
  command: string
  inputs: string[]
  output: string
  format: string
  workers: number
  shard: string | null
  steps: Record<string, 'done' | 'off' | 'unavailable'>
  stepNotes: string[]
  documents: { read: number; written: number; otherShards: number; failedSteps: number }
  bytes: { in: number; out: number }
  chars: number
  seconds: number
  mbPerSecond: number
  peakRssMiB: number | null
  warnings: Record<string, number>
  fileWarnings: { ruleId: string; reason: string; file: string }[]
  langs: Record<string, number>
  dedup: DedupSummary | null
  topEntities: { type: string; text: string; count: number }[]
  interrupted: { signal: string; afterDocuments: number; nextSeq: number; at: string } | null
}

/** Peak resident memory of this process (workers included), from /proc when there is one. */
export function peakRssMiB(): number | null {
  try {
    const status = readFileSync('/proc/self/status', 'utf8')
    const at = status.indexOf('VmHWM:')
    if (at >= 0) return Math.round(Number.parseInt(status.slice(at + 6).trim(), 10) / 1024)
  } catch {
    // not Linux: fall back below
  }
  return Math.round(process.resourceUsage().maxRSS / 1024)
}

/** The most mentioned entities. */
export function topEntities(c: Counters, limit = 10): Report['topEntities'] {
  return Object.entries(c.entities)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k, count]) => {
      const [type, text] = k.split('\u0000') as [string, string]
      return { type, text, count }
    })
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))

/** The report as a readable table (for stderr). */
export function reportTable(r: Report): string {
  const rows: [string, string][] = [
    ['command', `${r.command}${r.shard ? ` (shard ${r.shard})` : ''}`],
    ['documents read', String(r.documents.read)],
    ['documents written', String(r.documents.written)],
  ]
  if (r.documents.otherShards) rows.push(['in other shards', String(r.documents.otherShards)])
  rows.push(
    ['bytes in / out', `${r.bytes.in} / ${r.bytes.out}`],
    ['time', `${r.seconds.toFixed(1)} s (${r.mbPerSecond.toFixed(1)} MB/s, ${r.workers} workers)`],
    [
      'steps',
      Object.entries(r.steps)
        .map(([k, v]) => (v === 'done' ? k : `${k}:${v}`))
        .join(' '),
    ],
  )
  if (r.peakRssMiB !== null) rows.push(['peak RSS', `${r.peakRssMiB} MiB`])
  const langs = Object.entries(r.langs).map(([k, v]) => `${k} ${v}`)
  if (langs.length) rows.push(['languages', langs.join(', ')])
  if (r.dedup) {
    rows.push(['clusters', String(r.dedup.clusters)])
    rows.push([
      'duplicates',
      `${r.dedup.duplicateDocuments} (exact ${r.dedup.exactDuplicateDocuments})`,
    ])
    const sizes = Object.entries(r.dedup.clusterSizes).map(([k, v]) => `${k}:${v}`)
    if (sizes.length) rows.push(['cluster sizes', sizes.join(' ')])
    for (const l of r.dedup.topRepeatedLines.slice(0, 3))
      rows.push(['repeated line', `${l.count}× ${l.text.slice(0, 60)}`])
  }
  const warnings = Object.entries(r.warnings).sort((a, b) => b[1] - a[1])
  for (const [rule, n] of warnings.slice(0, 10)) rows.push([`warning ${rule}`, String(n)])
  for (const w of r.fileWarnings.slice(0, 5)) rows.push([`skipped ${w.ruleId}`, w.file])
  for (const e of r.topEntities.slice(0, 5))
    rows.push([`entity ${e.type}`, `${e.count}× ${e.text}`])
  for (const n of r.stepNotes) rows.push(['note', n])
  if (r.interrupted)
    rows.push([
      'interrupted',
      `${r.interrupted.signal} after ${r.interrupted.afterDocuments} documents, at ${r.interrupted.at}; rerun with --resume`,
    ])
  const w = Math.max(...rows.map(([k]) => k.length))
  return `${rows.map(([k, v]) => `${pad(k, w)}  ${v}`).join('\n')}\n`
}
