import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/answer/answer-question'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'
import { analyzeQuestion } from '../../src/retrieve/analyze-question'
import { rankSentences } from '../../src/retrieve/rank-sentences'
import { readSharedTables } from '../../scripts/lib/corpus-files'

/** A small article of the test's own, built as the worker builds one. */
function article(id: string, title: string, body: string): CorpusIndex {
  return new CorpusIndex(buildCorpus([`---\nid: ${id}\ntitle: ${title}\nauthors: A. Writer\npublication: Test Gazette\ndate: 2021-03-01\nurl: https://example.com/${id}\n---\n${body}`], readSharedTables()))
}

describe('answerQuestion', () => {
  it('answers with the sentences that hold the answer, each marked and cited', () => {
    const r = answerQuestion(corpus, 'In what year did Ammar join ISIS?')
    expect(r.abstained).toBe(false)
    expect(r.answer).toContain('2014')
    const markers = [...r.answer.matchAll(/\[(\d)\]/g)].map((m) => Number(m[1]))
    expect(markers).toEqual(r.citations.map((_, i) => i + 1))
    expect(r.citations[0].selector.exact).toContain('2014')
  })

  it('prefers the sentence that introduces a person for "who is"', () => {
    expect(answerQuestion(corpus, 'Who was Hossam?').answer).toContain('Hossam, a deserter from Idlib')
  })

  it('adds a caption’s photo credit when the caption answers', () => {
    expect(answerQuestion(corpus, 'Who took the photo of the flag in Palmyra?').answer).toContain('Omar Sanadiki')
  })

  it('abstains plainly, citing nothing, on names and facts the article lacks', () => {
    for (const q of ['What is the capital of Peru?', 'What is the population of Raqqa?', 'asdf qwer zxcv']) {
      const r = answerQuestion(corpus, q)
      expect(r.abstained, q).toBe(true)
      expect(r.citations).toEqual([])
      expect(r.answer).toMatch(/does not (say|mention)/)
    }
  })

  it('does not answer "exactly how many" with an estimate in words, nor "when exactly" without a date', () => {
    expect(answerQuestion(corpus, 'Exactly how many ISIS fighters defected from Raqqa and Aleppo in March?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    expect(answerQuestion(corpus, 'What is the unemployment rate in Syria, as a number?')).toMatchObject({ abstained: true, citations: [] })
    // A figure in digits or number words still answers, however precisely asked.
    expect(answerQuestion(corpus, 'Exactly how many former fighters did the authors speak with?').answer).toMatch(/\beight\b/)
    expect(answerQuestion(corpus, 'When exactly did Ammar flee to Turkey?').answer).toContain('January 2016')
  })

  it('answers "what percentage" only with a share ("60 percent", "a third"), not with a count', () => {
    expect(answerQuestion(corpus, 'What percentage of the fighters who defected in March were Syrian?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    expect(answerQuestion(corpus, 'What percentage of Tarek’s fellow combatants were under 18?').answer).toContain('60 percent')
  })

  it('answers "how much did he earn" only with an amount of money, not with the hours he worked', () => {
    expect(answerQuestion(corpus, 'How much did the Deir Ezzor deserter earn at the job he finally found?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    // "How much time … spend" asks for time, not money.
    expect(answerQuestion(corpus, 'How much time did the deserter spend looking for a job?').answer).toContain('two months')
    expect(answerQuestion(corpus, 'How much did ISIS pay a fighter for each child?').answer).toContain('$35')
  })

  it('answers "by how much" only with the size of a change, not a sentence that only says it changed', () => {
    // "…as a result of pay cuts and rising food prices": no figure for the rise ("One former fighter" is not one).
    expect(answerQuestion(corpus, 'By how much did food prices rise in Deir Ezzor?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    expect(answerQuestion(corpus, 'By how much has ISIS cut salaries?').answer).toMatch(/50 percent/)
  })

  it('does not answer "how many" with a sentence that gives no figure, though it speaks of the thing counted', () => {
    const r = answerQuestion(corpus, 'How many child soldiers does ISIS have in total?')
    expect(r).toMatchObject({ abstained: true, citations: [] })
    expect(r.answer).toContain('no figure')
    // A count the article does give is still answered.
    expect(answerQuestion(corpus, 'How many former ISIS fighters did the authors speak with?').answer).toMatch(/\beight\b/)
  })
})

describe('people a sentence speaks of by pronoun', () => {
  it('answers with the sentence that says "he" for the person asked about when it holds the answer', () => {
    // "And so in January 2016, he … fled to Turkey", after a sentence naming Ammar.
    expect(answerQuestion(corpus, 'When did Ammar flee?').answer).toContain('January 2016')
  })

  it('still abstains on what the article never says of that person', () => {
    expect(answerQuestion(corpus, "What is Ammar's family name?").abstained).toBe(true)
  })
})

describe('reasons', () => {
  it('goes on to the next sentence when the best one sets the scene but gives no reason', () => {
    const r = answerQuestion(corpus, 'why did the tribal leader say no to the ISIS official?')
    // One citation holds the scene and the reason that follows it.
    expect(r.citations[0].selector.exact).toContain('recounted a conversation')
    expect(r.citations[0].selector.exact).toContain('thieves and thugs')
  })

  it('reads "its own" as meaning something: the group\'s own fighters, not fighters in general', () => {
    const r = answerQuestion(corpus, 'Why is ISIS killing its own fighters?')
    expect(r.citations[0].selector.exact).toContain('executed hundreds of its own fighters for trying to flee')
  })

  it('goes back to the sentence before when the best one tells what happened but not why', () => {
    const r = answerQuestion(corpus, 'Why did Ammar flee to Turkey?')
    expect(r.citations[0].selector.exact).toMatch(/^The final straw was his commanding officer’s decision to redeploy him to the frontlines in Iraq\. Soon after receiving news of his imminent transfer, Ammar fled to Turkey\./)
    // Asked why he left, the answer gives that reason too, after the one the article opens with.
    expect(answerQuestion(corpus, 'Why did Ammar leave ISIS?').answer).toContain('The final straw was his commanding officer’s decision')
  })
})

describe('reasons past a quotation', () => {
  const ferry = article('ferry', 'The Last Ferry', `For a century the Lune ferry carried farmers, cattle and mail between the two banks of the estuary, which is two miles wide at the crossing. Its wooden landing stages, rebuilt after a storm some decades ago, still stand at both ends of the old road.

The ferry stopped running in 1990, after the company had cut its crossings to two a day. As one of its last captains said, “Nobody came any more.” The company closed the route because the new bridge upstream had taken almost all of its passengers. The boats were sold to a museum in Glasgow.

Today the landing stages are used by anglers and by the rowing club, which holds a regatta every August.
`)

  it('says the article does not say when, when the sentences about the event give no time', () => {
    expect(answerQuestion(ferry, 'When were the boats sold to the museum?')).toMatchObject({ abstained: true, answer: 'The article does not say when.', citations: [] })
    expect(answerQuestion(ferry, 'When did the ferry stop running?').answer).toContain('in 1990')
    expect(answerQuestion(ferry, 'When does the rowing club hold its regatta?').answer).toContain('every August')
  })

  it('says the article does not say the year, when the sentences about the event give a time but no year', () => {
    expect(answerQuestion(ferry, 'In what year were the landing stages rebuilt after the storm?')).toMatchObject({ abstained: true, answer: 'The article does not say when.' })
    expect(answerQuestion(ferry, 'In what year did the ferry stop running?').answer).toContain('in 1990')
  })

  it('gives no figure when a measure is asked and the sentences about it hold none', () => {
    expect(answerQuestion(ferry, 'How wide is the estuary at the crossing?').answer).toContain('two miles wide')
    expect(answerQuestion(ferry, 'How long is the new bridge upstream?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    expect(answerQuestion(ferry, 'How much did the museum in Glasgow pay for the boats?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    // "How much" and "how far" that do not ask for a figure are answered from the article.
    expect(answerQuestion(ferry, 'How much did the new bridge upstream take from the ferry?').answer).toContain('almost all of its passengers')
  })

  it('reads "what year of…" and "year-round" as not asking for a year', () => {
    expect(answerQuestion(ferry, 'What year-round use do the landing stages have today?').answer).not.toBe('The article does not say when.')
  })

  it('does not read on past a phrase quoted in passing into another story', () => {
    const r = answerQuestion(corpus, 'Why did Ammar feel ISIS was the only one standing up to Assad?')
    expect(r.answer).not.toContain('Homs')
  })

  it('reads on past someone’s words to the sentence that gives the reason', () => {
    const r = answerQuestion(ferry, 'Why did the ferry stop running?')
    expect(r.citations[0].selector.exact).toMatch(/^The ferry stopped running in 1990.*“Nobody came any more\.” The company closed the route because the new bridge/)
  })
})

describe('reasons told before their outcome', () => {
  const mills = article('mills', 'The Valley Mills', `The valley had spun wool since the Middle Ages, in cottages scattered along the river.

In 1850 a railway reached the valley, and the cost of carrying wool to the coast fell by half. As a result, the town’s mills doubled their output within a decade. Most of the new workers came from the hill farms.

The last mill closed in 1982 and is now a museum.
`)

  it('quotes the sentence before one that opens with its consequence ("As a result, …")', () => {
    const r = answerQuestion(mills, 'Why did the town’s mills double their output?')
    expect(r.citations[0].selector.exact).toMatch(/^In 1850 a railway reached the valley.*As a result, the town’s mills doubled/)
  })
})

describe('counts, shares and money', () => {
  const election = article('election', 'The Town Election', `Turnout in the town election was 64 percent, the highest in a decade. The winning campaign spent $30,000 on posters and radio.

Three candidates stood for mayor. The council has nine seats.

The campaign paid its volunteers 40 dollars a day. In 2019 in the north ward the ballots were counted twice.
`)

  it('does not count with an amount of money in words, nor take a year for a share', () => {
    expect(answerQuestion(election, 'How many volunteers did the campaign pay?')).toMatchObject({ abstained: true })
    expect(answerQuestion(election, 'What percentage of the ballots were spoiled in 2019?')).toMatchObject({ abstained: true })
  })

  it('does not count with a percentage or an amount of money', () => {
    expect(answerQuestion(election, 'How many people voted in the town election?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    expect(answerQuestion(election, 'How many candidates stood for mayor?').answer).toMatch(/\bThree candidates\b/)
    expect(answerQuestion(election, 'What percentage of voters turned out in the town election?').answer).toContain('64 percent')
  })
})

describe('prices', () => {
  const stadium = article('stadium', 'The New Stadium', `The city voted in 2010 to build a new stadium by the river. The $1.2 billion stadium opened in 2014, two years late.

The club's old ground held 30,000 fans. Its roof leaked every winter, and the club left it in 2013.
`)

  it('answers what something cost with the sum of money beside it, though the sentence never says "cost"', () => {
    const r = answerQuestion(stadium, 'How much did the new stadium cost?')
    expect(r.abstained).toBe(false)
    expect(r.answer).toContain('$1.2 billion')
  })

  it('still says the article gives no price for a thing that no sum of money stands beside', () => {
    expect(answerQuestion(stadium, 'How much did the roof repairs at the old ground cost?')).toMatchObject({ abstained: true })
  })
})

describe('what came next', () => {
  const story = article('harbour', 'The Harbour Years', `Lena grew up in a fishing village on the northern coast. In 1990 she left the village for good. She then worked in a bakery in Lyon for ten years.

Her cousin Marco stayed on the boats until the fleet was sold. In 1995 Marco sailed to Malta.

When the cannery closed in 1998, the village emptied within a decade. The old harbour wall still stands.

Years later, Lena’s parents bought a small hotel by the harbour.

In 1999 Karim moved to Athens and found work as a baker.

In 2003 a storm hit the harbour. The town council rebuilt the sea wall within a year.
`)

  it('answers "what did X do after …" with what the article tells next, not with the event the question states', () => {
    const r = answerQuestion(story, 'What did Lena do after she left the village?')
    expect(r.abstained).toBe(false)
    expect(r.answer).toContain('bakery in Lyon')
  })

  it('says the article does not say when its story of someone stops at the event the question states', () => {
    expect(answerQuestion(story, 'What did Marco do after he sailed to Malta?')).toMatchObject({ abstained: true, answer: 'The article does not say what happened next.', citations: [] })
  })

  it('says it does not say when, to "when exactly", when the sentence places it in time without a date', () => {
    expect(answerQuestion(story, 'When did Lena’s parents buy the hotel?').answer).toContain('Years later')
    expect(answerQuestion(story, 'When exactly did Lena’s parents buy the hotel?')).toMatchObject({ abstained: true, answer: 'The article does not say when.' })
  })

  it('answers from the sentence itself when it goes on past the stated event, and follows a thing or an event in any next sentence', () => {
    expect(answerQuestion(story, 'What did Karim do after he moved to Athens?').answer).toContain('found work as a baker')
    expect(answerQuestion(story, 'What happened after the storm hit the harbour?').answer).toContain('rebuilt')
  })

  it('still answers from the sentence when it tells the outcome of the stated event', () => {
    expect(answerQuestion(story, 'What happened when the cannery closed?').answer).toContain('the village emptied')
  })
})

describe('quotations', () => {
  it('quotes a quotation whole when the best sentence opens it and the next closes it', () => {
    const r = answerQuestion(corpus, 'What did Ammar say about the world turning its back on Syria?')
    expect(r.citations[0].selector.exact).toBe('As Ammar said, “The whole world had turned its back on Syria. ISIS was the only force standing up to Assad.”')
  })

  it('answers "what were the main reasons" with the article’s whole list, as a why', () => {
    const r = answerQuestion(corpus, 'What were the main reasons Syrians joined ISIS?')
    expect(r.answer).toMatch(/^The article gives five reasons\./)
    expect(r.citations).toHaveLength(5)
  })
})

describe('counting', () => {
  it('does not answer "how many" with a figure that counts something else in the sentence', () => {
    const r = answerQuestion(corpus, 'How many of Ammar’s childhood friends did ISIS execute?')
    expect(r).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
  })

  // "Several" is a count in words: the ranker puts its sentence first, though the fitted confidence
  // model (data/ranker.json) is not always sure enough to answer with it.
  const best = (q: string) => rankSentences(corpus, analyzeQuestion(corpus, q))[0]?.sentence.text
  it('counts the thing asked about, not a name or a verb after it', () => {
    expect(best('How many friends joined ISIS with Sami?')).toContain('several of his oldest childhood friends')
  })

  it('answers with the figure, in digits or words, that stands by the thing counted', () => {
    expect(answerQuestion(corpus, 'How many fighters has ISIS executed for trying to flee?').answer).toContain('hundreds of its own fighters')
    expect(best('How many of Sami’s childhood friends were killed?')).toContain('several of his oldest childhood friends')
  })
})

describe('names of people', () => {
  it('says the article does not give a name when its sentences speak of the person without naming them', () => {
    for (const q of ['What’s the name of the officer who commanded Ammar?', 'What is Khaled’s surname?']) {
      const r = answerQuestion(corpus, q)
      expect(r, q).toMatchObject({ abstained: true, answer: 'The article does not give that name.', citations: [] })
    }
  })

  it('leaves questions about the names of things, and first names the article gives, to the answer', () => {
    for (const q of ['What’s the name of the course the fighters took?', 'What’s the name of the soldiers’ training course?']) expect(answerQuestion(corpus, q).answer, q).toMatch(/dawraat sharia/)
    expect(answerQuestion(corpus, 'What is al-Assad’s first name?').answer).toContain('Bashar al-Assad')
  })

  it('gives the name when a sentence names the person beside the role, or after describing them', () => {
    expect(answerQuestion(corpus, 'What is the name of Emad’s brother?').answer).toContain('his brother Murad')
    expect(answerQuestion(corpus, 'What is the name of the former law student from Deir Ezzor?').answer).toMatch(/Deir Ezzor, Ammar had been/)
  })
})

describe('quoting', () => {
  it('quotes each sentence once, even when the runner-up stands just before the best', () => {
    for (const q of ['Why was work so hard to come by in Deir Ezzor?', 'Why did the tribal leader in Deir Ezzor refuse to join?']) {
      const sentences = answerQuestion(corpus, q).citations.flatMap((c) => [...corpus.sentences.values()].filter((s) => c.selector.exact.includes(s.text)).map((s) => s.id))
      expect(sentences.length, q).toBeGreaterThan(0)
      expect(new Set(sentences).size, q).toBe(sentences.length)
    }
  })
})

describe('introductions', () => {
  it('answers "who is" with the sentence that introduces the person, either way round', () => {
    expect(answerQuestion(corpus, "Who's Ammar?").answer).toContain('A former law student from the Syrian province of Deir Ezzor, Ammar')
    expect(answerQuestion(corpus, 'Who is Sami?').answer).toContain('child soldier from al-Hasakah, Sami')
    expect(answerQuestion(corpus, 'Who is Tarek?').answer).toContain('Tarek, a former ISIS fighter from Deir Ezzor')
  })
})

describe('reading questions as typed', () => {
  it('knows the article’s proper nouns in lower case', () => {
    expect(answerQuestion(corpus, 'who is khaled').answer).toContain('Khaled, a former ISIS fighter from Deir Ezzor')
  })

  it('answers a "when" with the sentence that dates the event', () => {
    expect(answerQuestion(corpus, 'In what month did ISIS lose Sinjar?').answer).toContain('November 2015')
  })
})

describe('broad questions', () => {
  it('answer with the whole list the article gives, each item cited', () => {
    const r = answerQuestion(corpus, 'Why do Syrians join ISIS?')
    expect(r.answer).toMatch(/^The article gives five reasons\. First, .*\[1\] Second, .*\[2\] Third, .*\[3\] A fourth group .*\[4\] Finally, .*\[5\]$/)
    expect(r.citations.map((c) => c.id)).toEqual(['p6', 'p7', 'p8', 'p10', 'p11'].map((p) => `quitting-isis:${p}`))
  })

  it('answer a why the best sentence only introduces with the list whose items answer it: the reasons for leaving, not for joining', () => {
    const r = answerQuestion(corpus, 'Why are Syrians leaving ISIS?')
    expect(r.answer).toMatch(/^The article gives five reasons\. For one, .*feel that ISIS is losing/)
    expect(r.citations.map((c) => c.id)).toEqual(['p13', 'p14', 'p15', 'p17', 'p18'].map((p) => `quitting-isis:${p}`))
    // "People" asks about whoever joins, as the list's "some Syrians": not "how can you accept these people?".
    expect(answerQuestion(corpus, 'Why do people join ISIS?').answer).toMatch(/^The article gives five reasons\. First, /)
    // A person's reasons are that person's, not the list's.
    expect(answerQuestion(corpus, 'Why did Ammar leave ISIS?').answer).not.toMatch(/^The article gives/)
  })

  it('but a question that singles out one item gets that item', () => {
    const r = answerQuestion(corpus, 'Why would captured fighters agree to join ISIS?')
    expect(r.citations).toHaveLength(1)
    expect(r.answer).toContain('amnesty')
  })
})

describe('naming and continuation', () => {
  it('answers "what does X call Y" with the sentence that names it, and carries on into a sentence that refers back', () => {
    expect(answerQuestion(corpus, 'What does ISIS call the child soldiers it recruits?').answer).toContain('cubs of the Caliphate')
    expect(answerQuestion(corpus, 'Why are kids useful to the group as soldiers?').answer).toMatch(/cheaper|malleable|cannon fodder/)
  })

  it('answers a question comparing two things with a cited sentence about each', () => {
    const r = answerQuestion(corpus, 'How does ISIS treat fighters who try to flee compared with well-connected fighters who break its rules?')
    expect(r.citations).toHaveLength(2)
    const cited = r.citations.map((c) => c.text).join(' ')
    expect(cited).toContain('executed hundreds of its own fighters for trying to flee')
    expect(cited).toContain('forgiven')
  })

  it('names what the article lacks as the reader wrote it, whole', () => {
    expect(answerQuestion(corpus, 'Who won the 2018 World Cup?').answer).toBe('The article does not mention World Cup, so it cannot answer that.')
    expect(answerQuestion(corpus, 'What did Barack Obama say about ISIS?').answer).toContain('does not mention Barack Obama,')
    expect(answerQuestion(corpus, 'Is the Eiffel Tower in Raqqa?').answer).toContain('does not mention Eiffel Tower,')
  })

  it('reads "the writers" as the article’s "we"', () => {
    expect(answerQuestion(corpus, 'Where did the writers meet the deserters?').citations[0].selector.exact).toMatch(/^We spoke with eight former ISIS fighters in Turkey/)
  })
})

describe('who', () => {
  const bridge = article('bridge', 'The New Bridge', `The plans for the new bridge were drawn up in 1985. The plans that the county agreed to were never put to a public vote. The new bridge opened to cars in 2004.

Surveyors measured the riverbed for two years before work began. Volunteers from the rowing club ran the first crossing, on 4 May 2001. Euclid Harbour Trust paid for the lighting.
`)

  it('says the article does not say who, when the sentences about the deed name no one, or not as the doer', () => {
    expect(answerQuestion(bridge, 'Who drew up the plans for the new bridge?')).toMatchObject({ abstained: true, answer: 'The article does not say who.', citations: [] })
    expect(answerQuestion(bridge, 'Which engineer drew up the plans for the new bridge?')).toMatchObject({ abstained: true, answer: 'The article does not say who.' })
    // The sentence about the riverbed names people, but as the ones who measured it.
    expect(answerQuestion(bridge, 'Who repaired the riverbed before work began?')).toMatchObject({ abstained: true, answer: 'The article does not say who.' })
  })

  it('answers who with a name or with a word for people', () => {
    expect(answerQuestion(bridge, 'Who measured the riverbed?').answer).toContain('Surveyors measured the riverbed')
    expect(answerQuestion(bridge, 'Who ran the first crossing?').answer).toContain('Volunteers from the rowing club')
    expect(answerQuestion(bridge, 'Who paid for the lighting?').answer).toContain('Euclid Harbour Trust')
  })

  it('answers "how long" with a span, not a date', () => {
    expect(answerQuestion(bridge, 'How long did the surveyors measure the riverbed?').answer).toContain('for two years')
    expect(answerQuestion(bridge, 'How long did the first crossing take?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
  })

  it('answers "how many" with a count, not a year', () => {
    expect(answerQuestion(bridge, 'How many cars cross the new bridge each day?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
  })

  it('answers a measure with a figure in its units, not a year', () => {
    expect(answerQuestion(bridge, 'How tall is the new bridge?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
  })
})

describe('what a reply needs, read with care', () => {
  const school = article('school', 'Riverside School', `Riverside School launched a pilot program in reading in 2019. Sami Okafor was just 24 when he opened it. Parents still thank Sami Okafor for it.

The lighting on the playing field was paid for by the Harbour Trust. The plans for the new hall were drawn up after the numbers were checked.

About 1500 Scouts attended the opening of the hall. In 1985 the fans filled the stands for the county final.

The school's ceremonial sword has a blade that measures 30cm. Up to 2000 people came to the summer fair.
`)

  it('asks for a person only when the role heads what is asked', () => {
    expect(answerQuestion(school, 'What pilot program did the school launch?').answer).toContain('pilot program in reading')
  })

  it('answers "who is" someone named with what the article says of them', () => {
    expect(answerQuestion(school, 'Who is Sami Okafor?')).toMatchObject({ abstained: false, answer: expect.stringContaining('Sami Okafor') })
    expect(answerQuestion(school, 'who is sami okafor')).toMatchObject({ abstained: false, answer: expect.stringContaining('Sami Okafor') })
  })

  it('takes a body named as the doer ("paid for by the Harbour Trust")', () => {
    expect(answerQuestion(school, 'Who funded the lighting on the playing field?').answer).toContain('Harbour Trust')
  })

  it('does not take things in -ers for people', () => {
    expect(answerQuestion(school, 'Who drew up the plans for the new hall?')).toMatchObject({ abstained: true, answer: 'The article does not say who.' })
  })

  it('counts a four-digit figure before what it counts, not a year after "in"', () => {
    expect(answerQuestion(school, 'How many Scouts attended the opening of the hall?').answer).toContain('1500 Scouts')
    expect(answerQuestion(school, 'How many fans were in the stands at the county final?')).toMatchObject({ abstained: true, answer: 'The article gives no figure for that.' })
    expect(answerQuestion(school, 'How many people came to the summer fair?').answer).toContain('2000 people')
  })

  it('takes centimetres as a length', () => {
    expect(answerQuestion(school, 'How long is the blade of the sword?').answer).toContain('30cm')
  })
})
