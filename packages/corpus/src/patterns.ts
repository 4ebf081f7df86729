/**
 * Every regular expression of `@nuqta/corpus`, each with the `u` flag, linear on any input (checked
 * by eslint-plugin-regexp and redos-detector).
 * @module
 */

/** A lower-cased file stem like `017_9f86d081884c7d65`: sequence number, underscore, hex hash. */
export const FILE_SEQ_HASH = /^(\d{1,12})_([\da-f]{6,64})$/u

/** Upper-cased ISO 8601 date, optional time, fraction and zone: `2022-03-29`, `2022-03-29T14:05:00.5+03:00`, `2022-03-29 14:05Z`. */
export const DATE_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/u

/** RFC 2822 date (weekday optional): `Tue, 29 Mar 2022 14:05:00 +0300`, `29 Mar 2022 14:05 GMT`. */
export const DATE_RFC2822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([+-]\d{4}|[A-Za-z]{1,5}))?)?$/u

/** `2022/03/29` with an optional `14:05[:00]` time. */
export const DATE_SLASH_YMD =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u

/** Compact `20220329` or `20220329140500` (Gigaword, ARC/WARC 0.9). */
export const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/u

/** `March 29, 2022` or `Mar 29 2022`. */
export const DATE_MDY_NAMED = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/u

/** `29 March 2022` or `29 Mar. 2022`. */
export const DATE_DMY_NAMED = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/u

/** The date part of a Gigaword document id after its last `_`: `20220329.0001`. */
export const GIGAWORD_ID_DATE = /^(\d{4})(\d{2})(\d{2})\.\d+$/u

/** An SGML/XML/HTML entity reference: named (any case), decimal or hexadecimal. */
export const ENTITY = /&(?:#(\d{1,7})|#[Xx]([\dA-Fa-f]{1,6})|([A-Za-z][\dA-Za-z]{1,31}));?/gu

/** A run of whitespace (collapsed to one space inside SGML paragraphs). */
export const WHITESPACE_RUN = /\s+/gu

/** ASCII capital letters (for length-preserving lower-casing of markup). */
export const ASCII_UPPER = /[A-Z]+/gu

/** Angle brackets around a WARC record id or URI: `<urn:uuid:…>`. */
export const ANGLE_BRACKETS = /^<|>$/gu
