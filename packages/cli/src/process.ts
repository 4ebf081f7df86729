/**
 * The per-document work of the CPU-bound steps (clean, normalize, entities, signatures), the same in
 * a worker thread and in the main thread (`--workers 0`).
 * @module
 */
import type { ProfileName } from '@nuqta/normalize'
import type { NuqtaRecord } from './record'
import { cleanRecord } from './steps/clean'
import { createSketcher, type DedupSettings, type PlainSketch } from './steps/dedup'
import { loadEntitiesStep } from './steps/entities'
import { comparedText, createNormalizeStep } from './steps/normalize'

/** Which steps run on each document. */
export interface StepConfig {
  clean: boolean
  normalize: ProfileName | undefined
  /** Write the normalizer's change list on each record. */
  normalizeChanges: boolean
  entities: boolean
  dedup: DedupSettings | undefined
}

/** What the main thread needs back for one document. */
export interface ProcessedItem {
  seq: number
  id: string
  /** The record as one JSON line (without the `dedup` field, added by the main thread). */
  json: string
  /** Warning rule ids of the record, for the report. */
  rules: string[]
  lang: string
  /** `type\u0000text` of each entity, for the report's top entities. */
  entities: string[]
  /** The text repeated lines are counted on (dedup only). */
  text?: string
  sketch?: PlainSketch
  /** A step failed on this document: the reason (the record still goes on). */
  failed?: string
}

/** A step runner built once per thread. */
export type Processor = (record: NuqtaRecord) => ProcessedItem

/** Build the runner for a step configuration. */
export async function createProcessor(config: StepConfig): Promise<Processor> {
  const normalize = config.normalize
    ? createNormalizeStep(config.normalize, config.normalizeChanges)
    : undefined
  const entities = config.entities ? (await loadEntitiesStep()).run : undefined
  const sketch = config.dedup ? createSketcher(config.dedup) : undefined
  return (record) => {
    let failed: string | undefined
    const step = (name: string, fn: () => void) => {
      if (failed !== undefined) return
      try {
        fn()
      } catch (e) {
        failed = `${name}: ${(e as Error).message}`
        record.warnings.push({
          ruleId: `cli/${name}-failed`,
          reason: `The ${name} step failed on this document: ${(e as Error).message}`,
          source: '@nuqta/corpus',
          severity: 'error',
          ...(record.source.path === undefined ? {} : { file: record.source.path }),
        } as NuqtaRecord['warnings'][number])
      }
    }
    if (config.clean) step('clean', () => cleanRecord(record))
    if (normalize) step('normalize', () => normalize(record))
    if (entities) step('entities', () => entities(record))
    const item: ProcessedItem = {
      seq: record.seq,
      id: record.id,
      json: '',
      rules: record.warnings.map((w) => w.ruleId),
      lang: record.lang,
      entities: (record.entities ?? []).map((m) => `${m.type}\u0000${m.text}`),
    }
    if (sketch) {
      if (!record.steps.includes('dedup')) record.steps.push('dedup')
      item.sketch = sketch(comparedText(record))
      item.text = record.text
    }
    if (failed !== undefined) item.failed = failed
    item.json = JSON.stringify(record)
    return item
  }
}
