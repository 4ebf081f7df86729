// The README's "Use" block, run with the built binary as `nuqta`, prints its "Yields:" block.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, tmp } from './helpers'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const use = readme.slice(readme.indexOf('## Use'))
const code = /```sh\n([\s\S]*?)```/u.exec(use)?.[1] as string
const yields = /Yields:\n\n```text\n([\s\S]*?)```/u.exec(use)?.[1] as string

describe('README', () => {
  it('Use block prints its Yields block', () => {
    const dir = tmp()
    mkdirSync(join(dir, 'bin'))
    const shim = join(dir, 'bin', 'nuqta')
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
    chmodSync(shim, 0o755)
    // a plain non-interactive shell: no startup file (some runners set BASH_ENV, whose rc file
    // fails under `set -u`)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
    }
    delete env.BASH_ENV
    delete env.ENV
    const r = spawnSync('bash', ['--noprofile', '--norc', '-euo', 'pipefail', '-c', code], {
      cwd: dir,
      encoding: 'utf8',
      env,
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(yields)
  })
})
