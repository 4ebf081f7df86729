/**
 * The errors the command reports, each with the exit code it ends the process with.
 * @module
 */
import { hasErrorMarker, markError, NuqtaError } from '@nuqta/core'

/**
 * Exit codes of `nuqta`, one per kind of failure, so scripts can tell them apart. Documented in the
 * README ("Exit codes").
 */
export const EXIT = {
  /** Everything read and written. */
  ok: 0,
  /** A bug: an error nuqta did not expect (the message says where). */
  internal: 1,
  /** A bad command line: unknown command or option, bad option value. */
  usage: 2,
  /** An input that does not exist or cannot be read. */
  input: 3,
  /** An input in no format nuqta reads. */
  format: 4,
  /** A malformed record with `--strict`. */
  record: 5,
  /** A step whose package is not installed (`nuqta entities` without `@nuqta/entities`). */
  unavailable: 6,
  /** The output cannot be written. */
  output: 7,
  /** `--resume` without a matching interrupted run. */
  resume: 8,
  /** Stopped by SIGINT (128 + 2). */
  sigint: 130,
  /** Stopped by SIGTERM (128 + 15). */
  sigterm: 143,
} as const

/** The name of an exit code in {@link EXIT}. */
export type ExitKind = keyof typeof EXIT

/** A failure the command reports in one line on stderr and turns into an exit code. */
export class CliError extends NuqtaError {
  /** What kind of failure, which picks the exit code. */
  readonly kind: ExitKind
  /** The file, option or command the failure is about, when there is one. */
  readonly subject: string | undefined

  constructor(options: { kind: ExitKind; message: string; subject?: string; cause?: unknown }) {
    super({
      message: options.message,
      code: `ERR_NUQTA_CLI_${options.kind.toUpperCase()}`,
      cause: options.cause,
    })
    this.name = 'CliError'
    this.kind = options.kind
    this.subject = options.subject
    markError(this, 'CliError')
  }

  /** The process exit code for this failure. */
  get exitCode(): number {
    return EXIT[this.kind]
  }

  static override isInstance(e: unknown): e is CliError {
    return hasErrorMarker(e, 'CliError')
  }
}

/** A bad command line (exit code 2). */
export const usageError = (message: string, subject?: string): CliError =>
  new CliError({ kind: 'usage', message, ...(subject === undefined ? {} : { subject }) })
