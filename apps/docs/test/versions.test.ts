// The versions a reader sees agree with the packages' package.json: the root README's package
// table names every package with its version, and no page promises a version that is not there.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const readme = readFileSync(join(repo, 'README.md'), 'utf8')
const manifests = readdirSync(join(repo, 'packages')).map(
  (dir) =>
    JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8')) as {
      name: string
      version: string
    },
)

describe('root README package table', () => {
  it.each(manifests.map((m) => [m.name, m] as const))('lists %s with its version', (_n, m) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| [\`${m.name}\`]`))
    expect(row, `${m.name} has no row in the README's package table`).toBeDefined()
    const cells = (row ?? '').split('|').map((c) => c.trim())
    expect(cells.at(-2)).toMatch(new RegExp(`^${m.version.replaceAll('.', '\\.')}( |$)`, 'u'))
  })

  it('says an unreleased package is unreleased and tells how to install it meanwhile', () => {
    if (manifests.some((m) => m.version === '0.0.0')) {
      expect(readme).toContain('Nothing is published on npm yet')
      expect(readme).toContain('pnpm pack')
    }
  })
})
