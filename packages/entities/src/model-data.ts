/*! @license Data notice for @nuqta/entities/model (the code around it is MIT):
 * the Arabic tagger weights are trained on the ANERcorp train split (Benajiba, Rosso & Benedi
 * 2007; CAMeL Lab split, Obeid et al. 2020), CC BY-SA 4.0,
 * https://creativecommons.org/licenses/by-sa/4.0/ . Word lists inside the model: Ayaspell
 * dictionary words as a Bloom filter (MPL 1.1, https://www.mozilla.org/MPL/1.1/), world cities
 * (world-cities-translations, Wikidata-derived, CC BY 4.0), country names (i18n-iso-countries,
 * MIT), names harvested from the ANERcorp train split (CC BY-SA 4.0). See data/README.md.
 */
import data from '../data/ar-tagger.json'
import { createTaggerModel, type TaggerModel, type TaggerModelData } from './model'

let cached: TaggerModel | undefined

/**
 * The shipped Arabic tagger model (averaged perceptron trained on the ANERcorp train split),
 * decoded on the first call and cached. Import it from the `@nuqta/entities/model` subpath so
 * the main entry stays small; the weights load only when this module is imported.
 *
 * @returns the model, the same object on every call
 *
 * @example
 * ```ts
 * import { tagArabic } from '@nuqta/entities'
 * import { loadArabicModel } from '@nuqta/entities/model'
 *
 * tagArabic('وصل الرئيس الفرنسي إلى بيروت', loadArabicModel())
 * // [{ start: 22, end: 27, type: 'LOCATION', confidence: 0.99 }]
 * ```
 */
export function loadArabicModel(): TaggerModel {
  cached ??= createTaggerModel(data as TaggerModelData)
  return cached
}
