import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { buildSynonymTable } from '../../src/index/synonyms'

describe('synonym table', () => {
  it('bridges words only to words the article uses', () => {
    const table = buildSynonymTable(new Set(['salari']), [{ words: ['wage', 'salary', 'pay'], weight: 0.8 }])
    expect(Object.fromEntries(table)).toEqual({ wage: [['salari', 0.8]], pai: [['salari', 0.8]] })
  })

  it('bridges readers’ words to the article’s in the built corpus', () => {
    const targets = (word: string) => (corpus.synonyms.get(word) ?? []).map(([s]) => s)
    expect(targets('wage')).toContain('salari')
    expect(targets('kid')).toContain('child')
    expect(targets('quit')).toContain('defect')
    expect(targets('instruct')).toContain('educ')
  })
})
