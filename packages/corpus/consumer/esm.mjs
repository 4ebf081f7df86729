// Consumer test (ESM): the packed package, installed from its tarball, imported by name.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { detectEncoding, readDocuments, toJsonl, UnknownFormatError } from '@nuqta/corpus'
import { readCorpus } from '@nuqta/corpus/node'

const jsonl =
  '{"id":"a1","title":"Talks","text":"Talks resumed in Istanbul."}\n{"id":"a2","text":"قال بوتين"}\n'
const docs = []
for await (const d of readDocuments(gzipSync(jsonl))) docs.push(d)
assert.deepEqual(
  docs.map((d) => [d.id, d.lang, d.text, d.source.gzip]),
  [
    ['a1', 'en', 'Talks resumed in Istanbul.', true],
    ['a2', 'ar', 'قال بوتين', true],
  ],
)
const back = []
for await (const d of readDocuments(docs.map(toJsonl).join(''))) back.push(d)
assert.deepEqual(back, docs)

// Windows-1256 bytes, detected
const guess = await detectEncoding(new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]))
assert.equal(guess.encoding, 'windows-1256')

// the Node entry reads a folder
const dir = mkdtempSync(join(tmpdir(), 'nuqta-consumer-esm-'))
writeFileSync(join(dir, '000_2ebe46256eaab40f.txt'), 'فتحت روسيا باب العودة للتفاوض')
const fromDisk = []
for await (const d of readCorpus(dir)) fromDisk.push(d)
assert.deepEqual(
  fromDisk.map((d) => [d.id, d.lang]),
  [['2ebe46256eaab40f', 'ar']],
)

await assert.rejects(
  (async () => {
    for await (const d of readDocuments(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 4, 5]))) void d
  })(),
  (e) => UnknownFormatError.isInstance(e),
)
console.log('esm ok')
