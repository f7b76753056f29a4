import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/answer/answer-question'
import { corpus } from '../../src/index/load-corpus'

const verdict = (question: string) => /^(Yes|No)\b/.exec(answerQuestion(corpus, question).answer)?.[1]

describe('yes/no questions', () => {
  it('open with Yes when the sentence says what the question asks', () => {
    const r = answerQuestion(corpus, 'Is ISIS getting weaker according to the deserters?')
    expect(r.answer).toMatch(/^Yes\. .*weaker.*\[1\]$/)
    expect(r.citations).toHaveLength(1)
  })

  it('open with No when the sentence gives a different figure', () => {
    expect(verdict("Does the article say that 70 percent of Tarek's fellow fighters were under 18?")).toBe('No')
  })

  it('open with No when the sentence denies it ("eliminating military training")', () => {
    expect(verdict('Did ISIS keep military boot camp after losing Sinjar?')).toBe('No')
  })

  it('open with No when the question claims exactness the article hedges', () => {
    expect(verdict('Does the article say exactly how many fighters defected from Raqqa in March?')).toBe('No')
  })
})
