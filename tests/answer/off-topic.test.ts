import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { corpus } from '../../src/index/load-corpus'

describe('requests that are not about the article', () => {
  it('are declined plainly, citing nothing, instead of answered with the nearest sentence', () => {
    for (const q of ['Can you help me write a cover letter for an internship?', 'Translate "thank you" into Arabic for me.', 'How do I reset my iPhone?', 'Please recommend a documentary about Syria.', 'Can you help me write an essay on climate change?']) {
      const r = reply(corpus, q)
      expect(r, q).toMatchObject({ abstained: true, citations: [] })
      expect(r.answer, q).toMatch(/^I can only answer questions about this article/)
    }
  })

  it('but questions and requests about the article are still answered', () => {
    expect(reply(corpus, 'Can you explain why Ammar left ISIS?').abstained).toBe(false)
    expect(reply(corpus, 'Write a summary of the article').answer).toMatch(/in brief/)
    expect(reply(corpus, 'Translate the article’s title into plain English').answer).not.toMatch(/^I can only answer/)
    // Shaped like tasks, but what they ask for is the article's: a clause, its quotes, its own words.
    for (const q of ['Can you play back what Ammar said?', 'Write down the salary figures', 'Please send me the quote where Ammar talks about Assad', 'Order the events of Ammar’s life', 'How can I explain to my students why Syrians joined ISIS?']) {
      expect(reply(corpus, q).answer, q).not.toMatch(/^I can only answer/)
    }
  })
})
