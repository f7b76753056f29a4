import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readNumericQuestion } from '../../src/rules/numeric-question'

const read = (q: string) => readNumericQuestion(q)

describe('readNumericQuestion', () => {
  it('reads the operation and each operand’s description from general English', () => {
    expect(read('How many more ferries than barges use the port?')).toMatchObject({ op: 'difference', sides: ['ferries', 'barges use the port'] })
    expect(read('How many years after the fire was the bridge rebuilt?')).toMatchObject({ op: 'elapsed', sides: ['the bridge rebuilt', 'the fire'] })
    // "before" and a verb names a second event; "before" and a noun only sets the time of a duration.
    expect(read('How long did the Danes hold the island before giving it back?')).toMatchObject({ op: 'elapsed', sides: ['the danes hold the island', 'giving it back'] })
    expect(read('How long did the courses last before the defeat?')).toMatchObject({ op: 'elapsed', sides: [] })
    expect(read('How many years did the truce hold until spring 1865?')).toMatchObject({ op: 'elapsed', sides: [] })
    expect(read('How long did he rule before retiring?')).toMatchObject({ op: 'elapsed', sides: ['he rule', 'retiring'] })
    expect(read('The tunnel is now how many times the cost of the bridge?')).toMatchObject({ op: 'ratio', sides: ['the tunnel', 'cost of the bridge'] })
    expect(read('What is the combined length of the north wall and the east wall?')).toMatchObject({ op: 'sum', sides: ['the north wall', 'the east wall'] })
    expect(read('How many times heavier is the anchor than the chain?')).toMatchObject({ op: 'ratio' })
    // "How many kelvins separate A from B": a gap in any unit, not only in time.
    expect(read('How many kelvins separate the point at which it boils from the one at which it freezes?')).toMatchObject({ op: 'difference', sides: ['the point at which it boils', 'the one at which it freezes'] })
    // "A is how many times B": A over B.
    expect(read('A cargo ship of 9000 tonnes is how many times the weight limit of the old bridge?')).toMatchObject({ op: 'ratio', sides: ['a cargo ship of 9000 tonnes', 'weight limit of the old bridge'] })
    // Money one side speaks of ("the prize threshold") is not what both sides count.
    expect(read('About how many times the 10-million-tonne prize threshold is the cargo of the largest ship?')).toMatchObject({ op: 'ratio', want: {} })
    // A setting before the question proper describes both sides; "separate A from B" names two moments.
    const siege = read("At the Siege of Eskby, how many times larger was Lord Brand's army than the town's defenders?")
    expect(siege).toMatchObject({ op: 'ratio', sides: ["lord brand's army", "the town's defenders"] })
    expect(siege?.shared).toContain('siege of eskby')
    expect(read('How many years separate the great fire from the opening of the new bridge?')).toMatchObject({ op: 'elapsed', sides: ['the great fire', 'the opening of the new bridge'] })
    // "were separated from their families" is no span between two things; a setting the other side repeats stays with the first.
    expect(read('How many more children were separated from their families and evacuated than adults?')?.sides[0]).toContain('separated from their families')
    expect(read('In 1944, how many more families were separated than in 1940?')?.sides[0]).toContain('1944')
    expect(read('By what percentage did visitor numbers rise from 2001 to 2011?')).toMatchObject({ op: 'percent-change', sides: ['2001', '2011'] })
    expect(read('Which tower is taller, the clock tower or the water tower?')).toMatchObject({ op: 'compare', sides: ['the clock tower', 'the water tower'], most: 'high' })
    expect(read('How many of the houses are not painted?')).toMatchObject({ op: 'remainder' })
    // What survived or was left is a remainder; "how much more … rather than …" compares two figures.
    expect(read('How many of the inhabitants survived the fever?')).toMatchObject({ op: 'remainder' })
    expect(read('How much of the income came from tourism rather than fishing?')).toMatchObject({ op: 'remainder' })
    expect(read('How much more does a porter earn rather than a carter?')).toMatchObject({ op: 'difference' })
    expect(read('What is the mean of the north wall and the east wall?')).toMatchObject({ op: 'average' })
  })

  it('reads the modifiers a figure is asked with', () => {
    expect(read('What would a porter earn per year after a 20 percent cut?')).toMatchObject({ op: 'lookup', period: 'year', cut: { percent: 20 } })
    expect(read('How much would a porter earn over 18 months?')).toMatchObject({ span: { count: 18, unit: 'month' } })
    expect(read('What is the bottom of the usual wage range?')).toMatchObject({ ends: ['low'] })
    // A unit asked for up front is an amount asked for, as "…, in hours?" is.
    expect(read("In hours, what's the longest the crossing usually takes?")).toMatchObject({ op: 'lookup', want: { unit: 'hours' } })
    // "How much do they get" asks for money; "how much land did they get" for land.
    expect(read('How much did the settlers get?')?.want.kind).toBe('money')
    expect(read('How much more did the settlers get?')?.want.kind).toBe('money')
    expect(read('How much land did the settlers get?')?.want.kind).toBeUndefined()
    expect(read('How much religious schooling do new recruits get now?')?.want.kind).toBeUndefined()
  })

  it('leaves questions that ask for no figure to retrieval', () => {
    for (const q of ['What do the closures mean for the mill and for the town?', 'Why did the mill close?', 'What did the mayor say about the bridge?', 'When did Hitler order the attack?', 'Who ordered the ships in order to trade?', 'How many times did the bell ring?']) {
      const nq = read(q)
      expect(nq === undefined || nq.op === 'lookup', q).toBe(true)
    }
  })

  it('never throws and stays fast on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 1000 }), (s) => {
      const started = performance.now()
      read(s)
      read(`How many more ${s} than ${s} between ${s} and ${s}?`)
      expect(performance.now() - started).toBeLessThan(250)
    }), { numRuns: 300 })
  })
})
