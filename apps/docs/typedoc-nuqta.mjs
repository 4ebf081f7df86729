// @ts-check
/**
 * A typedoc plugin for the docs site's API reference (loaded by starlight-typedoc):
 * - names each entry-point module by its import path (`@nuqta/normalize/lexicon`, not the source
 *   file's `lexicon-data`), read from the package's `exports` map;
 * - opens each package's landing page with its description, install line and entry points;
 * - turns the API index into a table of packages (what each does, how to install it).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Application, Converter, ReflectionKind } from 'typedoc'

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url))

/**
 * @typedef {{ name: string, description: string, version: string, dir: string,
 *   subpaths: Map<string, string> }} PackageFacts
 */

/** @returns {Map<string, PackageFacts>} every workspace package by name */
function readPackages() {
  /** @type {Map<string, PackageFacts>} */
  const out = new Map()
  for (const dir of readdirSync(packagesDir)) {
    let json
    try {
      json = JSON.parse(readFileSync(`${packagesDir}${dir}/package.json`, 'utf8'))
    } catch {
      continue
    }
    /** @type {Map<string, string>} source file stem → import path */
    const subpaths = new Map()
    for (const [subpath, target] of Object.entries(json.exports ?? {})) {
      const file = typeof target === 'string' ? target : target?.import?.default
      const stem = /dist\/([\w-]+)\.js$/u.exec(file ?? '')?.[1]
      if (stem !== undefined)
        subpaths.set(stem, subpath === '.' ? json.name : `${json.name}${subpath.slice(1)}`)
    }
    out.set(json.name, {
      name: json.name,
      description: json.description ?? '',
      version: json.version,
      dir,
      subpaths,
    })
  }
  return out
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  const packages = readPackages()

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const facts = packages.get(context.project.name)
    if (facts === undefined) return
    for (const child of context.project.children ?? []) {
      if (child.kind !== ReflectionKind.Module) continue
      const stem = child.sources?.[0]?.fileName.match(/([\w-]+)\.ts$/u)?.[1] ?? child.name
      const importPath = facts.subpaths.get(stem)
      if (importPath === undefined) {
        throw new Error(
          `typedoc-nuqta: ${facts.name} documents ${stem}.ts, which no export of package.json names`,
        )
      }
      child.name = importPath
    }
  })

  // typedoc-plugin-markdown is loaded after this plugin (starlight-typedoc appends it), so its
  // hooks exist only once every plugin is loaded.
  app.on(Application.EVENT_BOOTSTRAP_END, () => addPageIntros(app, packages))
}

/**
 * @param {import('typedoc').Application} app
 * @param {Map<string, PackageFacts>} packages
 */
function addPageIntros(app, packages) {
  /** @type {any} the renderer, with the hooks typedoc-plugin-markdown adds to it */
  const renderer = app.renderer
  renderer.markdownHooks.on(
    'content.begin',
    /** @param {import('typedoc-plugin-markdown').MarkdownThemeContext} context */ (context) => {
      const model = context.page.model
      if (model.kind === ReflectionKind.Project) {
        const rows = [...packages.values()]
          .filter((p) =>
            /** @type {import('typedoc').ProjectReflection} */ (model).children?.some(
              (c) => c.name === p.name,
            ),
          )
          .map(
            (p) =>
              `| [\`${p.name}\`](${context.urlTo(/** @type {any} */ (model).getChildByName(p.name))}) | ${p.description} | \`npm install ${p.name}\` |`,
          )
        return [
          'Generated from the TSDoc of each package at build time: every export, its parameters,',
          'what it returns, the error classes it throws and an example. Module names are the paths',
          'you import. The [install page](/install/) says how to use a package before its first release.',
          '',
          '| package | what it does | install |',
          '| --- | --- | --- |',
          ...rows,
          '',
        ].join('\n')
      }
      if (model.kind === ReflectionKind.Module && model.parent?.kind === ReflectionKind.Project) {
        const facts = packages.get(model.name)
        if (facts === undefined) return ''
        return [
          `${facts.description}.`,
          '',
          '```sh',
          `npm install ${facts.name}`,
          '```',
          '',
          facts.version === '0.0.0'
            ? `Version ${facts.version} in the repository: not published yet, so until the first release install it from a packed tarball ([install page](/install/)). Guide: [${facts.name}](/guides/${facts.dir}/).`
            : `Version ${facts.version}. Guide: [${facts.name}](/guides/${facts.dir}/).`,
          '',
        ].join('\n')
      }
      return ''
    },
  )
}
