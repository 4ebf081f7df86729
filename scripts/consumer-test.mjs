// Consumer test: pack this package (and the workspace packages it depends on), install the tarballs
// into a fresh temporary project with npm, then run the package's consumer/esm.mjs through `import`
// and consumer/cjs.cjs through `require` on this machine's Node. Run from a package directory.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const pkgDir = process.cwd()
const root = resolve(pkgDir, '../..')
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))
const tmp = mkdtempSync(join(tmpdir(), 'nuqta-consumer-'))
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString()

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
    const out = run('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', tmp], dir)
    return out.trim().split('\n').pop().trim()
  })
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], tmp)
  for (const file of ['esm.mjs', 'cjs.cjs']) {
    const src = join(pkgDir, 'consumer', file)
    if (!existsSync(src)) throw new Error(`missing consumer/${file} in ${pkg.name}`)
    cpSync(src, join(tmp, file))
    process.stdout.write(run('node', [file], tmp))
  }
  console.log(`consumer test passed for ${pkg.name} (import and require, Node ${process.version})`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
