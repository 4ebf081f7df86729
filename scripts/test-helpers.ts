/**
 * Test helpers shared by the packages' unit tests: load a second, separately bundled copy of a
 * module (as when two versions of a package are installed), bundle a Node worker script from
 * source, and run a README snippet as a complete program with its imports bound to given
 * modules. Test code only; no package imports it at run time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inspect } from 'node:util'
import { build, transform } from 'esbuild'

/** Imports `entry` (a source file) once more, bundled on its own: a second copy of its classes. */
export async function importSecondCopy<T>(entry: string): Promise<T> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
  })
  const file = join(mkdtempSync(join(tmpdir(), 'nuqta-second-copy-')), 'copy.mjs')
  writeFileSync(file, out.outputFiles[0]?.text ?? '')
  return (await import(pathToFileURL(file).href)) as T
}

/** Bundles a worker script from source into `dir` and returns its URL (packages ship dist/). */
export async function bundleNodeWorker(entry: string, dir: string): Promise<URL> {
  const outfile = join(dir, 'worker.mjs')
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  })
  return pathToFileURL(outfile)
}

/** The ```ts (or ```js) blocks of a README, each with the text of the "Yields:" block after it. */
export function readmePrograms(readme: string): { code: string; yields: string | undefined }[] {
  const blocks = readme.matchAll(
    /^```(?:ts|js)\n([\s\S]*?)^```$(\n\nYields:\n\n```text\n([\s\S]*?)^```$)?/gmu,
  )
  return [...blocks].map((b) => ({ code: b[1] as string, yields: b[3] }))
}

/**
 * Runs a README snippet as a complete program: TypeScript is stripped, each `import { … } from
 * 'x'` is bound to `modules[x]` (an unknown module fails), top-level `await` works, and what it
 * logs with `console.log` is returned (one line per call, objects shown with `util.inspect`).
 */
export async function runProgram(code: string, modules: Record<string, unknown>): Promise<string> {
  const js = (await transform(code, { loader: 'ts', format: 'esm' })).code.replace(
    /^import (\{[^}]*\}) from ["']([^"']+)["'];?$/gmu,
    (_, names: string, from: string) => {
      if (!(from in modules)) throw new Error(`the program imports an unknown module ${from}`)
      return `const ${names.replaceAll(' as ', ': ')} = __modules[${JSON.stringify(from)}]`
    },
  )
  const lines: string[] = []
  const console = {
    log: (...xs: unknown[]) =>
      lines.push(xs.map((x) => (typeof x === 'string' ? x : inspect(x))).join(' ')),
  }
  const AsyncFunction = (async () => {}).constructor as new (
    ...args: string[]
  ) => (...args: unknown[]) => Promise<void>
  await new AsyncFunction('__modules', 'console', js)(modules, console)
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
