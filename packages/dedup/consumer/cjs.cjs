// Consumer check (CommonJS): a real tiny dedup through the published entry points.
const assert = require('node:assert/strict')
const { Deduplicator, DuplicateIdError, RepeatedLines } = require('@nuqta/dedup')
const { sketchParallel } = require('@nuqta/dedup/node')

const story =
  'The agency said the talks would resume next week in Istanbul after a pause of several months'
const d = new Deduplicator({ threshold: 0.5 })
d.add({ id: 'a', text: story })
const near = d.add({ id: 'b', text: story.replace('several', 'many') })
assert.equal(near.length, 1)
assert.equal(near[0].id, 'a')
assert.equal(near[0].exact, false)
assert.throws(
  () => d.add({ id: 'a', text: story }),
  (e) => DuplicateIdError.isInstance(e),
)

const lines = new RepeatedLines({ minDocuments: 2 })
lines.add('one\nShare this')
lines.add('two\nShare this')
assert.equal(lines.strip('three\nShare this').text, 'three\n')

sketchParallel([story], { threads: 1 }).then(([s]) => {
  assert.ok(d.query(story).some((m) => m.id === 'a' && m.exact))
  assert.equal(s.signature.length, 128)
  assert.deepEqual(Array.from(s.signature), Array.from(d.signature('a')))
  console.log('cjs ok:', JSON.stringify(d.clusters()))
})
