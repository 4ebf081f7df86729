/**
 * The normalize step: every call into `@nuqta/normalize` lives here.
 * @module
 */
import { createNormalizer, type Normalizer, type ProfileName, profiles } from '@nuqta/normalize'
import { markStep, type NuqtaRecord } from '../record'

/** The profile names `--profile` accepts. */
export const PROFILES = Object.keys(profiles) as ProfileName[]

/**
 * A normalize step with its profile compiled once. The change list (one entry per folded letter,
 * about six times the text in JSON) is written only when asked for (`--normalize-changes`).
 */
export function createNormalizeStep(
  profile: ProfileName,
  withChanges: boolean,
): (record: NuqtaRecord) => void {
  const normalizer: Normalizer = createNormalizer(profile)
  return (record) => {
    markStep(record, 'normalize')
    if (!withChanges) {
      record.normalized = { profile, text: normalizer.normalize(record.text) }
      return
    }
    const r = normalizer.normalizeDetailed(record.text)
    record.normalized = {
      profile,
      text: r.text,
      changes: r.changes.map((e) => ({
        start: e.start,
        end: e.end,
        outputStart: e.outputStart,
        outputEnd: e.outputEnd,
        before: e.before,
        after: e.after,
        ruleId: e.ruleId,
      })),
    }
  }
}

/** The text later steps (dedup) compare: the normalized text when there is one. */
export const comparedText = (record: NuqtaRecord): string => record.normalized?.text ?? record.text
