/**
 * The `nuqta` binary: run the command line, print one line on failure, exit with its code.
 * @module
 */
import { CliError, EXIT } from './errors'
import { main } from './cli'

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
