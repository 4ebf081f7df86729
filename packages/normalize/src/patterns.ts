/**
 * Every regular expression of the package lives here (each linear, with the `u` flag).
 * They are used only while compiling tables, never on the hot path.
 */

/** A single Unicode combining mark (general category M): continues a normalization segment. */
export const COMBINING_MARK = /^\p{M}$/u

/** A single Unicode space separator (general category Zs). */
export const SPACE_SEPARATOR = /^\p{Zs}$/u

/** A single emoji-like pictographic character, next to which a ZWJ is kept. */
export const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u
