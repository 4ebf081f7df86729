/**
 * The normalize step: every call into `@nuqta/normalize` lives here.
 * @module
 */
import { createNormalizer, type Normalizer, type ProfileName, profiles } from '@nuqta/normalize'
import { markStep, type NuqtaRecord } from '../record'

/** The profile names `--profile` accepts. */
export const PROFILES = Object.keys(profiles) as ProfileName[]

/** A normalize step with its profile compiled once. */
export function createNormalizeStep(profile: ProfileName): (record: NuqtaRecord) => void {
  const normalizer: Normalizer = createNormalizer(profile)
  return (record) => {
    markStep(record, 'normalize')
    const r = normalizer.normalizeDetailed(record.text)
    record.normalized = {
      profile,
      text: r.text,
      changes: r.edits.map((e) => ({
        start: e.start,
        end: e.end,
        outputStart: e.outputStart,
        outputEnd: e.outputEnd,
        before: e.before,
        after: e.after,
        ruleId: `normalize/${e.rule}`,
      })),
    }
  }
}

/** The text later steps (dedup) compare: the normalized text when there is one. */
export const comparedText = (record: NuqtaRecord): string => record.normalized?.text ?? record.text
