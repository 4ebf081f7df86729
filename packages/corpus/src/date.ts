/**
 * Dates in the forms news sources use, to ISO 8601.
 * @module
 */
import {
  DATE_COMPACT,
  DATE_DMY_NAMED,
  DATE_ISO,
  DATE_MDY_NAMED,
  DATE_RFC2822,
  DATE_SLASH_YMD,
  GIGAWORD_ID_DATE,
} from './patterns'

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

const ZONES: Record<string, string> = {
  UT: '+00:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
}

const pad = (n: number | string, w = 2): string => String(n).padStart(w, '0')

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return false
  const dt = new Date(Date.UTC(y, m - 1, d))
  return dt.getUTCMonth() === m - 1
}

function zone(z: string | undefined): string | undefined {
  if (!z) return undefined
  const u = z.toUpperCase()
  if (ZONES[u]) return ZONES[u]
  const sign = z[0]
  if (sign !== '+' && sign !== '-') return undefined
  const digits = z.slice(1).replace(':', '')
  if (digits.length === 2) return `${sign}${digits}:00`
  if (digits.length === 4) return `${sign}${digits.slice(0, 2)}:${digits.slice(2)}`
  return undefined
}

function compose(
  y: number,
  m: number,
  d: number,
  time: {
    h?: string | undefined
    mi?: string | undefined
    s?: string | undefined
    frac?: string | undefined
  },
  z: string | undefined,
): string | undefined {
  if (!valid(y, m, d)) return undefined
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`
  if (time.h === undefined) return date
  const h = Number(time.h)
  const mi = Number(time.mi ?? 0)
  const s = Number(time.s ?? 0)
  if (h > 23 || mi > 59 || s > 60) return date
  const frac = time.frac ? `.${time.frac}` : ''
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${frac}${zone(z) ?? ''}`
}

/**
 * Parse a date written the way news sources write it and return ISO 8601: with its UTC offset when
 * the source gives one (`Z`, `+03:00`, `GMT`, `EST`), a local date-time when it gives a time but no
 * zone, a plain date when it gives only a date. Understands ISO 8601, RFC 2822 (e-mail and RSS),
 * `YYYY/MM/DD`, `YYYYMMDD` (Gigaword), `March 29, 2022`, `29 March 2022`, and ids like
 * `AFP_ARB_20220329.0001`. Returns `undefined` for anything else (never guesses day/month order).
 * @param value - the date as found in the source
 * @returns an ISO 8601 string, or undefined
 * @example
 * ```ts
 * parseDate('Tue, 29 Mar 2022 14:05:00 GMT') // '2022-03-29T14:05:00+00:00'
 * parseDate('2022-03-29T17:05:00+03:00') // '2022-03-29T17:05:00+03:00'
 * parseDate('20220329') // '2022-03-29'
 * parseDate('March 29, 2022') // '2022-03-29'
 * ```
 */
export function parseDate(value: string | number | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined
    const ms = value > 1e11 ? value : value * 1000
    const d = new Date(ms)
    return Number.isNaN(d.getTime())
      ? undefined
      : d.toISOString().replace('.000Z', '+00:00').replace('Z', '+00:00')
  }
  const v = value.trim()
  if (v.length > 64) return undefined
  let m = DATE_ISO.exec(v.toUpperCase())
  if (m) {
    const [, y, mo, d, h, mi, s, frac, z] = m
    return compose(Number(y), Number(mo), Number(d), { h, mi, s, frac }, z)
  }
  m = DATE_RFC2822.exec(v)
  if (m) {
    const [, d, mon, y, h, mi, s, z] = m
    const month = MONTHS[(mon as string).slice(0, 3).toLowerCase()]
    if (month) return compose(Number(y), month, Number(d), { h, mi, s }, z)
  }
  m = DATE_SLASH_YMD.exec(v)
  if (m) {
    const [, y, mo, d, h, mi, s] = m
    return compose(Number(y), Number(mo), Number(d), { h, mi, s }, undefined)
  }
  m = DATE_COMPACT.exec(v)
  if (m) {
    const [, y, mo, d, h, mi, s] = m
    return compose(Number(y), Number(mo), Number(d), { h, mi, s }, h ? 'Z' : undefined)
  }
  m = DATE_MDY_NAMED.exec(v)
  if (m) {
    const [, mon, d, y] = m
    const month = MONTHS[(mon as string).slice(0, 3).toLowerCase()]
    if (month) return compose(Number(y), month, Number(d), {}, undefined)
  }
  m = DATE_DMY_NAMED.exec(v)
  if (m) {
    const [, d, mon, y] = m
    const month = MONTHS[(mon as string).slice(0, 3).toLowerCase()]
    if (month) return compose(Number(y), month, Number(d), {}, undefined)
  }
  m = GIGAWORD_ID_DATE.exec(v.slice(v.lastIndexOf('_') + 1))
  if (m) {
    const [, y, mo, d] = m
    return compose(Number(y), Number(mo), Number(d), {}, undefined)
  }
  return undefined
}
