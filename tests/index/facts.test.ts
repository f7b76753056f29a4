import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'
import { readCorpusDir, readSharedTables } from '../../scripts/lib/corpus-files'

const facts = corpus.artifact.facts
const withText = (text: string) => facts.filter((f) => f.text.includes(text))

describe('facts read from the bundled article at build time', () => {
  it('gives each sum of money to the group its own clause names, never a default', () => {
    expect(withText('$36')[0]).toMatchObject({ value: 36, unit: 'USD', period: 'month', hedge: 'as little as', owner: 'the FSA' })
    expect(withText('$63')[0]).toMatchObject({ owner: 'the Syrian army', hedge: 'start at' })
    expect(withText('$100')[0]).toMatchObject({ owner: 'Jabhat al-Nusra', hedge: 'an average of' })
    expect(withText('$35')[0]).toMatchObject({ value: 35, per: 'child' })
    // A sentence that names no one gives its figures no owner ("I spent two months looking for a job").
    expect(withText('two months')[0].owner).toBeUndefined()
  })

  it('reads dates with their precision and durations, ranges and shares', () => {
    expect(withText('November 2014')[0]).toMatchObject({ kind: 'date', date: { year: 2014, month: 11 } })
    expect(withText('30 to 45 days')[0]).toMatchObject({ kind: 'duration', value: 30, high: 45 })
    expect(withText('50 percent')[0]).toMatchObject({ kind: 'percent', hedge: 'as much as' })
  })

  it('finds the figures of the allowance table in the text, so they are cited to it', () => {
    const [rule] = corpus.artifact.formulas
    expect(corpus.facts.get(rule.base.factId)?.text).toBe('$50 per month')
    expect(rule.per.map((p) => corpus.facts.get(p.factId)?.text)).toEqual(['$50 per wife or slave', '$50 for each dependent parent', '$35 for each child'])
  })

  it('keeps evidence that still matches the text (fails when the text drifts)', () => {
    for (const f of facts) {
      const doc = corpus.documentOf(f.sentenceId)
      expect(doc.text.slice(f.start, f.end), f.id).toBe(f.text)
      const sentence = corpus.sentences.get(f.sentenceId)
      expect(sentence && sentence.start <= f.start && f.end <= sentence.end, f.id).toBe(true)
    }
  })
})

describe('facts on an article with no tables', () => {
  const index = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], readSharedTables()))
  const find = (text: string) => index.artifact.facts.find((f) => f.text.includes(text))

  it('reads old years, scale words, and owners from the sentence', () => {
    expect(find('1066')).toMatchObject({ kind: 'date', date: { year: 1066 } })
    expect(find('$4.2 billion')).toMatchObject({ value: 4.2e9, unit: 'USD' })
    expect(find('410 metres')).toMatchObject({ owner: 'North Pier' })
    expect(find('265 metres')).toMatchObject({ owner: 'South Pier' })
  })

  it('builds without corpus/formulas.json or entities.json', () => {
    expect(index.artifact.formulas).toEqual([])
    expect(index.artifact.entities).toEqual([])
  })

  it('builds, and ignores them, when another article’s tables are left in the corpus', () => {
    const { tables } = readCorpusDir('corpus')
    const swapped = buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], { ...readSharedTables(), ...tables })
    expect(swapped.formulas).toEqual([])
    expect(swapped.entities).toEqual([])
  })

  it('fails the build when a table names a figure the text does not give', () => {
    const formulas = [{ name: 'x', group: 'x', measures: ['pay'], base: { figure: 'no such words', label: 'base' }, per: [] }]
    expect(() => buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], { ...readSharedTables(), formulas })).toThrow(/no figure in the article beside "no such words"/)
  })
})

describe('years told by their place beside another', () => {
  const ARTICLE = `---
id: years
title: Years
---
From 1939 to 1945 the war raged. The treaty was signed the following year.

In 2005 Smith joined the club, founded in 1889. He was made captain the following year.

In 2020, revenue rose over the previous year. The firm moved to Leeds the following year.

In the 14th century the town grew. The following year a fire came.

The mill opened in 1824. The following year, the mill was rebuilt in stone.
`
  const index = new CorpusIndex(buildCorpus([ARTICLE], readSharedTables()))
  const relative = index.artifact.facts.filter((f) => f.shift !== undefined).map((f) => [f.sentenceId.replace(/^years:/, ''), f.date?.year])

  it('count from the one year written before them, in their sentence or the one before', () => {
    // After a span of years, its last; a comparison with "the previous year" moves nothing.
    expect(relative).toEqual([['p1.s2', 1946], ['p3.s1', 2019], ['p3.s2', 2021], ['p5.s2', 1825]])
  })

  it('say which year they are when they date what a "when" question asks', () => {
    expect(reply(index, 'When was the mill rebuilt in stone?').answer).toContain('(“The following year” there is 1825.)')
  })
})
