/**
 * The entities step: every call into `@nuqta/entities` lives here. The package is loaded with a
 * dynamic import, so the command works (and says so) when it is not installed.
 * @module
 */
import { type EntityMention, markStep, type NuqtaRecord } from '../record'

/** The name of the package the step needs. */
export const ENTITIES_PACKAGE = '@nuqta/entities'

interface EntitiesModule {
  extract?: (text: string) => unknown[]
  extractDocument?: (doc: unknown) => unknown[]
}

/** Whether the step can run, and why not. */
export type EntitiesStatus = { available: true } | { available: false; reason: string }

/** The entities step, or why it is unavailable. */
export interface EntitiesStep {
  status: EntitiesStatus
  run: ((record: NuqtaRecord) => void) | undefined
}

function mention(m: Record<string, unknown>): EntityMention {
  return {
    start: Number(m.start),
    end: Number(m.end),
    text: String(m.text ?? ''),
    type: String(m.type ?? m.label ?? ''),
    ...(m.id === undefined || m.id === null ? {} : { id: String(m.id) }),
    ...(typeof m.confidence === 'number' ? { confidence: m.confidence } : {}),
  }
}

/** Load `@nuqta/entities`; when it is missing, say so instead of failing. */
export async function loadEntitiesStep(): Promise<EntitiesStep> {
  let mod: EntitiesModule
  try {
    // a variable specifier keeps bundlers from resolving the optional package at build time
    const name = ENTITIES_PACKAGE
    mod = (await import(name)) as EntitiesModule
  } catch (e) {
    return {
      status: {
        available: false,
        reason: `${ENTITIES_PACKAGE} is not installed (${(e as Error).message.split('\n')[0]})`,
      },
      run: undefined,
    }
  }
  const byDoc = mod.extractDocument
  const byText = mod.extract
  if (typeof byDoc !== 'function' && typeof byText !== 'function')
    return {
      status: {
        available: false,
        reason: `${ENTITIES_PACKAGE} exports neither extractDocument nor extract`,
      },
      run: undefined,
    }
  return {
    status: { available: true },
    run: (record) => {
      markStep(record, 'entities')
      const found =
        typeof byDoc === 'function'
          ? byDoc(record)
          : (byText as (t: string) => unknown[])(record.text)
      record.entities = (found as Record<string, unknown>[]).map(mention)
    },
  }
}
