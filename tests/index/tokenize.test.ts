import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/index/normalize'
import { indexTerms, tokenize } from '../../src/index/tokenize'

describe('tokenize', () => {
  it('folds curly quotes, dashes and case, and keeps offsets into the original', () => {
    const text = 'ISIS’ “cubs”—fighters'
    expect(foldText(text)).toHaveLength(text.length)
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.word)).toEqual(['isis', 'cubs', 'fighters'])
    expect(text.slice(tokens[2].start, tokens[2].end)).toBe('fighters')
  })

  it('reads "1,200" as one number and drops possessives', () => {
    expect(tokenize('$1,200 for Sami’s family').map((t) => t.word)).toEqual(['1200', 'for', 'sami', 'family'])
  })

  it('stems and drops stop words the same way for documents and questions', () => {
    expect(indexTerms('The fighters were paid salaries')).toEqual(['fighter', 'paid', 'salari'])
    expect(indexTerms('salary of a fighter')).toEqual(['salari', 'fighter'])
  })
})
