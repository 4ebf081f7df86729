/*! @license Data notice for @nuqta/normalize/lexicon (the code around it is MIT):
 * - ar-final-ya.json: derived from Ayaspell (hunspell-ar), (c) 2006-2008 Mohamed Kebdani and the
 *   Ayaspell project (Taha Zerrouki), used under the Mozilla Public License 1.1,
 *   https://www.mozilla.org/MPL/1.1/ ; source form: data/ and scripts/ of @nuqta/normalize.
 * - ar-word-counts.json: word counts from the ANERcorp CAMeL Lab train split (Benajiba et al. 2007;
 *   Obeid et al. 2020), CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/ .
 * See data/README.md in the package for provenance and changes.
 */
import finalYa from '../data/ar-final-ya.json'
import runOn from '../data/ar-word-counts.json'
import { createLexicon, type LexiconData } from './lexicon'
import type { Lexicon } from './types'

/**
 * The shipped Arabic lexicon: Ayaspell word forms (MPL 1.1) and ANERcorp train-split word
 * counts (CC BY-SA 4.0); see `data/README.md` in the package for provenance and licences.
 * Import it from the `@nuqta/normalize/lexicon` subpath so the main entry stays small.
 *
 * @example
 * ```ts
 * import { normalize } from '@nuqta/normalize'
 * import { arabicLexicon } from '@nuqta/normalize/lexicon'
 *
 * arabicLexicon.fixFinalYa('الروسى') // 'الروسي'
 * arabicLexicon.fixFinalYa('مستشفى') // undefined (kept)
 * arabicLexicon.splitRunOn('الولاياتالمتحدة') // [8]
 * normalize('فى الولاياتالمتحدة', { lexicon: arabicLexicon })
 * ```
 */
export const arabicLexicon: Lexicon = createLexicon({
  format: 'nuqta-lexicon',
  version: 1,
  finalYa,
  runOn,
} satisfies LexiconData)
