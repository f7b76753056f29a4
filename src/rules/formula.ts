import type { CorpusIndex } from '../index/corpus-index'
import { findEntities } from '../index/entities'
import type { Formula } from '../index/formulas'
import { stem, tokenize } from '../index/tokenize'
import { type Amount, combine, given } from './amounts'
import { factAmount } from './operands'
import { type CountedThing, type OddCount, readCounts } from './question-counts'
import { measuredNoun } from './question-modifiers'

/** A table rule a question applies, with the counts it gives for the rule's counted things. */
export interface FormulaUse {
  formula: Formula
  counts: CountedThing[]
  odd?: OddCount
  /** A group the question names that the rule does not cover ("the FSA" with a per-child allowance). */
  otherGroup?: string
}

/** The largest count of one thing any rule is read to cover when its table sets no limit. */
const DEFAULT_MOST = 20

/**
 * Which of the article's table rules (corpus/formulas.json) a description invokes: one whose counted
 * things it names with a count ("two wives", "a kid"), or whose group it names with what the rule
 * computes ("ISIS pay"). Undefined when none does.
 */
export function formulaFor(index: CorpusIndex, text: string, amountAsked = false): FormulaUse | undefined {
  const formulas = index.artifact.formulas ?? []
  if (formulas.length === 0) return undefined
  const stems = new Set(tokenize(text).map((t) => t.stem))
  const named = findEntities(text, index.artifact.entities).map((m) => m.id)
  for (const formula of formulas) {
    const nouns = formula.per.flatMap((p) => p.counts)
    const { counts, odd } = readCounts(text, nouns, formula.most ?? DEFAULT_MOST)
    const measured = formula.measures.some((m) => stems.has(stem(m)))
    const groupNamed = named.includes(formula.group) || text.toLowerCase().includes(formula.group.toLowerCase())
    const otherGroup = named.find((id) => id !== formula.group)
    // Counts make a rule's question only where an amount is asked ("his mother" alone does not).
    const asked = amountAsked || measured || /\bhow much\b|\$|\b(?:a|per|each) (?:month|year|week)\b/.test(text.toLowerCase())
    if ((odd || counts.length) && asked) return { formula, counts, odd, otherGroup: groupNamed ? undefined : otherGroup && index.artifact.entities.find((e) => e.id === otherGroup)?.name }
    // "How much religious schooling do ISIS recruits get": the question measures something else.
    if (groupNamed && measured && !measuredNoun(text.toLowerCase())) return { formula, counts }
  }
  return undefined
}

/**
 * The rule applied: base + count × each per-thing figure ("$50 + 2 × $50 + 1 × $35"), or only the
 * additions. Counts of two words for one entry ("wives" and "slaves") add up.
 */
export function formulaAmount(index: CorpusIndex, use: FormulaUse, extraOnly = false): Amount | undefined {
  const base = index.facts.get(use.formula.base.factId)
  if (!base) return undefined
  let total: Amount | undefined = extraOnly ? undefined : factAmount(index, base, undefined, use.formula.base.label)
  for (const per of use.formula.per) {
    const count = use.counts.filter((c) => per.counts.includes(c.noun)).reduce((n, c) => n + c.count, 0)
    if (count === 0) continue
    const fact = index.facts.get(per.factId)
    if (!fact) continue
    const each = { ...factAmount(index, fact, undefined, per.label), period: base.period }
    const term = combine('×', given(count, `count asked: ${per.label.replace(/^per /, '')}`), each, each.unit)
    total = total ? combine('+', total, term, base.unit) : term
  }
  return total && { ...total, period: base.period }
}

/** The counted things a rule covers, named as its table names them ("per wife or slave"). */
export function ruleWords(formula: Formula): string {
  return formula.per.map((p) => p.label).join(', ')
}
