import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { answerSources } from '../../src/answer/sources'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'
import { readSharedTables } from '../../scripts/lib/corpus-files'

describe('questions about where the article’s information comes from', () => {
  it('answers with the sentences that name its sources, each cited, in reading order', () => {
    for (const q of ['What kind of evidence do the authors rely on?', 'What sources does the article draw on?', 'What is the article based on?']) {
      const r = reply(corpus, q)
      expect(r.answer, q).toMatch(/^The article draws on: We spoke with eight former ISIS fighters in Turkey/)
      expect(r.citations.length, q).toBeGreaterThanOrEqual(2)
      expect(r.citations[0].selector.exact).toContain('We spoke with eight former ISIS fighters')
    }
  })

  it('leaves a question with a topic of its own to retrieval', () => {
    expect(answerSources(corpus, 'What evidence does the article offer that ISIS is losing its grip on its fighters?')).toBeUndefined()
    expect(answerSources(corpus, 'Where did Ammar flee to?')).toBeUndefined()
  })

  it('does not take someone else’s words or “according to the law” for the authors’ sources, and leaves a yes/no to retrieval', () => {
    const match = [
      '---', 'id: final', 'title: The Final', '---',
      '“We met every morning at six and talked about nothing but the final,” the captain said. The club was run according to strict rules.',
      '',
      'According to club documents, the stadium holds 12,000 people.',
      '',
      'We interviewed six players after the match.',
    ].join('\n')
    const index = new CorpusIndex(buildCorpus([match], readSharedTables()))
    const r = answerSources(index, 'What sources does the article draw on?')
    expect(r?.citations.map((c) => c.selector.exact)).toEqual(['According to club documents, the stadium holds 12,000 people.', 'We interviewed six players after the match.'])
    expect(answerSources(index, 'Is the article based on interviews?')).toBeUndefined()
    expect(answerSources(index, 'What does the article say about research?')).toBeUndefined()
  })

  it('says nothing of sources in an article that never names any', () => {
    const harbour = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], readSharedTables()))
    expect(answerSources(harbour, 'What sources does the article draw on?')).toBeUndefined()
  })
})
