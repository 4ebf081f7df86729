/**
 * Progress on stderr: a bar with documents, MB/s and ETA on a terminal (cli-progress), plain
 * periodic lines when stderr is not a terminal, nothing with `--quiet`.
 * @module
 */
import cliProgress from 'cli-progress'

/** What progress shows. */
export interface ProgressState {
  documents: number
  bytes: number
}

/** A progress display. */
export interface Progress {
  update(s: ProgressState): void
  stop(): void
}

const MB = 1e6

/** Choose the display: bar on a TTY, lines otherwise, none when quiet. */
export function createProgress(options: {
  quiet: boolean
  tty: boolean
  totalBytes: number
  intervalSeconds: number
  label: string
}): Progress {
  const start = Date.now()
  if (options.quiet) return { update() {}, stop() {} }
  const rate = (bytes: number) => bytes / MB / Math.max(0.001, (Date.now() - start) / 1000)
  if (options.tty) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${options.label} [{bar}] {percentage}% | {docs} docs | {mbps} MB/s | ETA {eta_formatted}`,
        hideCursor: true,
        fps: 5,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    )
    bar.start(Math.max(1, options.totalBytes), 0, { docs: 0, mbps: '0.0' })
    return {
      update(s) {
        bar.update(Math.min(s.bytes, Math.max(1, options.totalBytes)), {
          docs: s.documents,
          mbps: rate(s.bytes).toFixed(1),
        })
      },
      stop() {
        bar.stop()
      },
    }
  }
  let last = start
  let latest: ProgressState = { documents: 0, bytes: 0 }
  const line = () => {
    const pct = options.totalBytes
      ? ` ${((100 * latest.bytes) / options.totalBytes).toFixed(1)}%`
      : ''
    process.stderr.write(
      `${options.label}: ${latest.documents} docs, ${(latest.bytes / MB).toFixed(1)} MB${pct}, ${rate(latest.bytes).toFixed(1)} MB/s, ${((Date.now() - start) / 1000).toFixed(0)} s\n`,
    )
  }
  const timer = setInterval(() => {
    last = Date.now()
    line()
  }, options.intervalSeconds * 1000)
  timer.unref()
  return {
    update(s) {
      latest = s
    },
    stop() {
      clearInterval(timer)
      if (Date.now() - last > 200) line()
    },
  }
}
