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

  it('lists the other matching sentences of a passage as sub-results, in reading order, each with its matches', () => {
    const hits = searchPassages(corpus, 'ISIS fighters', 8)
    const withSubs = hits.filter((h) => h.subResults.length > 0)
    expect(withSubs.length).toBeGreaterThan(0)
    for (const hit of withSubs) {
      const ids = hit.subResults.map((s) => s.sentenceId)
      expect(ids.every((id) => id.startsWith(`${hit.passage.id}.s`) && id !== hit.sentenceId)).toBe(true)
      expect(ids).toEqual([...ids].sort((a, b) => Number(a.split('.s')[1]) - Number(b.split('.s')[1])))
      for (const sub of hit.subResults) expect(sub.highlights.length).toBeGreaterThan(0)
    }
  })

  it('finds nothing for words the article lacks', () => {
    expect(searchPassages(corpus, 'zzzz qqqq', 5)).toEqual([])
  })
})
