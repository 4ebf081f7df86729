// Consumer check (ESM): a real tiny dedup through the published entry points.
import assert from 'node:assert/strict'
import { Deduplicator, IndexFormatError } from '@nuqta/dedup'
import { sketchParallel } from '@nuqta/dedup/node'

const story =
  'أعلنت وزارة الدفاع اليوم أن قواتها صدت هجوما واسعا في منطقة حدودية بعد معارك استمرت ساعات طويلة'
const d = new Deduplicator({ threshold: 0.8, representative: 'earliest' })
d.add({ id: 'a', text: story })
d.add({
  id: 'b',
  text: 'خبر آخر تماما عن الطقس والأمطار الغزيرة المتوقعة في نهاية الأسبوع على المناطق الساحلية',
})
assert.deepEqual(d.add({ id: 'c', text: `${story}\n` }), [{ id: 'a', similarity: 1, exact: true }])
assert.deepEqual(d.clusters(), [{ representative: 'a', members: ['a', 'c'] }])

const sketches = await sketchParallel([story, story.toUpperCase()], { threads: 2 })
const e = Deduplicator.load(d.save())
assert.deepEqual(e.addSketch('d', sketches[0]), d.query(story))
assert.throws(
  () => Deduplicator.load(new Uint8Array(16)),
  (err) => IndexFormatError.isInstance(err),
)
console.log('esm ok:', JSON.stringify(e.clusters()))
