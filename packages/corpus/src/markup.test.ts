import { describe, expect, it } from 'vitest'
import { decodeEntities } from './markup'

describe('decodeEntities', () => {
  it('decodes SGML entities in any case, numeric and hex references', () => {
    expect(decodeEntities('AT&AMP;T &lt;b&gt; &#1575;&#x644;')).toBe('AT&T <b> ال')
    expect(decodeEntities('&QUOT;x&quot; &nbsp;&mdash;')).toBe('"x" \u00a0—')
  })
  it('keeps unknown names and replaces invalid code points', () => {
    expect(decodeEntities('&foo; &c &#0; &#xD800;')).toBe('&foo; &c \uFFFD \uFFFD')
  })
})
