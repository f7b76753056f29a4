import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readSharedTables } from '../../scripts/lib/corpus-files'

// An article of our own with no corpus tables: the engine must work from its text alone.
const index = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], readSharedTables()))
const ask = (q: string) => reply(index, q)
/** A short article written in the test, built with no tables of its own. */
const inline = (title: string, text: string) => new CorpusIndex(buildCorpus([`---\nid: ${title.toLowerCase()}\ntitle: ${title}\n---\n${text}`], readSharedTables()))

describe('numbers in an article with no tables', () => {
  it('computes differences, elapsed years across centuries, and ratios with the units right', () => {
    expect(ask('How many metres longer is the North Pier than the South Pier?').computation).toMatchObject({ value: 145, unit: 'metres' })
    expect(ask('How many years passed between the founding of Port Alder and the building of the town hall?').computation?.value).toBe(1598 - 1066)
    expect(ask('How many years separate the founding of Port Alder from the building of the first stone bridge?').computation?.value).toBe(1312 - 1066)
    expect(ask('By how many points did the Alder Rovers win the cup final?').computation?.value).toBe(14)
    expect(ask('How many years did Mara Quill serve as lighthouse keeper?').computation?.value).toBe(42)
    // "12 crossings in 9 hours": a rate per hour, the question's "hour" meeting the article's "hours".
    expect(ask('On average, how many crossings per hour do the ferries make on a summer day?').computation?.value).toBeCloseTo(12 / 9)
    // Money over a count: "charged 1,200 ships a total of $3.6 million"; money per month stays a rate to convert.
    const perShip = ask('How much did the pilots charge per ship in 2019?')
    expect(perShip.computation?.value).toBe(3000)
    expect(perShip.answer).toContain('$3.6 million ÷ 1,200 = $3,000 per ship.')
    expect(ask('How much does a harbour pilot earn per year on average?').computation?.value).toBe(5400 * 12)
    // "between two and three days", asked in hours, at its longest.
    expect(ask("In hours, what's the longest a winter voyage to the northern isles usually takes?").computation).toMatchObject({ value: 72, unit: 'hours' })
  })

  it('binds each figure to the words that label it in a list or a range', () => {
    // "860 pupils in the middle schools, 610 pupils in the grammar school": each label follows its figure.
    expect(ask('How many pupils did the middle schools and the grammar school teach combined?').computation?.value).toBe(860 + 610)
    // "from $600 in Lowtown to $1,450 in the Crescent, with a town median of $900": not the median.
    expect(ask('How much higher was the median monthly rent in the Crescent than in Lowtown?').computation?.value).toBe(1450 - 600)
    // "eight U.S. consuls, …, 35 Lune Scholars, and 24 Marsh Scholars": a figure's own words are no other figure's label.
    expect(ask('How many more Lune Scholars than Marsh Scholars has the harbour school produced?').computation?.value).toBe(11)
    // "after the railway was built" says when; it is not a second figure to subtract.
    expect(ask('By how many did the number of ships calling each year grow after the railway was built?').computation?.value).toBe(310 - 40)
    // "killed about a quarter of the town's 8,000 inhabitants": the share of the whole, not the whole.
    expect(ask('About how many people did the fever of 1849 kill?').computation?.value).toBe(2000)
    // "Lunemouth had 14,000 inhabitants, Eskby had 6,000 …": a name before its figure is that figure's.
    expect(ask('How many times more inhabitants did Lunemouth have than Eskby in 1900?').computation?.value).toBeCloseTo(14000 / 6000)
    expect(ask('How many fewer inhabitants did Eskby have than Thornfield in 1900?').computation?.value).toBe(3500)
  })

  it('gives the gap between two extremes, below zero included, with neither side first', () => {
    const spread = ask('What is the spread in °C between the highest and lowest temperatures at the harbour?')
    expect(spread.computation?.value).toBeCloseTo(40.6)
    expect(spread.answer).toContain('31.2 − (-9.4) = 40.6 °C.')
    // "The difference between a pier and a wall" asks for no figure.
    expect(ask('What is the difference between the North Pier and the harbour wall?').computation).toBeUndefined()
  })

  it('says which year "the following year" is when it dates what is asked', () => {
    expect(ask('When was the lifeboat station rebuilt in stone?').answer).toContain('“the following year” there is 1825.')
    expect(ask('When did the lifeboat station open?').answer).not.toContain('there is 1825')
  })

  it('gives a difference of decimals as exact as the decimals', () => {
    // 44.2 − 40.1 is 4.1, not 4.100000000000001.
    expect(ask("How much higher is Port Alder's average age than the national average?").computation?.value).toBe(4.1)
  })

  it('answers whether one event came before another by their dates', () => {
    const hall = ask('Was the town hall built before the first stone bridge?')
    expect(hall.answer).toMatch(/^No\. /)
    expect(hall.answer).toContain('1598 is after 1312')
    expect(ask('Was Port Alder founded after 1000?').answer).toMatch(/^Yes\. /)
    // A stretch of years was under way before any year after it began.
    expect(ask('Did Mara Quill serve before 1950?').answer).toMatch(/^Yes\. /)
    expect(ask('Did Mara Quill serve after 1970?').answer).toMatch(/^No\. /)
    // A date whose sentence does not say the whole event dates something else; "named after" is no order.
    expect(ask('Was the North Pier built before 1900?').computation).toBeUndefined()
    expect(ask('Did the population rise after 1950?').computation).toBeUndefined()
    expect(ask('Was the South Pier named after the river Lune?').computation).toBeUndefined()
    // (Both events are dated whole here: "named after" itself must not be read as an order.)
    expect(ask('Was the Adela Bridge named after the queen?').computation).toBeUndefined()
  })

  it('answers "by how much" with the change in what was asked, or says the article gives no figure', () => {
    // The population then and now, or its sentence: not the two wages, which "how much" once chose.
    const fall = ask('By how much did the population fall?')
    expect(fall.answer).toContain('63,000')
    expect(fall.answer).not.toContain('$')
    // Nothing in the article is about the price of fish: no difference of the harbour wall's figures.
    const fish = ask('By how much did the price of fish rise?')
    expect(fish.computation).toBeUndefined()
    expect(fish.answer).not.toContain('$2.7 billion')
  })

  it('keeps scale words and reads money as money', () => {
    const r = ask('How much of the harbour wall’s cost was not federal grants?')
    expect(r.computation?.value).toBeCloseTo(2.7e9)
    expect(r.answer).toContain('$2.7 billion')
    const pay = ask('How much more does a harbour pilot earn than a dockworker each year?')
    expect(pay.computation).toMatchObject({ value: (5400 - 2100) * 12 })
    expect(pay.answer).toMatch(/at most \$39,600 a year/)
  })

  it('computes shares, complements, percentage changes, rates and conversions', () => {
    expect(ask('What percentage of their attempts from the line did the Rovers score?').computation?.value).toBeCloseTo(400 / 11)
    expect(ask('What share of residents are 60 or younger?').computation?.value).toBe(60)
    // A part over its whole, in two sentences and with different counted nouns ("300 soldiers" of "900 troops").
    expect(ask("What percentage of Vale's raid was drowned or captured?").computation?.value).toBeCloseTo(100 / 3)
    // The whole's words fit the part's sentence too ("the archive … contains 30,000 volumes"): the two are chosen together.
    expect(ask("What percentage of the archive's volumes are in the Quill Room?").computation?.value).toBeCloseTo(25)
    // Figures the reader writes out are the ones to use ("20 to 1" is no second count), and "ranged along" counts nothing.
    const typed = ask('By how many did the dockers outnumber the clerks, using the figures of about 6,000 and 300?')
    expect(typed.computation?.value).toBe(5700)
    expect(typed.answer).toContain('6,000 − 300 = 5,700')
    expect(typed.answer).not.toMatch(/5,700 along/)
    // Numbers that describe ("the 12 village schools") or date ("in 2009") are no operands; a share is never paired with a count.
    expect(ask('How many more pupils did the 12 village schools teach than the 3 coastal schools?').computation?.value).toBe(1300)
    expect(ask('How many more exhibits did the museum have in 2009 than the 40 it opened with in 1999?').computation?.value).toBe(25)
    // A figure the question writes is a label ("under 18"); figures of one list with no total share their sum.
    expect(ask("What percentage of the county's people are under 18?").computation?.value).toBeCloseTo(9600 / 420)
    expect(ask("What percentage of the town's pupils were in the grammar school?").computation?.value).toBeCloseTo((610 / 2805) * 100)
    // A part and its whole that fit their sides beat a stated percentage about something else ("30 percent of … were fishermen").
    expect(ask("What percentage of the town's inhabitants in 1901 were of Norse descent?").computation?.value).toBe(75)
    // "non-Norse" asks for the whole less the part, from the statement that holds both.
    expect(ask('How many non-Norse inhabitants did the town have according to the 1901 census?').computation?.value).toBe(13000)
    // "through" opens a noun here ("6 through trains"), it does not end one.
    expect(ask('How many trains does the harbour railway run each day in total?').computation?.value).toBe(20)
    expect(ask('By what percentage did the population of Port Alder fall from 1950 to 2010?').computation?.value).toBeCloseTo(-25)
    expect(ask('On average, how many hours does each ferry crossing take?').computation?.value).toBeCloseTo(0.75)
    expect(ask('How many bushels are 5 tons of grain?').computation?.value).toBe(180)
    expect(ask('How many of the listed buildings are not timber-framed?').computation?.value).toBe(330)
  })

  it('answers a comparison with the name the reader used', () => {
    expect(ask('Which pier is longer, the North Pier or the South Pier?').answer).toMatch(/^North Pier\. /)
    expect(ask('Which pier is shorter, the North Pier or the South Pier?').answer).toMatch(/^South Pier\. /)
    // A setting that is the first side's only subject stays with it ("For the North Pier, … is it …").
    expect(ask('For the North Pier, how many times longer is it than the South Pier?').computation?.value).toBeCloseTo(410 / 265)
    // One option's words fit the other's figure a little better ("its eye crossed" is said of the gale, "winds" of both): each figure goes to one option.
    const storms = ask('which storm had stronger winds, the great gale when its eye crossed eskby or storm rhea in 1990')
    expect(storms.answer).toMatch(/^Great gale\. /)
    expect(storms.computation?.value).toBe(95)
  })

  it('cites every figure it computes with and leaves ordinary questions to retrieval', () => {
    const r = ask('How many years passed between the founding of Port Alder and the building of the town hall?')
    expect(r.citations.map((c) => c.selector.exact)).toEqual(['Port Alder was founded in 1066 by fishermen from the north.', 'The first stone bridge over the river Lune was built in 1312, and the town hall followed in 1598.'])
    expect(r.computation?.operands.map((o) => o.citation)).toEqual([1, 2])
    expect(r.answer).toMatch(/\[1\].*\[2\]/)
    for (const q of ['Who founded Port Alder?', 'How much did the harbour wall cost?', 'When was the South Pier built?']) expect(ask(q).computation, q).toBeUndefined()
  })

  it('does not refuse a pay question for want of group tables it does not have', () => {
    // Whose pay a figure is comes from the optional tables; without them retrieval answers, and no refusal reads "figures for ."
    const r = ask('What did the council pay, in total, for the harbour wall?')
    expect(r.abstained).toBe(false)
    expect(r.answer).toContain('$4.2 billion')
  })
})

describe('money over a count', () => {
  const money = inline('Money', `In 2019 the pilots charged 1,200 ships a total of $3.6 million.

The 25 players each received $40,000 after the final.

The hotel has 120 rooms and charges $300 a night.
`)
  it('divides a total, never money that is already each one’s', () => {
    expect(reply(money, 'How much did the pilots charge per ship in 2019?').computation?.value).toBe(3000)
    expect(reply(money, 'How much did the players get per player?').computation).toBeUndefined()
    expect(reply(money, 'How much does the hotel charge per room?').computation).toBeUndefined()
  })
})

describe('figures listed side by side, each with its own name after it', () => {
  const keys = inline('Keys', `Several public-key algorithms, such as RSA and the Diffie–Hellman key exchange, rest on large primes (for example, 512-bit primes are often used for RSA and 1024-bit primes are typical for Diffie–Hellman).
`)
  it('reads "512-bit primes are used for RSA and 1024-bit primes for Diffie–Hellman" as RSA’s and Diffie–Hellman’s', () => {
    expect(keys.artifact.facts.find((f) => f.text.startsWith('512'))?.owner).toBe('RSA')
    expect(keys.artifact.facts.find((f) => f.text.startsWith('1024'))?.owner).toBe('Diffie–Hellman')
    expect(reply(keys, 'How many times as many bits does a typical Diffie–Hellman prime have compared with a typical RSA prime?').computation?.value).toBe(2)
  })
})

describe('ratios where the question names the larger figure first', () => {
  const cargo = inline('Cargo', `A typical protein drug weighs about 6000 Da, and drugs larger than 500 Da can provoke an immune response.

In 2009 the Harbour Board awarded a $100,000 prize to the first line whose ships carried at least 10 million tonnes of cargo in a year.

As of January 2016, the largest line had carried 22,338,618 tonnes in a year.
`)
  it('reads "A is how many times B", molecular masses in daltons, and a prize that is not what is counted', () => {
    expect(reply(cargo, 'A typical protein drug is how many times the size above which drugs can provoke an immune response?').computation).toMatchObject({ value: 12 })
    expect(reply(cargo, 'About how many times the 10-million-tonne prize threshold is the cargo of the largest line as of January 2016?').computation?.value).toBeCloseTo(2.23, 2)
  })
  it('reads "X are typically how many times Y" and "how many times Y did X earn"', () => {
    expect(reply(cargo, 'Typical protein drugs are typically how many times the size above which drugs can provoke an immune response?').computation).toMatchObject({ value: 12 })
    const pay = inline('Pay', `In 2010 the average professional in the Gulf earned £42,090, compared to £26,719 in the UK.
`)
    expect(reply(pay, "How many times the UK professional's pay did the average professional in the Gulf earn?").computation?.value).toBeCloseTo(1.58, 2)
  })
})

describe('a total that a later sentence adds to', () => {
  const statue = inline('Statue', `In 1939 the monks took the statue from the old temple. It was carried some 900 km on carts to a monastery in the hills. In 1949 the monks moved it another 200 km west, to the coast.
`)
  it('adds "another 200 km" to the 900 km before it, and asks "how far in total" as a sum', () => {
    expect(reply(statue, 'How far in total was the statue carried?').computation).toMatchObject({ value: 1100, unit: 'kilometres' })
  })
})

describe('totals of a list', () => {
  const port = inline('Port', `The harbour school's alumni include eight mayors, several admirals, 62 sea captains, 335 Rhodes Scholars, and 242 Marshall Scholars.

In 1750 the governor raised a 2,000-man army to hold the coast. Brand's expedition force consisted of about 200 marines and 30 guides.

The bell ringers use rounds of 41, 43, 47 and 53 strokes on feast days.
`)
  it('adds the figures each item names, the whole statement a total asks of, and "the sum of" what a sentence lists', () => {
    // "242 Marshall Scholars" counts Marshall Scholars, never the Rhodes Scholars before it.
    const owner = (text: string) => port.artifact.facts.find((f) => f.text.startsWith(text))?.owner
    expect([owner('242'), owner('335'), owner('eight')]).toEqual(['Marshall Scholars', 'Rhodes Scholars', undefined])
    expect(reply(port, 'how many rhodes and marshall scholars are there among the alumni in total').computation?.value).toBe(577)
    // The reader's "men" for "marines" and "guides"; the 2,000-man army is one figure, not the force's parts.
    expect(reply(port, "How many men in total made up Brand's expedition force?").computation?.value).toBe(230)
    expect(reply(port, "what's the sum of the rounds the bell ringers use on feast days").computation?.value).toBe(184)
  })
  it('reads the "I" of "grade I" as a numeral that labels its figure', () => {
    const listed = inline('Listed', `The old town was rebuilt in the 1830s.

Of the old town's 450 buildings, 244 are listed, of which 29 are grade I and 49 are grade II*.
`)
    expect(reply(listed, "how many of the old town's buildings are listed grade I or grade II* put together").computation?.value).toBe(78)
  })
})

describe('how long one held something before or until another event', () => {
  const island = inline('Island', `The first chapel on the island was built in 1412, and a harbour wall followed in 1530.

The duke ceded the island to the Danes in 1763 after the long war, and the Danes soon built a road along its coast. The farmers prospered more than they had under the duke. The Danes ceded control of the island back to the duke in 1783, after their defeat at sea.

In 1851 the island got its first school, and in 1902 a ferry began to run to the mainland.
`)
  it('counts from the first event to the one "before" or "until" names by a verb', () => {
    expect(reply(island, 'how long did the danes hold the island before giving it back to the duke').computation?.value).toBe(20)
    expect(reply(island, 'How long did the Danes control the island until handing it back to the duke?').computation?.value).toBe(20)
    // One thing's two dates in one sentence: "it" is the thing asked about, not a second event to look for.
    const colleges = inline('Colleges', `The city has two universities and a college of art.

The medical school, founded in 1834, became independent in 1963 to form the University of Northholm.

Northholm University has its origins in Northholm Polytechnic, established in 1969, which became the city's second university in 1992.

The college of art opened in 1880 and moved to the river in 1921.
`)
    expect(reply(colleges, 'For how many years was Northholm University a polytechnic before it became a university?').computation?.value).toBe(23)
  })
})

describe('a number joined to a name', () => {
  const rockets = inline('Rockets', `Three test flights were planned for the first block of rockets.

The first, AS-101, launched on February 26, reached an altitude of 265.7 nautical miles and splashed down 4,577 nautical miles downrange. The second, AS-102, on August 25, reached 617.1 nautical miles altitude and was recovered 13,900 nautical miles downrange.
`)
  it('takes "AS-101" as a name the figure must stand with', () => {
    // Statute miles: 1 nautical mile is 1.15078 of them.
    expect(reply(rockets, 'How high in miles did AS-102 reach?').computation?.value).toBeCloseTo(617.1 * 1.15078, 0)
    expect(reply(rockets, 'How high in miles did AS-101 reach when launched?').computation?.value).toBeCloseTo(265.7 * 1.15078, 0)
  })
})

describe("the article's subject, named by a short form", () => {
  const university = new CorpusIndex(buildCorpus([`---\nid: northholm\ntitle: University of Northholm\n---\nUNorthholm, as students call it, is a private research university founded in 1890.

In fall 2014, the university enrolled 5,792 students in the College, 3,468 students in its four graduate divisions and 5,984 students in its professional schools.
`], readSharedTables()))
  it('takes a figure from a paragraph that does not name the subject ("UNorthholm" for the University of Northholm)', () => {
    expect(reply(university, "In fall 2014, how many more students did UNorthholm's professional schools enroll than its four graduate divisions?").computation?.value).toBe(2516)
  })
})

describe('a gap in kelvins', () => {
  const gas = inline('Gas', `The gas condenses at 90.20 K (−182.95 °C), and freezes at 54.36 K (−218.79 °C).
`)
  it('reads "how many kelvins separate A from B" as their difference', () => {
    expect(reply(gas, 'How many kelvins separate the temperature at which the gas condenses from the one at which it freezes?').computation?.value).toBeCloseTo(35.84, 2)
  })
})

describe('how many times, with no side named first', () => {
  const physics = inline('Physics', `Maxwell unified the earlier theories into a set of 20 scalar equations, which were later reformulated into 4 vector equations by Heaviside.

Oxygen gas takes up 20.8% of the volume of Earth's atmosphere, while Mars has 0.1% oxygen by volume.
`)
  it('divides the larger figure by the smaller', () => {
    expect(reply(physics, "By what factor did the number of Maxwell's equations shrink when Heaviside reformulated the scalar equations as vector equations?").computation?.value).toBe(5)
    expect(reply(physics, "By volume, oxygen makes up how many times as large a share of Earth's atmosphere as it does of Mars's?").computation?.value).toBeCloseTo(208)
  })
})

describe('rates over a span of years or per a unit the text counts', () => {
  const mines = inline('Mines', `The colony produced 20 million ounces of gold in the decade 1851–1860.

A fever killed an estimated 3 million people in the 15 years before it reached the coast.

In 2004 the fishing fleet landed 11,634 tonnes of fish valued at A$109 million.
`)
  it('divides a total by the years it took, and a value by the count it is per', () => {
    expect(reply(mines, 'How many ounces of gold did the colony produce per year on average during the gold rush?').computation?.value).toBe(2_000_000)
    const fever = reply(mines, 'About how many people a year did the fever kill before it reached the coast?')
    expect(fever.computation?.value).toBe(200_000)
    expect(fever.answer).toContain('3,000,000 ÷ 15 = 200,000 people per year')
    const fish = reply(mines, 'In 2004, what was the average value per tonne of the fish the fleet landed?')
    expect(fish.computation?.value).toBeCloseTo(109e6 / 11634)
  })
})

describe('the parts a total names', () => {
  const town = inline('Town', `Of the quarter's 450 buildings, 244 are listed, of which 29 are grade I and 49 are grade II*.

The library holds more than 150,000 books. Its music library contains 8000 CDs and 10,000 LPs.

In 2005 there were about 667,000 firms employing 1 million contractors (200,000 general contractors, 38,000 heavy, and 432,000 specialty).
`)
  it('adds only the named parts, each its own figure', () => {
    // "the two top grades, grade I and grade II*": the first item announces the two that follow.
    expect(reply(town, 'Of the listed buildings, how many are in the two top grades, grade I and grade II*, put together?').computation?.value).toBe(78)
    // CDs take the CDs' figure even though the LPs' figure matches both sides better.
    const records = reply(town, 'how many cds and lps does the music library hold combined')
    expect(records.computation?.value).toBe(18_000)
    expect(records.answer).toMatch(/= 18,000\.$/)
    // "general and heavy contractors": each adjective with the shared noun; "general" is the 200,000's word, not the million's.
    expect(reply(town, 'In 2005, how many general and heavy contractors were there, combined?').computation?.value).toBe(238_000)
  })
})

describe('lifespans and changes', () => {
  const lives = inline('Lives', `During the 20th century, the historians Ada Fenn (1919–1980) and Rolf Ames (1920–1999) wrote a history of the port.

At the second hearing the judge increased the sentence from 40 to 60 days.
`)
  it('subtracts the spans of two lives, and reads "by how many days did he lengthen" as the change', () => {
    const longer = reply(lives, 'How much longer did the historian Rolf Ames live than Ada Fenn?')
    expect(longer.computation).toMatchObject({ value: 18, unit: 'years' })
    expect(longer.answer).toContain('(1999 − 1920) − (1980 − 1919) = 79 − 61 = 18 years.')
    expect(reply(lives, 'By how many days did the judge lengthen the sentence at the second hearing?').computation?.value).toBe(20)
  })
})

describe('sums asked by adding', () => {
  const plague = inline('Plague', `In the first half of the 17th century, a plague claimed some 1.7 million victims in Italy. More than 1.25 million deaths resulted from plague in 17th-century Spain. Trade with the Low Countries stopped: ships from the Low Countries were turned away, and both countries closed their ports.

The foundation offers $150,000 for a prime with 100 million digits. The project was awarded a $100,000 prize for a prime with 10 million digits.
`)
  it('reads "adding A to B" and "what do A and B add up to" as sums', () => {
    expect(reply(plague, "Adding Italy's plague victims in the first half of the 17th century to the deaths in 17th-century Spain, roughly how many people did plague kill in the two countries?").computation?.value).toBe(2_950_000)
    expect(reply(plague, "What do the project's 10-million-digit prize and the foundation's 100-million-digit prize add up to?").computation?.value).toBe(250_000)
    // "the Low Countries" makes no name of the reader's "two countries": the article also writes "countries" in lower case.
    expect(plague.properNouns.has('countries')).toBe(false)
  })
})

describe('what is left of a whole', () => {
  const valley = inline('Valley', `In the 1720s about 3,000 out of 11,000 inhabitants of the valley died of fever.

Before 1700 there were about 2,400 farms in the valley, and this was reduced by nearly 600 by 1750.

In 1900 the valley had 40 mills; by 1950 that number had grown by 25.

The port earns about $80 million a year, of which $50 million comes from fishing and the remainder from tourism.

Of the 900 soldiers sent north, 350 survived the winter.

By 1800 the valley still had 12 of the 30 chapels it had built.

Each soldier sent north was paid $50 a month, with $35 more for each child.

At the valley's cup final the home side's last drive was halted on the 26-yard line, and a 44-yard kick to win it went wide.
`)
  const value = (q: string) => reply(valley, q).computation?.value
  it('takes the part from the whole when the question asks what survived, was left, or came from something else', () => {
    expect(value('How many of the inhabitants survived the fever in the 1720s?')).toBe(8000)
    expect(value('Roughly how many farms were left in the valley by 1750?')).toBe(1800)
    expect(value('Roughly how many farms did the valley still have by 1750?')).toBe(1800)
    expect(value('How much of the port’s yearly income comes from tourism rather than fishing?')).toBe(30e6)
    // Money counted in its scale ("how many millions of dollars") is still money.
    expect(value('How many millions of dollars of the port’s yearly income do not come from fishing?')).toBe(30e6)
  })
  it('quotes a count the article states itself, and never takes away what was added', () => {
    // "350 survived": the article says how many survived; subtracting would give the dead.
    const survivors = reply(valley, 'How many of the soldiers survived the winter?')
    expect(survivors.computation?.value).not.toBe(550)
    expect(survivors.answer).toContain('350')
    // "still had 12 of the 30": the article says how many it still had; 30 − 12 is what it lost.
    const chapels = reply(valley, 'How many chapels did the valley still have by 1800?')
    expect(chapels.computation?.value).not.toBe(18)
    expect(chapels.answer).toContain('12')
    // "grown by 25": 40 − 25 is no count of mills.
    expect(value('How many mills were left in the valley by 1950?')).not.toBe(15)
    expect(value('How many of the valley’s mills in 1950 were not water mills?')).not.toBe(15)
    // Money is no whole of soldiers, and a sentence that loses nothing leaves no survivors to count.
    expect(value('How many soldiers survived the march?')).not.toBe(15)
    // Seconds asked, yards given: nothing to take away.
    expect(value('How many seconds were left in the cup final when the home side’s kick went wide?')).not.toBe(18)
  })
})

describe('a whole less the things a sentence names', () => {
  const league = inline('League', `Of the twelve clubs of the Northern League, Avonford was relegated to the second division, Brill and Castlecombe were fined for late fees, while the other nine finished the season without penalty.
`)
  it('counts the names that did what the question excludes and takes them from the whole', () => {
    const kept = reply(league, 'How many Northern League clubs were not relegated to the second division?')
    expect(kept.computation?.value).toBe(11)
    expect(kept.answer).toContain('12 − 1 (Avonford) = 11')
    expect(reply(league, 'How many of the clubs were not fined for late fees?').computation?.value).toBe(10)
  })
  it('counts nothing from a list its commas cut ("Avonford, Brill and Castlecombe faced …")', () => {
    const cut = inline('Cut', `Of the nine members of the league, Avonford, Brill and Castlecombe faced a complete ban, while the other six paid fines.
`)
    expect(reply(cut, 'How many members of the league did not face a complete ban?').computation?.value).not.toBe(7)
  })
  it('counts nothing when the clause opens with a word that is no name', () => {
    const calm = inline('Calm', `Of the twelve clubs of the Northern League, Most were relegated in the storm year, and none were fined.
`)
    expect(reply(calm, 'How many Northern League clubs were not relegated in the storm year?').computation?.value).not.toBe(11)
  })
})

describe('a year reckoned from another and a span', () => {
  const town = inline('Town', `The town's rowing race, first held in 1850, draws crowds every spring.

Older than the Rowing Race by 12 years, the Hill Fair is the town's oldest custom.

The first map of the harbour was drawn in 1790 by Ada Penn. In 1788 Penn had begun a survey of the coast. This antedates the Admiralty's chart of the harbour by nine years, although it used a different scale.

In 1901 Ruth Ober became mayor; the town grew quickly during her 16-year tenure.

In 1920 Tom Hale was elected to the council, and he served for 11 years.

The old mill was built 40 years before the new bridge, which opened in 1870.

After the flood of 1911 the harbour wall, 30 years old by then, was rebuilt.
`)
  const year = (q: string) => reply(town, q).computation?.value
  it('takes the span from the year of the other side, in the direction the sentence puts them', () => {
    // The Hill Fair is older than the race: 1850 − 12.
    expect(year('Given how much older the Hill Fair is than the Rowing Race, in what year was the first Hill Fair held?')).toBe(1838)
    // "This antedates the Admiralty's chart by nine years", this being Penn's map of 1790 (not her survey of 1788).
    const chart = reply(town, "Going by Ada Penn's map, in what year was the Admiralty's chart of the harbour drawn?")
    expect(chart.computation?.value).toBe(1799)
    expect(chart.answer).toContain('1790 + 9 = 1799')
    expect(year('Given the length of her tenure, in what year did Ruth Ober stop being mayor?')).toBe(1917)
    expect(year('Given how long he served, in what year did Tom Hale’s time on the council end?')).toBe(1931)
    // "40 years before the new bridge, which opened in 1870".
    expect(year('Going by when the new bridge opened, in what year was the old mill built?')).toBe(1830)
  })
  it('reckons only the end of a tenure, and nothing when the question does not say which side it asks about', () => {
    // The sentence gives the year she took office: adding her tenure would be a wrong figure.
    expect(year('Given the length of her tenure, in what year did Ruth Ober become mayor?')).not.toBe(1917)
    expect(year('Given how much older it is, in what year was it held?')).toBeUndefined()
  })
  it('reckons from no year that ends a term, dates another event, or stands in another clause', () => {
    const other = inline('Other', `Jan Voss retired as mayor in 1953 after a 24-year tenure.

The old chapel, rebuilt after the great fire of 1760, predates the market hall by 30 years.

The mill closed in 1880, and the bakery, built before the mill, was older by 20 years.
`)
    const value = (q: string) => reply(other, q).computation?.value
    expect(value('Given the length of his tenure, in what year did Jan Voss’s time as mayor end?')).not.toBe(1977)
    expect(value('Given that the chapel predates the market hall, in what year was the market hall built?')).not.toBe(1790)
    expect(value('Given how much older it was, in what year was the bakery built?')).not.toBe(1860)
  })
  it('takes no span that the sentence does not compare by', () => {
    // "After the flood of 1911 … 30 years old": the span is an age, not how long after the flood.
    expect(year('Given its age, in what year was the harbour wall first built, if it was rebuilt after the flood?')).not.toBe(1941)
  })
})

describe('a birth year reckoned from an age', () => {
  const crew = inline('Crew', `Mara Lind, the youngest rower, was 19 years old when she joined the crew in 2009.

The coach, Piet Osk, was born in 1961. Piet Osk took over the crew in 2006, aged 44.
`)
  it('takes the age from the year its sentence gives, and says it is reckoned', () => {
    const born = reply(crew, 'Roughly what year was Mara Lind born?')
    expect(born.computation?.value).toBe(1990)
    expect(born.answer).toContain('2009 − 19 = 1990')
    expect(born.answer).toContain('no birth date')
    expect(born.citations[0]?.text).toContain('19 years old')
  })
  it('quotes a birth the article states instead of reckoning one', () => {
    const born = reply(crew, 'What year was Piet Osk born?')
    expect(born.computation).toBeUndefined()
    expect(born.answer).toContain('born in 1961')
  })
})

describe('how long one thing had lasted when another happened', () => {
  const isle = inline('Isle', `The kingdom took control of the island of Vell in 1830 but began to rebuild its fleet only after 1850.

Although the rebels had lost the war, President Amun Sor decided to grant Vell independence anyway in 1962.
`)
  it('counts from the one event to the other', () => {
    const held = reply(isle, 'For how many years had the kingdom held Vell when President Sor granted it independence?')
    expect(held.computation?.value).toBe(132)
    expect(held.answer).toContain('From 1830 to 1962 is 132 years.')
  })
})

describe('a whole given as its parts', () => {
  const march = inline('March', `In 1749 Duval's expedition force consisted of about 200 soldiers and 30 scouts.

In the spring of 1753, Rennet was given command of a 2,000-man force of soldiers and scouts.
`)
  it('counts every part of the whole a side names, and only the part a reader names', () => {
    expect(reply(march, "How much bigger was Rennet's 1753 force than Duval's expedition had been?").computation?.value).toBe(1770)
    expect(reply(march, "How many more soldiers did Rennet command than Duval's expedition had scouts?").computation?.value).not.toBe(1770)
  })
})

describe('two sides whose figures stand in different paragraphs', () => {
  const climate = inline('Climate', `The Brill Uplands are the wettest part of Avonford. Summers are mild, with highs near 22 °C (72 °F).

Avonford's highest maximum temperature since the Great Storm, of 41.2 °C (106.2 °F), was recorded at Castlecombe in 2003.

The Brill Uplands are the coldest part of Avonford, with snow on the ridges most winters. The state's lowest minimum temperature of −9.4 °C (15.1 °F) was recorded at Dunmere in 1985.
`)
  it('does not ask the other side\'s names of a side that only borrows them, nor a unit\'s capital of any side', () => {
    // "the Great Storm" qualifies the highest only; "its lowest" borrows "Avonford", which its paragraph has.
    const gap = reply(climate, "What is the difference in degrees Celsius between Avonford's highest recorded maximum temperature since the Great Storm and its lowest recorded minimum temperature?")
    expect(gap.computation?.value).toBeCloseTo(50.6, 5)
    expect(gap.answer).toContain('−9.4 °C')
  })
})

describe('the rest of a split by age', () => {
  const ages = inline('Ages', `In the town, the population was spread out with 20.5% under the age of 18, 31.5% from 18 to 44, 30.0% from 45 to 64, and 18.0% who were 65 years of age or older.
`)
  it('is taken from a share split at the age the question asks about, and from no other', () => {
    expect(reply(ages, 'What percentage of the town\'s population was 18 or older?').computation?.value).toBe(79.5)
    // "45 or older" is no complement of "under the age of 18": no figure is better than 100 − 20.5.
    expect(reply(ages, 'What percentage of the town\'s population was aged 45 or older?').computation?.value).toBeUndefined()
  })
})

describe('a rate asked with a total in it', () => {
  const college = inline('College', `The college's 300 tutors teach 1,200 undergraduates and 900 graduate students.
`)
  it('divides the total of the parts the reader names by the count it is per', () => {
    const rate = reply(college, 'Counting undergraduates and graduate students together, how many students are there per tutor?')
    expect(rate.computation).toMatchObject({ value: 7, expression: '(1,200 + 900) ÷ 300' })
    expect(rate.answer).toContain('= 7 students per tutor.')
    expect(reply(college, 'Counting undergraduates and graduate students together, how many students are there for each of the tutors?').answer).toContain('= 7 students for each of the tutors.')
    expect(reply(college, 'How many undergraduates and graduate students does the college teach in total?').computation?.value).toBe(2100)
  })

  it('shares out no money and no rate, which are already each one\'s', () => {
    const fees = inline('College', `The college has 2,000 students, who pay tuition of $40,000 and board of $10,000.
`)
    const cost = reply(fees, 'What is the total cost per student of tuition and board?')
    // The right total, or no figure: never the total shared out again.
    expect([undefined, 50000]).toContain(cost.computation?.value)
    expect(cost.answer).not.toMatch(/\b25\b/)
  })

  it('adds nothing when no count of what it is per stands beside the parts', () => {
    const apart = inline('College', `The college teaches 1,200 undergraduates and 900 graduate students.

It was founded in 1850. Its staff includes 300 tutors and 40 librarians.
`)
    const rate = reply(apart, 'Counting undergraduates and graduate students together, how many students are there per tutor?')
    // 1,200 + 900 = 2,100 students is no answer to "per tutor": better the sentence, or nothing.
    expect(rate.computation).toBeUndefined()
    expect(rate.answer).not.toContain('2,100')
  })
})

describe('an event a pronoun stands in for', () => {
  const ferries = inline('Ferries', `Harbor Lines was incorporated in 1961 and began service in 1963. It went public in 1970 and was sold in 1988.
`)
  it('reads "after it was incorporated" as the first event, whole', () => {
    expect(reply(ferries, 'How many years after it was incorporated did Harbor Lines go public?').computation?.value).toBe(9)
  })
})

describe('totals of listed counts', () => {
  const ferries = inline('Ferries', `Harbor Lines was incorporated in 1961 and began service in 1963.

The company's first crossing carried 120 passengers and 15 crew.
`)
  it('reads "in all" set off by a comma as no item of the list it adds', () => {
    expect(reply(ferries, 'How many people did the first crossing carry in all, passengers and crew together?').computation?.value).toBe(135)
    // No figure counts "people": the parts the sentence lists do.
    expect(reply(ferries, 'How many people did the first crossing carry in all?').computation?.value).toBe(135)
  })
})
