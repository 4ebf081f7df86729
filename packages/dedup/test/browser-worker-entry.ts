// Bundled by test/browser.test.ts as a classic Web Worker script.
import { serveSketches, type WorkerScope } from '../src/index.js'

serveSketches(self as unknown as WorkerScope)
