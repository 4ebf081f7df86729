import { describe, expect, it } from 'vitest'
import { extractMainText } from './html'

describe('extractMainText', () => {
  it('reads the README example', () => {
    const page = extractMainText(
      '<html lang="en"><title>T</title><nav><a href="/">Home</a></nav>' +
        '<article><h1>Talks</h1><p>Talks resumed &amp; ended.</p></article></html>',
    )
    expect(page).toEqual({
      title: 'T',
      lang: 'en',
      paragraphs: ['Talks', 'Talks resumed & ended.'],
    })
  })
  it('drops scripts, styles, navigation, footers and link lists; keeps dates', () => {
    const page = extractMainText(`<html><head><meta property="og:title" content="OG title">
      <meta property="article:published_time" content="2022-03-29T10:00:00Z"><style>p{}</style></head>
      <body><header>Site</header><div><a href="/a">One</a> <a href="/b">Two</a></div>
      <p>Real   paragraph
      text.</p><script>var x = 1</script><ul><li>Point one</li></ul><footer>(c)</footer></body></html>`)
    expect(page.title).toBe('OG title')
    expect(page.date).toBe('2022-03-29T10:00:00Z')
    expect(page.paragraphs).toEqual(['Real paragraph text.', 'Point one'])
  })
})
