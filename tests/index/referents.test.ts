import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'

const article = `---
id: lopez
title: A Lawyer's Life
---
Maria Lopez, a lawyer from Valencia, opened her first office in 1998. She had studied law at the University of Salamanca. One neighbour said that he moved to Lisbon in 2003. He added that the rents had doubled.

Lopez, by then a judge, was seventy when the law changed. A year later, she retired to Valencia.
`

describe('whom a sentence refers to without naming them, as search finds it', () => {
  const index = new CorpusIndex(buildCorpus([article], { wordnet: [] }))

  /** The sentences a search for Lopez finds, by her name or by a pronoun that stands for her. */
  const found = () => new Set(index.search.search('lopez').map((r) => r.id))

  it('reads "she" as the person named before', () => {
    expect(found().has('lopez:p1.s2')).toBe(true)
  })

  it('reads "he" after "One neighbour said…" as that someone new, and so the sentence after it', () => {
    expect(found().has('lopez:p1.s3')).toBe(false)
    expect(found().has('lopez:p1.s4')).toBe(false)
  })

  it('keeps the person after "A year later, she…": a time, not someone new', () => {
    expect(found().has('lopez:p2.s2')).toBe(true)
  })

  it('gives the ranker the person a pronoun stands for, and no one where the sentence names someone new', () => {
    expect(index.impliedStemsOf('lopez:p1.s2')).toContain('lopez')
    expect(index.impliedStemsOf('lopez:p1.s1')).toEqual([])
    expect(index.impliedStemsOf('lopez:p1.s3')).toEqual([])
  })
})
