import type { Fact } from './facts'
import type { Family, NumericQuestion } from './parse-numeric-question'

/** A figure a computation used, traced to the fact (and so the sentence) it came from. */
export interface Operand {
  label: string
  value: number
  high?: number
  unit: string
  /** The fact's id; absent for a number the reader supplied ("after a 30 percent cut"). */
  factId?: string
}

/** A derivation: the arithmetic written out, its exact result and the operands it used. */
export interface Computation {
  expression: string
  value: number
  /** The top of the result when it is a range. */
  high?: number
  unit: string
  operands: Operand[]
}

/** Wraps an expression in parentheses when it has operators, so "× 12" applies to all of it. */
function group(expression: string): string {
  return /[+−×÷]/.test(expression) ? `(${expression})` : expression
}

/** Months in a year, and the other periods as multiples of a month. */
const PER_MONTH = { month: { factor: 1, text: '' }, year: { factor: 12, text: ' × 12' }, week: { factor: 12 / 52, text: ' × 12 ÷ 52' }, day: { factor: 12 / 365, text: ' × 12 ÷ 365' } }

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const UP_TO_TWO = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** Rounds for display only: whole dollars stay whole, others keep cents ("$152.50"). */
export function formatMoney(value: number): string {
  return `$${(Number.isInteger(value) ? WHOLE : CENTS).format(value)}`
}

/** A number for display, with at most two decimals. */
export function formatNumber(value: number): string {
  return UP_TO_TWO.format(value)
}

/** An operand from a fact. */
export function operand(fact: Fact, label: string): Operand {
  return { label, value: fact.value, high: fact.high, unit: fact.unit, factId: fact.id }
}

/** The allowances that make up a family: the count of each kind of dependant and the fact giving its rate. */
export type FamilyParts = { count: number; fact: Fact; label: string }[]

/** A family's dependants paired with the allowance facts for each kind. */
export function familyParts(allowanceFacts: { wife: Fact; parent: Fact; child: Fact }, family: Family): FamilyParts {
  return [
    { count: family.wives, fact: allowanceFacts.wife, label: 'per wife' },
    { count: family.parents, fact: allowanceFacts.parent, label: 'per dependent parent' },
    { count: family.children, fact: allowanceFacts.child, label: 'per child' },
  ]
}

/**
 * A fighter's monthly pay with allowances: base + wives × per-wife + parents × per-parent + children
 * × per-child. Allowances the family does not use are left out of the expression.
 *
 * @example familyPay(base50, familyParts({ wife: w50, parent: p50, child: c35 }, { wives: 1, parents: 0, children: 2 })).value // => 170
 */
export function familyPay(base: Fact, parts: FamilyParts): Computation {
  const extra = allowances(parts)
  const used = parts.some((p) => p.count > 0)
  return {
    expression: used ? `${formatMoney(base.value)} + ${extra.expression}` : formatMoney(base.value),
    value: base.value + extra.value,
    unit: 'USD per month',
    operands: [operand(base, 'starting salary'), ...extra.operands],
  }
}

/** A computation with a pay cut applied: value × (1 − percent / 100). */
export function applyCut(c: Computation, percent: number, cutFact?: Fact): Computation {
  const keep = 1 - percent / 100
  const cut = cutFact ? operand(cutFact, 'pay cut') : { label: 'pay cut', value: percent, unit: 'percent' }
  return {
    expression: `${group(c.expression)} × (1 − ${formatNumber(percent)}%)`,
    value: c.value * keep,
    high: c.high === undefined ? undefined : c.high * keep,
    unit: c.unit,
    operands: [...c.operands, cut],
  }
}

/** A monthly rate totalled over a stretch of time ("over six months": × 6). */
export function overSpan(c: Computation, span: NonNullable<NumericQuestion['span']>): Computation {
  const months = span.count * PER_MONTH[span.unit].factor
  const shown = span.unit === 'month' ? ` × ${formatNumber(span.count)}` : `${PER_MONTH[span.unit].text}${span.count === 1 ? '' : ` × ${formatNumber(span.count)}`}`
  return {
    expression: `${group(c.expression)}${shown}`,
    value: c.value * months,
    high: c.high === undefined ? undefined : c.high * months,
    unit: `USD over ${formatNumber(span.count)} ${span.unit}${span.count === 1 ? '' : 's'}`,
    operands: c.operands,
  }
}

/** A computation multiplied by a factor ("twice the salary"). */
export function scaled(c: Computation, factor: number): Computation {
  return { expression: `${group(c.expression)} × ${formatNumber(factor)}`, value: c.value * factor, high: c.high === undefined ? undefined : c.high * factor, unit: c.unit, operands: c.operands }
}

/** The sum of several computations. */
export function sum(items: Computation[]): Computation {
  return { expression: items.map((c) => c.expression).join(' + '), value: items.reduce((total, c) => total + c.value, 0), unit: items[0]?.unit ?? 'USD', operands: items.flatMap((c) => c.operands) }
}

/** The family allowances alone: wives × per-wife + parents × per-parent + children × per-child. */
export function allowances(parts: FamilyParts): Computation {
  const used = parts.filter((p) => p.count > 0)
  return {
    expression: used.map((p) => `${p.count} × ${formatMoney(p.fact.value)}`).join(' + ') || '$0',
    value: used.reduce((total, p) => total + p.count * p.fact.value, 0),
    unit: 'USD per month',
    operands: used.map((p) => operand(p.fact, `allowance ${p.label}`)),
  }
}

/** The mean of several computations. */
export function average(items: Computation[]): Computation {
  const sum = items.reduce((total, c) => total + c.value, 0)
  return { expression: `(${items.map((c) => c.expression).join(' + ')}) ÷ ${items.length}`, value: sum / items.length, unit: items[0]?.unit ?? 'USD', operands: items.flatMap((c) => c.operands) }
}

/** A monthly computation restated per year, week or day. */
export function perPeriod(c: Computation, period: NumericQuestion['period']): Computation {
  const { factor, text } = PER_MONTH[period]
  if (factor === 1) return c
  return {
    expression: `${group(c.expression)}${text}`,
    value: c.value * factor,
    high: c.high === undefined ? undefined : c.high * factor,
    unit: `USD per ${period}`,
    operands: c.operands,
  }
}

/** A figure on its own, as a computation (so modifiers can apply to it). */
export function single(fact: Fact, label: string): Computation {
  const shown = fact.high === undefined ? formatMoney(fact.value) : `${formatMoney(fact.value)} to ${formatMoney(fact.high)}`
  return { expression: shown, value: fact.value, high: fact.high, unit: fact.unit === 'USD' ? `USD per ${fact.period ?? 'month'}` : fact.unit, operands: [operand(fact, label)] }
}

/** a − b. */
export function difference(a: Computation, b: Computation): Computation {
  return { expression: `${a.expression} − ${b.expression}`, value: a.value - b.value, unit: a.unit, operands: [...a.operands, ...b.operands] }
}

/** a ÷ b, as a multiple. */
export function ratio(a: Computation, b: Computation): Computation {
  return { expression: `${a.expression} ÷ ${b.expression}`, value: a.value / b.value, unit: 'times', operands: [...a.operands, ...b.operands] }
}

/** (a − b) ÷ b × 100: how many percent more a is than b. */
export function percentDifference(a: Computation, b: Computation): Computation {
  return { expression: `(${a.expression} − ${b.expression}) ÷ ${b.expression} × 100`, value: ((a.value - b.value) / b.value) * 100, unit: 'percent', operands: [...a.operands, ...b.operands] }
}
