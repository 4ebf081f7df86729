// Consumer test (CommonJS): the same package through require().
const assert = require('node:assert/strict')
const { readDocuments, parseDate, CorpusParseError } = require('@nuqta/corpus')
const { listFiles } = require('@nuqta/corpus/node')

async function main() {
  const sgml =
    '<DOC id="AFP_ARB_20220329.0001" type="story"><HEADLINE>AT&AMP;T</HEADLINE><TEXT><P>One.</P><P>Two.</P></TEXT></DOC>\n'
  const docs = []
  for await (const d of readDocuments(sgml)) docs.push(d)
  assert.equal(docs.length, 1)
  assert.equal(docs[0].title, 'AT&T')
  assert.equal(docs[0].text, 'One.\nTwo.')
  assert.equal(docs[0].date, '2022-03-29')
  assert.equal(parseDate('Tue, 29 Mar 2022 14:05:00 GMT'), '2022-03-29T14:05:00+00:00')
  await assert.rejects(
    (async () => {
      for await (const d of readDocuments('{"text":"a"}\n{bad\n', { strict: true })) void d
    })(),
    (e) => CorpusParseError.isInstance(e) && e.line === 2,
  )
  // Parquet through the lazily imported, ESM-only hyparquet, from CommonJS
  const parquet = Buffer.from(
    'UEFSMRUGFRwVIFwVBBUAFQQVABUEFQAAAAMDDCwCAAAAcDECAAAAcDIVBhVSFVZcFQQVABUEFQAVBBUAAAADAyeYEQAAANmC2KfZhCDYqNmI2KrZitmGDgAAAFRhbGtzIHJlc3VtZWQuFQQZPEgEcm9vdBUEABUMJQIYAmlkJQAAFQwlAhgEdGV4dCUAABYEGRwZLCYIHBUMGRUAGRgCaWQVAhYEFkYWSiYIPDYAKAJwMhgCcDEAGRwVBhUAFQIAAAAmUhwVDBkVABkYBHRleHQVAhYEFnwWgAEmUjw2ACgP2YLYp9mEINio2YjYqtmLGA5UYWxrcyByZXN1bWVkLhIAGRwVBhUAFQIAAAAWwgEWBDbKAQAoCWh5cGFycXVldBksHAAAHAAAAMEAAABQQVIx',
    'base64',
  )
  const rows = []
  for await (const d of readDocuments(new Uint8Array(parquet), { clean: false }))
    rows.push([d.id, d.lang, d.text])
  assert.deepEqual(rows, [
    ['p1', 'ar', 'قال بوتين'],
    ['p2', 'en', 'Talks resumed.'],
  ])
  assert.equal(typeof listFiles, 'function')
  console.log('cjs ok')
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
