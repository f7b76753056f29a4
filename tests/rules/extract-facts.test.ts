import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'

const facts = corpus.artifact.facts
const fact = (measure: string, entity?: string) => facts.find((f) => f.measure === measure && (!entity || f.entity === entity))

describe('extracted facts', () => {
  it('finds every pay figure with its group, period and hedge', () => {
    expect(fact('salary', 'isis')).toMatchObject({ value: 50, period: 'month', qualifier: 'starting' })
    expect(fact('allowance-wife', 'isis')).toMatchObject({ value: 50 })
    expect(fact('allowance-parent', 'isis')).toMatchObject({ value: 50 })
    expect(fact('allowance-child', 'isis')).toMatchObject({ value: 35, period: 'month' })
    expect(fact('salary-range', 'isis')).toMatchObject({ value: 400, high: 1200, qualifier: 'between' })
    expect(fact('salary', 'fsa')).toMatchObject({ value: 36, qualifier: 'as little as' })
    expect(fact('salary', 'syrian-army')).toMatchObject({ value: 63, qualifier: 'start at' })
    expect(fact('salary', 'nusra')).toMatchObject({ value: 100, qualifier: 'an average of' })
  })

  it('finds shares, multipliers, durations, ages and counts, spelled out or not', () => {
    expect(fact('pay-cut')).toMatchObject({ value: 50, unit: 'percent', qualifier: 'as much as' })
    expect(fact('pay-multiplier')).toMatchObject({ value: 2, high: 3, entity: 'foreign-fighters', relativeTo: 'syrian-fighters' })
    expect(facts.filter((f) => f.measure === 'share').map((f) => f.value).sort()).toEqual([60, 80])
    expect(facts.filter((f) => f.kind === 'duration').map((f) => [f.value, f.high, f.unit])).toContainEqual([30, 45, 'days'])
    expect(facts.filter((f) => f.kind === 'age').map((f) => f.value).sort((a, b) => a - b)).toEqual([14, 18])
    expect(facts.filter((f) => f.kind === 'count').map((f) => f.value)).toEqual(expect.arrayContaining([8, 6, 5, 2]))
  })

  it('skips years and dates, which are not quantities', () => {
    expect(facts.some((f) => [2011, 2014, 2015, 2016].includes(f.value))).toBe(false)
  })

  it('has evidence that still matches the corpus text (fails the build when the text drifts)', () => {
    for (const f of facts) {
      const doc = corpus.documentOf(f.evidence.passageId)
      expect(doc.text.slice(f.evidence.start, f.evidence.end), f.id).toBe(f.evidence.text)
      const sentence = corpus.sentences.get(f.evidence.sentenceId)
      expect(sentence && sentence.start <= f.evidence.start && f.evidence.end <= sentence.end, f.id).toBe(true)
    }
  })
})
