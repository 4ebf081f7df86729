// What the browser-parity test loads into the page: the package as a browser bundle would.
export { worldCities } from '../src/cities-data'
export { createExtractor } from '../src/index'
export { loadArabicModel } from '../src/model-data'
