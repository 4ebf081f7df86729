import { execFileSync } from 'node:child_process'
// Writes the figures of bench/results.json into README.md between the bench markers.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const r = JSON.parse(readFileSync(join(here, 'results.json'), 'utf8'))
const f = (x) => (x / 1e6).toFixed(1)
const target = {
  search: ['≥ 45', '≥ 35'],
  lucene: ['≥ 45', '≥ 35'],
  'display+lexicon': ['', '≥ 5'],
}
const rows = [
  `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.cpus} cores (${r.cpuModel}), Node ${r.node}, one thread, best of ${r.rounds} rounds on ${f(r.textChars)} M chars. The machine was shared with other engineers building and testing at the same time (load average ${r.loadAverage.map((x) => x.toFixed(1)).join(', ')} at the end of the run), so wall-clock figures are below what an idle core gives; the CPU-time column divides by the process CPU time of the same runs.`,
  '',
  '| profile | alignment | M chars/s (wall) | M chars/s (CPU time) | target (wall, idle machine) |',
  '| --- | --- | --- | --- | --- |',
]
for (const x of r.results) {
  const a = x.alignment === undefined ? '' : x.alignment ? 'yes' : 'no'
  const t = x.alignment === undefined ? '' : (target[x.name]?.[x.alignment ? 1 : 0] ?? '')
  rows.push(`| ${x.name} | ${a} | ${f(x.charsPerSecondWall)} | ${f(x.charsPerSecondCpu)} | ${t} |`)
}
const path = join(here, '../README.md')
const readme = readFileSync(path, 'utf8')
const start = readme.indexOf('<!-- bench:start -->')
const end = readme.indexOf('<!-- bench:end -->')
if (start < 0 || end < 0) throw new Error('README.md has no bench markers')
writeFileSync(
  path,
  `${readme.slice(0, start)}<!-- bench:start -->\n\n${rows.join('\n')}\n\n${readme.slice(end)}`,
)
// biome formats Markdown too (the lint step checks it): align the new table the way it would
execFileSync('npx', ['biome', 'format', '--write', path], { stdio: 'inherit' })
console.log('README.md bench table updated')
