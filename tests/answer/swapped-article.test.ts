import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readSharedTables } from '../../scripts/lib/corpus-files'

// Another article in place of the bundled one, with none of its optional tables: the assistant must
// answer from it as well as from the article it ships with. Oxygen is among the Wikipedia articles the
// model is fitted on; the harbour town is in no training set.
const oxygen = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/oxygen.md', 'utf8')], readSharedTables()))
const harbour = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], readSharedTables()))

/** The questions not answered with their gold words (any case) from a passage of the swapped-in article. */
function wronglyAnswered(index: CorpusIndex, id: string, cases: [question: string, gold: string][]): string[] {
  return cases.filter(([q, gold]) => {
    const r = reply(index, q)
    return r.abstained || !r.answer.toLowerCase().includes(gold.toLowerCase()) || !r.citations[0]?.id.startsWith(`${id}:`)
  }).map(([q]) => q)
}

describe('an article no model was fitted on, swapped in without tables', () => {
  it('answers its questions from its own sentences', () => {
    const cases: [string, string][] = [
      ['Who founded Port Alder?', 'fishermen'],
      ['When was the first stone bridge over the Lune built?', '1312'],
      ['Who kept the lighthouse?', 'Mara Quill'],
      ['How long is the North Pier?', '410 metres'],
      ['Who won the 2019 cup final?', 'Alder Rovers'],
      ['When was the South Pier built?', '1899'],
    ]
    expect(wronglyAnswered(harbour, 'harbour-town', cases)).toEqual([])
  })
})

describe('explanations on an article without tables', () => {
  it('quotes the sentence that goes on with the mechanism, not only the one that sets it up', () => {
    const r = reply(harbour, 'How is the silt cleared from the harbour mouth?')
    expect(r.answer).toMatch(/^Silt from the Lune fills the harbour mouth each winter\. Every spring a dredger scoops the silt .* out to sea\. \[1\]$/)
    expect(r.citations[0].selector.exact).toContain('a barge carries the spoil')
  })
})

describe('a Wikipedia article swapped in, without tables', () => {
  it('answers its questions from its own sentences', () => {
    const cases: [string, string][] = [
      ['Which element has the atomic number 8?', 'oxygen'],
      ['Who showed that air is needed for combustion?', 'Boyle'],
      ['In which year did Priestley publish his account of the gas?', '1775'],
      ['What did Priestley call the gas he made?', 'dephlogisticated air'],
      ['Who made one of the first known experiments on combustion and air?', 'Philo of Byzantium'],
      ['What share of the atmosphere is diatomic oxygen?', '20.8%'],
    ]
    expect(wronglyAnswered(oxygen, 'oxygen', cases)).toEqual([])
  })

  it('summarises it and says nothing of the article it replaced', () => {
    const r = reply(oxygen, 'What is this article about?')
    expect(r.citations.length).toBeGreaterThanOrEqual(3)
    expect(r.answer).not.toMatch(/ISIS|Syria/)
  })

  it('abstains on what it does not say', () => {
    expect(reply(oxygen, 'Who won the 2018 World Cup?').abstained).toBe(true)
  })
})

describe('any article-like text', () => {
  const word = fc.oneof(
    fc.constantFrom('the', 'a', 'of', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'Ammar', 'naïve', 'café', 'Zürich', '日本', '—', '“quoted”', '$4.2 billion', '1,200', '60%', '1066', 'BC', 'e.g.', 'U.S.', '...', '?!', '#', '##'),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.integer({ min: -1e6, max: 1e9 }).map(String),
  )
  const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => `${w.join(' ')}.`)
  const paragraph = fc.oneof(fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' ')), fc.array(sentence, { minLength: 40, maxLength: 60 }).map((s) => s.join(' ')), fc.constantFrom('# A heading', '## Another', 'Photo credit', ''))
  const article = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((ps) => `---\nid: random\ntitle: Random\n---\n${ps.join('\n\n')}\n`)

  it('builds and answers without throwing', () => {
    const tables = readSharedTables()
    fc.assert(fc.property(article, fc.string({ maxLength: 60 }), (source, question) => {
      const corpus = new CorpusIndex(buildCorpus([source], tables))
      const r = reply(corpus, question || 'What is this about?')
      expect(typeof r.answer).toBe('string')
    }), { numRuns: 25 })
  }, 120_000)
})

describe('an article with two lists of reasons in one part', () => {
  const towns = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/towns.md', 'utf8')], readSharedTables()))

  it('answers a broad why with the list whose items answer it, and a narrow one with its item', () => {
    const leaving = reply(towns, 'Why do families leave the town?')
    expect(leaving.answer).toMatch(/^The article gives three reasons\. For one, .*ferry.*cannery.*clinic/)
    expect(reply(towns, 'Why do families move to the coast?').answer).toMatch(/^The article gives three reasons\. First, .*houses/)
    expect(reply(towns, 'Why did the cannery close?').citations).toHaveLength(1)
    // One reason asked for, among the list's: that reason alone.
    const mondays = reply(towns, 'Why do families leave the town on Mondays?')
    expect(mondays.citations).toHaveLength(1)
    expect(mondays.answer).toContain('clinic')
  })

  it('summarises the reasons from the sentence that leads into their list', () => {
    const r = reply(towns, 'Summarize why families leave the town')
    expect(r.citations[0].selector.exact).toBe('The reasons people give for leaving are just as varied.')
    expect(r.answer).toContain('winter ferry')
    expect(r.answer).not.toContain('sea air')
  })
})

describe('an article whose list follows a heading and whose words are also shorthand', () => {
  const mills = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/mills.md', 'utf8')], readSharedTables()))

  it('summarises every reason, however alike their words, and never leads with the heading', () => {
    const r = reply(mills, 'Summarize why workers left the valley')
    expect(r.answer).not.toContain('##')
    for (const reason of ['wages', 'railway', 'river']) expect(r.answer).toContain(reason)
  })

  it('reads the article’s own words as written, not as shorthand ("bout", "Ur", "n")', () => {
    expect(reply(mills, 'what was the bout').answer).toContain('title bout')
    expect(reply(mills, 'where was ur').answer).toContain('city of Ur')
    expect(reply(mills, 'what was the value of n').answer).toContain('value of n')
  })
})
