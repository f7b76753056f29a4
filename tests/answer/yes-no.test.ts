import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/answer/answer-question'
import { disagreement } from '../../src/answer/yes-no'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { corpus } from '../../src/index/load-corpus'
import { analyzeQuestion } from '../../src/retrieve/analyze-question'
import { readSharedTables } from '../../scripts/lib/corpus-files'

/** Why the sentence contradicts the question, if it does (the sentence standing for its own passage). */
const says = (question: string, sentence: string) => disagreement(corpus, analyzeQuestion(corpus, question), sentence, sentence)
const verdict = (question: string) => /^(Yes|No)\b/.exec(answerQuestion(corpus, question).answer)?.[1]

describe('yes/no questions', () => {
  it('open with Yes when the sentence says what the question asks', () => {
    const r = answerQuestion(corpus, 'Is ISIS getting weaker according to the deserters?')
    expect(r.answer).toMatch(/^Yes\. .*weaker.*\[1\]$/)
    expect(r.citations).toHaveLength(1)
  })

  it('open with No when the sentence gives a different figure', () => {
    expect(verdict("Does the article say that 70 percent of Tarek's fellow fighters were under 18?")).toBe('No')
  })

  it('open with No when the sentence denies it ("eliminating military training")', () => {
    expect(verdict('Did ISIS keep military boot camp after losing Sinjar?')).toBe('No')
  })

  it('open with No when the question restricts what the article says of all ("limited to Syrian fighters" / "all fighters’ salaries")', () => {
    const r = answerQuestion(corpus, 'Were the pay cuts limited to Syrian fighters?')
    expect(r.answer).toMatch(/^No\. .*slashed all fighters’ salaries/)
  })

  it('open with No when the question claims exactness the article hedges', () => {
    expect(verdict('Does the article say exactly how many fighters defected from Raqqa in March?')).toBe('No')
  })
})

describe('what contradicts a yes/no question, in any article', () => {
  it('a "not" or "zero" right before the asked word, unless the sentence also affirms that word', () => {
    expect(says('Was the rebuilt pier destroyed by Tropical Storm Fay?', 'The rebuilt pier was later damaged by Fay, but not destroyed.')).toBeDefined()
    expect(says('Did Peyton Manning throw a touchdown pass in the game?', 'Manning finished the game 13 of 23 for 141 yards with one interception and zero touchdowns.')).toBeDefined()
    expect(says('Are Commissioners exempt from member state taxes?', 'Commissioners have various privileges, such as being exempt from member state taxes (but not EU taxes).')).toBeUndefined()
    expect(says('Is the method used in schools?', 'The method is not only used in schools but also in prisons.')).toBeUndefined()
    // Denied in one clause, affirmed in another: still a No for what the denial governs.
    expect(says('Is the museum open on Sundays?', 'The town museum is open daily in summer but not open on Sundays.')).toBeDefined()
    expect(says('Did Sami know why the ferry company closed?', 'Sami did not understand why the ferry company closed in 1971.')).toBeDefined()
    expect(says('Did the army retreat?', "The army didn't retreat.")).toBeDefined()
    expect(says('Does the city have a policy against drunk driving?', 'The city has a zero-tolerance policy against drunk driving.')).toBeUndefined()
  })

  it('"only one" against "several"', () => {
    expect(says('Has the city taken several direct hurricane hits since 1871?', 'The city has only received one direct hit from a hurricane since 1871.')).toBeDefined()
    expect(says('Has the city taken several direct hurricane hits since 1871?', 'The city has taken several direct hits from hurricanes since 1871.')).toBeUndefined()
  })

  it('neither a denying verb both sides use, nor a double negation, nor "most" for "usually" (but "at most" hedges)', () => {
    // The words a question's "scrapped" may stand for come from the article's vocabulary: here, one that says "cancelling".
    const flight = 'NASA declared the rocket ready to fly men, cancelling a third unmanned test flight.'
    const space = new CorpusIndex(buildCorpus([`---\nid: space\ntitle: Space\n---\n${flight} The crew trained for a year.\n`], readSharedTables()))
    expect(disagreement(space, analyzeQuestion(space, 'Was a third unmanned test flight scrapped?'), flight, flight)).toBeUndefined()
    expect(says('Is it common for drivers to carry spare tyres?', 'It is not uncommon for drivers to carry spare tyres.')).toBeUndefined()
    expect(says('Is the design team usually hired by the owner?', 'The design team is most commonly employed by the owner.')).toBeUndefined()
    expect(says('Is the ferry crossing usually two hours long?', 'The ferry crossing usually takes at most two hours.')).toBeDefined()
  })


  it('a different place in a ranking ("second-most populous" for "most populous"; "least common")', () => {
    expect(says('Is Victoria the most populous state?', 'Victoria is the most densely populated state and its second-most populous state overall.')).toBeDefined()
    expect(says('Is septicemic plague the most common form?', 'Septicemic plague is the least common of the three forms.')).toBeDefined()
    expect(says('Was it the first covered railway station?', 'It was the first covered railway station in the world.')).toBeUndefined()
  })

  it('a negating prefix on the question’s word, and a denied opposite that agrees', () => {
    expect(says('Did the 1933 merger plan succeed?', 'In 1933, Hutchins proposed an unsuccessful merger plan.')).toBeDefined()
    expect(says('Did the laws of motion go unimproved for centuries?', 'Newton formulated laws of motion that were not improved for centuries.')).toBeUndefined()
    // "in-", "il-", "dis-" deny a root that reads as an adjective, not any word they begin.
    expect(says('Do the observations show that the standard model is complete?', 'Observations such as neutrino oscillations indicate that the standard model is incomplete.')).toBeDefined()
    expect(says('Was the ban legal?', 'The ban was illegal.')).toBeDefined()
    expect(says('Did the scientists prove the theorem?', 'The scientists improved the theorem.')).toBeUndefined()
    expect(says('Did the survey cover the costs?', 'The survey discovered the costs.')).toBeUndefined()
    expect(says('Did deserters face prison?', 'Deserters face imprisonment or execution.')).toBeUndefined()
    expect(says('Was Ahmad a migrant in Turkey?', 'Ahmad was an immigrant in Turkey.')).toBeUndefined()
    expect(says('Did the fighters feel pressure from ISIS?', 'ISIS made an impressive advance against the fighters.')).toBeUndefined()
    expect(says('Were the payments regular?', 'The payments were irregular.')).toBeDefined()
    // In the question, "invalid" is what is asked about: the article's "cannot rule on their validity" still says no.
    const court = 'The Court of Justice can interpret the Treaties, but it cannot rule on their validity, which is subject to international law.'
    const law = new CorpusIndex(buildCorpus([`---\nid: law\ntitle: Law\n---\n${court} The Treaties are invalid in no member state.\n`], readSharedTables()))
    expect(disagreement(law, analyzeQuestion(law, 'Can the Court of Justice declare the Treaties themselves invalid?'), court, court)).toBeDefined()
  })

  it('an opposite in WordNet’s adjective clusters ("partial", like "incomplete", against "complete"), in the clause that speaks of what is asked', () => {
    const text = 'Of the nine members of the league, Avonford faced a complete ban, Brill received almost uninterrupted supplies, while the other six faced partial cutbacks.'
    const league = new CorpusIndex(buildCorpus([`---\nid: league\ntitle: League\n---\n${text}\n`], readSharedTables()))
    const check = (q: string) => disagreement(league, analyzeQuestion(league, q), text, text)
    expect(check('Did Avonford face only a partial ban?')).toBeDefined()
    expect(check('Did the other six face partial cutbacks?')).toBeUndefined()
    expect(check('Did Avonford face a complete ban?')).toBeUndefined()
  })

  it('a bound the other way on the same figure ("more than ten" / "fewer than 10")', () => {
    expect(says('In 2005, did the average contractor have more than ten employees?', 'As of 2005, the average contractor employed fewer than 10 employees.')).toBe('the article says fewer than 10 employees')
    expect(says('Did the average contractor have more than ten employees?', 'The average contractor employed more than 10 employees.')).toBeUndefined()
    expect(says('In 2005, did the average contractor have more than ten employees?', 'The largest firms employed fewer than 500 employees.')).not.toMatch(/fewer than 500/)
    // "no more than" bounds from above, as "fewer than" does; a bound on another thing ("boys under 15") says nothing of a count.
    expect(says('Did fewer than 20 fighters desert?', 'No more than 20 fighters deserted.')).toBeUndefined()
    expect(says('Were more than 15 boys recruited?', 'ISIS recruited boys under 15.')).toBeUndefined()
  })

  it('another place, time or name where the question asserts one ("born in Warsaw" / "born in the village of Żelazowa Wola")', () => {
    expect(says('Was Chopin born in Warsaw itself?', 'Though Chopin was born in the village of Żelazowa Wola, about 60 km from Warsaw, he moved to the city when he was seven months old.')).toBe('the article says born in the village of Żelazowa Wola')
    // A wider place first and the asked one later in the same clause agrees; so does the same filler.
    expect(says('Was the game played at Levi’s Stadium in Santa Clara?', 'The game was played at Levi’s Stadium in the San Francisco Bay Area at Santa Clara, California.')).toBeUndefined()
    expect(says('Was the bridge built in 1312?', 'The first stone bridge over the river was built in 1312, and the town hall followed in 1598.')).toBeUndefined()
    expect(says('Was the bridge built in 1320?', 'The first stone bridge over the river was built in 1312, and the town hall followed in 1598.')).toBe('the article says built in 1312')
    // A time for a place says nothing; nor does a vaguer time ("the 14th century", "’90s", "March 1810"); nor the same place later.
    expect(says('Did Ammar join ISIS in 2014?', 'In 2014, Ammar joined ISIS in Raqqa.')).toBeUndefined()
    expect(says('Was Chopin born in 1810?', 'Chopin was born in Żelazowa Wola, a village near Warsaw, in 1810.')).toBeUndefined()
    expect(says('Was Chopin born in March 1810?', 'Chopin was born in 1810.')).toBeUndefined()
    expect(says('Was the old bridge built in the 14th century?', 'The old bridge was built in 1312.')).toBeUndefined()
    expect(says('Did Ammar fight in Iraq?', 'Ammar fought in Syria, and later in Iraq.')).toBeUndefined()
  })

  it('another name for what something is ("Are most of its leaders Syrians?" / "the majority … are foreigners or Iraqis")', () => {
    const sentence = 'Although Ammar is right that the majority of ISIS leaders in Syria are foreigners or Iraqis, ISIS nonetheless relies heavily on its Syrian members for intelligence.'
    expect(says("Are most of ISIS's leaders in Syria Syrians?", sentence)).toBe('the article says Syria are foreigners or Iraqis')
    expect(says("Are most of ISIS's leaders in Syria Iraqis?", sentence)).toBeUndefined()
    // Only a group (a capitalised plural) answers for a group: a name, a title or a possessive does not.
    expect(says('Was the first man on the Moon American?', 'The first man on the Moon was Neil Armstrong, an American astronaut.')).toBeUndefined()
    expect(says('Were the Beatles English?', 'The Beatles were John Lennon, Paul McCartney, George Harrison and Ringo Starr, four English musicians.')).toBeUndefined()
    expect(says('Were the settlers Germans?', 'The settlers were Germany’s poorest farmers; few Germans stayed.')).toBeUndefined()
    expect(verdict("Are most of ISIS's leaders in Syria Syrians themselves?")).toBe('No')
  })

  it('before for after, in any of its words, unless the sides are swapped', () => {
    expect(says('Did Smith lay out his principles after Darwin published?', 'Smith laid out his principles a hundred years before Darwin published.')).toBeDefined()
    expect(says("Was Maclure's geological map published after William Smith's map of England?", "This antedates William Smith's geological map of England by six years.")).toBe('the article says antedates')
    expect(says('Did the bridge open prior to the railway station?', 'The bridge opened two years after the railway station.')).toBe('the article says after')
    // "A came after B" is "B came before A".
    expect(says('Did Darwin publish before Smith laid out his principles?', 'Smith laid out his principles a hundred years after Darwin published.')).toBeUndefined()
    expect(says('Was the railway station built before the bridge?', 'The bridge opened two years after the railway station was built.')).toBeUndefined()
    // The order word may open the sentence or the question; a passive turns it round.
    expect(says('Did Smith publish his map before the war?', 'After the war Smith published his map.')).toBe('the article says after')
    expect(says('Before the war, did Smith publish his map?', 'Smith published his map after the war.')).toBe('the article says after')
    expect(says('Did the bridge open after the station?', 'The bridge was preceded by the station.')).toBeUndefined()
    expect(says('Did the bridge open before the station?', 'The bridge was preceded by the station.')).toBe('the article says preceded by')
  })

  it('only the clause that speaks of what is asked: "(it won the Rose Bowl in 1920)"', () => {
    expect(says('Did the football team win the Rose Bowl in 1920?', 'The football team is no longer one of the best (it won the Rose Bowl in 1920).')).toBeUndefined()
  })

  it('figures, not numbers that are part of a name, nor "one" as a pronoun; a share is not a count', () => {
    expect(says('Was Super Bowl 50 played at the stadium in Santa Clara?', 'The Super Bowl game was played at the stadium in Santa Clara.')).toBeUndefined()
    expect(says('Was the station the first covered one?', 'The station was the first covered station.')).toBeUndefined()
    expect(says('Was the unemployment rate around 5.8%?', 'The industry employed 5.8 million, with a 13.2% unemployment rate.')).toBeDefined()
  })
})

describe('an age settles whether someone was grown', () => {
  it('says no to "an adult" at 14 and to "a child" at 30, and yes to "a child" at 14', () => {
    expect(says('Was Sami an adult when he joined?', 'Sami was 14 years old when he first joined in 2014.')).toBeDefined()
    expect(says('Was Ammar a teenager when he joined?', 'Ammar was 30 years old when he joined.')).toBeDefined()
    expect(says('Was Sami a child when he joined?', 'Sami was 14 years old when he first joined in 2014.')).toBeUndefined()
  })
})

describe('cues that must not fire on ordinary sentences', () => {
  it('still sees a different figure after an opening verb or a month, and reads decades, ordinals and "per cent"', () => {
    expect(says('Did 300 soldiers die?', 'About 200 soldiers died.')).toBeDefined()
    expect(says('Did the stadium open in May 1998?', 'The stadium opened in May 1997.')).toBeDefined()
    expect(says('Was it founded in the 1920s?', 'It was founded in 1925.')).toBeUndefined()
    expect(says('Was unemployment 5%?', 'Unemployment was 5 per cent.')).toBeUndefined()
    expect(says('Was the rate 4%?', 'The rate was 4 to 5%.')).toBeDefined()
  })

  it('a ranking the sentence also gives, an age of someone else, "before" as an adverb, a "nonprofit" making a profit', () => {
    expect(says('Is Warsaw the largest city in Poland?', 'Warsaw is the largest city in Poland and the ninth-largest city in the EU.')).toBeUndefined()
    expect(says('Were children among the victims?', 'The victims were a 45-year-old man and two children.')).toBeUndefined()
    expect(says('Had she visited Paris before?', 'She visited Paris after the war.')).toBeUndefined()
    expect(says('Did the company make a profit?', 'The nonprofit company made a profit.')).toBeUndefined()
  })
})
