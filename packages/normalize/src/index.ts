/** Placeholder until the package lands. @example
 * ```ts
 * import { version } from "@nuqta/normalize"
 * ```
 */
export const version = "0.0.0"
