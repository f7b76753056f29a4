import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/ingest/quantities/dates'
import { hedgeMeaning } from '../../src/ingest/quantities/hedges'
import { findNumbers } from '../../src/ingest/quantities/number-words'
import { findQuantities } from '../../src/ingest/quantities/read-quantities'
import { conversionFactor, unitAt } from '../../src/ingest/quantities/units'

const read = (s: string) => findQuantities(s).map((q) => ({ ...q, text: s.slice(q.start, q.end) }))

describe('numbers in digits and words', () => {
  it('reads spelled-out numbers, fractions and scale words', () => {
    expect(findNumbers('twenty-five lamps, three hundred and six chairs, a dozen eggs').map((n) => n.value)).toEqual([25, 306, 12])
    expect(findNumbers('a third of them, two-thirds of the rest, half of it').map((n) => n.value)).toEqual([1 / 3, 2 / 3, 0.5])
    expect(findNumbers('4.2 billion and 1,300,000 and 5 million').map((n) => n.value)).toEqual([4.2e9, 1.3e6, 5e6])
  })

  it('never joins two numbers across a comma (the pitfall of word-number readers)', () => {
    expect(findNumbers('$4.2 billion, twenty-five children').map((n) => n.value)).toEqual([4.2e9, 25])
  })
})

describe('quantities with their units', () => {
  it('keeps the scale of money and its period', () => {
    expect(read('The dam cost $4.2 billion, while the toll raised $5 million a year.')).toMatchObject([
      { kind: 'money', value: 4.2e9, unit: 'USD', scale: 'billion' },
      { kind: 'money', value: 5e6, unit: 'USD', period: 'year' },
    ])
    expect(read('Tickets were €12 per person and £3.50 each.').map((q) => q.unit)).toEqual(['EUR', 'GBP'])
  })

  it('reads ranges, hedges and rates per thing', () => {
    expect(read('Rents range between $400 and $1,200 per month.')[0]).toMatchObject({ value: 400, high: 1200, period: 'month' })
    // A year told by its place beside another is left for the reader of the facts to count.
    expect(read('It was founded in 1599 and chartered the following year.')).toMatchObject([{ value: 1599 }, { kind: 'date', shift: 1 }])
    expect(read('It was founded a year earlier.')).toMatchObject([{ kind: 'date', shift: -1 }])
    // "a year after the railway came" counts from the railway, which has no date here.
    expect(read('A customs house was built a year after the railway came.').some((q) => q.shift !== undefined)).toBe(false)
    // Plain numbers too, in figures or words: one range, not two figures.
    expect(read('Between 20 and 30 percent of the men left.')).toMatchObject([{ value: 20, high: 30, unit: 'percent' }])
    expect(read('It usually takes between two and three days to heal.')).toMatchObject([{ value: 2, high: 3, unit: 'days' }])
    // Two counts of different things are two figures.
    expect(read('Between 200 police officers and 3,000 protesters were there.').map((q) => q.value)).toEqual([200, 3000])
    expect(read('Crossings take from 30 to 45 days.')[0]).toMatchObject({ kind: 'duration', value: 30, high: 45, unit: 'days' })
    expect(read('Guides earn as little as $20 per group and up to 70 percent of tips.')).toMatchObject([
      { hedge: 'as little as', per: 'group' }, { kind: 'percent', value: 70, hedge: 'up to' },
    ])
    expect(hedgeMeaning('as little as')).toBe('floor')
    expect(hedgeMeaning('up to')).toBe('ceiling')
  })

  it('reads units that convert, compound durations and restatements in other units', () => {
    const q = read('The tower is 138 metres (452.8 ft) tall; the climb took 2 hours, 31 minutes.')
    expect(q).toMatchObject([{ kind: 'measure', value: 138, unit: 'metres' }, { unit: 'feet', restates: true }, { kind: 'duration', value: 151, unit: 'minutes' }])
    expect(conversionFactor('days', 'hours')).toBe(24)
    expect(unitAt(' km/h today')?.unit.name).toBe('kilometres per hour')
  })

  it('counts nouns and gives a bare number in a parallel phrase the unit before it', () => {
    expect(read('The club fielded eight former county players.')[0]).toMatchObject({ kind: 'count', value: 8, unit: 'players' })
    expect(read('She ran for 1,200 yards and walked for 300.').map((q) => [q.value, q.unit])).toEqual([[1200, 'yards'], [300, 'yards']])
    // A count as an adjective ("37-story"); a name after the noun is what it belongs to ("28 floor Riverplace Tower");
    // a preposition ends the phrase after a word ("ranged along") but may open a noun ("6 through trains").
    expect(read('It has the 37-story Wells Fargo Center and the 28 floor Riverplace Tower.').map((q) => [q.value, q.unit, q.kind])).toEqual([[37, 'story', 'count'], [28, 'floor', 'count']])
    expect(read('About 1.5 million ranged along the coast; it runs 6 through trains.').map((q) => [q.value, q.unit])).toEqual([[1500000, ''], [6, 'trains']])
    // A plural noun heads the phrase when a verb or an adjective follows it; a plural modifier ("sales") does not.
    expect(read("The college's 300 tutors teach here; two forces act on it; seventy young captives alive.").map((q) => [q.unit, q.text])).toEqual([['tutors', '300 tutors'], ['forces', 'two forces'], ['captives', 'seventy young captives']])
    expect(read('It employs 40 sales staff, 3 news editors and 1,000 species live here.').map((q) => q.unit)).toEqual(['staff', 'editors', 'species'])
  })

  it('reads scores, parts of a whole and multiples', () => {
    expect(read('The Rovers beat the Wanderers 31–17 on Sunday.')[0]).toMatchObject({ kind: 'score', value: 31, high: 17 })
    expect(read('They scored on 4-of-11 attempts.')[0]).toMatchObject({ kind: 'part', value: 4, of: 11 })
    expect(read('Imports are two or three times as large as exports.')[0]).toMatchObject({ kind: 'multiplier', value: 2, high: 3 })
  })

  it('does not take names with numbers or records for figures', () => {
    expect(read('Voyager 2 passed Neptune; the team is 0-4 in finals.')).toEqual([])
    expect(read('The carbon-14 method dates the Three-Year Plan.')).toEqual([])
  })
})

describe('dates of any era and precision', () => {
  it('reads years outside 1900–2099, eras, centuries and decades', () => {
    expect(findDates('The abbey was founded in 1066.')[0].date).toEqual({ year: 1066 })
    expect(findDates('Euclid wrote around 300 BC.')[0].date).toEqual({ year: -299 })
    expect(findDates('a plague from 541 to 700 CE')[0]).toMatchObject({ date: { year: 541 }, dateHigh: { year: 700 } })
    expect(findDates('in the 14th century')[0]).toMatchObject({ date: { year: 1301 }, dateHigh: { year: 1400 } })
    expect(findDates('during the 1850s')[0]).toMatchObject({ date: { year: 1850 }, dateHigh: { year: 1859 } })
  })

  it('keeps months and days, and life spans written with a dash', () => {
    expect(findDates('She left in November 2014 and returned on 10 February 1763.').map((d) => d.date)).toEqual([{ year: 2014, month: 11 }, { year: 1763, month: 2, day: 10 }])
    expect(findDates('the scholar (973–1048) and the chancellor (1862–90)').map((d) => [d.value, d.high])).toEqual([[973, 1048], [1862, 1890]])
  })

  it('does not read measures or amounts as years', () => {
    expect(findDates('a force of 1000 N and 1024-bit keys cost $1200')).toEqual([])
  })
})
