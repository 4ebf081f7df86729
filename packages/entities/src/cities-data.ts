/*! @license Data notice for @nuqta/entities/cities (the code around it is MIT): world cities
 * with Arabic and English names from world-cities-translations (Wikidata-derived), CC BY 4.0,
 * https://creativecommons.org/licenses/by/4.0/ ; cleaned by scripts/build-places.mjs.
 */
import data from '../data/cities.json'
import type { CityList } from './entries'

/**
 * 5,981 world cities with their Arabic and English names and country code, for
 * `extract(text, { cities: worldCities })`: the cities are matched in both languages and get
 * `geo:` ids, so خاركيف and Kharkiv are one entity. Import it from the `@nuqta/entities/cities`
 * subpath so the main entry stays small.
 *
 * @example
 * ```ts
 * import { extract } from '@nuqta/entities'
 * import { worldCities } from '@nuqta/entities/cities'
 *
 * extract('قصف في خاركيف', { cities: worldCities }).map((m) => [m.text, m.id])
 * // [['خاركيف', 'geo:ua:krkf']]
 * ```
 */
export const worldCities: CityList = data as unknown as CityList
