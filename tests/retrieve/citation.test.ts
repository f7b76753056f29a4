import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { citeSentence, textFragment } from '../../src/retrieve/citation'

describe('citations', () => {
  it('carry the passage, the sentence offsets, a quote selector and a text-fragment link', () => {
    const c = citeSentence(corpus, 'quitting-isis:p1.s3')
    const doc = corpus.documentOf(c.id)
    expect(c.id).toBe('quitting-isis:p1')
    expect(c.text).toContain('He turned to ISIS in November 2014')
    expect(doc.text.slice(c.start, c.end)).toBe(c.selector.exact)
    expect(doc.text.slice(c.start - c.selector.prefix.length, c.start)).toBe(c.selector.prefix)
    expect(c.url).toMatch(/^https:\/\/www\.foreignaffairs\.com\/articles\/syria\/2016-05-01\/quitting-isis#:~:text=He%20turned%20to%20ISIS,/)
  })

  it('escape the dash and comma that text fragments reserve', () => {
    expect(textFragment('joining—and quitting, too')).toBe('joining%E2%80%94and%20quitting%2C%20too')
    expect(textFragment('a U.S.-led coalition')).toContain('%2D')
  })
})
