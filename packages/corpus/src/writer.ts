/**
 * Writing documents as JSON lines that `readDocuments` reads back unchanged.
 * @module
 */
import type { Document } from './types'

/**
 * One document as one JSON line (with its trailing `\n`). `readDocuments` recognises such lines and
 * returns the documents exactly as written. U+2028/U+2029 stay inside JSON strings: only `\n` ends a
 * line, and JSON escapes every `\n` inside strings.
 * @param doc - a document
 * @returns the JSON line
 * @example
 * ```ts
 * for await (const doc of readDocuments('Hello.', { name: 'a.txt' })) {
 *   const line = toJsonl(doc) // '{"id":"a","source":{"path":"a.txt",…},…}\n'
 *   for await (const back of readDocuments(line)) console.log(back) // deep-equals doc
 * }
 * ```
 */
export function toJsonl(doc: Document): string {
  return `${JSON.stringify(doc)}\n`
}

/**
 * A byte stream of JSON lines from documents, for writing to a file or a response.
 * @param docs - documents, sync or async
 * @returns a ReadableStream of UTF-8 bytes, one line per document
 * @example
 * ```ts
 * const stream = jsonlStream(readDocuments(bytes))
 * await stream.pipeTo(Writable.toWeb(createWriteStream('out.jsonl')))
 * ```
 */
export function jsonlStream(
  docs: AsyncIterable<Document> | Iterable<Document>,
): ReadableStream<Uint8Array> {
  const enc = new TextEncoder()
  const it =
    Symbol.asyncIterator in docs
      ? (docs as AsyncIterable<Document>)[Symbol.asyncIterator]()
      : (docs as Iterable<Document>)[Symbol.iterator]()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await it.next()
      if (r.done) controller.close()
      else controller.enqueue(enc.encode(toJsonl(r.value)))
    },
    async cancel() {
      await it.return?.()
    },
  })
}
