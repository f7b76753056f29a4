import type { CorpusIndex } from '../index/corpus-index'
import { type Citation, citeSpan } from '../retrieve/citation'
import {
  allowances, applyCut, average, type Computation, difference, familyParts, type Operand, overSpan, scaled, sum, familyPay, formatMoney, formatNumber, percentDifference, perPeriod, ratio, single,
} from './compute'
import type { Fact } from './facts'
import { article, capitalise, fraction, joinWords, plural } from './phrasing'
import { type NumericQuestion, parseNumericQuestion } from './parse-numeric-question'

/** A numeric answer: the worded result with `[n]` markers, the citations, and the derivation. */
export interface NumericAnswer {
  answer: string
  abstained: boolean
  citations: Citation[]
  computation?: CitedComputation
}

/** A computation whose operands say which citation (`[n]`, 1-based) holds their figure. */
export interface CitedComputation extends Omit<Computation, 'operands'> {
  operands: (Operand & { citation?: number })[]
}

/** Dependants per kind past which a family is not one the article's allowances describe. */
const MAX_DEPENDANTS = 20

/**
 * Answers a question about pay from the extracted facts: reads it, computes exactly, and words the
 * result with its derivation, citing the sentence of every figure used. Returns undefined when the
 * question is not about pay figures; abstains, naming the missing figure, when the article lacks one.
 *
 * @example answerNumeric(index, 'How much does an FSA fighter earn in a year?')?.computation?.value // => 432
 */
export function answerNumeric(index: CorpusIndex, question: string): NumericAnswer | undefined {
  return answerNumericQuestion(index, parseNumericQuestion(question, index.artifact.entities))
}

/** Answers an already-read pay question (see `parseNumericQuestion`); undefined when there is none. */
export function answerNumericQuestion(index: CorpusIndex, parsed: NumericQuestion | undefined): NumericAnswer | undefined {
  return parsed ? new NumericComposer(index, parsed).answer() : undefined
}

/** Builds one numeric answer, numbering citations in the order their figures are first used. */
class NumericComposer {
  private readonly cited: string[] = []
  private readonly facts: Fact[]

  constructor(private readonly index: CorpusIndex, private readonly q: NumericQuestion) {
    this.facts = index.artifact.facts
  }

  answer(): NumericAnswer {
    const q = this.q
    if (q.unknownGroup) return this.abstain(`The article gives no pay figure for ${q.unknownGroup}. It states monthly pay only for ${this.payingEntities()}.`)
    if (q.missing) return this.abstain(`The article does not give ${q.missing}, so I cannot convert its figures.`)
    if (q.unknownRole) return this.abstain(`The article gives no pay figure for ${q.unknownRole}; it gives fighters' pay only (${this.payingEntities()}).`)
    const family = q.family
    if (family && Object.values(family).some((n) => n < 0 || n > MAX_DEPENDANTS || !Number.isInteger(n))) {
      return this.abstain(`I can only compute pay for a family of 0 to ${MAX_DEPENDANTS} wives, parents or children each; the article gives an allowance per dependant, not a rule for ${Object.values(family).find((n) => n < 0 || n > MAX_DEPENDANTS || !Number.isInteger(n))} of them.`)
    }
    if (q.cut?.percent !== undefined && (q.cut.percent <= 0 || q.cut.percent > 100)) {
      return this.abstain(`A pay cut must be more than 0 and at most 100 percent (you asked about ${formatNumber(q.cut.percent)} percent).`)
    }
    const entities = q.entities.length ? q.entities : ['rank', 'max', 'min'].includes(q.operation) ? this.salaried() : [this.defaultEntity()]
    if (entities.some((e) => e === 'foreign-fighters' || e === 'syrian-fighters')) return this.relativePay(entities)
    if (q.operation === 'rank' || q.operation === 'max' || q.operation === 'min') return this.ranking(entities.length >= 2 ? entities : this.salaried())
    if (q.operation === 'average') return this.average(entities.length >= 2 ? entities : this.salaried())
    if (q.operation === 'sum') return this.sum(entities)
    if (q.operation === 'range-width') return this.rangeWidth(entities[0])
    if (q.operation === 'value' || entities.length < 2) return this.value(entities[0])
    return this.compare(entities[0], entities[1])
  }

  private value(entity: string): NumericAnswer {
    const q = this.q
    if (q.measure === 'pay-cut') {
      const cut = this.find(entity, 'pay-cut') ?? this.find(undefined, 'pay-cut')
      if (!cut) return this.abstain(`The article gives no pay cut for ${this.name(entity)}.`)
      return this.done(`${this.sentenceOf(cut)} ${this.mark(cut)}`, { expression: `${formatNumber(cut.value)}%`, value: cut.value, unit: 'percent', operands: [{ label: 'pay cut', value: cut.value, unit: 'percent', factId: cut.id }] })
    }
    if (q.measure === 'salary-range' || (q.measure === 'salary' && !this.find(entity, 'salary'))) {
      const range = this.find(entity, 'salary-range')
      if (range) {
        const c = this.modify(single(range, 'typical salary range'))
        return this.done(`Typical ${this.name(entity)} salaries range between ${formatMoney(range.value)} and ${formatMoney(range.high ?? range.value)} a month ${this.mark(range)}${this.restated(c)}.`, c)
      }
    }
    if (q.measure.startsWith('allowance')) {
      const allowance = this.find(entity, q.measure)
      if (!allowance) return this.abstain(`The article gives no ${q.measure.replace('allowance-', '')} allowance for ${this.name(entity)}.`)
      const c = this.modify(single(allowance, q.measure.replace('-', ' per ')))
      return this.done(`${capitalise(this.name(entity))} pays an additional ${formatMoney(allowance.value)} a month ${q.measure.replace('allowance-', 'for each ').replace('wife', 'wife')} ${this.mark(allowance)}${this.restated(c)}.`, c)
    }
    const base = this.find(entity, 'salary')
    if (!base) return this.abstain(`The article gives no salary figure for ${this.name(entity)}.`)
    if (q.family) return this.family(entity, base)
    const c = this.modify(single(base, 'salary'))
    let text = `${this.describe(entity, base)} ${this.mark(base)}${this.restated(c)}.`
    const range = this.find(entity, 'salary-range')
    if (range && !q.cut && q.period === 'month') text += ` With bonuses, typical ${this.name(entity)} salaries range between ${formatMoney(range.value)} and ${formatMoney(range.high ?? range.value)} a month ${this.mark(range)}.`
    return this.done(text, c)
  }

  private family(entity: string, base: Fact): NumericAnswer {
    const family = this.q.family as NonNullable<NumericQuestion['family']>
    const wife = this.find(entity, 'allowance-wife')
    const parent = this.find(entity, 'allowance-parent')
    const child = this.find(entity, 'allowance-child')
    if (!wife || !parent || !child) return this.abstain(`The article gives family allowances only for ISIS, not for ${this.name(entity)}; ${this.describe(entity, base).replace(/^./, (ch) => ch.toLowerCase())}.`)
    const parts = familyParts({ wife, parent, child }, family)
    if (this.q.allowancesOnly) {
      const extra = this.modify(allowances(parts))
      return this.done(`${capitalise(this.name(entity))} pays an additional ${formatMoney(wife.value)} per wife, ${formatMoney(parent.value)} per dependent parent and ${formatMoney(child.value)} per child ${this.mark(child)}, so the allowances come to ${extra.expression} = ${this.amount(extra)}${this.cutNote()}, on top of the ${formatMoney(base.value)} starting salary.`, extra)
    }
    const c = this.modify(familyPay(base, parts))
    const who = [plural(family.wives, 'wife', 'wives'), plural(family.parents, 'dependent parent', 'dependent parents'), plural(family.children, 'child', 'children')].filter(Boolean)
    const text = `${this.describe(entity, base)}, with an additional ${formatMoney(wife.value)} per wife, ${formatMoney(parent.value)} per dependent parent and ${formatMoney(child.value)} per child ${this.mark(base)}. ` +
      `For a fighter with ${who.length ? joinWords(who) : 'no dependants'}: ${c.expression} = ${this.amount(c)}${this.cutNote()}.`
    return this.done(text, c)
  }

  private compare(a: string, b: string): NumericAnswer {
    const fa = this.find(a, 'salary') ?? this.find(a, 'salary-range')
    const fb = this.find(b, 'salary') ?? this.find(b, 'salary-range')
    const lacking = [fa ? undefined : a, fb ? undefined : b].filter(Boolean) as string[]
    if (!fa || !fb) return this.abstain(`The article gives no salary figure for ${lacking.map((e) => this.name(e)).join(' or ')}.`)
    const ca = this.modify(single(fa, `${this.name(a)} salary`))
    const cb = this.modify(single(fb, `${this.name(b)} salary`))
    const facts = `${this.describe(a, fa)} ${this.mark(fa)}, and ${this.describe(b, fb).replace(/^./, (ch) => ch.toLowerCase())} ${this.mark(fb)}`
    const period = this.q.period
    if (this.q.operation === 'ratio') {
      const r = ratio(ca, cb)
      return this.done(`${facts}. So ${this.name(a)} pays about ${formatNumber(r.value)} times as much (${r.expression} ≈ ${formatNumber(r.value)}).${this.hedge(fa, fb)}`, r)
    }
    if (this.q.operation === 'percent-difference') {
      const p = percentDifference(ca, cb)
      return this.done(`${facts}. So ${this.name(a)} pays about ${formatNumber(Math.abs(p.value))} percent ${p.value >= 0 ? 'more' : 'less'} (${p.expression} ≈ ${formatNumber(p.value)}%).${this.hedge(fa, fb)}`, p)
    }
    const d = difference(ca, cb)
    const more = d.value >= 0
    const verdict = this.q.yesNo ? `${(this.q.yesNo === 'more') === more ? 'Yes' : 'No'}. ` : ''
    return this.done(`${verdict}${facts}. So ${this.name(a)} pays ${formatMoney(Math.abs(d.value))} ${more ? 'more' : 'less'} a ${period} (${d.expression} = ${formatMoney(d.value)}).${this.hedge(fa, fb)}`, d)
  }

  private ranking(entities: string[]): NumericAnswer {
    const rows = entities.map((e) => ({ e, fact: this.find(e, 'salary') })).filter((r): r is { e: string; fact: Fact } => Boolean(r.fact))
    if (rows.length === 0) return this.abstain('The article gives no salary figures for those groups.')
    const missing = entities.filter((e) => !rows.some((r) => r.e === e))
    const sorted = rows.map((r) => ({ ...r, c: this.modify(single(r.fact, `${this.name(r.e)} salary`)) })).sort((x, y) => y.c.value - x.c.value)
    if (this.q.ascending || this.q.operation === 'min') sorted.reverse()
    const list = sorted.map((r) => `${this.name(r.e)} ${this.amount(r.c)} (${this.hedgeWord(r.fact)}) ${this.mark(r.fact)}`)
    const computation: Computation = { expression: sorted.map((r) => this.amount(r.c)).join(this.q.ascending || this.q.operation === 'min' ? ' < ' : ' > '), value: sorted[0].c.value, unit: sorted[0].c.unit, operands: sorted.flatMap((r) => r.c.operands) }
    const per = this.q.period === 'month' ? 'monthly pay' : `pay per ${this.q.period}`
    const lead = this.q.operation === 'rank'
      ? `By ${per}, ${this.q.ascending ? 'lowest' : 'highest'} first: ${list.join('; ')}.`
      : `${capitalise(this.name(sorted[0].e))} pays the ${this.q.operation === 'max' ? 'most' : 'least'}: ${list[0].slice(this.name(sorted[0].e).length + 1)}. ${list.length === 2 ? 'The other' : 'The others'}: ${list.slice(1).join('; ')}.`
    const note = missing.length ? ` The article gives no salary figure for ${missing.map((e) => this.name(e)).join(' or ')}.` : ''
    const isisNote = sorted.some((r) => r.e === this.defaultEntity()) ? ` ${capitalise(this.name(this.defaultEntity()))}'s figure is its starting salary, before allowances.` : ''
    return this.done(`${lead}${note}${isisNote}${this.cutNote()}`, computation)
  }

  private average(entities: string[]): NumericAnswer {
    const rows = entities.map((e) => ({ e, fact: this.find(e, 'salary') })).filter((r): r is { e: string; fact: Fact } => Boolean(r.fact))
    if (rows.length < 2) return this.abstain('The article gives salary figures for too few of those groups to average.')
    const c = average(rows.map((r) => this.modify(single(r.fact, `${this.name(r.e)} salary`))))
    const list = rows.map((r) => `${this.name(r.e)} ${formatMoney(r.fact.value)} (${this.hedgeWord(r.fact)}) ${this.mark(r.fact)}`)
    return this.done(`${capitalise(joinWords(list))}: the average is ${c.expression} = ${this.amount(c)}. The figures are of different kinds (a starting salary, an average, a floor), so the mean is only a rough guide.`, c)
  }

  private sum(entities: string[]): NumericAnswer {
    const rows = entities.map((e) => ({ e, fact: this.find(e, 'salary') }))
    const missing = rows.filter((r) => !r.fact).map((r) => this.name(r.e))
    if (missing.length) return this.abstain(`The article gives no salary figure for ${joinWords(missing)}.`)
    const c = sum(rows.map((r) => this.modify(single(r.fact as Fact, `${this.name(r.e)} salary`))))
    const list = rows.map((r) => `${this.describe(r.e, r.fact as Fact).replace(/^./, (ch) => ch.toLowerCase())} ${this.mark(r.fact as Fact)}`)
    return this.done(`${capitalise(joinWords(list))}; together ${c.expression} = ${this.amount(c)}.`, c)
  }

  private rangeWidth(entity: string): NumericAnswer {
    const range = this.find(entity, 'salary-range') ?? this.find(undefined, 'salary-range')
    if (!range || range.high === undefined) return this.abstain(`The article gives no salary range for ${this.name(entity)}.`)
    const c = this.modify({ expression: `${formatMoney(range.high)} − ${formatMoney(range.value)}`, value: range.high - range.value, unit: 'USD per month', operands: [{ label: 'top of the range', value: range.high, unit: 'USD', factId: range.id }, { label: 'bottom of the range', value: range.value, unit: 'USD', factId: range.id }] })
    return this.done(`Typical ${this.name(range.entity ?? entity)} salaries range between ${formatMoney(range.value)} and ${formatMoney(range.high)} a month ${this.mark(range)}, a spread of ${c.expression} = ${this.amount(c)}.`, c)
  }

  /** Foreign and Syrian fighters have no dollar figure, only the article's multiplier between them. */
  private relativePay(entities: string[]): NumericAnswer {
    const multiplier = this.facts.find((f) => f.measure === 'pay-multiplier')
    if (!multiplier) return this.abstain(`The article gives no pay figure for ${entities.map((e) => this.name(e)).join(' or ')}.`)
    const low = multiplier.value
    const high = multiplier.high ?? low
    const text = `Foreign fighters are often paid ${multiplier.evidence.text} as their Syrian counterparts ${this.mark(multiplier)}: ` +
      `Syrian fighters get roughly ${fraction(high)} to ${fraction(low)} of what foreign fighters are paid. The article gives no dollar figure for either.`
    return this.done(text, { expression: `${formatNumber(low)} to ${formatNumber(high)} times`, value: low, high, unit: 'times', operands: [{ label: 'foreign to Syrian pay multiple', value: low, high, unit: 'times', factId: multiplier.id }] })
  }

  /** Applies the question's cut and period to a monthly computation. */
  private modify(c: Computation): Computation {
    let out = c
    const cut = this.q.cut
    if (cut) {
      const articleCut = this.facts.find((f) => f.measure === 'pay-cut')
      out = applyCut(out, cut.percent ?? articleCut?.value ?? 0, cut.percent === undefined ? articleCut : undefined)
    }
    if (this.q.scale !== undefined) out = scaled(out, this.q.scale)
    return this.q.span ? overSpan(out, this.q.span) : perPeriod(out, this.q.period)
  }

  private restated(c: Computation): string {
    if (!this.q.cut && this.q.period === 'month' && !this.q.span && this.q.scale === undefined) return ''
    return `; ${this.q.cut ? 'after the cut' : this.q.scale !== undefined ? `${formatNumber(this.q.scale)} times that is` : 'that is'} ${c.expression} = ${this.amount(c)}${this.cutNote()}`
  }

  private cutNote(): string {
    const cut = this.q.cut
    if (!cut) return ''
    const articleCut = this.facts.find((f) => f.measure === 'pay-cut')
    if (!articleCut) return ''
    return cut.percent === undefined
      ? ` (the article says ISIS has cut salaries by ${articleCut.qualifier ? `${articleCut.qualifier} ` : ''}${formatNumber(articleCut.value)} percent ${this.mark(articleCut)}, so this is the lowest it would be)`
      : ` (the article says ISIS has cut salaries by ${articleCut.qualifier ? `${articleCut.qualifier} ` : ''}${formatNumber(articleCut.value)} percent ${this.mark(articleCut)})`
  }

  private amount(c: Computation): string {
    const per = c.unit.startsWith('USD per ') ? ` a ${c.unit.slice(8)}` : c.unit.startsWith('USD over ') ? ` over ${c.unit.slice(9)}` : ''
    return c.high === undefined ? `${formatMoney(c.value)}${per}` : `${formatMoney(c.value)} to ${formatMoney(c.high)}${per}`
  }

  /** States a salary with its hedge, in the article's terms. */
  private describe(entity: string, fact: Fact): string {
    const name = this.name(entity)
    const money = formatMoney(fact.value)
    switch (fact.qualifier) {
      case 'as little as': return `${capitalise(name)} may pay its fighters as little as ${money} a month`
      case 'an average of': return `${capitalise(name)} pays an average of ${money} a month`
      case 'start at': return `${capitalise(name)}'s salaries start at ${money} a month`
      case 'starting': return `The starting salary for ${article(name)} fighter is ${money} a month`
      default: return `${capitalise(name)} pays ${money} a month`
    }
  }

  private hedgeWord(fact: Fact): string {
    return { 'as little as': 'as little as', 'an average of': 'on average', 'start at': 'starting', starting: 'starting salary' }[fact.qualifier ?? ''] ?? 'as stated'
  }

  /** A note when a comparison sets a floor or an average against another kind of figure. */
  private hedge(a: Fact, b: Fact): string {
    const floors = [a, b].filter((f) => f.qualifier === 'as little as')
    if (floors.length === 0 || a.qualifier === b.qualifier) return ''
    return ` ${floors.map((f) => `${formatMoney(f.value)} is the least ${this.name(f.entity ?? '')} may pay`).join(' and ')}, so the real gap may be smaller.`
  }

  private sentenceOf(fact: Fact): string {
    return this.index.sentences.get(fact.evidence.sentenceId)?.text ?? fact.evidence.text
  }

  private mark(fact: Fact): string {
    let n = this.cited.indexOf(fact.evidence.sentenceId)
    if (n < 0) n = this.cited.push(fact.evidence.sentenceId) - 1
    return `[${n + 1}]`
  }

  private find(entity: string | undefined, measure: string): Fact | undefined {
    return this.facts.find((f) => f.measure === measure && (entity === undefined || f.entity === entity))
  }

  private name(entity: string): string {
    return this.index.artifact.entities.find((e) => e.id === entity)?.name ?? entity
  }

  private defaultEntity(): string {
    return this.index.artifact.entities.find((e) => e.default)?.id ?? this.index.artifact.entities[0].id
  }

  /** Entities with a salary figure, in the article's order. */
  private salaried(): string[] {
    return [...new Set(this.facts.filter((f) => f.measure === 'salary' && f.entity).map((f) => f.entity as string))]
  }

  private payingEntities(): string {
    return joinWords(this.salaried().map((e) => this.name(e)))
  }

  private done(answer: string, computation: Computation): NumericAnswer {
    const citations = this.cited.map((sentenceId) => {
      const sentence = this.index.sentences.get(sentenceId)
      if (!sentence) throw new Error(`fact cites unknown sentence ${sentenceId}`)
      return citeSpan(this.index, sentence.passageId, sentence.start, sentence.end, sentence.id)
    })
    const operands = computation.operands.map((o) => {
      const fact = o.factId ? this.facts.find((f) => f.id === o.factId) : undefined
      return { ...o, citation: fact ? this.cited.indexOf(fact.evidence.sentenceId) + 1 : undefined }
    })
    return { answer: answer.replace(/\s+/g, ' ').trim(), abstained: false, citations, computation: { ...computation, operands } }
  }

  private abstain(message: string): NumericAnswer {
    return { answer: message, abstained: true, citations: [] }
  }
}
