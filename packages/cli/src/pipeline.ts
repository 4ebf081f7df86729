/**
 * One run of a command: read the inputs (main thread), run the CPU-bound steps in the worker pool in
 * batches, write records in input order to the work folder, then finish the output (dedup clusters
 * and repeated lines need every document first). Stops cleanly on SIGINT/SIGTERM and resumes.
 * @module
 */
import {
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Document } from '@nuqta/corpus'
import { CliError } from './errors'
import {
  FileLines,
  jsonlFileSink,
  jsonlStdoutSink,
  type OutputFormat,
  parquetFileSink,
  type RecordSink,
} from './output'
import { Pool } from './pool'
import { createProcessor, type ProcessedItem, type StepConfig } from './process'
import { createProgress } from './progress'
import { type NuqtaRecord, toRecord } from './record'
import {
  type Counters,
  countEntity,
  type DedupSummary,
  newCounters,
  peakRssMiB,
  type Report,
  reportTable,
  topEntities,
} from './report'
import { writeSignatures } from './signatures'
import { packSketch, readSketches } from './sketchfile'
import {
  fnv1a,
  freshWorkDir,
  type RunState,
  readState,
  workDirOf,
  workFiles,
  writeState,
} from './state'
import { DedupIndex, dedupField } from './steps/dedup'
import { type InputSettings, readInputs, resolveInputs } from './steps/parse'

/** Everything a run needs, from the command line. */
export interface RunConfig {
  command: string
  input: Omit<InputSettings, 'onFileWarning' | 'onBytes'>
  steps: StepConfig
  /** Step notes for the report (an unavailable step and why). */
  stepStatus: Record<string, 'done' | 'off' | 'unavailable'>
  stepNotes: string[]
  output: string | undefined
  format: OutputFormat
  report: string | undefined
  workers: number
  shard: { index: number; count: number } | undefined
  resume: boolean
  signatures: string | undefined
  quiet: boolean
  progressInterval: number
  /** Options that change the output (for the resume fingerprint). */
  fingerprintOf: string
}

const BATCH_DOCS = 64
const BATCH_CHARS = 256 * 1024
const STATE_EVERY_MS = 2000

/** Lines of a file, streamed. */
async function* fileLines(path: string): AsyncGenerator<string> {
  const rl = createInterface({
    input: createReadStream(path, { highWaterMark: 1 << 20 }),
    crlfDelay: Number.POSITIVE_INFINITY,
  })
  for await (const line of rl) if (line) yield line
}

const STOP = Symbol('stop')

/** Run a command; resolves to its exit code. */
export async function runPipeline(cfg: RunConfig): Promise<number> {
  const started = Date.now()
  const dedup = cfg.steps.dedup
  const direct = cfg.output === undefined && cfg.format === 'jsonl' && !dedup && !cfg.signatures
  if (cfg.resume && cfg.output === undefined)
    throw new CliError({
      kind: 'usage',
      message: '--resume needs -o/--output (the run keeps its work folder next to it)',
      subject: '--resume',
    })
  if (cfg.output !== undefined) {
    const parent = dirname(cfg.output)
    if (!existsSync(parent) || !statSync(parent).isDirectory())
      throw new CliError({
        kind: 'output',
        message: `${cfg.output}: cannot be written (no folder ${parent})`,
        subject: cfg.output,
      })
  }
  const workDir =
    cfg.output === undefined ? mkdtempSync(join(tmpdir(), 'nuqta-')) : workDirOf(cfg.output)
  const files = workFiles(workDir)
  const fingerprint = fnv1a(cfg.fingerprintOf).toString(16)
  const resolved = await resolveInputs(cfg.input.inputs)

  let state: RunState | undefined
  if (cfg.resume) state = readState(workDir, fingerprint)
  else if (!direct) freshWorkDir(workDir)
  const counters: Counters = state?.counters ?? newCounters()
  const index = dedup ? new DedupIndex(dedup) : undefined
  const ids: string[] = []
  const seqs: number[] = []
  let hashes: string[] = []

  // work files (or stdout directly), cut back to the last saved state on resume
  let recordsOut: FileLines | undefined
  let linesOut: FileLines | undefined
  let sketchFd: number | undefined
  let sketchWritten = 0
  let directSink: RecordSink | undefined
  /** Open a work file for appending, cut back to `size` bytes on resume. */
  const openWork = (path: string, size: number | undefined): number => {
    if (size === undefined) return openSync(path, 'w')
    const fd = openSync(path, 'r+')
    ftruncateSync(fd, size)
    closeSync(fd)
    return openSync(path, 'a')
  }
  if (direct) directSink = jsonlStdoutSink()
  else {
    recordsOut = new FileLines(openWork(files.records, state?.sizes.records))
    recordsOut.written = state?.sizes.records ?? 0
    if (dedup) {
      linesOut = new FileLines(openWork(files.lines, state?.sizes.lines))
      linesOut.written = state?.sizes.lines ?? 0
      sketchFd = openWork(files.sketches, state?.sizes.sketches)
      sketchWritten = state?.sizes.sketches ?? 0
      if (state && index) {
        // rebuild the index from what was written, in order
        const sk = readSketches(files.sketches, dedup.numPerm)
        for await (const line of fileLines(files.lines)) {
          const [seq, id, text] = JSON.parse(line) as [number, string, string]
          const next = sk.next()
          if (next.done) break
          index.add(seq, next.value.sketch, text)
          ids.push(id)
          seqs.push(seq)
          hashes.push(next.value.sketch.contentHash)
        }
      }
    }
  }

  const progress = createProgress({
    quiet: cfg.quiet,
    tty: Boolean(process.stderr.isTTY),
    totalBytes: resolved.totalBytes,
    intervalSeconds: cfg.progressInterval,
    label: `nuqta ${cfg.command}`,
  })
  let bytesRead = 0
  const input: InputSettings = {
    ...cfg.input,
    onFileWarning: (w) => counters.fileWarnings.push(w),
    onBytes: (n) => {
      bytesRead = n
    },
  }

  // stop on SIGINT / SIGTERM: finish the batches in flight, write them, note where it stopped
  let signal: string | null = null
  // wakes the read loop when it waits on the input (a fresh promise per read: a long-lived one
  // raced against every read would keep every document alive through its reactions)
  let wake: (() => void) | undefined
  let signalAt = 0
  const onSignal = (name: string) => () => {
    // a second signal a moment later quits at once (the first one may arrive twice: terminal + parent)
    if (signal && Date.now() - signalAt > 1000) process.exit(name === 'SIGINT' ? 130 : 143)
    if (signal) return
    signalAt = Date.now()
    signal = name
    wake?.()
    if (!cfg.quiet)
      process.stderr.write(
        `\nnuqta: ${name}, stopping after the documents in flight (again to quit now)\n`,
      )
  }
  const sigint = onSignal('SIGINT')
  const sigterm = onSignal('SIGTERM')
  process.on('SIGINT', sigint)
  process.on('SIGTERM', sigterm)

  const processInline = cfg.workers === 0 ? await createProcessor(cfg.steps) : undefined
  const pool =
    cfg.workers > 0
      ? new Pool<NuqtaRecord[], ProcessedItem[]>(
          new URL('./worker.js', import.meta.url),
          cfg.workers,
          cfg.steps,
        )
      : undefined
  const inflight: Promise<ProcessedItem[]>[] = []
  const maxInflight = Math.max(2, cfg.workers * 3)
  let nextSeq = state?.nextSeq ?? 0
  let lastAt = state?.at ?? ''
  let lastSave = Date.now()

  const save = (complete: boolean) => {
    if (direct || !recordsOut) return
    recordsOut.flush()
    linesOut?.flush()
    writeState(workDir, {
      v: 1,
      fingerprint,
      records: counters.documentsOut,
      sizes: {
        records: recordsOut.written,
        lines: linesOut?.written ?? 0,
        sketches: sketchWritten,
      },
      nextSeq,
      at: lastAt,
      counters,
      complete,
      signal,
    })
  }

  const handle = async (items: ProcessedItem[]) => {
    const sk: Buffer[] = []
    for (const it of items) {
      counters.documentsOut++
      for (const r of it.rules) counters.warnings[r] = (counters.warnings[r] ?? 0) + 1
      counters.langs[it.lang] = (counters.langs[it.lang] ?? 0) + 1
      for (const e of it.entities) countEntity(counters, e)
      if (it.failed !== undefined) {
        counters.failed++
        if (cfg.input.strict)
          throw new CliError({ kind: 'record', message: `${it.id}: ${it.failed}`, subject: it.id })
      }
      if (directSink) await directSink.write(it.json)
      else recordsOut?.push(`${it.json}\n`)
      if (index && it.sketch && linesOut) {
        index.add(it.seq, it.sketch, it.text ?? '')
        ids.push(it.id)
        seqs.push(it.seq)
        hashes.push(it.sketch.contentHash)
        linesOut.push(`${JSON.stringify([it.seq, it.id, it.text ?? ''])}\n`)
        sk.push(packSketch(it.seq, it.sketch))
      }
    }
    if (sk.length && sketchFd !== undefined) {
      const buf = Buffer.concat(sk)
      let off = 0
      while (off < buf.length) off += writeSync(sketchFd, buf, off)
      sketchWritten += buf.length
    }
    progress.update({ documents: counters.documentsOut, bytes: bytesRead })
    if (Date.now() - lastSave > STATE_EVERY_MS) {
      save(false)
      lastSave = Date.now()
    }
  }

  const dispatch = (batch: NuqtaRecord[]) => {
    if (!batch.length) return
    if (pool) inflight.push(pool.run(batch))
    else
      inflight.push(Promise.resolve(batch.map(processInline as (r: NuqtaRecord) => ProcessedItem)))
  }

  let failure: unknown
  try {
    let seq = 0
    const source = readInputs(input, resolved)[Symbol.asyncIterator]()
    let batch: NuqtaRecord[] = []
    let chars = 0
    for (;;) {
      if (signal) break
      const next = source.next()
      const r = await new Promise<IteratorResult<Document> | typeof STOP>((resolve, reject) => {
        wake = () => resolve(STOP)
        next.then(resolve, reject)
      })
      wake = undefined
      if (r === STOP || r.done) break
      const record = toRecord(r.value, seq++)
      counters.documentsRead = Math.max(counters.documentsRead, record.seq + 1)
      if (record.seq < nextSeq) continue
      if (cfg.shard && fnv1a(record.id) % cfg.shard.count !== cfg.shard.index) {
        counters.documentsOtherShards++
        nextSeq = record.seq + 1
        continue
      }
      nextSeq = record.seq + 1
      lastAt = `${record.source.path ?? 'stdin'} record ${record.source.record} (seq ${record.seq})`
      batch.push(record)
      chars += record.text.length
      counters.chars += record.text.length
      if (batch.length >= BATCH_DOCS || chars >= BATCH_CHARS) {
        dispatch(batch)
        batch = []
        chars = 0
      }
      while (inflight.length >= maxInflight)
        await handle(await (inflight.shift() as Promise<ProcessedItem[]>))
    }
    dispatch(batch)
    while (inflight.length) await handle(await (inflight.shift() as Promise<ProcessedItem[]>))
  } catch (e) {
    failure = e
  } finally {
    await pool?.close()
    process.off('SIGINT', sigint)
    process.off('SIGTERM', sigterm)
    progress.stop()
  }
  // a resumed run reads the input again from the start, so this is the whole input
  counters.bytesIn = Math.max(counters.bytesIn, bytesRead)
  if (failure !== undefined) {
    save(false)
    throw failure
  }
  save(signal === null)
  if (sketchFd !== undefined) closeSync(sketchFd)

  // finish the output: dedup fields, Parquet, signatures
  let outBytes = 0
  let dedupSummary: DedupSummary | null = null
  if (directSink) {
    await directSink.close()
    outBytes = directSink.bytes
  } else if (recordsOut) {
    recordsOut.close()
    linesOut?.close()
    if (index && dedup) {
      const clusters = index.clusters()
      const posOf = new Map<number, number>()
      for (const [i, s] of seqs.entries()) posOf.set(s, i)
      const clusterOf = new Map<
        number,
        { representative: number; size: number; representativeId: string }
      >()
      const sizes: Record<string, number> = {}
      let exact = 0
      for (const c of clusters) {
        const info = {
          representative: c.representative,
          size: c.members.length,
          representativeId: ids[posOf.get(c.representative) as number] as string,
        }
        for (const m of c.members) clusterOf.set(m, info)
        sizes[c.members.length] = (sizes[c.members.length] ?? 0) + 1
        const repHash = hashes[posOf.get(c.representative) as number]
        for (const m of c.members)
          if (m !== c.representative && hashes[posOf.get(m) as number] === repHash) exact++
      }
      dedupSummary = {
        clusters: clusters.length,
        duplicateDocuments: clusters.reduce((n, c) => n + c.members.length - 1, 0),
        exactDuplicateDocuments: exact,
        clusterSizes: sizes,
        largestClusters: clusters
          .map((c) => ({
            representative: ids[posOf.get(c.representative) as number] as string,
            size: c.members.length,
          }))
          .sort((a, b) => b.size - a.size)
          .slice(0, 5),
        topRepeatedLines: index.topLines(10),
        params: { threshold: dedup.threshold, numPerm: dedup.numPerm, ...index.params },
        indexBytes: index.byteLength,
      }
      if (cfg.signatures)
        await writeSignatures(cfg.signatures, files.sketches, ids, dedup, cfg.shard)
      const sink = openSink(cfg)
      const recs = fileLines(files.records)[Symbol.asyncIterator]()
      for await (const line of fileLines(files.lines)) {
        const [seq, , text] = JSON.parse(line) as [number, string, string]
        const rec = await recs.next()
        if (rec.done) break
        const pos = posOf.get(seq) as number
        const field = dedupField(
          hashes[pos] as string,
          clusterOf.get(seq),
          seq,
          index.repeatedLines(text),
        )
        await sink.write(`${rec.value.slice(0, -1)},"dedup":${JSON.stringify(field)}}`)
      }
      await sink.close()
      outBytes = sink.bytes
    } else if (cfg.format === 'jsonl' && cfg.output !== undefined) {
      if (signal === null) renameSync(files.records, cfg.output)
      else copyFileSync(files.records, cfg.output)
      outBytes = recordsOut.written
    } else {
      const sink = openSink(cfg)
      for await (const line of fileLines(files.records)) await sink.write(line)
      await sink.close()
      outBytes = sink.bytes
    }
  }
  hashes = []
  if (signal === null && !direct) rmSync(workDir, { recursive: true, force: true })
  if (cfg.output === undefined && !direct) rmSync(workDir, { recursive: true, force: true })

  const seconds = (Date.now() - started) / 1000
  const report: Report = {
    v: 1,
    command: cfg.command,
    inputs: cfg.input.inputs,
    output: cfg.output ?? '-',
    format: cfg.format,
    workers: cfg.workers,
    shard: cfg.shard ? `${cfg.shard.index}/${cfg.shard.count}` : null,
    steps: cfg.stepStatus,
    stepNotes: cfg.stepNotes,
    documents: {
      read: counters.documentsRead,
      written: counters.documentsOut,
      otherShards: counters.documentsOtherShards,
      failedSteps: counters.failed,
    },
    bytes: { in: counters.bytesIn, out: outBytes },
    chars: counters.chars,
    seconds,
    mbPerSecond: bytesRead / 1e6 / Math.max(seconds, 0.001),
    peakRssMiB: peakRssMiB(),
    warnings: counters.warnings,
    fileWarnings: counters.fileWarnings,
    langs: counters.langs,
    dedup: dedupSummary,
    topEntities: topEntities(counters),
    interrupted:
      signal === null
        ? null
        : { signal, afterDocuments: counters.documentsOut, nextSeq, at: lastAt },
  }
  if (cfg.report) {
    writeFileSync(cfg.report, `${JSON.stringify(report, null, 2)}\n`)
  }
  if (!cfg.quiet) process.stderr.write(reportTable(report))
  if (signal !== null) {
    process.stderr.write(
      `nuqta: stopped by ${signal} after ${counters.documentsOut} documents (next input position ${nextSeq}, after ${lastAt || 'the start'}); ${cfg.output ? `${cfg.output} holds them; continue with the same command and --resume` : 'the output holds them'}\n`,
    )
    return signal === 'SIGINT' ? 130 : 143
  }
  return 0
}

function openSink(cfg: RunConfig): RecordSink {
  if (cfg.format === 'parquet') {
    if (cfg.output === undefined)
      throw new CliError({
        kind: 'usage',
        message: '--format parquet needs -o/--output (Parquet is not streamed to stdout)',
        subject: '--format',
      })
    return parquetFileSink(cfg.output)
  }
  return cfg.output === undefined ? jsonlStdoutSink() : jsonlFileSink(cfg.output)
}
