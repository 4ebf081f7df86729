// @ts-check
/**
 * Completes Astro's hashed Content-Security-Policy for the few inline scripts and `<style>`
 * elements Astro does not hash itself: Starlight's `is:inline` scripts (the theme provider that
 * must run before first paint, the search shortcut hint). After `astro build`, each page's policy
 * gets the SHA-256 of exactly the inline code that page ships, so `script-src` needs no
 * `'unsafe-inline'` and any other inline script (an injected one) stays blocked.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** @param {string} dir @returns {string[]} every .html file under dir */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** @param {string} code @returns {string} the CSP source expression of code's SHA-256 */
const sha256 = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`

/**
 * Adds the hashes of `html`'s inline scripts and style elements to its CSP meta tag.
 * @param {string} html
 * @param {readonly string[]} [extraDirectives] whole directives to add when the policy lacks them
 * @returns {string}
 */
export function addInlineHashes(html, extraDirectives = []) {
  const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/u.exec(html)
  if (meta === null) return html
  const [, open = '', policy = '', close = ''] = meta
  /** @type {Record<string, Set<string>>} */
  const add = { 'script-src': new Set(), 'style-src': new Set() }
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)) {
    if ((m[1] ?? '').trim() !== '') add['script-src']?.add(sha256(m[1] ?? ''))
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)) {
    if ((m[1] ?? '').trim() !== '') add['style-src']?.add(sha256(m[1] ?? ''))
  }
  const updated = policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/u)[0] ?? ''
      const extra = [...(add[name] ?? [])].filter((h) => !directive.includes(h))
      return extra.length > 0 ? `${directive.trimEnd()} ${extra.join(' ')}` : directive
    })
    .join(';')
  const missing = extraDirectives.filter((d) => !updated.includes(d.split(' ')[0] ?? d))
  const withExtra = missing.length > 0 ? `${missing.join('; ')}; ${updated}` : updated
  return html.replace(meta[0], `${open}${withExtra}${close}`)
}

/**
 * @param {{ extraDirectives?: readonly string[] }} [options]
 * @returns {import('astro').AstroIntegration}
 */
export function cspInlineHashes(options = {}) {
  return {
    name: 'nuqta-csp-inline-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir))
        for (const file of files) {
          const html = readFileSync(file, 'utf8')
          const updated = addInlineHashes(html, options.extraDirectives)
          if (updated !== html) writeFileSync(file, updated)
        }
        logger.info(`inline script and style hashes added to the CSP of ${files.length} pages`)
      },
    },
  }
}
