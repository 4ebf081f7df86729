/**
 * `@nuqta/core`: the shapes every nuqta package shares. `TextChange` (one edit), edit scripts
 * (apply, revert, validate, compose), `Alignment` (spans mapped both ways and composed across
 * steps), `Message` (one warning shape) and `NuqtaError` (the error base).
 * @module @nuqta/core
 */
export { Alignment } from './alignment'
export {
  applyChanges,
  type ChangeKind,
  composeChanges,
  revertChanges,
  type TextChange,
  validateChanges,
} from './change'
export {
  describeType,
  hasErrorMarker,
  markError,
  NuqtaArgumentError,
  NuqtaError,
  type NuqtaErrorOptions,
} from './errors'
export { createMessage, type Message, type Severity } from './message'
