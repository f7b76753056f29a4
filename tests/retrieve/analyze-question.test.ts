import { describe, expect, it } from 'vitest'
import { readSharedTables } from '../../scripts/lib/corpus-files'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'
import { tokenize } from '../../src/index/tokenize'
import { reply } from '../../src/answer/reply'
import { analyzeQuestion, questionType } from '../../src/retrieve/analyze-question'

const termsOf = (question: string) => analyzeQuestion(corpus, question).terms

describe('analyzeQuestion', () => {
  it('reads a dropped g as the -ing word the article uses, with all its synonyms', () => {
    const typed = termsOf('why is isis killin its own fighters')
    const spelt = termsOf('why is isis killing its own fighters')
    expect(typed).toEqual(spelt)
    expect(typed.find((t) => t.word === 'killing')?.known).toBe(true)
  })

  it('reads "what are the main reasons" as a why, the reason words being the question, not its matter', () => {
    expect(questionType('what are the main reasons syrians join isis?').type).toBe('why')
    expect(questionType('what were the underlying causes of the crisis?').type).toBe('why')
    expect(termsOf('What were the main reasons Syrians joined ISIS?').map((t) => t.word)).toEqual(['syrians', 'joined', 'isis'])
    expect(termsOf('Why is the main square closed?').map((t) => t.word)).toContain('main')
  })

  it('does not match what the question says the article does ("does the article offer", "cite", "rely on") as its matter', () => {
    expect(termsOf('What evidence does the article offer that ISIS is losing fighters?').map((t) => t.word)).not.toContain('offer')
    expect(termsOf('Which sources do the authors rely on?').map((t) => t.word)).not.toContain('rely')
    expect(termsOf('Why did ISIS offer amnesty?').map((t) => t.word)).toContain('offer')
  })

  it('leaves a word ending in -in alone when the article has no -ing form of it', () => {
    expect(termsOf('What was the profit margin?').map((t) => t.word)).toContain('margin')
    expect(termsOf('Did his cousin fight too?').map((t) => t.word)).toContain('cousin')
  })

  it('asks for a reason however the reader words it', () => {
    for (const q of ['what prompted the city to raise taxes?', 'what drove them out?', 'how come the river flooded?', 'what explains the drop in sales?']) expect(questionType(q).type, q).toBe('why')
    expect(questionType('what did the mayor promise?').type).toBe('what')
  })

  it('does not read a question word inside a compound as the question\'s ("know-how", "how-to")', () => {
    expect(questionType('what know-how is the company after?')).toEqual({ type: 'what', headNoun: 'know-how' })
    expect(questionType('which how-to guide did she write first?').type).toBe('what')
    expect(questionType('how do they know how to fly?').type).toBe('how')
  })

  it('reads "what\'s", "whats" and "who\'s" as the question word with "is"', () => {
    expect(questionType("what's the name of the mayor's brother?")).toEqual({ type: 'who', headNoun: 'name' })
    expect(questionType('whats the capital of the region')).toEqual({ type: 'where', headNoun: 'capital' })
    expect(questionType("who's the mayor?").type).toBe('who')
    // Nor are they words to look for.
    expect(termsOf('whats the name of samis brother').map((t) => t.word)).not.toContain('whats')
  })

  it('reads "who", "when" and "where" inside a clause as part of the question, not what it asks', () => {
    expect(questionType('how does isis treat fighters who try to flee?').type).toBe('how')
    expect(questionType('what did ammar do when he reached turkey?').type).toBe('what')
    expect(questionType('what are some territories where the state is responsible?').type).toBe('what')
    // A question word after an opening clause still asks: "When Fox left, who replaced him?"
    expect(questionType('when john fox left as head coach, who replaced him?').type).toBe('who')
    expect(questionType('who did ammar fight for when he joined?').type).toBe('who')
    expect(questionType('according to the aaa, what is the percentage of stations that ran dry?').type).toBe('percent')
  })

  it('reads an English word that only looks like one of the article’s as itself, not as a misspelling', () => {
    const seams = termsOf('Is the outfit coming apart at the seams?').find((t) => t.word === 'seams')
    expect(seams?.expansions.map(([s]) => s)).not.toContain('seem')
    // A real misspelling is still read as the article's word.
    expect(termsOf('Why did Ammar abandonn ISIS?').find((t) => t.word === 'abandonn')?.expansions.map(([s]) => s)).toContain('abandon')
  })
})

describe('names typed in lower case', () => {
  const index = new CorpusIndex(buildCorpus([`---\nid: unit\ntitle: Unit\n---\nTarek, a former fighter from the east, estimated that most of his unit were teenagers.\n\nAlthough data is scarce, hundreds have deserted. Interviews with deserters suggest many motives. Realizing this, the leaders cut pay.\n`], readSharedTables()))
  it('knows a name the article writes only at the start of a sentence, and no English word that stands there', () => {
    expect(analyzeQuestion(index, 'why did tarek quit').names).toEqual(['tarek'])
    expect([...index.properNouns].filter((w) => ['although', 'interviews', 'realizing'].includes(w))).toEqual([])
  })
})

describe('one word written as two, or two as one', () => {
  const ocean = new CorpusIndex(buildCorpus([`---
id: oceans
title: Oceans
---
Rain that falls on land runs to the rivers as fresh water. The sea is home to whales, and its water is cold.

Seawater covers about seventy percent of the surface of the planet. Salt makes up 3.5 percent of its weight.
`], readSharedTables()))
  const cited = (question: string) => reply(ocean, question).citations[0]?.text ?? ''

  it('matches "sea water" to the article\'s "seawater", and cites it', () => {
    expect(analyzeQuestion(ocean, 'How much of the planet does sea water cover?').terms.find((t) => t.word === 'sea')?.expansions.map(([s]) => s)).toContain(tokenize('seawater')[0].stem)
    expect(cited('How much of the planet does sea water cover?')).toContain('Seawater covers')
  })

  it('matches "freshwater" to the article\'s "fresh water" when it writes the two side by side', () => {
    expect(analyzeQuestion(ocean, 'Where does freshwater come from?').terms.find((t) => t.word === 'freshwater')?.expansions.map(([s]) => s)).toEqual(['fresh', 'water'])
    // "whales" and "water" stand side by side nowhere: "whalewater" is no compound of the article's.
    expect(analyzeQuestion(ocean, 'Is there whalewater?').terms.find((t) => t.word === 'whalewater')?.expansions.map(([s]) => s) ?? []).not.toContain('whale')
  })
})

describe('phrases that WordNet lists', () => {
  const castle = new CorpusIndex(buildCorpus([`---
id: castle
title: The castle
---
The rebels marched on the castle in the spring. They swore to overthrow the king before the harvest.

The rebels also planted wheat around the castle walls. The king had no effect on the harvest. The guards wear helmets.
`], readSharedTables()))
  const expansions = (question: string) => analyzeQuestion(castle, question).terms.flatMap((t) => t.expansions.map(([s]) => s))

  it('reads "bring down" as the article\'s "overthrow", and answers from the sentence that says it', () => {
    expect(expansions('Did the rebels want to bring down the king?')).toContain('overthrow')
    const answer = reply(castle, 'Did the rebels want to bring down the king?')
    expect(answer.answer).toMatch(/^Yes\b/)
    expect(answer.citations[0]?.text).toContain('overthrow the king')
  })

  it('leaves phrases of grammar words alone: "have on" in "what effect did it have on" is not "wear"', () => {
    expect(analyzeQuestion(castle, 'What effect did the king have on the harvest?').terms.map((t) => t.stem)).not.toContain('have on')
    expect(castle.synonyms.has('have on')).toBe(false)
  })

  it('reads no phrase across punctuation', () => {
    expect(expansions('What did the king bring? Down payments?')).not.toContain('overthrow')
    expect(expansions('Did the rebels bring, down by the river, the wheat?')).not.toContain('overthrow')
  })
})
