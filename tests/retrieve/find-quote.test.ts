import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { findQuote } from '../../src/retrieve/find-quote'

const text = (m: { passageId: string; start: number; end: number }) => corpus.documentOf(m.passageId).text.slice(m.start, m.end)

describe('findQuote', () => {
  it('finds the exact words, their offsets and speaker', () => {
    const [m] = findQuote(corpus, 'world had turned its back on Syria')
    expect(m).toMatchObject({ passageId: 'quitting-isis:p10', kind: 'exact', score: 1, speaker: 'Ammar' })
    expect(text(m)).toBe('world had turned its back on Syria')
  })

  it('folds case, curly quotes, "per cent" and spelled-out numbers', () => {
    const [m] = findQuote(corpus, 'Eighty per cent of ISIS members are bad guys')
    expect(m).toMatchObject({ kind: 'exact', speaker: 'Hossam' })
  })

  it('finds a misremembered quote approximately, with a lower score', () => {
    const [m] = findQuote(corpus, 'They are growing weaker every day')
    expect(m.kind).toBe('approximate')
    expect(m.score).toBeLessThan(1)
    expect(text(m)).toContain('growing weaker by the day')
  })

  it('tolerates a word swapped for a synonym', () => {
    const [m] = findQuote(corpus, 'their interpretation of Islam was wrong')
    expect(m?.passageId).toBe('quitting-isis:p14')
    expect(m?.kind).toBe('approximate')
  })

  it('tolerates a typo and British spelling', () => {
    expect(findQuote(corpus, 'the supposed neutrality of the ISIS legal sytem')[0]?.passageId).toBe('quitting-isis:p15')
    expect(findQuote(corpus, 'an organisation that is struggling to maintain control over its own members')[0]?.passageId).toBe('quitting-isis:p4')
  })

  it('finds nothing for words the article does not contain', () => {
    expect(findQuote(corpus, 'ISIS will surely win the war before long')).toEqual([])
    expect(findQuote(corpus, 'The Syrian regime is the only enemy')).toEqual([])
  })

  // A stretch of the article's own text, from one sentence's start, ending at a word's end.
  const stretch = (passageId: string, from: number, maxChars: number) => {
    const passage = corpus.passages.get(passageId)!
    const start = passage.sentences[from].start
    return corpus.documentOf(passageId).text.slice(start, Math.min(passage.end, start + maxChars)).replace(/\W+\w*$/, '')
  }

  it('finds a long exact quote of several sentences exactly, all of it', () => {
    const quote = stretch('quitting-isis:p4', 0, 600)
    expect(quote.length).toBeGreaterThan(500)
    expect(quote.match(/[.?!]["”]? /g)?.length).toBeGreaterThanOrEqual(2)
    const [m] = findQuote(corpus, quote)
    expect(m).toMatchObject({ passageId: 'quitting-isis:p4', kind: 'exact', score: 1 })
    expect(text(m)).toBe(quote)
  })

  it('finds an exact quote as long as the API allows (1,000 characters)', () => {
    const quote = stretch('quitting-isis:p20', 0, 1000)
    expect(quote.length).toBeGreaterThan(950)
    const [m] = findQuote(corpus, quote)
    expect(m).toMatchObject({ passageId: 'quitting-isis:p20', kind: 'exact', score: 1 })
    expect(text(m)).toBe(quote)
  })

  it('finds a long quote with a misremembered word approximately, across all its sentences', () => {
    const quote = stretch('quitting-isis:p4', 0, 600)
    const [m] = findQuote(corpus, quote.replace(/\bstruggling\b/, 'strugling').replace(/\bmembers\b/, 'fighters'))
    expect(m).toMatchObject({ passageId: 'quitting-isis:p4', kind: 'approximate' })
    expect(m.score).toBeGreaterThan(0.9)
    expect(text(m).length).toBeGreaterThan(quote.length * 0.9)
  })
})

