import { describe, expect, it } from 'vitest'
import { answerAboutDocument } from '../../src/answer/about-document'
import { reply } from '../../src/answer/reply'
import { corpus } from '../../src/index/load-corpus'

describe('questions about the article itself', () => {
  it('answers who wrote it, when and where it appeared, citing the document', () => {
    const who = answerAboutDocument(corpus, 'Who wrote this article?')
    expect(who?.answer).toContain('Mara Revkin and Ahmad Mhidi')
    expect(who?.citations[0]).toMatchObject({ id: 'quitting-isis', kind: 'document', url: expect.stringContaining('foreignaffairs.com') })
    expect(answerAboutDocument(corpus, 'When was the article published?')?.answer).toContain('May 1, 2016')
    expect(answerAboutDocument(corpus, 'Where was this article published?')?.answer).toContain('Foreign Affairs')
    expect(reply(corpus, 'What is this article about?').answer).toContain('Why Syrians Are Abandoning the Group')
  })

  it('leaves questions about what the article says to retrieval', () => {
    expect(answerAboutDocument(corpus, 'What does the article say about Sami?')).toBeUndefined()
    expect(reply(corpus, 'According to the article, who is Hossam?').answer).toContain('Hossam, a deserter from Idlib')
  })
})
