/**
 * The normalizer playground, run in the browser: pick a corpus article or paste text, choose a
 * profile or toggle rules, and see `normalizeDetailed`'s output with every change highlighted
 * (each `TextChange` shown under its `ruleId`, e.g. `normalize/alef`).
 */
import {
  type Lexicon,
  type NormalizeOptions,
  type NormalizeResult,
  normalizeDetailed,
  type ProfileName,
  profiles,
} from '@nuqta/normalize'
import { articles } from './corpus'
import {
  describeEdit,
  type EditLike,
  isolate,
  isRtl,
  renderHighlighted,
  wordAround,
} from './highlight'
import { expand, getPath, groups, setPath, valuesByPath } from './options'
import type { NormalizeData, PipelineRequest } from './pipeline.worker'
import { TaskError, TaskWorker } from './task-worker'

/** A change as the highlighter draws it: under its full rule id, with its input span. */
type Marked = EditLike & { start: number; end: number }

/** The changes of a result in the highlighter's shape, one per `TextChange`, in order. */
function marked(result: Pick<NormalizeResult, 'changes'>): Marked[] {
  return result.changes.map((c) => ({
    rule: c.ruleId,
    start: c.start,
    end: c.end,
    outputStart: c.outputStart,
    outputEnd: c.outputEnd,
    before: c.before,
    after: c.after,
  }))
}

/** The hint shown where the hovered edit is described. */
const HOVER_HINT = 'Hover a highlight to see the rule and the word it changed.'

/** Elements the playground needs, looked up by id inside its root. */
interface Elements {
  article: HTMLSelectElement
  input: HTMLTextAreaElement
  profile: HTMLSelectElement
  rules: HTMLElement
  useLexicon: HTMLInputElement
  status: HTMLElement
  output: HTMLElement
  summary: HTMLElement
  hover: HTMLElement
  cancel: HTMLButtonElement
}

function byId<T extends HTMLElement>(root: ParentNode, id: string, type: new () => T): T {
  const el = root.querySelector(`#${id}`)
  if (!(el instanceof type)) throw new Error(`playground: #${id} is missing`)
  return el
}

/** Starts the playground inside `root` (the element rendered by Playground.astro). */
export function startPlayground(root: HTMLElement): void {
  const doc = root.ownerDocument
  const el: Elements = {
    article: byId(root, 'nq-article', HTMLSelectElement),
    input: byId(root, 'nq-input', HTMLTextAreaElement),
    profile: byId(root, 'nq-profile', HTMLSelectElement),
    rules: byId(root, 'nq-rules', HTMLElement),
    useLexicon: byId(root, 'nq-lexicon', HTMLInputElement),
    status: byId(root, 'nq-status', HTMLElement),
    output: byId(root, 'nq-output', HTMLElement),
    summary: byId(root, 'nq-summary', HTMLElement),
    hover: byId(root, 'nq-hover', HTMLElement),
    cancel: byId(root, 'nq-cancel', HTMLButtonElement),
  }
  const profileTable = profiles as unknown as Record<string, Readonly<Record<string, unknown>>>
  const ruleValues = valuesByPath(profileTable)
  const shape = groups(profileTable)
  const profileName = (): ProfileName => el.profile.value as ProfileName
  /** The chosen profile's rule settings, every grouped field spelled out. */
  const defaults = (): Record<string, unknown> => expand(profileTable[profileName()] ?? {}, shape)
  /** Rule settings the user changed away from the chosen profile's defaults. */
  const overrides = new Map<string, unknown>()
  let lexicon: Lexicon | undefined
  let lexiconState: 'off' | 'loading' | 'ready' | 'failed' = 'off'
  let lexiconError = ''
  /** The input and result last rendered, for the hover details. */
  let shown: { input: string; text: string; changes: Marked[] } | undefined

  for (const article of articles) {
    const option = doc.createElement('option')
    option.value = article.id
    option.textContent = article.label
    el.article.append(option)
  }
  for (const name of Object.keys(profiles)) {
    const option = doc.createElement('option')
    option.value = name
    option.textContent = name
    el.profile.append(option)
  }

  function buildRuleControls(): void {
    const current = defaults()
    const list = doc.createElement('ul')
    for (const [path, values] of ruleValues) {
      const value = overrides.has(path) ? overrides.get(path) : getPath(current, path)
      const item = doc.createElement('li')
      const label = doc.createElement('label')
      const name = doc.createElement('code')
      name.textContent = path
      if (values.every((v) => typeof v === 'boolean' || v === undefined)) {
        const box = doc.createElement('input')
        box.type = 'checkbox'
        box.checked = value === true
        box.indeterminate = value === undefined
        box.dataset.path = path
        box.addEventListener('change', () => {
          setOverride(path, box.checked)
        })
        label.append(box, ' ', name)
      } else {
        const select = doc.createElement('select')
        select.dataset.path = path
        const choices = [...new Set([...values, value])].filter((v) => v !== undefined)
        for (const choice of choices) {
          const option = doc.createElement('option')
          option.value = JSON.stringify(choice)
          option.textContent = String(choice)
          select.append(option)
        }
        select.value = JSON.stringify(value)
        select.addEventListener('change', () => {
          setOverride(path, JSON.parse(select.value) as unknown)
        })
        label.append(name, ' ', select)
      }
      if (overrides.has(path)) item.className = 'nq-changed'
      item.append(label)
      list.append(item)
    }
    el.rules.replaceChildren(list)
  }

  function setOverride(path: string, value: unknown): void {
    if (Object.is(getPath(defaults(), path), value)) overrides.delete(path)
    else overrides.set(path, value)
    buildRuleControls()
    update()
  }

  function options(): NormalizeOptions {
    const base = defaults()
    for (const [path, value] of overrides) setPath(base, path, value)
    base.profile = profileName()
    if (el.useLexicon.checked && lexicon !== undefined) base.lexicon = lexicon
    else delete base.lexicon
    return base as NormalizeOptions
  }

  /** Inputs longer than this are normalized in the worker (cancellable) instead of on the page. */
  const WORKER_THRESHOLD = 20_000
  const tasks = new TaskWorker<PipelineRequest, unknown>(
    () => new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' }),
  )
  el.cancel.addEventListener('click', () => tasks.cancel())
  let runs = 0

  function update(): void {
    const text = el.input.value
    const started = performance.now()
    const mine = ++runs
    if (text.length > WORKER_THRESHOLD) {
      root.dataset.ready = 'false'
      el.status.textContent = `Normalizing ${text.length.toLocaleString('en')} characters in a worker…`
      el.cancel.hidden = false
      // The lexicon object stays on the page; the worker loads its own copy when it is on.
      const { lexicon, ...plain } = options()
      tasks
        .run({ kind: 'normalize', text, options: plain, lexicon: lexicon !== undefined })
        .then(
          (result) => {
            if (mine === runs) render(text, result as NormalizeData, performance.now() - started)
          },
          (error: unknown) => {
            if (mine !== runs) return
            const kind = error instanceof TaskError ? error.kind : 'Error'
            const message = error instanceof Error ? error.message : String(error)
            el.status.textContent = message.startsWith(`${kind}:`) ? message : `${kind}: ${message}`
            root.dataset.ready = 'true'
          },
        )
        .finally(() => {
          if (mine === runs) el.cancel.hidden = true
        })
      return
    }
    tasks.cancel()
    el.cancel.hidden = true
    let result: ReturnType<typeof normalizeDetailed>
    try {
      result = normalizeDetailed(text, options())
    } catch (error) {
      el.status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`
      return
    }
    render(text, result, performance.now() - started)
  }

  function render(text: string, result: NormalizeData, ms: number): void {
    const changes = marked(result)
    shown = { input: text, text: result.text, changes }
    el.hover.textContent = HOVER_HINT
    el.output.dir = isRtl(result.text) ? 'rtl' : 'ltr'
    el.output.lang = el.output.dir === 'rtl' ? 'ar' : 'en'
    el.output.replaceChildren(renderHighlighted(doc, result.text, changes))
    const counts = new Map<string, number>()
    for (const change of changes) counts.set(change.rule, (counts.get(change.rule) ?? 0) + 1)
    const list = doc.createElement('ul')
    for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      const item = doc.createElement('li')
      const code = doc.createElement('code')
      code.textContent = rule
      item.append(code, ` × ${count}`)
      list.append(item)
    }
    el.summary.replaceChildren(list)
    const lexiconNote = {
      off: 'lexicon off',
      loading: 'lexicon loading…',
      ready: 'lexicon loaded',
      failed: `lexicon failed to load: ${lexiconError}`,
    }[el.useLexicon.checked ? lexiconState : 'off']
    el.status.textContent = `${changes.length} changes · ${ms.toFixed(1)} ms · ${lexiconNote}`
    root.dataset.lexicon = lexiconState
    root.dataset.ready = 'true'
  }

  function loadLexicon(): void {
    if (lexiconState !== 'off' || !el.useLexicon.checked) return
    lexiconState = 'loading'
    import('@nuqta/normalize/lexicon').then(
      (module) => {
        lexicon = module.arabicLexicon
        lexiconState = 'ready'
        update()
      },
      (error: unknown) => {
        lexiconState = 'failed'
        lexiconError = error instanceof Error ? error.message : String(error)
        update()
      },
    )
  }

  /** Shows the edits of the hovered mark, each with the word it changed, before and after. */
  function showEdits(target: EventTarget | null): void {
    const mark = target instanceof Element ? target.closest('mark[data-edits]') : null
    if (!(mark instanceof HTMLElement) || shown === undefined) return
    const { input, text, changes } = shown
    const lines = (mark.dataset.edits ?? '').split(' ').flatMap((i) => {
      const edit = changes[Number(i)]
      if (edit === undefined) return []
      const before = wordAround(input, edit.start, edit.end)
      const after = wordAround(text, edit.outputStart, edit.outputEnd)
      return [`${describeEdit(edit)} in ${isolate(before || '∅')} → ${isolate(after || '∅')}`]
    })
    el.hover.textContent = lines.join(' · ')
  }
  el.output.addEventListener('mouseover', (event) => showEdits(event.target))
  el.output.addEventListener('focusin', (event) => showEdits(event.target))

  let pending = 0
  el.input.addEventListener('input', () => {
    el.article.value = ''
    clearTimeout(pending)
    pending = window.setTimeout(update, 120)
  })
  el.article.addEventListener('change', () => {
    const article = articles.find((a) => a.id === el.article.value)
    if (article !== undefined) el.input.value = article.text
    update()
  })
  el.profile.addEventListener('change', () => {
    overrides.clear()
    buildRuleControls()
    update()
  })
  el.useLexicon.addEventListener('change', () => {
    loadLexicon()
    update()
  })

  const first = articles[0]
  if (first !== undefined) {
    el.article.value = first.id
    el.input.value = first.text
  }
  el.profile.value = 'display'
  buildRuleControls()
  update()
  loadLexicon()
}
