import { describe, expect, it } from 'vitest'
import { type Amount, combine, inOneUnit } from '../../src/rules/amounts'

const amount = (value: number, unit: string): Amount => ({ value, unit, expression: String(value), atom: true, operands: [] })

describe('figures put in one unit before they are added or compared', () => {
  it('converts what converts: 3 months and 30 days in months, 2 km and 500 m in km', () => {
    expect(inOneUnit([amount(3, 'months'), amount(60, 'days')])?.map((a) => a.unit)).toEqual(['months', 'months'])
    expect(inOneUnit([amount(2, 'km'), amount(500, 'metres')])?.[1].value).toBeCloseTo(0.5)
  })

  it('refuses what does not, so no average of months and metres or dollars and percent is ever shown', () => {
    expect(inOneUnit([amount(3, 'months'), amount(30, 'metres')])).toBeUndefined()
    expect(inOneUnit([amount(36, 'USD'), amount(12, 'percent')])).toBeUndefined()
  })

  it('lets counts of different nouns go together, as an average of Buddhists, Muslims and Jews needs', () => {
    expect(inOneUnit([amount(168637, 'Buddhists'), amount(152775, 'Muslims')])?.map((a) => a.value)).toEqual([168637, 152775])
  })

  it('adds and subtracts exactly to the figures’ own digits', () => {
    expect(combine('−', amount(38.6, 'years'), amount(37.8, 'years')).value).toBe(0.8)
    expect(combine('+', amount(1_234_567_890_123, 'USD'), amount(1, 'USD')).value).toBe(1_234_567_890_124)
    expect(combine('+', amount(0.1, ''), amount(0.25, '')).value).toBe(0.35)
  })
})
