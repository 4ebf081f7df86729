/**
 * Every regular expression of the package lives here (linear, with the `u` flag). They are used
 * only while building a table, never on the hot path.
 * @module
 */

/** A single Unicode combining mark (general category M): continues a normalization segment. */
export const COMBINING_MARK = /^\p{M}$/u
