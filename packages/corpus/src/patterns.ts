/**
 * Every regular expression of `@nuqta/corpus`, each with the `u` flag, linear on any input (checked
 * by eslint-plugin-regexp and redos-detector).
 * @module
 */

/** A file stem like `000_2ebe46256eaab40f`: sequence number, underscore, hex hash. */
export const FILE_SEQ_HASH = /^(\d{1,12})_([\da-f]{6,64})$/iu

/** ISO 8601 date, optional time, fraction and zone: `2022-03-29`, `2022-03-29T14:05:00.5+03:00`, `2022-03-29 14:05Z`. */
export const DATE_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu

/** RFC 2822 date (weekday optional): `Tue, 29 Mar 2022 14:05:00 +0300`, `29 Mar 2022 14:05 GMT`. */
export const DATE_RFC2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([+-]\d{4}|[a-z]{1,5}))?)?$/iu

/** `2022/03/29` with an optional `14:05[:00]` time. */
export const DATE_SLASH_YMD =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u

/** Compact `20220329` or `20220329140500` (Gigaword, ARC/WARC 0.9). */
export const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/u

/** `March 29, 2022` or `Mar 29 2022`. */
export const DATE_MDY_NAMED = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/iu

/** `29 March 2022` or `29 Mar. 2022`. */
export const DATE_DMY_NAMED = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/iu

/** The date inside a Gigaword document id: `AFP_ARB_20220329.0001`. */
export const GIGAWORD_ID_DATE = /_(\d{4})(\d{2})(\d{2})\.\d+$/u

/** `encoding="…"` in an XML prolog at the start of the text. */
export const XML_PROLOG_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/iu

/** A charset in an HTML meta tag (`<meta charset=…>` or `content="text/html; charset=…"`). */
export const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/iu

/** `charset=…` in a Content-Type header value. */
export const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/iu

/** One attribute in a start tag: `name="value"`, `name='value'` or `name=value`. */
export const TAG_ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu

/** An SGML/XML/HTML entity reference: named, decimal or hexadecimal. */
export const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][\da-z]{1,31}));?/giu

/** A run of whitespace (collapsed to one space inside SGML paragraphs). */
export const WHITESPACE_RUN = /\s+/gu

/** Fallback sentence end (no Intl.Segmenter): terminal punctuation, closing quotes, then space. */
export const SENTENCE_END = /[!.?\u061f\u06d4\u2026]+["')\]\u00bb\u201d\u2019]*\s+/gu

/** The start of a document element in Gigaword/TREC/Abu El-Khair markup: `<DOC` or `<doc` then a space or `>`. */
export const SGML_DOC_OPEN = /<doc[\s>]/giu

/** The end of a document element: `</DOC>` in any case. */
export const SGML_DOC_CLOSE = /<\/doc\s*>/giu

/** ASCII capital letters (for length-preserving lower-casing of markup). */
export const ASCII_UPPER = /[A-Z]+/gu

/** Angle brackets around a WARC record id or URI: `<urn:uuid:…>`. */
export const ANGLE_BRACKETS = /^<|>$/gu
