/**
 * `nuqta dedup --group DIR`: group the signature shards of a folder into duplicate clusters with
 * DuckDB, with the same rules as the in-process index (candidates share a band key; a candidate pair
 * is an edge when the content hashes are equal or the signatures agree on at least `threshold` of
 * their positions; documents without shingles group by content hash; clusters are the connected
 * components; the representative is the longest member, ties to the earliest, or the earliest).
 * The SQL is plain enough for Spark or Trino; the README lists it.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CliError } from './errors'
import type { SignatureParams } from './signatures'

/** The SQL steps, in order. `{dir}` and `{threshold}` are filled in; `lab` is iterated. */
export const GROUP_SQL = {
  load: [
    "CREATE TABLE sig AS SELECT * FROM read_parquet('{dir}/signatures-*.parquet')",
    "CREATE TABLE bands AS SELECT * FROM read_parquet('{dir}/bands-*.parquet')",
  ],
  edges: [
    // candidate pairs: the same key in the same band
    `CREATE TABLE cand AS SELECT DISTINCT a.seq AS a, b.seq AS b
       FROM bands a JOIN bands b ON a.band = b.band AND a.key = b.key AND a.seq < b.seq`,
    // verified: equal content hash, or signature agreement >= threshold (same rule as the index)
    `CREATE TABLE edges AS
       SELECT c.a, c.b FROM cand c
         JOIN sig sa ON sa.seq = c.a
         JOIN sig sb ON sb.seq = c.b
        WHERE sa.hash = sb.hash
           OR CAST(len(list_filter(list_zip(sa.signature, sb.signature), p -> p[1] = p[2])) AS DOUBLE)
              / len(sa.signature) >= {threshold}
       UNION ALL
       -- documents without shingles: one cluster per content hash
       SELECT first_seq AS a, seq AS b FROM (
         SELECT seq, min(seq) OVER (PARTITION BY hash) AS first_seq FROM sig WHERE shingles = 0
       ) WHERE seq <> first_seq`,
    'CREATE TABLE e2 AS SELECT a, b FROM edges UNION ALL SELECT b AS a, a AS b FROM edges',
    'CREATE TABLE lab AS SELECT DISTINCT a AS node, a AS label FROM e2',
  ],
  // one round of connected components: take the smallest label among neighbours, then jump to
  // the label's own label (pointer jumping); repeat until no label changes
  iterate: [
    `CREATE OR REPLACE TABLE lab_next AS
       SELECT l.node, least(l.label, min(n.label)) AS label
         FROM lab l JOIN e2 ON e2.a = l.node JOIN lab n ON n.node = e2.b
        GROUP BY l.node, l.label`,
    `CREATE OR REPLACE TABLE lab_next AS
       SELECT x.node, least(x.label, y.label) AS label FROM lab_next x JOIN lab_next y ON y.node = x.label`,
    'SELECT count(*) AS changed FROM lab_next x JOIN lab l USING (node) WHERE x.label <> l.label',
    'CREATE OR REPLACE TABLE lab AS SELECT * FROM lab_next',
  ],
  clusters: {
    longest: `SELECT s.seq, s.id, s.length, l.label,
         first(s.seq ORDER BY s.length DESC, s.seq ASC) OVER (PARTITION BY l.label) AS rep_seq,
         count(*) OVER (PARTITION BY l.label) AS size
       FROM lab l JOIN sig s ON s.seq = l.node`,
    earliest: `SELECT s.seq, s.id, s.length, l.label,
         min(s.seq) OVER (PARTITION BY l.label) AS rep_seq,
         count(*) OVER (PARTITION BY l.label) AS size
       FROM lab l JOIN sig s ON s.seq = l.node`,
  },
}

/** One document in a cluster of two or more. */
export interface GroupedDocument {
  seq: number
  id: string
  cluster: string
  clusterSeq: number
  clusterSize: number
  representative: boolean
  duplicate: boolean
}

/** Read the parameters of a signature folder. */
export function readParams(dir: string): SignatureParams {
  const f = join(dir, 'params.json')
  if (!existsSync(f))
    throw new CliError({
      kind: 'input',
      message: `${dir}: no params.json (write signatures with nuqta dedup --signatures ${dir})`,
      subject: dir,
    })
  return JSON.parse(readFileSync(f, 'utf8')) as SignatureParams
}

/** Group a signature folder with DuckDB; documents in clusters, ordered by input position. */
export async function groupSignatures(
  dir: string,
  options: { representative?: 'longest' | 'earliest' } = {},
): Promise<{ documents: GroupedDocument[]; iterations: number; params: SignatureParams }> {
  const params = readParams(dir)
  let duck: typeof import('@duckdb/node-api')
  try {
    duck = await import('@duckdb/node-api')
  } catch (e) {
    throw new CliError({
      kind: 'unavailable',
      message: `@duckdb/node-api is not installed; it is needed for --group (${(e as Error).message.split('\n')[0]})`,
      cause: e,
    })
  }
  const db = await duck.DuckDBInstance.create(':memory:')
  const con = await db.connect()
  const fill = (sql: string) =>
    sql
      .replaceAll('{dir}', dir.replaceAll("'", "''"))
      .replaceAll('{threshold}', String(params.threshold))
  try {
    for (const sql of [...GROUP_SQL.load, ...GROUP_SQL.edges]) await con.run(fill(sql))
    let iterations = 0
    for (;;) {
      iterations++
      const [a, b, count, swap] = GROUP_SQL.iterate as [string, string, string, string]
      await con.run(a)
      await con.run(b)
      const changed = Number((await con.runAndReadAll(count)).getRows()[0]?.[0] ?? 0)
      await con.run(swap)
      if (changed === 0 || iterations > 1000) break
    }
    const rule = options.representative ?? params.representative
    const rows = (
      await con.runAndReadAll(
        `SELECT c.seq, c.id, c.rep_seq, c.size, r.id AS rep_id FROM (${GROUP_SQL.clusters[rule]}) c
           JOIN sig r ON r.seq = c.rep_seq ORDER BY c.seq`,
      )
    ).getRows()
    const documents = rows.map(([seq, id, repSeq, size, repId]) => ({
      seq: Number(seq),
      id: String(id),
      cluster: String(repId),
      clusterSeq: Number(repSeq),
      clusterSize: Number(size),
      representative: Number(seq) === Number(repSeq),
      duplicate: Number(seq) !== Number(repSeq),
    }))
    return { documents, iterations, params }
  } catch (e) {
    if (CliError.isInstance(e)) throw e
    throw new CliError({
      kind: 'input',
      message: `${dir}: cannot group the signature shards (${(e as Error).message.split('\n')[0]})`,
      subject: dir,
      cause: e,
    })
  } finally {
    con.closeSync()
  }
}
