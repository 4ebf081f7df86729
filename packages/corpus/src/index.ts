/** Placeholder until the package lands. @example
 * ```ts
 * import { version } from "@nuqta/corpus"
 * ```
 */
export const version = "0.0.0"
