/**
 * Every regular expression of the package, each linear on any input.
 */

/** One line break: CRLF, LF, CR, or the Unicode line and paragraph separators. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu

/** A line made only of whitespace (a paragraph boundary). */
export const BLANK_LINE = /^\s*$/u

/** A 64-bit content hash as written by `contentHash`: exactly 16 lowercase hex digits. */
export const CONTENT_HASH = /^[0-9a-f]{16}$/u

/** One combining mark (general category M); tested per code point, never over a run. */
export const COMBINING_MARK = /^\p{M}$/u

/** A lone surrogate code unit (with the `u` flag only unpaired surrogates match `\p{Cs}`). */
export const LONE_SURROGATE = /\p{Cs}/u
