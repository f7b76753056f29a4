import { describe, expect, it } from 'vitest'
import { lookalikeTable } from '../../src/index/lookalikes'

describe('lookalikeTable', () => {
  const vocabulary = new Set(['seem', 'rest', 'analys', 'harbour'])
  const table = lookalikeTable(['seams', 'reset', 'rested', 'analyze', 'elephant', 'harbor', 'cat'], vocabulary, (s) => vocabulary.has(s))

  it('lists English words within a spelling slip of the article’s words that are other words', () => {
    expect(table).toContain('seam')
    expect(table).toContain('reset')
  })

  it('leaves out the article’s own words, words far from all of them, short words and the other side of the Atlantic’s spelling', () => {
    expect(table).not.toContain('rest')
    expect(table).not.toContain('eleph')
    expect(table).not.toContain('cat')
    expect(table).not.toContain('analyz')
  })
})
