// Installed-package check (ESM): import the main entry and the lexicon subpath, assert real results.
import { normalize, normalizeDetailed } from '@nuqta/normalize'
import { arabicLexicon } from '@nuqta/normalize/lexicon'

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

expectEqual(normalize('حدودها ، بينما'), 'حدودها، بينما', 'display spacing')
expectEqual(normalize('أَحْمَدُ ﷲ', 'search'), 'احمد الله', 'search folding')
expectEqual(normalize('إلى ٱلمدرسةِ', 'lucene'), 'الي ٱلمدرسه', 'lucene parity')
const r = normalizeDetailed('ﷲ أكبر', 'search')
expectEqual(r.alignment.toOriginal(0, 4), [0, 1], 'alignment through ﷲ')
expectEqual(
  normalize('الرئيس الأوكرانى في الولاياتالمتحدة', { lexicon: arabicLexicon }),
  'الرئيس الأوكراني في الولايات المتحدة',
  'lexicon repairs',
)
console.log('esm ok')
