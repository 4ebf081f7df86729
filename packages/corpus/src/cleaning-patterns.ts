/**
 * Every regular expression used by cleaning (mojibake repair and boilerplate labelling), each with a
 * doc line. All carry the `u` flag and are linear on adversarial input (eslint-plugin-regexp and
 * redos-detector check them). None names a corpus file.
 * @module
 */

/**
 * Cheap scan for text that may hold mojibake: a C1 control, a UTF-8 lead byte read as Windows-1252 /
 * Latin-1 followed by a continuation byte read the same way, a lead with a lost continuation (space,
 * `?`, U+FFFD), UTF-8 Arabic read as Windows-1256 (`ط§`), Windows-1256/ISO-8859-6 Arabic read as
 * Latin-1 (three Latin-1 letters in a row), or MacRoman / Windows-125x / CP437 lead-continuation
 * pairs. Clean Arabic and English news never matches, so it is the whole cost of cleaning clean text.
 */
export const MOJIBAKE_HINT =
  /[\u0080-\u009f]|[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u00c2-\u00f4]\ufffd|[\u00c2\u00c3\u00e2][ ?]|[\u0637\u0638][\u067e\u0686\u0698\u06a9\u06af\u0679\u0688\u0691\u06ba\u00a2-\u00bf\u20ac\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u2039\u0152\u2018-\u201d\u2022\u2013\u2014\u2122\u203a\u0153\u200c\u200d]|[\u00c0-\u00ff]{3}|[\u0100-\u017f\u0192\u2248\u2206\u221a\u25ca\u2500-\u25a0\u03b1-\u03c6\u0402-\u045f][\u00a0-\u00ff\u0100-\u017f\u0192\u02c7-\u02dd\u2013-\u2122\u2190-\u2265\u2500-\u25a0\u03c0\u03a9\u0402-\u045f\ufb01\ufb02]/u

/**
 * A spaced, lossy UTF-8 run (the bytes of a general-punctuation character such as an em dash whose
 * third byte was lost, followed by no-break spaces whose second byte became a space): `â € Â Â`.
 * Stands alone between whitespace. Group 1 holds the trailing `Â`/`Ã` tokens.
 */
export const SPACED_LOSSY_RUN = /(?<!\S)\u00e2 ?[\u20ac\u0080]((?: ?[\u00c2\u00c3])*)(?!\S)/gu

/** Runs of characters that are not ASCII whitespace: the words the mojibake repairer looks at. */
export const NON_SPACE_RUN = /[^\t\n\r ]+/gu

/** A letter in any script. */
export const LETTER = /\p{L}/u

/** A lower-case letter in any script. */
export const LOWER_LETTER = /\p{Ll}/u
