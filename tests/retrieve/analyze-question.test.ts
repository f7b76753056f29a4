import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { analyzeQuestion } from '../../src/retrieve/analyze-question'

const termsOf = (question: string) => analyzeQuestion(corpus, question).terms

describe('analyzeQuestion', () => {
  it('reads a dropped g as the -ing word the article uses, with all its synonyms', () => {
    const typed = termsOf('why is isis killin its own fighters')
    const spelt = termsOf('why is isis killing its own fighters')
    expect(typed).toEqual(spelt)
    expect(typed.find((t) => t.word === 'killing')?.known).toBe(true)
  })

  it('leaves a word ending in -in alone when the article has no -ing form of it', () => {
    expect(termsOf('What was the profit margin?').map((t) => t.word)).toContain('margin')
    expect(termsOf('Did his cousin fight too?').map((t) => t.word)).toContain('cousin')
  })
})
