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
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', code], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(yields)
  })
})
