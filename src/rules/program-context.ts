import type { CorpusIndex } from '../index/corpus-index'
import type { Fact } from '../index/facts'
import { type Amount, combine, formatNumber, given, isMoney, overSpan, perPeriod } from './amounts'
import type { Composer } from './compose'
import { formulaAmount, formulaFor } from './formula'
import { rankFacts, readTerms } from './match-facts'
import type { NumericQuestion } from './numeric-question'
import { factAmount, isOperand, partsOf, type Pick, picksFor } from './operands'
import { mentionsCut, readModifiers } from './question-modifiers'

/** An operand resolved: its amount, the facts it quotes, and how well they answer its description. */
export interface Resolved {
  amount: Amount
  facts: Fact[]
  score: number
  /** The share of the operand's description found near its figure (1 for a table rule). */
  match: number
  /** Set when a table rule computed it. */
  rule?: boolean
}

/** Everything an operation needs: the corpus, the question read as a program, and the answer being composed. */
export class ProgramContext {
  constructor(readonly index: CorpusIndex, readonly nq: NumericQuestion, readonly c: Composer) {}

  /** The best facts for one side, among arithmetic operands. */
  picks(side: number, accept: (f: Fact) => boolean = isOperand): Pick[] {
    return picksFor(this.index, this.nq, side, accept)
  }

  /**
   * One side's operand: a table rule when the side names its counted things or its group and
   * measure (and no end of a range), else the best figure; with the side's own cut applied.
   */
  resolve(side: number, accept?: (f: Fact) => boolean, pick?: Pick): Resolved | undefined {
    const text = this.nq.sides[side] ?? this.nq.text
    const moneyAsked = !this.nq.want.kind || this.nq.want.kind === 'money'
    const use = pick || !moneyAsked ? undefined : formulaFor(this.index, `${text} ${this.nq.sides.length > 1 ? this.nq.shared : ''}`)
    let resolved: Resolved | undefined
    if (use && !use.odd && !use.otherGroup && this.nq.ends[side] === undefined && !/\b(?:range|typical|typically|average|top|bottom)\b/.test(text)) {
      const a = formulaAmount(this.index, use, this.nq.extraOnly)
      if (a) {
        const facts = a.operands.map((o) => (o.factId ? this.index.facts.get(o.factId) : undefined)).filter((f): f is Fact => Boolean(f))
        resolved = { amount: a, facts, score: 1, match: 1, rule: true }
      }
    }
    if (!resolved) {
      const best = pick ?? this.picks(side, accept)[0]
      if (!best) return undefined
      // A whole given as its parts ("consisted of 200 troops and 30 scouts") counts them all.
      const parts = this.nq.ends[side] === undefined ? partsOf(this.index, best.fact, `${text} ${this.nq.shared}`) : [best.fact]
      const amount = parts.length > 1 ? parts.map((f) => factAmount(this.index, f)).reduce((a, b) => combine('+', a, b, a.unit)) : factAmount(this.index, best.fact, this.nq.ends[side])
      resolved = { amount, facts: parts, score: best.score, match: best.match }
    }
    const cut = this.nq.sides.length > 1 ? readModifiers(text.toLowerCase()).cut : undefined
    if (!cut) return resolved
    const after = this.applyCut(resolved.amount, cut)
    return { ...resolved, amount: after.amount, facts: [...resolved.facts, ...after.facts] }
  }

  /** The article's own cut: a percentage whose clause speaks of cutting. */
  articleCut(): Fact | undefined {
    const terms = readTerms(this.index, 'cut slashed reduced salaries pay')
    return rankFacts(this.index, terms, (f) => f.kind === 'percent', 3).find((p) => p.score > 0.3 && mentionsCut(this.index.sentences.get(p.fact.sentenceId)?.text.toLowerCase() ?? ''))?.fact
  }

  /** An amount after a cut: × (1 − p%), the reader's percentage or the article's own. */
  applyCut(a: Amount, cut: { percent?: number }): { amount: Amount; facts: Fact[] } {
    const fact = cut.percent === undefined ? this.articleCut() : undefined
    const percent = cut.percent ?? fact?.value
    if (percent === undefined) return { amount: a, facts: [] }
    const rate = fact ? { ...factAmount(this.index, fact, undefined, 'the cut'), expression: `${formatNumber(percent)}%` } : given(percent, 'the cut', 'percent')
    const keep: Amount = { value: 1 - percent / 100, unit: '', expression: `1 − ${formatNumber(percent)}%`, atom: false, operands: rate.operands }
    const out = combine('×', a, keep, a.unit)
    return { amount: { ...out, period: a.period }, facts: fact ? [fact] : [] }
  }

  /** The question's period, span and factor applied to a rate. */
  finish(a: Amount): Amount {
    let out = a
    if (this.nq.factor !== undefined) out = { ...combine('×', out, given(this.nq.factor, 'factor'), out.unit), period: out.period }
    if (this.nq.span && out.period) return overSpan(out, this.nq.span.count, this.nq.span.unit)
    if (this.nq.period && out.period) return perPeriod(out, this.nq.period)
    return out
  }

  /** Money operands brought to one period (the question's, else the first's). */
  samePeriod(amounts: Amount[]): Amount[] {
    const period = amounts.find((a) => a.period)?.period
    return period ? amounts.map((a) => (a.period && isMoney(a.unit) ? perPeriod(a, period) : a)) : amounts
  }
}
