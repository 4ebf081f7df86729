// Runs the packages' unit tests and consumer tests (pack → npm install → import and require) on
// other Node majors, each taken from the `node` package on npm through npx, so no system Node has to
// change. The packages must be built first (`pnpm build`): the built dist/ is what consumers get.
//
//   node scripts/node-matrix.mjs            # Node 22 and 24
//   node scripts/node-matrix.mjs 22         # one major
//   node scripts/node-matrix.mjs 24 --filter=@nuqta/core   # one package
//
// Turbo's cache is not read (`--force`): its task hashes do not include the Node version, so a
// result from another Node would be replayed. Exits non-zero when any run fails, and prints one
// summary line per Node version.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const filters = args.filter((a) => a.startsWith('--filter='))
const given = args.filter((a) => /^\d+$/u.test(a))
const majors = given.length > 0 ? given : ['22', '24']
const results = []

for (const major of majors) {
  const started = Date.now()
  console.log(`\n── Node ${major}: unit and consumer tests of every package ──`)
  // `-p node@N` puts that Node first on PATH for pnpm, turbo and every task they start.
  const run = spawnSync(
    'npx',
    [
      '-y',
      '-p',
      `node@${major}`,
      '-p',
      'pnpm@10.34.9',
      '--',
      'pnpm',
      'exec',
      'turbo',
      'run',
      'test',
      'test:consumer',
      ...(filters.length > 0 ? filters : ['--filter=./packages/*']),
      '--force',
      '--output-logs=full',
      '--concurrency=1',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false' },
    },
  )
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  results.push({ major, ok: run.status === 0, seconds })
}

console.log('')
for (const r of results) {
  console.log(`Node ${r.major}: ${r.ok ? 'passed' : 'FAILED'} (${r.seconds} s)`)
}
process.exit(results.every((r) => r.ok) ? 0 : 1)
