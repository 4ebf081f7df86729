// Makes sure a Chromium for the browser tests is on the machine before `pnpm test` runs them.
// CHROMIUM_PATH wins; else /usr/bin/chromium; else, on Debian as root, `apt-get install chromium`
// with --no-install-recommends (the browser and the Arabic font, none of the recommended extras).
// Never skips: without a browser the e2e and browser-parity tests must fail loudly, not pass empty.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`No browser at ${path}: installing Debian's chromium with apt-get…`)
  const apt = (...args) =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], { stdio: 'inherit' })
  apt('update')
  apt('install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-core')
  if (existsSync(path)) process.exit(0)
}
console.error(
  `No Chromium at ${path}. Install Debian's chromium (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH.`,
)
process.exit(1)
