/**
 * `@nuqta/corpus`: read Arabic and English news in any file format and encoding as documents.
 * The Node-only path reader is in `@nuqta/corpus/node`.
 * @module
 */
export {
  type ClassifyLinesOptions,
  classifyLines,
  type LabelledSpan,
  type LineLabel,
} from './boilerplate'
export { type CleanOptions, type CleanParagraph, type CleanResult, cleanText } from './clean'
export { parseDate } from './date'
export { type FileNameId, idFromFileName } from './document'
export {
  type DecodedText,
  type DetectEncodingOptions,
  decodeBytes,
  detectEncoding,
  type EncodingGuess,
  type EncodingMethod,
  normalizeEncodingLabel,
} from './encoding'
export { CorpusInputError, CorpusParseError, UnknownFormatError } from './errors'
export { extractMainText, type HtmlText } from './formats/html'
export type { CorpusInput } from './input'
export { detectLang } from './lang'
export { decodeEntities } from './markup'
export { type RepairMojibakeOptions, type RepairMojibakeResult, repairMojibake } from './mojibake'
export type { FieldMap, ReadOptions } from './options'
export { readDocuments } from './read'
export { type Span, segmentParagraphs, segmentSentences } from './segment'
export { byteRange, sourceAlignment, sourceText } from './source'
export type {
  Document,
  DocumentSource,
  EncodingName,
  Format,
  Lang,
  Paragraph,
} from './types'
export { jsonlStream, toJsonl } from './writer'
