// Property tests run with a fixed seed so CI is repeatable; `FC_SEED=<n>` (or `FC_SEED=random`)
// explores other inputs. Known failing seed, an open bug: -969694755 (normalizeDocument, display
// profile, a removed space beside punctuation maps a span onto the wrong source character).
import fc from 'fast-check'

const seed = process.env.FC_SEED
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261202 : Number(seed) })
