/**
 * A multi-word gazetteer over search-normalized tokens: each entry is a token sequence with the
 * classes it belongs to (`CITY`, `COUNTRY`, `PERS`, …). {@link Gazetteer.mark} finds every entry
 * in a sentence (the first token may carry proclitics) and reports, per token, which classes cover
 * it and where (beginning, inside, or a one-token entry).
 */
export class Gazetteer {
  readonly #root: GazNode = { next: new Map(), classes: undefined }
  #longest = 0
  /** How many entries were added. */
  size = 0

  /**
   * Adds an entry.
   *
   * @param tokens - the entry's search-normalized tokens
   * @param cls - the class name
   */
  add(tokens: readonly string[], cls: string): void {
    if (tokens.length === 0) return
    let node = this.#root
    for (const t of tokens) {
      let child = node.next.get(t)
      if (!child) {
        child = { next: new Map(), classes: undefined }
        node.next.set(t, child)
      }
      node = child
    }
    if (!node.classes) node.classes = []
    if (!node.classes.includes(cls)) {
      node.classes.push(cls)
      this.size++
    }
    if (tokens.length > this.#longest) this.#longest = tokens.length
  }

  /**
   * Marks the entries found in a sentence.
   *
   * @param words - the sentence's search-normalized tokens
   * @param firsts - for each token, the form to try when an entry starts there (the token
   *   without its proclitics), or the token itself
   * @returns for each token, the marks `'<class>:B'`, `'<class>:I'` or `'<class>:S'` covering it
   *   (the longest entry from each start), `undefined` when none
   */
  mark(words: readonly string[], firsts: readonly string[]): (string[] | undefined)[] {
    const n = words.length
    const marks: (string[] | undefined)[] = new Array(n).fill(undefined)
    for (let i = 0; i < n; i++) {
      for (const first of firsts[i] === words[i] ? [words[i]] : [words[i], firsts[i]]) {
        let node = this.#root.next.get(first as string)
        let j = i
        let best: { end: number; classes: string[] } | undefined
        while (node) {
          if (node.classes) best = { end: j + 1, classes: node.classes }
          j++
          if (j >= n || j - i >= this.#longest) break
          node = node.next.get(words[j] as string)
        }
        if (!best) continue
        for (const cls of best.classes) {
          if (best.end - i === 1) push(marks, i, `${cls}:S`)
          else {
            push(marks, i, `${cls}:B`)
            for (let k = i + 1; k < best.end; k++) push(marks, k, `${cls}:I`)
          }
        }
        break
      }
    }
    return marks
  }

  /**
   * Whether some entry starts with this token.
   *
   * @param token - a search-normalized token
   * @returns true when an entry's first token is `token`
   */
  startsEntry(token: string): boolean {
    return this.#root.next.has(token)
  }

  /**
   * The entries, one `class<TAB>token token …` line each, sorted (the shipped form).
   *
   * @returns the serialised gazetteer
   */
  serialize(): string {
    const lines: string[] = []
    const walk = (node: GazNode, path: string[]): void => {
      if (node.classes) for (const c of node.classes) lines.push(`${c}\t${path.join(' ')}`)
      for (const [t, child] of node.next) walk(child, [...path, t])
    }
    walk(this.#root, [])
    return lines.sort().join('\n')
  }

  /**
   * Reads the form {@link Gazetteer.serialize} writes.
   *
   * @param text - serialised gazetteer
   * @returns the gazetteer
   */
  static parse(text: string): Gazetteer {
    const g = new Gazetteer()
    if (text === '') return g
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t')
      if (tab < 0) continue
      g.add(line.slice(tab + 1).split(' '), line.slice(0, tab))
    }
    return g
  }
}

interface GazNode {
  next: Map<string, GazNode>
  classes: string[] | undefined
}

function push(marks: (string[] | undefined)[], i: number, m: string): void {
  const cur = marks[i]
  if (cur) {
    if (!cur.includes(m)) cur.push(m)
  } else marks[i] = [m]
}
