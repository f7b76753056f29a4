import { conversionFactor, unitNamed } from '../ingest/quantities/units'
import type { Period } from './question-modifiers'

/** A figure a computation used, traced to the fact (and so the sentence) it came from. */
export interface Operand {
  /** What the figure is, in the article's words ("as little as $36 per month"). */
  label: string
  value: number
  unit?: string
  /** The fact's id; absent for a number the reader supplied ("after a 30 percent cut"). */
  factId?: string
  /** Which citation (`[n]`, 1-based) holds the figure. */
  citation?: number
}

/** A derivation: the arithmetic written out, its exact result, its unit and the operands it used. */
export interface Computation {
  expression: string
  value: number
  /** The top of the result when it is a range ("$4,800 to $14,400 a year"). */
  high?: number
  unit: string
  operands: Operand[]
}

/**
 * A value on its way through a computation: the number, its unit (a currency code, `percent`, a unit
 * of measurement, a counted noun, or empty), the period a rate is per, the expression that produced it
 * and the operands it used. `atom` marks an expression that needs no brackets.
 */
export interface Amount {
  value: number
  unit: string
  period?: Period
  /** The scale word the figures used ("billion"), so the result reads on the same scale. */
  scale?: string
  expression: string
  atom: boolean
  operands: Operand[]
}

const MONEY = /^[A-Z]{3}$/
const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', AUD: 'A$', CAD: 'C$' }
const SCALE_VALUES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Whether a unit is a currency. */
export function isMoney(unit: string): boolean {
  return MONEY.test(unit)
}

/**
 * A number for display: thousands grouped, at most two decimals, never "-0"; absurdly large or small
 * values in exponent form rather than a wall of digits.
 *
 * @example formatNumber(4473) // => '4,473'
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Math.abs(value) >= 1e15) return value.toExponential(3)
  const text = GROUPED.format(value)
  return text === '-0' ? '0' : text
}

/**
 * A figure as a reader reads it: money with its symbol and scale ("$1.2 billion", "$42.50"), a
 * percentage with "%", other units after the number.
 *
 * @example formatValue(2.2e9 - 1.5e9, 'USD', 'billion') // => '$0.7 billion'
 */
export function formatValue(value: number, unit: string, scale?: string): string {
  const sign = value < 0 ? '-' : ''
  const magnitude = Math.abs(value)
  if (isMoney(unit)) {
    const symbol = SYMBOLS[unit] ?? `${unit} `
    const s = scale && SCALE_VALUES[scale] && magnitude >= SCALE_VALUES[scale] / 10 ? scale : magnitude >= 1e9 ? 'billion' : magnitude >= 1e6 ? 'million' : undefined
    if (s) return `${sign}${symbol}${formatNumber(magnitude / SCALE_VALUES[s])} ${s}`
    return `${sign}${symbol}${Number.isInteger(magnitude) || magnitude >= 1000 ? formatNumber(magnitude) : CENTS.format(magnitude)}`
  }
  if (unit === 'percent') return `${formatNumber(value)}%`
  return formatNumber(value)
}

/** A figure with its unit word after it for display ("62.4 metres", "14 months", "$64"). */
export function formatWithUnit(value: number, unit: string, scale?: string): string {
  if (isMoney(unit) || unit === 'percent' || !unit) return formatValue(value, unit, scale)
  const singular = Math.abs(value) === 1 ? unit.replace(/ies$/, 'y').replace(/(?<![sx])s$/, '') : unit
  return `${formatValue(value, unit, scale)} ${singular}`
}

/** An amount straight from a figure. */
export function amount(value: number, unit: string, operand: Operand, options: { period?: Period; scale?: string } = {}): Amount {
  return { value, unit, period: options.period, scale: options.scale, expression: formatValue(value, unit, options.scale), atom: true, operands: [operand] }
}

/** A number the reader gave (a count, a factor, a percentage). */
export function given(value: number, label: string, unit = ''): Amount {
  return { value, unit, expression: unit === 'percent' ? `${formatNumber(value)}%` : formatNumber(value), atom: true, operands: [{ label, value, unit: unit || undefined }] }
}

function wrap(a: Amount): string {
  return a.atom && !a.expression.startsWith('-') ? a.expression : `(${a.expression})`
}

/** Combines two amounts with an operator, writing the expression as a reader would. */
export function combine(op: '+' | '−' | '×' | '÷', a: Amount, b: Amount, unit?: string): Amount {
  // A sum or difference is as exact as its figures: 38.6 − 37.8 is 0.8, not 0.8000000000000043.
  const value = op === '+' || op === '−' ? exactTo(op === '+' ? a.value + b.value : a.value - b.value, Math.max(decimals(a.value), decimals(b.value))) : op === '×' ? a.value * b.value : a.value / b.value
  // "$50 + 2 × $50": a product inside a sum needs no brackets; a sum inside a product does.
  const left = op === '+' || op === '−' ? (a.atom || !/[+−]/.test(a.expression) || op === '+' ? a.expression : wrap(a)) : wrap(a)
  // "32.5 − (-12.6)": a negative figure after an operator is bracketed.
  const right = op === '+' && !b.expression.startsWith('-') ? (b.atom || !/[+−]/.test(b.expression) ? b.expression : wrap(b)) : wrap(b)
  const resultUnit = unit ?? (op === '÷' ? (a.unit === b.unit ? '' : a.unit) : a.unit || b.unit)
  return { value, unit: resultUnit, period: a.period ?? b.period, scale: a.scale ?? b.scale, expression: `${left} ${op} ${right}`, atom: false, operands: [...a.operands, ...b.operands] }
}

/** Digits after the decimal point as a number is written ("38.6" has 1); none for an integer. */
function decimals(x: number): number {
  const written = String(x)
  return /e/i.test(written) || !written.includes('.') ? 0 : written.length - written.indexOf('.') - 1
}

/** A value rounded to the digits its figures have (at most 15), or left alone when they have none to round to. */
function exactTo(value: number, digits: number): number {
  return digits > 0 && digits <= 15 && Number.isFinite(value) ? Number(value.toFixed(digits)) : value
}

/** Months in each period, for turning a monthly rate into a yearly one and back. */
const MONTHS_IN: Readonly<Record<Period, number>> = { hour: 1 / 730.5, day: 12 / 365, week: 12 / 52, month: 1, year: 12 }
const PER_TEXT: Readonly<Record<string, string>> = { 'month>year': ' × 12', 'year>month': ' ÷ 12', 'month>week': ' × 12 ÷ 52', 'month>day': ' × 12 ÷ 365', 'year>week': ' ÷ 52', 'year>day': ' ÷ 365', 'week>month': ' × 52 ÷ 12', 'week>year': ' × 52', 'day>month': ' × 365 ÷ 12', 'day>year': ' × 365', 'day>week': ' × 7', 'week>day': ' ÷ 7' }

/** A rate per one period as a rate per another ("$36 a month" → "$36 × 12" a year). */
export function perPeriod(a: Amount, to: Period): Amount {
  if (!a.period || a.period === to) return a
  const factor = MONTHS_IN[to] / MONTHS_IN[a.period]
  const text = PER_TEXT[`${a.period}>${to}`] ?? ` × ${formatNumber(factor)}`
  return { ...a, value: a.value * factor, period: to, expression: `${wrap(a)}${text}`, atom: false }
}

/** A rate totalled over a stretch of time ("over six months": × 6). */
export function overSpan(a: Amount, count: number, unit: Period): Amount {
  const perUnit = perPeriod(a, unit)
  return { ...perUnit, value: perUnit.value * count, period: undefined, expression: `${wrap(perUnit)} × ${formatNumber(count)}`, atom: false }
}

/** An amount in another unit of the same dimension ("63 days" in hours: 63 × 24). */
export function convert(a: Amount, to: string): Amount | undefined {
  const factor = conversionFactor(a.unit, to)
  if (factor === undefined) return undefined
  if (factor === 1) return { ...a, unit: to }
  const text = factor >= 1 ? ` × ${formatNumber(factor)}` : ` ÷ ${formatNumber(1 / factor)}`
  return { ...a, value: a.value * factor, unit: to, expression: `${wrap(a)}${text}`, atom: false }
}

/**
 * Amounts in the first one's unit, so they can be added or compared ("3 months" and "30 days" in
 * months), or undefined when one cannot be converted (dollars and percent, days and metres).
 */
export function inOneUnit(amounts: readonly Amount[]): Amount[] | undefined {
  const unit = amounts[0]?.unit ?? ''
  const out: Amount[] = []
  for (const a of amounts) {
    // Counts of different nouns ("Buddhists", "Muslims") go together as they are; measures must convert.
    const c = convert(a, unit) ?? (isCount(a.unit) && isCount(unit) ? a : undefined)
    if (!c) return undefined
    out.push(c)
  }
  return out
}

/** A unit that is a counted noun ("people", "Muslims"), not money, a share or a unit of measure. */
function isCount(unit: string): boolean {
  return !isMoney(unit) && unit !== 'percent' && unit !== 'times' && !unitNamed(unit)
}

/** The computation a finished amount reports. */
export function toComputation(a: Amount, unit = describeUnit(a)): Computation {
  return { expression: a.expression, value: a.value, unit, operands: a.operands }
}

/** A unit as the computation reports it ("USD per month", "percent", "minutes"). */
export function describeUnit(a: Amount): string {
  return `${a.unit || 'number'}${a.period ? ` per ${a.period}` : ''}`
}
