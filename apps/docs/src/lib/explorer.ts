/**
 * The corpus explorer, run in the browser: feed a corpus article to `readDocuments` as bytes in a
 * chosen encoding (or paste text, or drop a file), and show what `@nuqta/corpus` made of it —
 * detected encoding, language, cleaned paragraphs with every repair marked, removed boilerplate and
 * warnings — plus a dedup panel running `@nuqta/dedup` on the articles and variants made from them.
 * Corpus and user text reach the page only through `textContent` and attributes.
 */
import {
  type CorpusInput,
  type Document,
  readDocuments,
  sourceAlignment,
  sourceText,
} from '@nuqta/corpus'
import { articles } from './corpus'
import { runDedup } from './explorer-dedup'
import {
  type ExplorerEncoding,
  encodeText,
  encodingLabels,
  unencodable1256,
} from './explorer-encode'
import { groupChanges, type PlacedRepair, type TextChange } from './explorer-repairs'
import { makeVariant, type VariantKind, variantLabels } from './explorer-variants'
import { isolate, visible } from './highlight'
import type { PipelineRequest, ReadResult } from './pipeline.worker'
import { TaskError, TaskWorker } from './task-worker'

/** Documents of one input rendered at most (a dropped JSONL file can hold thousands). */
const MAX_DOCUMENTS = 20

/** The hint shown where the hovered repair is described. */
const HOVER_HINT =
  'Hover or focus a highlighted repair to see its rule, before → after and confidence.'

/** The variants the dedup panel adds: which article, made how. */
const VARIANTS: readonly { of: string; kind: VariantKind; suffix: string }[] = [
  { of: '001', kind: 'dropped-words', suffix: 'dropped' },
  { of: '002', kind: 'egyptian-spelling', suffix: 'egyptian' },
  { of: '004', kind: 'exact-copy', suffix: 'copy' },
]

function byId<T extends HTMLElement>(root: ParentNode, id: string, type: new () => T): T {
  const el = root.querySelector(`#${id}`)
  if (!(el instanceof type)) throw new Error(`explorer: #${id} is missing`)
  return el
}

/** Reads every document of `input` (at most `MAX_DOCUMENTS`). */
async function readAll(input: CorpusInput, name: string): Promise<Document[]> {
  const docs: Document[] = []
  for await (const doc of readDocuments(input, { name })) {
    docs.push(doc)
    if (docs.length >= MAX_DOCUMENTS) break
  }
  return docs
}

/** `01 a2 …`: the first bytes of the input, so a BOM or a single-byte encoding can be seen. */
function hexHead(bytes: Uint8Array, count = 12): string {
  const head = [...bytes.subarray(0, count)].map((b) => b.toString(16).padStart(2, '0'))
  return head.join(' ') + (bytes.length > count ? ' …' : '')
}

/** `1 repair`, `2 repairs`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The tooltip of one repair: rule, before → after (each isolated and made visible), confidence. */
export function describeRepair(repair: TextChange): string {
  return `${repair.ruleId}: ${isolate(visible(repair.before))} → ${isolate(visible(repair.after))} (confidence ${repair.confidence ?? 1})`
}

/** Starts the explorer inside `root` (the element rendered by Explorer.astro). */
export function startExplorer(root: HTMLElement): void {
  const doc = root.ownerDocument
  const el = {
    article: byId(root, 'nqx-article', HTMLSelectElement),
    encoding: byId(root, 'nqx-encoding', HTMLSelectElement),
    encodingNote: byId(root, 'nqx-encoding-note', HTMLElement),
    paste: byId(root, 'nqx-paste', HTMLTextAreaElement),
    readPaste: byId(root, 'nqx-read-paste', HTMLButtonElement),
    file: byId(root, 'nqx-file', HTMLInputElement),
    drop: byId(root, 'nqx-drop', HTMLElement),
    status: byId(root, 'nqx-status', HTMLElement),
    cancel: byId(root, 'nqx-cancel', HTMLButtonElement),
    download: byId(root, 'nqx-download', HTMLButtonElement),
    copy: byId(root, 'nqx-copy', HTMLTextAreaElement),
    match: byId(root, 'nqx-match', HTMLButtonElement),
    source: byId(root, 'nqx-source', HTMLElement),
    output: byId(root, 'nqx-output', HTMLElement),
    hover: byId(root, 'nqx-hover', HTMLElement),
    repairs: byId(root, 'nqx-repairs', HTMLElement),
    removed: byId(root, 'nqx-removed', HTMLElement),
    warnings: byId(root, 'nqx-warnings', HTMLElement),
    threshold: byId(root, 'nqx-threshold', HTMLSelectElement),
    searchNormalizer: byId(root, 'nqx-search', HTMLInputElement),
    dedupStatus: byId(root, 'nqx-dedup-status', HTMLElement),
    clusters: byId(root, 'nqx-clusters', HTMLElement),
    matrix: byId(root, 'nqx-matrix', HTMLElement),
  }
  let run = 0
  const tasks = new TaskWorker<PipelineRequest, unknown>(
    () => new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' }),
  )
  el.cancel.addEventListener('click', () => tasks.cancel())
  /** The documents last shown, for the JSON download. */
  let shownDocuments: Document[] = []
  el.download.addEventListener('click', () => {
    const json = JSON.stringify(shownDocuments, null, 2)
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const link = doc.createElement('a')
    link.href = url
    link.download = 'nuqta-documents.json'
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  })

  for (const article of articles) {
    const option = doc.createElement('option')
    option.value = article.id
    option.textContent = article.label
    el.article.append(option)
  }
  for (const [value, label] of Object.entries(encodingLabels)) {
    const option = doc.createElement('option')
    option.value = value
    option.textContent = label
    el.encoding.append(option)
  }

  const text = (tag: string, content: string, className?: string): HTMLElement => {
    const node = doc.createElement(tag)
    node.textContent = content
    if (className !== undefined) node.className = className
    return node
  }
  const list = (items: HTMLElement[], empty: string): HTMLElement => {
    if (items.length === 0) return text('p', empty, 'nqx-empty')
    const ul = doc.createElement('ul')
    for (const item of items) {
      const li = doc.createElement('li')
      li.append(item)
      ul.append(li)
    }
    return ul
  }

  /** One paragraph with its repairs marked; headings become `h4`. `source` is its span in the
   * record text (from the document's alignment), kept on the element. */
  function renderParagraph(
    paragraph: Document['paragraphs'][number],
    placed: readonly PlacedRepair[],
    source: readonly [number, number],
  ): HTMLElement {
    const node = doc.createElement(paragraph.kind === 'heading' ? 'h4' : 'p')
    node.dataset.sourceStart = String(source[0])
    node.dataset.sourceEnd = String(source[1])
    node.dir = 'auto'
    node.className = paragraph.kind === 'heading' ? 'nqx-heading' : 'nqx-body'
    if (paragraph.lang === 'ar' || paragraph.lang === 'en') node.lang = paragraph.lang
    node.dataset.kind = paragraph.kind ?? 'body'
    let cursor = paragraph.start
    for (const item of placed) {
      if (item.start < paragraph.start || item.end > paragraph.end) continue
      if (item.start > cursor)
        node.append(paragraph.text.slice(cursor - paragraph.start, item.start - paragraph.start))
      const mark = doc.createElement('mark')
      mark.className = item.start === item.end ? 'nqx-repair nqx-deletion' : 'nqx-repair'
      mark.dataset.rule = item.repair.ruleId
      mark.title = describeRepair(item.repair)
      mark.tabIndex = 0
      if (item.start === item.end) mark.setAttribute('aria-label', mark.title)
      else
        mark.textContent = paragraph.text.slice(
          item.start - paragraph.start,
          item.end - paragraph.start,
        )
      node.append(mark)
      cursor = item.end
    }
    if (cursor < paragraph.end) node.append(paragraph.text.slice(cursor - paragraph.start))
    return node
  }

  async function show(
    input: CorpusInput,
    name: string,
    fedAs: string,
    bytes?: Uint8Array,
  ): Promise<void> {
    const mine = ++run
    root.dataset.ready = 'false'
    el.status.textContent = 'Reading…'
    const started = performance.now()
    let cleaned: Document[]
    let sameAsUtf8: boolean | undefined
    let truncated = false
    try {
      if (input instanceof Blob) {
        // A file of any size or state (a corrupt Parquet, a gzip bomb) is read in the worker: the
        // page stays responsive and the Cancel button stops it.
        el.cancel.hidden = false
        const result = (await tasks.run({
          kind: 'read',
          input,
          name,
          clean: true,
          limit: MAX_DOCUMENTS,
        })) as ReadResult
        cleaned = result.documents
        truncated = result.truncated
      } else cleaned = await readAll(input, name)
      const article = articles.find((a) => a.id === el.article.value)
      if (article !== undefined && fedAs !== 'utf-8' && bytes !== undefined) {
        // the same article fed as UTF-8, to compare the cleaned texts of two encodings
        const reference = await readAll(new TextEncoder().encode(article.text), name)
        sameAsUtf8 =
          reference.length === cleaned.length &&
          reference.every((d, i) => d.text === cleaned[i]?.text)
      }
    } catch (error) {
      el.cancel.hidden = true
      if (mine !== run) return
      const kind =
        error instanceof TaskError ? error.kind : error instanceof Error ? error.name : 'Error'
      const message = error instanceof Error ? error.message : String(error)
      el.status.textContent = message.startsWith(`${kind}:`) ? message : `${kind}: ${message}`
      for (const node of [el.source, el.output, el.repairs, el.removed, el.warnings])
        node.replaceChildren()
      root.dataset.ready = 'true'
      return
    }
    el.cancel.hidden = true
    if (mine !== run) return
    const ms = performance.now() - started

    const outputs: Node[] = []
    const repairItems: HTMLElement[] = []
    const removedItems: HTMLElement[] = []
    const warningItems: HTMLElement[] = []
    const sourceItems: HTMLElement[] = []
    for (const document of cleaned) {
      const { repairs, removed } = groupChanges(document.changes)
      const alignment = sourceAlignment(document)
      const section = doc.createElement('section')
      section.className = 'nqx-doc'
      if (cleaned.length > 1) section.append(text('div', `Document ${document.id}`, 'nqx-doc-id'))
      for (const paragraph of document.paragraphs)
        section.append(
          renderParagraph(paragraph, repairs, alignment.toOriginal(paragraph.start, paragraph.end)),
        )
      outputs.push(section)
      const where = cleaned.length > 1 ? `${document.id}: ` : ''
      const s = document.source
      const facts = doc.createElement('span')
      facts.append(
        text('strong', `${where}${s.encoding}`, 'nqx-encoding'),
        ` (confidence ${s.confidence.toFixed(2)}) · format ${s.format} · lang `,
        text('strong', document.lang, 'nqx-lang'),
        ` · id ${document.id} · ${document.paragraphs.length} paragraphs (${document.paragraphs.filter((p) => p.kind === 'heading').length} headings)`,
        ` · record ${sourceText(document).length} → text ${document.text.length} characters, ${count(document.changes.length, 'change')}`,
      )
      sourceItems.push(facts)
      for (const { repair } of repairs) {
        const item = doc.createElement('span')
        item.append(
          text('code', repair.ruleId),
          ` ${isolate(visible(repair.before))} → ${isolate(visible(repair.after))}`,
        )
        item.append(
          ` · confidence ${repair.confidence ?? 1} · at ${repair.start}–${repair.end} of the record`,
        )
        item.title = repair.reason
        repairItems.push(item)
      }
      for (const change of removed) {
        const item = doc.createElement('span')
        const removedText = text('bdi', change.before, 'nqx-removed-text')
        removedText.dir = 'auto'
        item.append(text('code', change.ruleId), ' ', removedText)
        item.dataset.rule = change.ruleId
        item.dataset.sourceStart = String(change.start)
        item.dataset.sourceEnd = String(change.end)
        removedItems.push(item)
      }
      for (const warning of document.warnings) {
        const item = doc.createElement('span')
        const at =
          warning.line !== undefined
            ? ` (line ${warning.line})`
            : warning.byteOffset !== undefined
              ? ` (byte ${warning.byteOffset})`
              : ''
        item.append(text('code', warning.ruleId), ` ${warning.reason}${at}`)
        warningItems.push(item)
      }
    }
    el.source.replaceChildren(list(sourceItems, 'No documents.'))
    if (bytes !== undefined) {
      el.source.append(
        text(
          'p',
          `Fed as ${fedAs}: ${bytes.length} bytes, starting ${hexHead(bytes)}`,
          'nqx-bytes',
        ),
      )
    }
    if (sameAsUtf8 !== undefined) {
      el.source.append(
        text(
          'p',
          sameAsUtf8
            ? 'Same cleaned text as the UTF-8 reading: yes'
            : 'Same cleaned text as the UTF-8 reading: no',
          'nqx-same',
        ),
      )
    }
    el.output.replaceChildren(...outputs)
    shownDocuments = cleaned
    el.hover.textContent = repairItems.length > 0 ? HOVER_HINT : ''
    el.repairs.replaceChildren(list(repairItems, 'No repairs.'))
    el.removed.replaceChildren(list(removedItems, 'Nothing removed.'))
    el.warnings.replaceChildren(list(warningItems, 'No warnings.'))
    const more =
      truncated || cleaned.length >= MAX_DOCUMENTS ? ` (first ${MAX_DOCUMENTS} shown)` : ''
    el.status.textContent = `${count(cleaned.length, 'document')}${more} · ${count(repairItems.length, 'repair')} · ${removedItems.length} removed · ${count(warningItems.length, 'warning')} · ${ms.toFixed(0)} ms`
    root.dataset.ready = 'true'
    root.dataset.run = String(mine)
  }

  function readArticle(): void {
    const article = articles.find((a) => a.id === el.article.value)
    if (article === undefined) return
    const missing = unencodable1256(article.text)
    const option1256 = el.encoding.querySelector<HTMLOptionElement>('option[value="windows-1256"]')
    if (option1256 !== null) option1256.disabled = missing !== undefined
    if (missing !== undefined && el.encoding.value === 'windows-1256') el.encoding.value = 'utf-8'
    el.encodingNote.textContent =
      missing === undefined
        ? ''
        : `Windows-1256 cannot hold this article (it has ${isolate(visible(missing))}).`
    const encoding = el.encoding.value as ExplorerEncoding
    const bytes = encodeText(article.text, encoding)
    if (bytes === undefined) return
    void show(bytes, article.file, encoding, bytes)
  }

  /** Shows the hovered or focused repair mark's description above the text. */
  const showRepair = (target: EventTarget | null): void => {
    const mark = target instanceof Element ? target.closest('mark.nqx-repair') : null
    if (mark instanceof HTMLElement) el.hover.textContent = mark.title
  }
  el.output.addEventListener('mouseover', (event) => showRepair(event.target))
  el.output.addEventListener('focusin', (event) => showRepair(event.target))

  el.article.addEventListener('change', readArticle)
  el.encoding.addEventListener('change', readArticle)
  el.readPaste.addEventListener('click', () => {
    el.article.value = ''
    void show(el.paste.value, 'pasted.txt', 'text')
  })
  const readFile = (file: File): void => {
    el.article.value = ''
    // A File is a Blob: readDocuments streams it and detects format and encoding from its bytes.
    void show(file, file.name, 'file')
  }
  el.file.addEventListener('change', () => {
    const file = el.file.files?.[0]
    if (file !== undefined) readFile(file)
  })
  // A file can be dropped anywhere on the explorer, not only on the (maybe folded) drop zone.
  root.addEventListener('dragover', (event) => {
    event.preventDefault()
    el.drop.classList.add('nqx-dragging')
  })
  root.addEventListener('dragleave', () => el.drop.classList.remove('nqx-dragging'))
  root.addEventListener('drop', (event) => {
    event.preventDefault()
    el.drop.classList.remove('nqx-dragging')
    const file = event.dataTransfer?.files[0]
    if (file !== undefined) readFile(file)
  })

  // The dedup panel: the five articles as @nuqta/corpus reads them, then the variants.
  let dedupInputs: { id: string; text: string; note: string }[] | undefined
  async function dedupInputsOnce(): Promise<{ id: string; text: string; note: string }[]> {
    if (dedupInputs !== undefined) return dedupInputs
    const inputs: { id: string; text: string; note: string }[] = []
    for (const article of articles) {
      const [document] = await readAll(new TextEncoder().encode(article.text), article.file)
      inputs.push({ id: article.id, text: document?.text ?? '', note: article.label })
    }
    for (const variant of VARIANTS) {
      const source = inputs.find((i) => i.id === variant.of)
      if (source === undefined) continue
      inputs.push({
        id: `${variant.of}-${variant.suffix}`,
        text: makeVariant(source.text, variant.kind),
        note: `variant of ${variant.of}: ${variantLabels[variant.kind]}`,
      })
    }
    dedupInputs = inputs
    return inputs
  }

  function updateDedup(): void {
    fillDedup().catch((error: unknown) => {
      el.dedupStatus.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`
      root.dataset.dedup = 'failed'
    })
  }

  async function fillDedup(): Promise<void> {
    root.dataset.dedup = 'running'
    const base = await dedupInputsOnce()
    // the reader's own edited copy, matched against the articles
    const pasted = el.copy.value.trim()
    const inputs =
      pasted === '' ? base : [...base, { id: 'pasted', text: pasted, note: 'your pasted copy' }]
    const started = performance.now()
    const report = runDedup(inputs, {
      threshold: Number(el.threshold.value),
      searchNormalizer: el.searchNormalizer.checked,
    })
    const ms = performance.now() - started
    const noteOf = new Map(inputs.map((i) => [i.id, i.note]))
    const label = (id: string): HTMLElement => {
      const span = doc.createElement('span')
      span.append(text('code', id), ' ')
      const note = text('bdi', noteOf.get(id) ?? '', 'nqx-note')
      note.dir = 'auto'
      span.append(note)
      return span
    }
    const clusterBoxes = report.clusters.map((cluster) => {
      const box = doc.createElement('div')
      box.className = 'nqx-cluster'
      box.dataset.members = cluster.members.map((m) => m.id).join(' ')
      box.append(
        text(
          'div',
          `Cluster of ${cluster.members.length}, representative ${cluster.representative}`,
          'nqx-cluster-head',
        ),
      )
      box.append(
        list(
          cluster.members.map((member) => {
            const item = label(member.id)
            const sim =
              member.id === cluster.representative
                ? 'representative'
                : `estimated Jaccard ${member.similarity.toFixed(2)}${member.exact ? ' · exact duplicate (after normalizing)' : ''}`
            item.append(text('span', ` — ${sim}`, 'nqx-sim'))
            return item
          }),
          '',
        ),
      )
      return box
    })
    const unique = doc.createElement('div')
    unique.className = 'nqx-unique'
    unique.dataset.members = report.unique.join(' ')
    unique.append(
      text('div', 'In no cluster', 'nqx-cluster-head'),
      list(report.unique.map(label), 'None.'),
    )
    el.clusters.replaceChildren(...clusterBoxes, unique)

    const table = doc.createElement('table')
    table.className = 'nqx-matrix'
    const head = doc.createElement('tr')
    head.append(text('th', ''))
    for (const input of inputs) head.append(text('th', input.id))
    table.append(head)
    report.matrix.forEach((row, i) => {
      const tr = doc.createElement('tr')
      tr.append(text('th', inputs[i]?.id ?? ''))
      row.forEach((value, j) => {
        const td = text('td', i === j ? '—' : value.toFixed(2))
        if (i !== j && value >= Number(el.threshold.value)) td.className = 'nqx-hit'
        // the heat map: the cell's colour strength is the estimated similarity
        if (i !== j) td.style.setProperty('--nqx-sim', value.toFixed(2))
        tr.append(td)
      })
      table.append(tr)
    })
    el.matrix.replaceChildren(table)
    el.dedupStatus.textContent = `${inputs.length} documents · character 5-grams, 128 permutations, ${report.params.bands} bands × ${report.params.rows} rows · ${report.clusters.length} clusters · ${ms.toFixed(0)} ms`
    root.dataset.dedup = 'ready'
  }
  el.threshold.addEventListener('change', updateDedup)
  el.match.addEventListener('click', updateDedup)
  el.searchNormalizer.addEventListener('change', updateDedup)

  const first = articles.find((a) => a.id === '004') ?? articles[0]
  if (first !== undefined) el.article.value = first.id
  el.encoding.value = 'utf-8'
  readArticle()
  updateDedup()
}
