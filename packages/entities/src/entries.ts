/**
 * The shipped name sources as {@link NameEntry} lists: the curated alias table
 * (`data/aliases.json`), the countries (`data/countries.json`), seats of government that news
 * uses for their governments (Kremlin), and, when loaded, the world cities (`data/cities.json`).
 * @module
 */

import aliasData from '../data/aliases.json'
import countryData from '../data/countries.json'
import type { NameEntry } from './gazetteer'
import { nameSkeleton } from './skeleton'
import type { EntityType } from './tagger'

interface AliasRow {
  id: string
  type: string
  en: string[]
  ar: string[]
  ambiguous?: boolean
}

/** The curated alias table: people and organisations of world news, with Wikidata ids. */
export function aliasEntries(): NameEntry[] {
  return (aliasData.entries as AliasRow[]).map((r) => ({
    id: r.id,
    type: r.type as EntityType,
    ar: r.ar[0] ?? '',
    en: r.en[0] ?? '',
    arNames: r.ar,
    enNames: r.en,
    ...(r.ambiguous ? { ambiguous: true } : {}),
  }))
}

/**
 * Seats of government that stand for the government itself (ORGANIZATION). They have no single
 * Wikidata item for the institution, so their ids are derived like any name's.
 */
const SEATS: ReadonlyArray<{ ar: string[]; en: string[] }> = [
  { ar: ['الكرملين'], en: ['Kremlin'] },
  { ar: ['الإليزيه', 'قصر الإليزيه'], en: ['Élysée', 'Elysee', 'Élysée Palace'] },
  { ar: ['داونينغ ستريت'], en: ['Downing Street'] },
]

/** Seats of government (Kremlin, Élysée, Downing Street) as organisation entries. */
export function seatEntries(): NameEntry[] {
  return SEATS.map((s) => ({
    id: `org:${nameSkeleton((s.en[0] as string).split(' '))}`,
    type: 'ORGANIZATION' as const,
    ar: s.ar[0] as string,
    en: s.en[0] as string,
    arNames: s.ar,
    enNames: s.en,
  }))
}

/** The 250 countries and territories of ISO 3166-1, ids `iso:XX`. */
export function countryEntries(): NameEntry[] {
  return (countryData.countries as [string, string[], string[]][]).map(([iso, ar, en]) => ({
    id: `iso:${iso}`,
    type: 'LOCATION' as const,
    ar: ar[0] ?? '',
    en: en.find((n) => !n.includes(' of ') && n.length > 3) ?? en[0] ?? '',
    arNames: ar,
    enNames: en,
  }))
}

/**
 * The data of the world-cities list: `[Arabic name, English name, country ISO code]` rows
 * (`@nuqta/entities/cities`).
 *
 * @example
 * ```ts
 * const cities: CityList = { about: 'my cities', cities: [['خاركيف', 'Kharkiv', 'UA']] }
 * ```
 */
export interface CityList {
  /** Provenance and licence of the list. @example `'world-cities-translations, CC BY 4.0'` */
  readonly about: string
  /** One row per city: Arabic name, English name, country code. @example `[['خاركيف', 'Kharkiv', 'UA']]` */
  readonly cities: ReadonlyArray<readonly [string, string, string]>
}

/** Cities as entries, ids `geo:<country>:<english name skeleton>`. */
export function cityEntries(list: CityList): NameEntry[] {
  return list.cities.map(([ar, en, iso]) => ({
    id: `geo:${iso.toLowerCase()}:${nameSkeleton(en.split(' ')) || en.toLowerCase()}`,
    type: 'LOCATION' as const,
    ar,
    en,
    arNames: [ar],
    enNames: [en],
  }))
}
