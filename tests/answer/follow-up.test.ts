import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { quotedSentences, resolveFollowUp } from '../../src/answer/follow-up'
import { corpus } from '../../src/index/load-corpus'

const user = (content: string) => ({ role: 'user' as const, content })
const assistant = (content: string) => ({ role: 'assistant' as const, content })
const ask = (question: string, history: { role: 'user' | 'assistant'; content: string }[] = []) => reply(corpus, question, history)

describe('resolveFollowUp', () => {
  it('replaces a pronoun with the person asked about before', () => {
    expect(resolveFollowUp(corpus, 'Where did he run to?', [user("Who's Ammar?"), assistant('…')]).question).toBe('Where did Ammar run to?')
    expect(resolveFollowUp(corpus, 'What did he say about the muhajireen?', [user('Tell me about Khaled.')]).question).toBe('What did Khaled say about the muhajireen?')
  })

  it('falls back to the person the previous answer named', () => {
    expect(resolveFollowUp(corpus, 'Where is he from?', [user('Who said 80 percent of members are bad guys?'), assistant('He estimated that … Hossam said [1]')]).question).toBe('Where is Hossam from?')
  })

  it('reads an object "it" as the other thing the earlier question named, and "there" as the place the answer gave', () => {
    expect(resolveFollowUp(corpus, 'Who captured it from them?', [user('In what month did ISIS lose Sinjar?'), assistant('…')]).question).toBe('Who captured Sinjar from ISIS?')
    expect(resolveFollowUp(corpus, 'How did he get there?', [user('Where did Hossam end up?'), assistant('Hossam fled to Turkey. [1]')]).question).toBe('How did Hossam get to Turkey?')
    // "is it", "are there", "has there been", "summarize it" ask about the thing itself (or the article): left as they are.
    expect(resolveFollowUp(corpus, 'Has there been any fighting?', [user('Where did Hossam end up?'), assistant('Hossam fled to Turkey. [1]')]).question).toBe('Has there been any fighting?')
    expect(resolveFollowUp(corpus, 'Can you summarize it?', [user('When did ISIS lose Sinjar?'), assistant('…')]).question).not.toContain('Sinjar')
    // A month is not a place; the place the answer's story ends in is.
    expect(resolveFollowUp(corpus, 'What did he do there?', [user('When did Ammar desert?'), assistant('In January 2016 he went to the frontlines in Iraq, then fled to Turkey. [1]')]).question).toBe('What did Ammar do in Turkey?')
    expect(resolveFollowUp(corpus, 'Are there any women among them?', [user('Who are the muhajireen?')]).question).not.toMatch(/\b(?:to|in) [A-Z]/)
  })

  it('puts the new subject of an elliptical follow-up in the earlier question', () => {
    expect(resolveFollowUp(corpus, 'And the Syrian army?', [user('What does the FSA pay its fighters?')]).question).toBe('What does the Syrian army pay its fighters?')
  })

  it('replaces the qualifier, not the name, when the new subject is the same kind of thing', () => {
    expect(resolveFollowUp(corpus, 'And the foreign fighters?', [user('How does ISIS treat its Syrian fighters?')]).question).toBe('How does ISIS treat its foreign fighters?')
    expect(resolveFollowUp(corpus, 'what about the foreign fighters?', [user('How much are fighters paid?')]).question).toBe('How much are foreign fighters paid?')
  })

  it('resolves chains of follow-ups turn by turn', () => {
    const history = [user('What does the FSA pay its fighters?'), assistant('…'), user('And the Syrian army?'), assistant('…')]
    expect(resolveFollowUp(corpus, 'And Nusra?', history).question).toBe('What does Nusra pay its fighters?')
  })

  it('leaves a question that stands alone as it is', () => {
    const resolved = resolveFollowUp(corpus, 'In what month did ISIS lose Sinjar?', [user("Who's Ammar?")])
    expect(resolved.question).toBe('In what month did ISIS lose Sinjar?')
    expect(resolved.readAs).toBeUndefined()
  })

  it('never throws on arbitrary histories', () => {
    const turn = fc.record({ role: fc.constantFrom('user' as const, 'assistant' as const), content: fc.string({ maxLength: 200 }) })
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.array(turn, { maxLength: 8 }), (q, history) => {
      resolveFollowUp(corpus, q, history)
    }), { numRuns: 200 })
  })
})

describe('reply with history', () => {
  it('says how it read a rewritten question', () => {
    const r = reply(corpus, 'Where did he flee to?', [user("Who's Ammar?")])
    expect(r.readAs).toBe('Where did Ammar flee to?')
    expect(r.answer).toMatch(/^Reading this as: “Where did Ammar flee to\?” .*Turkey/)
  })

  it('compares an earlier pay question with a group named in the follow-up', () => {
    const r = reply(corpus, 'How does that compare with the FSA?', [user('What does Jabhat al-Nusra pay?')])
    expect(r.computation?.value).toBe(64)
    expect(r.readAs).toBe('What does Jabhat al-Nusra pay, compared with the FSA?')
  })

  it('compares the groups the conversation has been about', () => {
    const r = reply(corpus, 'Which of the two pays more?', [user('What does Jabhat al-Nusra pay?'), user('And the Syrian army?')])
    expect(r.answer).toMatch(/^Reading this as: “Which of the two pays more \(Jabhat al-Nusra or the Syrian army\)\?” Jabhat al-Nusra\. /)
    expect(r.answer).toContain('$100 a month > Syrian army from $63 a month')
    expect(r.answer).not.toContain('ISIS')
  })

  it('updates an earlier pay question with a numeric follow-up', () => {
    const r = reply(corpus, 'What if he has two children?', [user('What does ISIS pay a new fighter?'), assistant('$50 a month')])
    expect(r.computation?.value).toBe(120)
    const more = reply(corpus, 'and with three kids too?', [user('What would an ISIS fighter with one wife earn?')])
    expect(more.computation?.value).toBe(50 + 50 + 3 * 35)
    expect(reply(corpus, 'What is that per year?', [user('How much does the FSA pay?')]).computation?.value).toBe(432)
    expect(reply(corpus, 'And per wife?', [user('What does ISIS pay per child?')]).computation?.value).toBe(50)
    const yearly = reply(corpus, 'And per year?', [user('What does the FSA pay its fighters?')])
    expect(yearly.computation?.value).toBe(432)
  })

  it('carries a numeric program forward and changes only what the follow-up changes', () => {
    // The top of a range, then a whole year of it.
    const year = reply(corpus, 'and for twelve months?', [user('What is the most a typical ISIS fighter earns a month?')])
    expect(year.computation).toMatchObject({ expression: '$1,200 × 12', value: 14_400 })
    // A cut asked about, then a family after that cut.
    const family = reply(corpus, 'What would that leave a fighter with two kids?', [user('By how much did ISIS cut pay?')])
    expect(family.computation).toMatchObject({ value: (50 + 2 * 35) / 2 })
    expect(family.readAs).toMatch(/after the cut/)
    // A comparison, then the same comparison per year.
    const diff = reply(corpus, 'What about over a year?', [user('How much more does the Syrian army pay than the FSA?')])
    expect(diff.computation).toMatchObject({ value: (63 - 36) * 12 })
    // A family, then an odd count in the follow-up: refused, not computed.
    expect(reply(corpus, 'and with 2.5 children?', [user('What would an ISIS fighter with one wife earn?')])).toMatchObject({ abstained: true })
  })
})

describe('the passage a conversation is about', () => {

  it('finds the passages the last answer quoted, and none in a reply that quotes nothing', () => {
    const first = ask('How much of the ISIS leadership in Syria is foreign?')
    const passages = new Set(quotedSentences(corpus, [{ role: 'user', content: 'q' }, { role: 'assistant', content: first.answer }]).map((s) => s.passageId))
    expect([...passages]).toEqual([...new Set(first.citations.map((c) => c.id))])
    expect(quotedSentences(corpus, [{ role: 'assistant', content: 'Yes. The article does not say.' }])).toHaveLength(0)
  })

  it('answers a follow-up from the passage the conversation is on when it speaks to it', () => {
    // The conversation so far: an answer that quoted the passage on ISIS's foreign leadership.
    const quoted = [...corpus.sentences.values()].find((s) => s.text.includes('majority of ISIS leaders in Syria are foreigners'))?.text ?? ''
    expect(quoted).not.toBe('')
    const history = [{ role: 'user' as const, content: 'How much of the ISIS leadership in Syria is foreign?' }, { role: 'assistant' as const, content: `${quoted} [1]` }]
    const follow = ask('So why does the group still need Syrians?', history)
    expect(follow.citations[0].text).toContain('relies heavily on its Syrian members')
    // Asked cold, the same question is answered from elsewhere: the conversation made the difference.
    expect(ask('So why does the group still need Syrians?').citations[0]?.text ?? '').not.toContain('relies heavily on its Syrian members')
  })
})

describe('the general shapes of follow-ups', () => {
  it('reads a bare "why?" as the reason for what was just asked', () => {
    expect(resolveFollowUp(corpus, 'why?', [user('When did Ammar desert his unit?'), assistant('…')]).question).toBe('Why did Ammar desert his unit?')
  })

  it('reads "who said that?" as the speaker of the quote in the previous answer', () => {
    const resolved = resolveFollowUp(corpus, 'who said that?', [user('Is ISIS weakening?'), assistant('Yes. As one deserter said, “They are growing weaker by the day.” [1]')])
    expect(resolved.question).toBe('Who said “They are growing weaker by the day.”?')
  })

  it('answers "who said that?" after reported speech with the sentence that names the speaker', () => {
    const said = 'One defector from Idlib originally joined ISIS because he was attracted to its promise of Islamic justice, he said. [1]'
    expect(resolveFollowUp(corpus, 'who said that?', [user('Why did one defector join?'), assistant(said)]).question).toBe('Who said that one defector from Idlib originally joined ISIS because he was attracted to its promise?')
    const r = reply(corpus, 'who said that?', [user('Why did one defector join?'), assistant(said)])
    expect(r.citations[0].selector.exact).toContain('One defector from Idlib')
    // A name or an acronym keeps its capital.
    expect(resolveFollowUp(corpus, 'who said that?', [user('What did Hossam say?'), assistant('Hossam said that ISIS fighters were thieves. [1]')]).question).toBe('Who said that ISIS fighters were thieves?')
    // Nothing reported, nothing quoted: not rewritten.
    expect(resolveFollowUp(corpus, 'who said that?', [user('Where did Ammar flee?'), assistant('Ammar fled to Turkey. [1]')]).readAs).toBeUndefined()
  })

  it('reads "do that" (or "pull it off") as what the earlier question asked its subject did', () => {
    const earlier = [user('Where did Ammar flee to?'), assistant('Soon after receiving news of his imminent transfer, Ammar fled to Turkey. [1]')]
    expect(resolveFollowUp(corpus, 'When did he do that?', earlier).readAs).toBe('When did Ammar flee?')
    expect(resolveFollowUp(corpus, 'And why did he do it?', earlier).readAs).toBe('Why did Ammar flee?')
    // Other words for doing it: "pull it off", "manage that".
    expect(resolveFollowUp(corpus, 'How did he pull it off?', earlier).readAs).toBe('How did Ammar flee?')
    expect(resolveFollowUp(corpus, 'how did he manage that', earlier).readAs).toBe('How did Ammar flee')
    expect(reply(corpus, 'Why did he do that?', earlier).answer).toContain('redeploy him to the frontlines in Iraq')
    // Another subject than the earlier question's, or "do that" not standing for a verb: nothing to stand for.
    expect(resolveFollowUp(corpus, 'Why did Sami do that?', earlier).readAs).toBeUndefined()
    expect(resolveFollowUp(corpus, 'What did he do that year?', earlier).readAs).toBe('What did Ammar do that year?')
    // A preposition the earlier question's "where" left stranded goes, wherever it stands.
    expect(resolveFollowUp(corpus, 'Why did he do that?', [user('Where did Ammar flee to in January 2016?'), assistant('…')]).readAs).toBe('Why did Ammar flee in January 2016?')
    expect(resolveFollowUp(corpus, 'Why did he do that?', [user('What did Ammar do after he joined ISIS?'), assistant('…')]).readAs).toBe('Why did Ammar do that?')
  })

  it('does not read a pronoun as a name its own question gives', () => {
    // "them" is not ISIS in "Why does ISIS send them…": it stands for the earlier question's plural.
    const earlier = [user('What happened to the former fighters who were interviewed in Turkey?'), assistant('…')]
    expect(resolveFollowUp(corpus, 'Why did ISIS send them to Iraq?', earlier).readAs).toBe('Why did ISIS send the former fighters to Iraq?')
    expect(resolveFollowUp(corpus, 'Why did they leave ISIS?', earlier).readAs).toBe('Why did the former fighters leave ISIS?')
    // The plural is a noun after a determiner, not a verb ("does") nor a pronoun ("his").
    expect(resolveFollowUp(corpus, 'Why was ISIS putting them on the front lines?', [user('How does ISIS treat its Syrian fighters?'), assistant('…')]).readAs).toBe('Why was ISIS putting its Syrian fighters on the front lines?')
  })

  it('answers "what happened next?" with the sentence after the one just quoted, or says the story stops there', () => {
    const joined = [user('When did Ammar turn to ISIS?'), assistant('He turned to ISIS in November 2014, after watching the revolution degenerate into a devastating civil war. [1]')]
    const next = reply(corpus, 'What happened next?', joined)
    expect(next.citations[0].selector.exact).toMatch(/^The caliphate, he believed/)
    // Hossam's estimate ends its paragraph: nothing follows it.
    const estimate = [user('What did Hossam estimate?'), assistant('He estimated that “80 percent of ISIS members are bad guys.” [1]')]
    expect(reply(corpus, 'and then?', estimate)).toMatchObject({ abstained: true, answer: 'The article does not say what happened next.' })
    // An answer that quoted no sentence whole leaves nothing to go on from (not a search for "next").
    expect(reply(corpus, 'what next?', [user('How much does ISIS pay?'), assistant('“the starting salary for a fighter is $50 per month” [1]')]).abstained).toBe(true)
  })

  it('replaces the earlier question’s time with the new one in "and now?"', () => {
    const resolved = resolveFollowUp(corpus, 'And these days?', [user('How long did the religious courses last before the defeat at Sinjar?'), assistant('…')])
    expect(resolved.readAs).toBe('How long did the religious courses last these days?')
    // A place is not a time: "in Syria" stays, the new time goes at the end; a year is replaced.
    expect(resolveFollowUp(corpus, 'And what about now?', [user('Where do most ISIS leaders in Syria come from?'), assistant('…')]).readAs).toBe('Where do most ISIS leaders in Syria come from now?')
    expect(resolveFollowUp(corpus, 'and now?', [user('What did ISIS pay its fighters in 2014?'), assistant('…')]).readAs).toBe('What did ISIS pay its fighters now?')
  })

  it('answers "and now?" with something other than what it just quoted, but keeps a quote that speaks of the new subject', () => {
    const first = user('How long did the Islamic courses last before the loss of Sinjar?')
    const earlier = ask(first.content)
    expect(earlier.answer).toContain('30 to 45 days')
    const now = ask('And what about now?', [first, assistant(earlier.answer)])
    expect(now.answer).toContain('only a few days')
    expect(now.answer).not.toContain('30 to 45 days')
    // "And the foreign fighters?" after "… its Syrian fighters?": "fighters" was asked before, so the sentence quoted is set aside.
    const syrian = user('How does ISIS treat its Syrian fighters?')
    const treated = ask(syrian.content)
    const quoted = treated.citations[0].selector.exact
    expect(ask('And the foreign fighters?', [syrian, assistant(treated.answer)]).answer).not.toContain(quoted)
    // One sentence gives every group's pay: "And the Syrian army?" after the FSA's still quotes it.
    const pay = user('What does the FSA pay its fighters?')
    const army = ask('And the Syrian army?', [pay, assistant(ask(pay.content).answer)])
    expect(army.answer).toContain('$63')
  })

  it('says how it read a follow-up only when it rewrote it, without a leading "and"', () => {
    expect(resolveFollowUp(corpus, 'And when did he desert?', [user('In what year did Ammar join ISIS?'), assistant('…')]).readAs).toBe('When did Ammar desert?')
    expect(resolveFollowUp(corpus, 'Who is Sami?', [user('In what year did Ammar join ISIS?'), assistant('…')]).readAs).toBeUndefined()
  })

  it('does not take a capitalised word inside a quote for a person', () => {
    const resolved = resolveFollowUp(corpus, 'where did he run to?', [user('“They are growing weaker by the day.”'), assistant('…')])
    expect(resolved.question).not.toMatch(/They run/)
  })
})
