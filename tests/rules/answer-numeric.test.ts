import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { corpus } from '../../src/index/load-corpus'
import { computeNumeric } from '../../src/rules/answer-numeric'
import { readNumericQuestion } from '../../src/rules/numeric-question'

const ask = (q: string) => reply(corpus, q)

/** Evaluates a derivation as written ("$50 + 2 × $35", "($400 − $36) × 12") to check it against the value. */
function evaluate(expression: string): number {
  const js = expression.replace(/\$/g, '').replace(/(\d),(\d{3})/g, '$1$2').replace(/×/g, '*').replace(/÷/g, '/').replace(/−/g, '-').replace(/(\d+(?:\.\d+)?)%/g, '($1/100)')
  if (!/^[\d\s+\-*/().]+$/.test(js)) throw new Error(`not arithmetic: ${expression}`)
  return Function(`return (${js})`)() as number
}

describe('numeric answers on the bundled article', () => {
  it('orders two events by the dates of sentences that say each whole event', () => {
    // "Before joining ISIS in 2014, Ammar had fought…" dates his joining, not his flight: "in January 2016, he … fled".
    const fled = ask('Did Ammar flee before he joined ISIS?')
    expect(fled.answer).toMatch(/^No\. /)
    expect(fled.answer).toContain('January 2016 is after November 2014')
    // "before Ammar did" leaves its event to be read from the other side: not dated by Ammar's 2011 protests.
    expect(ask('Did Sami join ISIS before Ammar did?').computation).toBeUndefined()
  })

  it('applies the article’s own allowance rule to a family, citing the sentence that states it', () => {
    const r = ask('How much a month would ISIS give a recruit who has three wives and one kid?')
    expect(r.computation).toMatchObject({ value: 50 + 3 * 50 + 35, expression: '$50 + 3 × $50 + 1 × $35' })
    expect(r.answer).toContain('$235 a month')
    expect(r.citations[0].text).toContain('$35 for each child')
    expect(r.computation?.operands.filter((o) => o.factId).every((o) => o.citation === 1)).toBe(true)
  })

  it('applies no pay rule to a question that measures something else ("how much schooling … get")', () => {
    const schooling = ask('How much religious schooling do new ISIS recruits get now?')
    expect(schooling.computation).toBeUndefined()
    expect(schooling.answer).not.toContain('$50')
    expect(ask('How much does an ISIS fighter get?').computation?.value).toBe(50)
  })

  it('composes programs: an end of a range, a difference, then a period', () => {
    const r = ask('Over a year, how much more is the top of the usual ISIS pay range than the Syrian army’s starting pay?')
    expect(r.computation).toMatchObject({ expression: '($1,200 − $63) × 12', value: (1200 - 63) * 12 })
    expect(r.citations.map((c) => c.id)).toEqual(['quitting-isis:p8', 'quitting-isis:p9'])
  })

  it('reads money as money and says how the article’s hedges bound the result', () => {
    const r = ask('How much less than Nusra does the FSA pay each month?')
    expect(r.answer).toContain('$64')
    expect(r.answer).not.toMatch(/\$-|−\$|-\$/)
    expect(r.answer).toMatch(/at most \$64 a month/)
  })

  it('checks a figure the question gives against the text, without subtracting two of the article’s own', () => {
    // "more than 30 percent" is a claim about one figure: not "$50 − $50 = $0".
    const cut = ask('Did ISIS cut salaries by more than 30 percent?')
    expect(cut.computation).toBeUndefined()
    expect(cut.answer).toContain('50 percent')
    expect(readNumericQuestion('Do dockworkers earn more than $3,000 a month?')?.yesNo).toBeUndefined()
    expect(readNumericQuestion('Do dockworkers earn more than harbour pilots?')?.yesNo).toBe('more')
  })

  it('answers a comparison with a name, and a claim with Yes or No and the division', () => {
    expect(ask('Which group pays its fighters the most?').answer).toMatch(/^Jabhat al-Nusra: an average of \$100 a month/)
    const claim = ask('Someone wrote that Nusra’s average pay is twice the FSA’s lowest pay. Is that right?')
    expect(claim.answer).toMatch(/^No\. /)
    expect(claim.computation?.value).toBeCloseTo(100 / 36)
  })

  it('counts months between two dates of the article, and takes the rest of a share', () => {
    expect(ask('How many months after Ammar joined ISIS did he desert?').computation?.value).toBe(14)
    expect(ask('If Hossam is right, what share of ISIS members are decent people?').computation?.value).toBe(20)
  })

  it('writes derivations that evaluate to the value it reports (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 }),
      fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }), fc.constantFrom('', ' per year', ' per week'),
      (wives, parents, children, cut, period) => {
        const q = `What would an ISIS fighter with ${wives} wives, ${parents} dependent parents and ${children} children earn${cut ? ` after a ${cut} percent pay cut` : ''}${period}?`
        const c = ask(q).computation
        expect(c, q).toBeDefined()
        expect(evaluate((c as { expression: string }).expression)).toBeCloseTo((c as { value: number }).value, 6)
        const monthly = (50 + 50 * wives + 50 * parents + 35 * children) * (1 - (cut ?? 0) / 100)
        expect((c as { value: number }).value).toBeCloseTo(monthly * { '': 1, ' per year': 12, ' per week': 12 / 52 }[period], 6)
      },
    ), { numRuns: 100 })
  })
})

describe('the engine itself never fails (without the safety net reply() keeps)', () => {
  it('survives any numeric-sounding question', () => {
    const word = fc.constantFrom('how many', 'how much', 'more', 'than', 'between', 'and', 'per year', 'after a 50 percent cut', 'times', 'what percentage of', 'not', 'ISIS', 'the FSA', 'Ammar', 'wives', 'children', '1.5', '-3', 'combined', 'which is larger,', 'or', 'rank', 'November 2014', 'months', 'the top of the range', '$', '%', '?')
    fc.assert(fc.property(fc.array(word, { maxLength: 14 }), (words) => {
      const nq = readNumericQuestion(words.join(' '))
      if (nq) computeNumeric(corpus, nq)
    }), { numRuns: 400 })
  })
})

describe('odd counts get a clear explanation, never a figure', () => {
  const odd: [string, RegExp][] = [
    ['What would a fighter with 1.5 wives earn?', /not a whole number/],
    ['What would a fighter with 3.7 children earn a month?', /not a whole number/],
    ['What would a fighter with minus 5 wives earn?', /cannot be negative/],
    ['What would a fighter with negative two children earn?', /cannot be negative/],
    ['What would a fighter with -3 children earn?', /cannot be negative/],
    ['What would a fighter with one million wives earn?', /far more than the rule describes/],
    ['What would a fighter with 1e308 children earn?', /far more than the rule describes/],
    ['What would a fighter with NaN wives earn?', /not a number/],
    [`What would a fighter with ${'9'.repeat(900)} children earn?`, /far more than the rule describes/],
    ['How much would ISIS pay a fighter with Infinity kids?', /not a number/],
  ]
  for (const [q, why] of odd) {
    it(q.length > 80 ? 'a 900-digit count' : q, () => {
      const r = ask(q)
      expect(r).toMatchObject({ abstained: true, citations: [] })
      expect(r.computation).toBeUndefined()
      expect(r.answer).toMatch(why)
    })
  }
})

describe('missing operands are named, not invented', () => {
  it('abstains on a group, a role or a currency the article gives no pay for', () => {
    for (const [q, missing] of [['What does the Lebanese army pay its troops?', /Lebanese army/], ['How much does ISIS pay its drivers?', /drivers/], ['What is the FSA salary in rupees?', /exchange rate/]] as const) {
      const r = ask(q)
      expect(r.abstained, q).toBe(true)
      expect(r.answer).toMatch(missing)
    }
  })

  it('does not apply the allowance rule to a group it does not cover', () => {
    expect(ask('What would the Syrian army pay a soldier with two kids?')).toMatchObject({ abstained: true, answer: expect.stringMatching(/only for ISIS/) })
  })
})
