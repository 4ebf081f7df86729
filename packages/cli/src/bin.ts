/**
 * The `nuqta` binary: run the command line, print one line on failure, exit with its code.
 *
 * Memory: V8 lets a heap grow far past its live data before it collects hard, so a long run's
 * resident memory would follow the input size. The binary therefore re-runs itself once with a
 * bounded old generation (`--max-old-space-size`, see {@link MAIN_HEAP_MB}); the worker threads get
 * their own limits from the pool. Set `NUQTA_NO_REEXEC=1` to skip that (for profiling).
 * @module
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { main } from './cli'
import { CliError, EXIT } from './errors'

/** Old-generation limit of the main thread, in MiB (dedup index and repeated-line counts live here). */
const MAIN_HEAP_MB = Number(process.env.NUQTA_MAIN_HEAP_MB ?? 320)

const bounded = process.execArgv.some((a) => a.startsWith('--max-old-space-size'))
if (!bounded && process.env.NUQTA_NO_REEXEC !== '1') {
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      `--max-old-space-size=${MAIN_HEAP_MB}`,
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  )
  // a terminal's Ctrl-C reaches both processes; a signal sent to this process alone is passed on
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig))
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal === 'SIGTERM' ? EXIT.sigterm : EXIT.sigint))
  })
} else {
  // a closed pipe downstream (`nuqta parse big | head`) ends the run quietly, as for other tools
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok)
    throw e
  })
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      if (CliError.isInstance(e)) {
        process.stderr.write(`nuqta: ${e.message}\n`)
        process.exitCode = e.exitCode
      } else {
        process.stderr.write(`nuqta: internal error: ${(e as Error)?.stack ?? String(e)}\n`)
        process.exitCode = EXIT.internal
      }
    },
  )
}
