import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { answerNumeric } from '../../src/rules/answer-numeric'

const ask = (q: string) => answerNumeric(corpus, q)

/** Evaluates a derivation as written ("$50 + 2 × $35", "($36) × 12") to check it against the value. */
function evaluate(expression: string): number {
  const js = expression.replace(/\$/g, '').replace(/(\d),(\d{3})/g, '$1$2').replace(/×/g, '*').replace(/÷/g, '/').replace(/−/g, '-').replace(/(\d+(?:\.\d+)?)%/g, '($1/100)')
  if (!/^[\d\s+\-*/().]+$/.test(js)) throw new Error(`not arithmetic: ${expression}`)
  return Function(`return (${js})`)() as number
}

describe('answerNumeric', () => {
  it('computes a family’s pay from the allowances, showing the sum and citing the figures', () => {
    const r = ask('What would an ISIS fighter with two wives and three children earn per month?')
    expect(r?.computation).toMatchObject({ value: 255, expression: '$50 + 2 × $50 + 3 × $35' })
    expect(r?.answer).toContain('$255')
    expect(r?.citations[0].text).toContain('$35 for each child')
    expect(r?.computation?.operands.every((o) => o.citation === 1)).toBe(true)
  })

  it('computes differences, ratios, percent differences and periods', () => {
    expect(ask('How much more per month does Jabhat al-Nusra pay than the FSA?')?.computation?.value).toBe(64)
    expect(ask('How many times more than the FSA does Nusra pay?')?.computation?.value).toBeCloseTo(100 / 36)
    expect(ask('By what percentage does the Syrian army outpay the FSA?')?.computation?.value).toBeCloseTo(75)
    expect(ask('How much does an FSA fighter earn in a year?')?.computation?.value).toBe(432)
  })

  it('applies a cut the reader gives, or the article’s own cut, and cites the article’s', () => {
    const given = ask("After a 30 percent pay cut, what is an ISIS fighter's starting salary?")
    expect(given?.computation?.value).toBe(35)
    const article = ask('What would a fighter with one child earn after the cut?')
    expect(article?.computation?.value).toBe(42.5)
    expect(article?.citations.map((c) => c.id)).toEqual(['quitting-isis:p8', 'quitting-isis:p17'])
  })

  it('totals pay over a stretch of time, averages groups, and measures a range', () => {
    expect(ask('How much would an FSA fighter earn over six months?')?.computation).toMatchObject({ value: 216, expression: '$36 × 6' })
    expect(ask('What is the average monthly pay across ISIS, the FSA, the Syrian army and Nusra?')?.computation?.value).toBeCloseTo(62.25)
    expect(ask('What is the difference between the top and bottom of the typical ISIS salary range?')?.computation?.value).toBe(800)
    expect(ask('What is the top of the typical ISIS salary range per year?')?.computation).toMatchObject({ value: 4800, high: 14400 })
  })

  it('ranks groups and names the highest and lowest', () => {
    const r = ask('Rank ISIS, the FSA, the Syrian army and Jabhat al-Nusra by monthly pay.')
    expect(r?.answer).toMatch(/Jabhat al-Nusra \$100.*Syrian army \$63.*ISIS \$50.*FSA \$36/)
    expect(ask('Which group pays the least?')?.answer).toMatch(/^The FSA pays the least/)
  })

  it('carries the article’s hedges into the wording', () => {
    expect(ask('What does the FSA pay?')?.answer).toContain('as little as $36')
    expect(ask('What does Jabhat al-Nusra pay on average?')?.answer).toContain('an average of $100')
    expect(ask('How much less than foreign fighters are Syrian fighters paid?')?.answer).toContain('two or three times')
  })

  it('abstains, naming what is missing, instead of inventing a figure', () => {
    for (const [q, missing] of [['How much does the Iraqi army pay?', /Iraqi army/], ['What is a Peshmerga salary?', /Peshmerga/], ['How much does al-Qaeda pay?', /al-Qaeda/], ['What is the ISIS starting salary in euros?', /exchange rate/]] as const) {
      const r = ask(q)
      expect(r?.abstained, q).toBe(true)
      expect(r?.citations).toEqual([])
      expect(r?.answer).toMatch(missing)
    }
  })

  it('answers absurd families and cuts clearly instead of computing nonsense', () => {
    expect(ask('What would an ISIS fighter with 1000000 children earn?')).toMatchObject({ abstained: true })
    expect(ask('What would an ISIS fighter earn after a 250 percent pay cut?')).toMatchObject({ abstained: true })
  })

  it('writes derivations that evaluate to the value it reports (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 9 }),
      fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), fc.constantFrom('', ' per year', ' per week', ' per day'),
      (wives, parents, children, cut, period) => {
        const q = `What would an ISIS fighter with ${wives} wives, ${parents} dependent parents and ${children} children earn${cut ? ` after a ${cut} percent pay cut` : ''}${period}?`
        const r = ask(q)
        expect(r?.computation, q).toBeDefined()
        const c = r?.computation as NonNullable<typeof r>['computation'] & object
        expect(evaluate(c.expression)).toBeCloseTo(c.value, 6)
        const monthly = (50 + 50 * wives + 50 * parents + 35 * children) * (1 - (cut ?? 0) / 100)
        const factor = { '': 1, ' per year': 12, ' per week': 12 / 52, ' per day': 12 / 365 }[period]
        expect(c.value).toBeCloseTo(monthly * factor, 6)
      },
    ), { numRuns: 200 })
  })
})

describe('answerNumeric: sums, multiples, allowances alone, unpriced roles', () => {
  it('adds groups, scales a figure, and separates allowances from pay', () => {
    expect(ask('What is the combined monthly pay of an FSA fighter and a Syrian army soldier?')?.computation?.value).toBe(99)
    expect(ask('What is twice the FSA salary?')?.computation?.value).toBe(72)
    expect(ask('How much extra does ISIS pay for three children?')?.computation).toMatchObject({ value: 105, expression: '3 × $35' })
  })

  it('abstains on a role the article never prices', () => {
    expect(ask('How much does ISIS pay its commanders?')).toMatchObject({ abstained: true, citations: [] })
  })
})
