import { describe, expect, it } from 'vitest'
import { readDocuments } from './read'
import type { Document } from './types'
import { jsonlStream, toJsonl } from './writer'

async function all(it: AsyncIterable<Document>): Promise<Document[]> {
  const out: Document[] = []
  for await (const d of it) out.push(d)
  return out
}

const SGML =
  '<DOC id="AFP_1" type="story"><HEADLINE>H</HEADLINE><TEXT><P>قال\u2028بوتين</P><P>Two.</P></TEXT></DOC>'

describe('toJsonl', () => {
  it('writes one line that readDocuments reads back unchanged', async () => {
    const docs = await all(readDocuments(SGML, { name: 'a.sgml' }))
    const lines = docs.map(toJsonl).join('')
    expect(lines.split('\n')).toHaveLength(docs.length + 1)
    expect(await all(readDocuments(lines))).toEqual(docs)
  })
})

describe('jsonlStream', () => {
  it('streams documents as UTF-8 JSON lines', async () => {
    const docs = await all(readDocuments(SGML))
    const text = await new Response(jsonlStream(docs)).text()
    expect(await all(readDocuments(text))).toEqual(docs)
  })
})
