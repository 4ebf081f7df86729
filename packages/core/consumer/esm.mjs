// Installed-package check (ESM): an edit script applied, reverted and aligned; errors recognised.
import { Alignment, applyChanges, NuqtaArgumentError, revertChanges } from '@nuqta/core'

const changes = [
  {
    start: 1,
    end: 3,
    outputStart: 1,
    outputEnd: 1,
    before: '--',
    after: '',
    ruleId: 'corpus/control',
    source: '@nuqta/corpus',
    reason: 'removed',
    kind: 'removal',
  },
]
if (applyChanges('a--b', changes) !== 'ab') throw new Error('applyChanges')
if (revertChanges('ab', changes) !== 'a--b') throw new Error('revertChanges')
if (Alignment.fromChanges(4, changes).toOriginal(1, 2).join() !== '3,4')
  throw new Error('alignment')
try {
  applyChanges('a', changes)
  throw new Error('no error')
} catch (e) {
  if (!NuqtaArgumentError.isInstance(e)) throw e
}
console.log('esm ok')
