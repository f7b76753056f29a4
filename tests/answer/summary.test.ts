import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { readSummaryRequest } from '../../src/answer/summary'
import { readFileSync } from 'node:fs'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'
import { readSharedTables } from '../../scripts/lib/corpus-files'

const words = (text: string) => text.replace(/\[\d+\]/g, '').split(/\s+/).filter(Boolean).length
const readingOrder = (ids: string[]) => ids.map((id) => corpus.position.get(id) ?? -1)

describe('summaries', () => {
  it('read what is asked for: the whole article, a part, or a topic', () => {
    expect(readSummaryRequest('Give me the gist of the article')).toEqual({})
    expect(readSummaryRequest('Write a summary of the article')).toEqual({})
    expect(readSummaryRequest('I need a quick summary of this article')).toEqual({})
    expect(readSummaryRequest('Summarize part two, please')).toEqual({ part: 2 })
    expect(readSummaryRequest('sum up the third section')).toEqual({ part: 3 })
    expect(readSummaryRequest("Summarise Sami's story")?.topic).toContain('sami')
    expect(readSummaryRequest('Why did Ammar leave?')).toBeUndefined()
  })

  it('summarise the whole article in 3–5 cited sentences: the thesis, then one per other part in reading order', () => {
    const r = reply(corpus, 'What is this piece about, in a nutshell?')
    expect(r.abstained).toBe(false)
    expect(r.citations.length).toBeGreaterThanOrEqual(3)
    expect(r.citations.length).toBeLessThanOrEqual(5)
    expect(new Set(r.citations.map((c) => c.part)).size).toBe(r.citations.length)
    // The headline asks why Syrians are abandoning the group: the sentence that answers it leads, not the anecdote that opens the article.
    expect(r.citations[0].selector.exact).toMatch(/defections by Syrian fighters/)
    const order = readingOrder(r.citations.slice(1).map((c) => c.sentenceId as string))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(words(r.answer)).toBeLessThanOrEqual(140)
  })

  it('lead with the defining first sentence, in the article’s own order, when the headline only names the subject', () => {
    const oxygen = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/oxygen.md', 'utf8')], readSharedTables()))
    const r = reply(oxygen, 'Summarize the article')
    expect(r.citations[0].selector.exact).toBe('Oxygen is a chemical element with symbol O and atomic number 8.')
    const order = r.citations.map((c) => oxygen.position.get(c.sentenceId as string) ?? -1)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('summarise one part from that part alone', () => {
    const r = reply(corpus, 'Summarize part two')
    expect(r.answer).toMatch(/^Part 2 in brief:/)
    expect(r.citations.length).toBeGreaterThan(0)
    expect(r.citations.every((c) => c.part === 2)).toBe(true)
  })

  it('summarise a topic from the sentences about it', () => {
    const r = reply(corpus, "Can you sum up Sami's story?")
    expect(r.citations.length).toBeGreaterThanOrEqual(2)
    expect(r.answer).toContain('Sami')
  })

  it('read how long a summary should be as how, not what, it summarises', () => {
    const r = reply(corpus, 'give me the gist in a couple of lines')
    expect(r.answer).toMatch(/^“.+” in brief:/)
    expect(new Set(r.citations.map((c) => c.part)).size).toBe(r.citations.length)
  })

  it('lead a topic’s summary with its most relevant sentence, a story with its beginning', () => {
    // The sentence that names the topic leads, though the article reaches it after one that does not.
    const topic = reply(corpus, 'Summarize what it says about training')
    expect(topic.citations[0].selector.exact).toMatch(/\btraining\b/)
    const story = reply(corpus, "Can you sum up Sami's story?")
    const order = readingOrder(story.citations.map((c) => c.sentenceId as string))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('say so when the topic is one the article never mentions, rather than summarise something else', () => {
    const r = reply(corpus, 'Summarize what the article says about Obama')
    expect(r).toMatchObject({ abstained: true, citations: [] })
    expect(r.answer).toContain('Obama')
  })

  it('say so when the article has no such part', () => {
    const r = reply(corpus, 'Summarise part nine')
    expect(r).toMatchObject({ abstained: true, citations: [] })
    expect(r.answer).toMatch(/no part 9/)
  })

  it('answer “what is the bottom line?” with the article’s closing sentence, cited', () => {
    expect(readSummaryRequest("What's the article's bottom line?")).toEqual({ conclusion: true })
    expect(readSummaryRequest('How does the article conclude?')).toEqual({ conclusion: true })
    // Someone in the article concluding something is a question, not a request for the conclusion.
    expect(readSummaryRequest('Why did Shrewsbury conclude that the accounts were exaggerated?')).toBeUndefined()
    // A conclusion about something in the article is a question about it, not the article's own ending.
    expect(readSummaryRequest('What did the report conclude about noise?')).toBeUndefined()
    expect(readSummaryRequest('What is the bottom line of the harbour wall project?')).toBeUndefined()
    expect(readSummaryRequest('Did the author end up interviewing defectors?')).toBeUndefined()
    expect(readSummaryRequest("What is the article's bottom line about where ISIS is heading?")).toEqual({ conclusion: true })
    const r = reply(corpus, 'What is the bottom line on what the defections mean for ISIS and for Syrians?')
    expect(r.answer).toMatch(/^The article concludes:/)
    expect(r.citations[0].selector.exact).toMatch(/beginning to unravel/)
    expect(r.computation).toBeUndefined()
  })

  it('gather a topic named by a group from the whole article, not only the sentences naming the group', () => {
    // "ISIS" is named all through the article: it does not narrow the topic the way a person's name does.
    const r = reply(corpus, 'Summarise what the article says about pay across the armed groups in Syria.')
    expect(r.answer).toContain('$36')
  })

  it('tell a person’s story from its start to its end, asked for in a reader’s words', () => {
    expect(readSummaryRequest("tell me sami's story")).toEqual({ topic: 'sami' })
    expect(readSummaryRequest('What is the story of Hossam?')).toEqual({ topic: 'hossam' })
    expect(readSummaryRequest("What was Sami's story?")).toEqual({ topic: 'sami' })
    expect(readSummaryRequest("What is Mara Quill's story?")).toEqual({ topic: 'mara quill' })
    expect(readSummaryRequest("What is Temüjin's story?")).toEqual({ topic: 'temüjin' })
    // A possessive before "journey" in a question is not a request for a story.
    expect(readSummaryRequest("Which French explorer's journey did Saint-Pierre cite?")).toBeUndefined()
    const r = reply(corpus, "Can you summarize Ammar's story, from why he joined ISIS to how he got out?")
    // He joins in the first paragraph and flees to Turkey at the end of part three: both ends are told.
    expect(r.answer).toMatch(/no longer a believer/)
    expect(r.answer).toMatch(/fled to Turkey/)
    const order = readingOrder(r.citations.map((c) => c.sentenceId as string))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('summarise the reasons a topic asks for as the list the article gives, led by the sentence that introduces it', () => {
    const r = reply(corpus, 'Summarize the section on why Syrians defect from ISIS.')
    expect(r.citations[0].selector.exact).toContain('the motivations for defection and desertion are as diverse')
    expect(r.answer).toContain('declining salaries')
    expect(r.answer).not.toContain('true believers')
    expect(r.answer.replace(/\[\d+\]/g, '').split(/\s+/).length).toBeLessThanOrEqual(180)
    // Every reason of the list, the lead-in first: five motivations named, five given.
    const joining = reply(corpus, 'Summarize why Syrians join ISIS')
    expect(joining.citations.map((c) => c.selector.exact.split(' ')[0])).toEqual(['Interviews', 'First,', 'Second,', 'Third,', 'A', 'Finally,'])
  })

  it('summarise a topic as its part goes on to tell it, from the paragraph that takes it up', () => {
    const r = reply(corpus, 'Summarize how ISIS has been responding to the rise in defections.')
    expect(r.citations[0].selector.exact).toMatch(/extreme measures to deter defections/)
    // The part goes on from the executions to the training it cut: the summary follows it there.
    expect(r.answer).toMatch(/executed hundreds/)
    expect(r.answer).toMatch(/training/)
    expect(new Set(r.citations.map((c) => c.part)).size).toBe(1)
  })
})
