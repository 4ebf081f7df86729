/**
 * The docs site's Web Worker: the heavy steps of the explorer and the playground run here, off the
 * page's thread — reading a dropped file or a corpus article with `readDocuments` (a corrupt
 * Parquet file or a 1 GB gzip cannot freeze the tab), and `normalizeDetailed` on huge texts (the
 * `camel` profile on 100,000 marks). The page runs it through `TaskWorker`, whose cancel button
 * terminates it. Results are plain data (documents are JSON-like by design); the normalizer's
 * `Alignment` (a class) stays here, its changes travel.
 */
import { type CorpusInput, type Document, readDocuments } from '@nuqta/corpus'
import type { NormalizeOptions, NormalizeResult } from '@nuqta/normalize'
import { normalizeDetailed } from '@nuqta/normalize'
import { serveTasks } from './task-worker'

/** What the worker can be asked to do. */
export type PipelineRequest =
  | {
      kind: 'read'
      /** Bytes, a Blob/File, or text. */
      input: CorpusInput
      /** A file name for ids and messages. */
      name: string
      /** Clean (the default of `readDocuments`) or read the raw record text. */
      clean: boolean
      /** At most this many documents are returned (a JSONL file may hold millions). */
      limit: number
    }
  | {
      kind: 'normalize'
      text: string
      options: NormalizeOptions
      /** Load `@nuqta/normalize/lexicon` into the options first. */
      lexicon: boolean
    }

/** The answer to a `read` request. */
export interface ReadResult {
  documents: Document[]
  /** Whether more documents were left unread after `limit`. */
  truncated: boolean
}

/** The answer to a `normalize` request: the result without its `Alignment` object. */
export type NormalizeData = Omit<NormalizeResult, 'alignment'>

async function read(request: Extract<PipelineRequest, { kind: 'read' }>): Promise<ReadResult> {
  const documents: Document[] = []
  for await (const doc of readDocuments(request.input, {
    name: request.name,
    clean: request.clean,
  })) {
    if (documents.length >= request.limit) return { documents, truncated: true }
    documents.push(doc)
  }
  return { documents, truncated: false }
}

async function normalizeRequest(
  request: Extract<PipelineRequest, { kind: 'normalize' }>,
): Promise<NormalizeData> {
  const options = { ...request.options }
  if (request.lexicon) options.lexicon = (await import('@nuqta/normalize/lexicon')).arabicLexicon
  const { alignment: _alignment, ...data } = normalizeDetailed(request.text, options)
  return data
}

serveTasks<PipelineRequest, ReadResult | NormalizeData>(
  self as unknown as Parameters<typeof serveTasks>[0],
  (request) => (request.kind === 'read' ? read(request) : normalizeRequest(request)),
)
