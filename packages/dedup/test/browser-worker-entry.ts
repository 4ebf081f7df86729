// Bundled by test/browser.test.ts as a classic Web Worker script.
import { serveSketches, type WorkerScope } from '../src/index'

serveSketches(self as unknown as WorkerScope)
