/**
 * `--help` texts, one per command, each with examples.
 * @module
 */

const COMMON = `Input and output:
  <inputs…>                files, folders, globs ("data/**/*.jsonl.gz"), or - for stdin
                           (stdin is read when no input is given and it is not a terminal)
  -o, --output <file>      write here (default: stdout)
      --format <fmt>       jsonl (default) or parquet
      --input-format <f>   force the input format: text jsonl csv tsv sgml html warc parquet arrow gzip
      --encoding <label>   force the input encoding (windows-1256, iso-8859-6, utf-16le, …)
      --report <file>      write the summary report as JSON (a table goes to stderr too)
Running:
      --workers <n>        worker threads for the CPU-bound steps (default: one per core; 0 = none)
      --shard <i/n>        process only documents whose id hashes to shard i of n (0-based)
      --resume             continue an interrupted run with the same command and -o
      --strict             stop at the first malformed record (exit code 5)
  -q, --quiet              no progress, no summary table
      --progress-interval <s>  seconds between progress lines when stderr is not a terminal (5)
  -h, --help               this help`

const DEDUP = `Dedup:
      --threshold <x>      near-duplicate Jaccard threshold, 0 < x ≤ 1 (0.8)
      --num-perm <n>       MinHash permutations (128)
      --representative <r> longest (default) or earliest: the document kept from a cluster
      --min-line-docs <n>  a line is repeated when it occurs in at least n documents (3)
      --signatures <dir>   also write MinHash signatures and band keys as Parquet shards to <dir>`

const NORMALIZE = `Normalize:
      --profile <name>     search (default), display, camel or lucene
      --normalize-changes  also write every change the normalizer made (large: about 6× the text)`

/** The help of each command. */
export const HELP: Record<string, string> = {
  main: `nuqta: clean, normalize, find entities in and deduplicate Arabic and English news corpora

Usage: nuqta <command> [options] <inputs…>

Commands:
  run        the whole pipeline: parse → clean → normalize → entities → dedup
  parse      read any corpus format into nuqta records (JSON lines)
  clean      repair mojibake and remove boilerplate
  normalize  normalize Arabic text (--profile)
  entities   find named entities (needs @nuqta/entities)
  dedup      exact and near duplicates, repeated lines; --signatures / --group for many machines

Every command reads files or stdin and writes JSON lines, so they pipe:
  nuqta parse dump.warc.gz | nuqta normalize --profile search > out.jsonl

Run nuqta <command> --help for its options. Exit codes: 0 ok, 1 internal error, 2 bad option,
3 unreadable input, 4 unknown format, 5 malformed record with --strict, 6 step unavailable,
7 output not writable, 8 nothing to resume, 130/143 stopped by SIGINT/SIGTERM.`,
  run: `nuqta run: the whole pipeline, one JSON record per document

Usage: nuqta run [options] <inputs…>

Examples:
  nuqta run corpus/ -o out.jsonl
  nuqta run 'dumps/**/*.jsonl.gz' -o out.parquet --format parquet --report report.json
  nuqta run big.jsonl -o out.jsonl --threshold 0.7 --profile search
  nuqta run big.jsonl -o out.jsonl --resume          # after Ctrl-C
  cat dump.csv | nuqta run - --no-entities > out.jsonl

Steps:
      --no-entities        skip the entities step

${NORMALIZE}

${DEDUP}

${COMMON}`,
  parse: `nuqta parse: read any corpus format into nuqta records (no cleaning)

Usage: nuqta parse [options] <inputs…>

Examples:
  nuqta parse dump.warc.gz > docs.jsonl
  nuqta parse corpus/ --format parquet -o docs.parquet
  nuqta parse export.csv --input-format csv --encoding windows-1256

${COMMON}`,
  clean: `nuqta clean: repair mojibake and remove boilerplate (share widgets, footers, comments)

Usage: nuqta clean [options] <inputs…>

Examples:
  nuqta clean corpus/ -o clean.jsonl
  nuqta parse dump.jsonl | nuqta clean > clean.jsonl

${COMMON}`,
  normalize: `nuqta normalize: normalize the text of each record (alef, ya, ta marbuta, diacritics…)

Usage: nuqta normalize [options] <inputs…>

Examples:
  nuqta parse dump.warc.gz | nuqta normalize --profile search > out.jsonl
  nuqta normalize clean.jsonl --profile display -o display.jsonl

${NORMALIZE}

${COMMON}`,
  entities: `nuqta entities: find people, places and organisations, offsets in the source text

Usage: nuqta entities [options] <inputs…>
Needs the @nuqta/entities package (exit code 6 when it is not installed).

Examples:
  nuqta clean corpus/ | nuqta entities > entities.jsonl

${COMMON}`,
  dedup: `nuqta dedup: exact and near duplicates (MinHash LSH), repeated lines

Usage: nuqta dedup [options] <inputs…>
       nuqta dedup --group <dir> [-o clusters.jsonl]

Examples:
  nuqta normalize corpus/ | nuqta dedup > deduped.jsonl
  nuqta dedup big.jsonl -o out.jsonl --threshold 0.7
  # past one machine: each machine writes its shard of signatures, then one groups them
  nuqta dedup big.jsonl --shard 0/2 --signatures sigs/ -o part0.jsonl
  nuqta dedup big.jsonl --shard 1/2 --signatures sigs/ -o part1.jsonl
  nuqta dedup --group sigs/ -o clusters.jsonl

      --group <dir>        group the signature shards in <dir> with DuckDB into clusters
                           (one line per document in a cluster of two or more)

${DEDUP}

${COMMON}`,
}
