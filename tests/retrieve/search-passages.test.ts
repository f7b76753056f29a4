import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { searchPassages } from '../../src/retrieve/search-passages'

describe('searchPassages', () => {
  it('ranks the passages giving salaries near the top for "salary", and bridges "wages" to them', () => {
    const top = (q: string) => searchPassages(corpus, q, 3).map((h) => h.passage.id)
    expect(top('salary')).toEqual(expect.arrayContaining(['quitting-isis:p8', 'quitting-isis:p9']))
    expect(top('wages')).toEqual(expect.arrayContaining(['quitting-isis:p8', 'quitting-isis:p9']))
  })

  it('matches the last word as a prefix while the reader types', () => {
    const hits = searchPassages(corpus, 'kalash', 5)
    expect(hits[0].passage.id).toBe('quitting-isis:p20')
  })

  it('returns highlight ranges that cover matched words in the snippet', () => {
    const [hit] = searchPassages(corpus, 'Kalashnikov', 1)
    expect(hit.highlights.length).toBeGreaterThan(0)
    for (const [start, end] of hit.highlights) expect(hit.snippet.text.slice(start, end).toLowerCase()).toBe('kalashnikov')
  })

  it('finds nothing for words the article lacks', () => {
    expect(searchPassages(corpus, 'zzzz qqqq', 5)).toEqual([])
  })
})
