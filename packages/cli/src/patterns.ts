/**
 * Every regular expression of `@nuqta/cli`, each with what it matches.
 * @module
 */

/** `--shard i/n`: two decimal integers separated by a slash. */
export const SHARD_SPEC = /^(\d{1,6})\/(\d{1,6})$/u

/** A positive decimal integer option value (`--workers 2`, `--batch 64`). */
export const POSITIVE_INT = /^[1-9]\d{0,8}$/u

/** A decimal fraction option value (`--threshold 0.8`). */
export const DECIMAL = /^(?:0|[1-9]\d*)?(?:\.\d+)?$/u

/** A path that is a glob: it has one of `*`, `?`, `[` or `{`. */
export const GLOB_CHARS = /[*?[{]/u
