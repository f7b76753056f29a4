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

  it('reads a letter with an accent as the plain letter, so a name typed without it is the same word', () => {
    const text = 'Temüjin married Börte near Łódź.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.word)).toEqual(['temujin', 'married', 'borte', 'near', 'lodz'])
    expect(text.slice(tokens[2].start, tokens[2].end)).toBe('Börte')
    expect(indexTerms('Temujin and Borte')).toEqual(indexTerms('Temüjin and Börte'))
  })

  it('reads accents typed as separate marks, and a capital İ, without shifting the offsets after them', () => {
    const text = 'Temu\u0308jin met İbrahim and Ammar.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.word)).toEqual(['temujin', 'met', 'ibrahim', 'and', 'ammar'])
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Temu\u0308jin', 'met', 'İbrahim', 'and', 'Ammar'])
  })

  it('reads "1,200" as one number and drops possessives', () => {
    expect(tokenize('$1,200 for Sami’s family').map((t) => t.word)).toEqual(['1200', 'for', 'sami', 'family'])
  })

  it('stems and drops stop words the same way for documents and questions', () => {
    expect(indexTerms('The fighters were paid salaries')).toEqual(indexTerms('fighter pay salary'))
    expect(indexTerms('salary of a fighter')).toEqual(['salari', 'fighter'])
  })

  it('reduces irregular forms and folds British spellings', () => {
    expect(indexTerms('men fled, spoke')).toEqual(indexTerms('man flee speak'))
    expect(indexTerms('organisation recognised')).toEqual(indexTerms('organization recognized'))
    expect(indexTerms('promise')).not.toEqual(indexTerms('promize'))
    // "-our" is British for "-or" in "colour" and its forms, not in "hours", "tours" or "poured".
    expect(indexTerms('colours coloured honourable')).toEqual(indexTerms('color colored honorable'))
    expect(indexTerms('hours tours poured')).toEqual(indexTerms('hour tour pour'))
    expect(indexTerms('favouritism colourless behavioural')).toEqual(indexTerms('favoritism colorless behavioral'))
    expect(indexTerms('journal')).toEqual(indexTerms('journals'))
  })

  it('reads a phrasal verb as the word it means, keeping its span', () => {
    const tokens = tokenize('He turned to ISIS')
    expect(tokens.map((t) => t.stem)).toEqual(['he', 'join', 'isi'])
    expect('He turned to ISIS'.slice(tokens[1].start, tokens[1].end)).toBe('turned to')
    expect(indexTerms('why did he sign up')).toEqual(indexTerms('join'))
  })
})
