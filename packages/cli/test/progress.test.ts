// Progress on stderr: a bar that renders and updates on a terminal (through a pty made by
// `script`), plain periodic lines when stderr is not a terminal, nothing with --quiet.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, nuqta, tmp } from './helpers'

function input(dir: string): string {
  const f = join(dir, 'in.jsonl')
  const text = 'قالت وزارة الخارجية إن المحادثات بين الوفدين ستستأنف الأسبوع المقبل في إسطنبول'
  let s = ''
  for (let i = 0; i < 20_000; i++) s += `${JSON.stringify({ id: `d${i}`, text: `${text} ${i}` })}\n`
  writeFileSync(f, s)
  return f
}

describe('progress', () => {
  const dir = tmp()
  const f = input(dir)

  it('renders and updates a bar on a terminal', () => {
    const cmd = `${process.execPath} ${BIN} clean ${f} -o ${join(dir, 'tty.jsonl')}`
    const r = spawnSync('script', ['-qefc', cmd, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, COLUMNS: '120' },
    })
    expect(r.status).toBe(0)
    // cli-progress redraws the line in place: each frame starts with ESC [1G (cursor to column 1)
    const frames = r.stdout.split('\u001b[1G').filter((x) => x.includes('nuqta clean ['))
    expect(frames.length).toBeGreaterThan(1)
    expect(frames.at(-1)).toContain('100%')
    expect(frames.at(-1)).toMatch(/20000 docs \| [\d.]+ MB\/s \| ETA/u)
  })

  it('prints plain periodic lines when stderr is not a terminal', () => {
    const r = nuqta([
      'clean',
      f,
      '-o',
      join(dir, 'plain.jsonl'),
      '--progress-interval',
      '1',
      '--workers',
      '1',
    ])
    expect(r.code).toBe(0)
    const progress = r.stderr
      .split('\n')
      .filter((l) => /^nuqta clean: \d+ docs, [\d.]+ MB/u.test(l))
    expect(progress.length).toBeGreaterThanOrEqual(1)
    expect(progress.at(-1)).toContain('20000 docs')
    expect(r.stderr).not.toContain('\r')
  })

  it('prints nothing with --quiet', () => {
    const r = nuqta(['clean', f, '-o', join(dir, 'quiet.jsonl'), '-q'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
  })
})
