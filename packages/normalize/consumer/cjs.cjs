// Installed-package check (CommonJS): require the main entry and the lexicon subpath.
const { normalize, normalizeDetailed, NormalizeTypeError } = require('@nuqta/normalize')
const { arabicLexicon } = require('@nuqta/normalize/lexicon')

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

expectEqual(normalize('الأرمينية ـ الأذربيجانية'), 'الأرمينية - الأذربيجانية', 'tatweel dash')
expectEqual(normalize('مُحَمَّدٌ', 'camel'), 'محمد', 'camel parity')
expectEqual(normalizeDetailed('أ', 'search').changes[0].ruleId, 'normalize/alef', 'changes')
expectEqual(
  normalize('حاثة الولاياتالمتحدة', { lexicon: arabicLexicon }),
  'حاثة الولايات المتحدة',
  'run-on',
)
let threw = false
try {
  normalize(1)
} catch (e) {
  threw = NormalizeTypeError.isInstance(e) && e.argument === 'text'
}
if (!threw) throw new Error('expected a NormalizeTypeError for a number')
console.log('cjs ok')
