import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { corpus } from '../../src/index/load-corpus'
import { expandShorthand } from '../../src/retrieve/shorthand'

describe('expandShorthand', () => {
  it('writes out phone shorthand that stands alone in lower case', () => {
    expect(expandShorthand('who joined isis w sami')).toBe('who joined isis with sami')
    expect(expandShorthand('how long sami n his bro been in turkey')).toBe('how long sami and his brother been in turkey')
    expect(expandShorthand('did ammar leave b/c of the pay?')).toBe('did ammar leave because of the pay?')
    expect(expandShorthand('do u call her a teacher')).toBe('do you call her a teacher')
  })

  it('leaves initials, hyphenated words, capitals and a lone "y" alone', () => {
    expect(expandShorthand('Did W. Bush fear U-boats or n-grams?')).toBe('Did W. Bush fear U-boats or n-grams?')
    expect(expandShorthand('the n. of it, x and y')).toBe('the n. of it, x and y')
    expect(expandShorthand('a 100 w bulb and a 5 n force')).toBe('a 100 w bulb and a 5 n force')
    expect(expandShorthand('did he go w/his bro')).toBe('did he go with his brother')
  })
})

describe('a reply to a question typed in shorthand', () => {
  it('answers as it would the question written out', () => {
    const typed = reply(corpus, 'how long was sami gone b4 his mom found out')
    expect(typed.abstained).toBe(false)
    expect(typed.answer).toContain('three months')
    expect(typed.answer).toBe(reply(corpus, 'how long was sami gone before his mom found out').answer)
  })
})
