import { describe, expect, it } from 'vitest'
import * as api from './index'

describe('@nuqta/corpus exports', () => {
  it('exports exactly this list (a change here is a deliberate API change)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CorpusInputError',
      'CorpusParseError',
      'UnknownFormatError',
      'byteRange',
      'classifyLines',
      'cleanText',
      'decodeBytes',
      'decodeEntities',
      'detectEncoding',
      'detectLang',
      'extractMainText',
      'idFromFileName',
      'jsonlStream',
      'normalizeEncodingLabel',
      'parseDate',
      'readDocuments',
      'repairMojibake',
      'segmentParagraphs',
      'segmentSentences',
      'sourceAlignment',
      'sourceText',
      'toJsonl',
    ])
  })
})
