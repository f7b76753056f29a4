import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/ingest/sentences'

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text)

describe('splitSentences', () => {
  it('does not end a sentence at a person’s initials or a title before a name', () => {
    expect(texts('In July 1960, Deputy Administrator Hugh L. Dryden announced it. Then more.')).toEqual(['In July 1960, Deputy Administrator Hugh L. Dryden announced it.', 'Then more.'])
    expect(texts('Mathematicians such as G. H. Hardy prided themselves on it.')).toHaveLength(1)
    expect(texts('Mr. Smith met Dr. Jones. Gen. Lee left.')).toEqual(['Mr. Smith met Dr. Jones.', 'Gen. Lee left.'])
  })

  it('reads a court case’s "v." as part of its name', () => {
    expect(texts('It led to the 1978 Supreme Court case of FCC v. Pacifica Foundation. Then more.')).toEqual(['It led to the 1978 Supreme Court case of FCC v. Pacifica Foundation.', 'Then more.'])
  })

  it('reads "U.S." before a name as part of the sentence, before an opening word as its end', () => {
    expect(texts('The U.S. Army won. It was in Washington, D.C. The end.')).toEqual(['The U.S. Army won.', 'It was in Washington, D.C.', 'The end.'])
  })

  it('still ends one at a capital letter that is not an initial, or before a word that opens a sentence', () => {
    expect(texts('He took vitamin C. The next day he left.')).toHaveLength(2)
    expect(texts('It ended World War I. He went home.')).toHaveLength(2)
    expect(texts('He lived on Main St. He moved.')).toHaveLength(2)
  })

  it('knows initials and titles in any alphabet', () => {
    expect(texts('José L. Borges wrote it. Dr. Émile Zola read it.')).toEqual(['José L. Borges wrote it.', 'Dr. Émile Zola read it.'])
  })

  it('keeps offsets that point at each sentence in the paragraph', () => {
    const paragraph = 'It was founded by John D. Rockefeller in 1890. It grew.'
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text)
  })
})
