import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from './site'

const dist = join(root, 'dist')

/** Every HTML page of the built site. */
function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return pages(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** Whether a site-absolute URL path names a file or page in dist. */
function exists(urlPath: string): boolean {
  const path = decodeURIComponent(urlPath)
  if (path.endsWith('/')) return existsSync(join(dist, path, 'index.html'))
  return existsSync(join(dist, path)) || existsSync(join(dist, path, 'index.html'))
}

describe('built site links', () => {
  it('has no internal link or asset that points to a missing page or file', () => {
    const files = pages(dist)
    expect(files.length).toBeGreaterThan(5)
    const broken: string[] = []
    for (const file of files) {
      const html = readFileSync(file, 'utf8')
      for (const match of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)[^"]*"/gu)) {
        const target = match[1] ?? ''
        if (target.startsWith('//')) continue
        if (!exists(target)) broken.push(`${relative(dist, file)} → ${target}`)
      }
    }
    expect(broken).toEqual([])
  })
})
