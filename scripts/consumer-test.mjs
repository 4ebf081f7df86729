// Consumer test: pack this package (and the workspace packages it depends on), install the tarballs
// into a fresh temporary project with npm, then run the package's consumer/esm.mjs through `import`
// and consumer/cjs.cjs through `require` on the Node running this script. Run from a package
// directory (`pnpm run test:consumer`). Quiet: it prints one line per check and npm's own errors.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const pkgDir = process.cwd()
const root = resolve(pkgDir, '../..')
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const tmp = mkdtempSync(join(tmpdir(), 'nuqta-consumer-'))

/**
 * The environment for npm, pnpm and node children. `pnpm run` exports its settings as
 * `npm_config_*` variables; npm reads those as its own and warns "Unknown env config" for each
 * one it does not know. Only the settings that matter for installing from the registry are kept.
 */
const KEEP = new Set(['npm_config_registry', 'npm_config_cache', 'npm_config_userconfig'])
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(config|package|lifecycle)_/iu.test(key) || KEEP.has(key.toLowerCase()),
  ),
)
env.npm_config_update_notifier = 'false'
env.npm_config_fund = 'false'
env.npm_config_audit = 'false'

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }).toString()

/** pnpm itself when this script runs under `pnpm run` (no second npx resolution), else npx. */
const pnpm = (args, cwd) => {
  const execPath = process.env.npm_execpath ?? ''
  return /pnpm/u.test(execPath)
    ? run(process.execPath, [execPath, ...args], cwd)
    : run('npx', ['-y', 'pnpm@10.34.9', ...args], cwd)
}

/** Workspace packages this one needs at run time (dependencies and peers), found recursively. */
function workspaceDeps(p, seen = new Set()) {
  const all = { ...p.dependencies, ...p.peerDependencies }
  for (const name of Object.keys(all)) {
    if (!name.startsWith('@nuqta/') || seen.has(name)) continue
    seen.add(name)
    const dir = join(root, 'packages', name.slice('@nuqta/'.length))
    workspaceDeps(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), seen)
  }
  return seen
}

try {
  const dirs = [pkgDir, ...[...workspaceDeps(pkg)].map((n) => join(root, 'packages', n.slice(7)))]
  const tarballs = dirs.map((dir) => {
    const out = pnpm(['pack', '--pack-destination', tmp], dir)
    return out.trim().split('\n').pop().trim()
  })
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  // --prefer-offline: the tarballs' own dependencies come from the npm cache when it has them.
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', ...tarballs],
    tmp,
  )
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const src = join(pkgDir, 'consumer', file)
    if (!existsSync(src)) throw new Error(`missing consumer/${file} in ${pkg.name}`)
    cpSync(src, join(tmp, file))
    process.stdout.write(run(process.execPath, [file], tmp))
  }
  console.log(`consumer test passed for ${pkg.name} (import and require, Node ${process.version})`)
} catch (error) {
  // execFileSync's error carries the child's output: show it, since stderr was captured.
  const e = /** @type {{ stdout?: Buffer, stderr?: Buffer }} */ (error)
  if (e.stdout?.length) process.stdout.write(e.stdout)
  if (e.stderr?.length) process.stderr.write(e.stderr)
  throw error
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
