import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { parseNumericQuestion } from '../../src/rules/parse-numeric-question'

const parse = (q: string) => parseNumericQuestion(q, corpus.artifact.entities)

describe('parseNumericQuestion', () => {
  it('reads the operation and the entities in comparison order', () => {
    expect(parse('How many times more than the FSA does Nusra pay?')).toMatchObject({ operation: 'ratio', entities: ['nusra', 'fsa'] })
    expect(parse('How much less does the FSA pay than the regime army?')).toMatchObject({ operation: 'difference', entities: ['fsa', 'syrian-army'] })
    expect(parse('Order the groups from highest to lowest pay')).toMatchObject({ operation: 'rank' })
    expect(parse('Which faction pays the most?')).toMatchObject({ operation: 'max' })
  })

  it('reads a family, a cut and a period', () => {
    expect(parse('What would a fighter with two wives, a dependent parent and three children get after the cut?')).toMatchObject({
      family: { wives: 2, parents: 1, children: 3 }, cut: {},
    })
    expect(parse('What is the FSA salary per year after a 20% cut?')).toMatchObject({ period: 'year', cut: { percent: 20 } })
  })

  it('leaves questions that are not about pay figures to retrieval', () => {
    for (const q of ['Why did ISIS cut salaries?', 'What benefits do fighters receive besides their salary?', 'What do ISIS fighters receive besides the base salary?', 'Where was Ammar from?', 'Which regions do the better-paid foreign fighters come from?']) {
      expect(parse(q), q).toBeUndefined()
    }
  })

  it('flags groups and figures the article does not give', () => {
    expect(parse('How much does the Iraqi army pay?')?.unknownGroup).toBe('the Iraqi army')
    expect(parse('What is the ISIS salary in euros?')?.missing).toMatch(/exchange rate/)
  })

  it('never throws and stays fast on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 1000 }), (s) => {
      const started = performance.now()
      parse(s)
      parse(`How much does ISIS pay ${s} with ${s} children?`)
      expect(performance.now() - started).toBeLessThan(250)
    }), { numRuns: 300 })
  })
})
