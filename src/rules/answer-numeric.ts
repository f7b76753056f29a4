import type { CorpusIndex } from '../index/corpus-index'
import { isMoney } from './amounts'
import { abstainWith, Composer, type NumericAnswer } from './compose'
import { formulaFor, ruleWords } from './formula'
import { missingFromMoney, moneyOwners } from './missing'
import { asLookup, type NumericQuestion } from './numeric-question'
import { difference, percentChange, ratio, sum } from './ops-basic'
import { lookup } from './ops-lookup'
import { average, check, compare, extreme, rank, spread } from './ops-groups'
import { perUnit, remainder, scale, share } from './ops-share'
import { birth, elapsed, shift } from './ops-time'
import { ProgramContext } from './program-context'
import { explainOddCount } from './question-counts'

export type { NumericAnswer } from './compose'

const OPERATIONS: Readonly<Record<NumericQuestion['op'], (ctx: ProgramContext) => NumericAnswer | undefined>> = {
  lookup, difference, sum, ratio, share, 'percent-change': percentChange, elapsed, 'per-unit': perUnit, scale, compare, extreme, rank, average, spread, check, remainder, shift, birth,
}

/**
 * Answers a question read as a numeric program (see `readNumericQuestion`) from the article's facts:
 * finds each operand's figure by the question's words near it, computes exactly, and words the result
 * with its derivation, quoting and citing every figure used. Abstains, naming what is missing, when a
 * count is unusable, a currency or group has no figure, or a rule does not cover the group asked
 * about. Returns undefined when there is nothing to compute (a plain lookup is retrieval's to answer)
 * or no operands fit, so the question falls back to retrieval.
 *
 * @example answerNumeric(index, readNumericQuestion('How much does an FSA fighter earn in a year?')!)?.computation?.value // => 432
 */
export function answerNumeric(index: CorpusIndex, nq: NumericQuestion): NumericAnswer | undefined {
  // A reader's question never breaks the worker: should the engine fail on some wording, retrieval answers.
  // (Tests call computeNumeric, which lets such a failure through.)
  try {
    return computeNumeric(index, nq)
  } catch {
    return undefined
  }
}

/** `answerNumeric` without its safety net, for tests that must see the engine fail. */
export function computeNumeric(index: CorpusIndex, nq: NumericQuestion): NumericAnswer | undefined {
  const refusal = refuse(index, nq)
  if (refusal) return refusal
  const ctx = new ProgramContext(index, nq, new Composer(index))
  const answer = OPERATIONS[nq.op](ctx)
  // Money "per child" that no count in the text divides is a rate the article states, or its tables compute: the lookup's.
  if (!answer && nq.op === 'per-unit' && !nq.want.unit) return computeNumeric(index, asLookup(nq))
  return answer
}

/** A reason to abstain before computing: an unusable count, a rule that does not cover the group, a currency or a group with no figure. */
function refuse(index: CorpusIndex, nq: NumericQuestion): NumericAnswer | undefined {
  const use = formulaFor(index, nq.original ?? nq.text)
  if (use?.odd) return abstainWith(explainOddCount(use.odd, use.formula.most ?? 20))
  if (use && use.counts.length && use.otherGroup) {
    return abstainWith(`The article gives its amounts ${ruleWords(use.formula)} only for ${groupName(index, use.formula.group)}, not for ${use.otherGroup}.`)
  }
  const money = index.artifact.facts.filter((f) => isMoney(f.unit))
  if (nq.want.currency && money.length && !money.some((f) => f.unit === nq.want.currency)) {
    const units = [...new Set(money.map((f) => f.unit))].join(', ')
    return abstainWith(`The article gives its figures in ${units === 'USD' ? 'US dollars' : units} and no exchange rate, so I cannot give them in that currency.`)
  }
  // A lookup is retrieval's unless the engine stops it: a group or role with no money figure at all.
  if (nq.op === 'lookup' && nq.want.kind === 'money' && !use?.counts.length && PAID.test(nq.text)) {
    // Whose figures they are is known only from the article's optional group tables; without them, retrieval answers.
    const owners = moneyOwners(index)
    const missing = owners && missingFromMoney(index, nq, nq.text)
    if (missing) return abstainWith(`The article gives no pay or money figure for ${missing}. It gives money figures for ${owners}.`)
  }
  return undefined
}

/** A question about what someone is paid (not what something costs, or what one pays for). */
const PAID = /\b(?:salary|salaries|wages?|earn\w*|income|stipends?|paid)\b|\bpays?\b(?!\s+(?:for|tuition|taxes|fees|rent)\b)/

function groupName(index: CorpusIndex, group: string): string {
  return index.artifact.entities.find((e) => e.id === group)?.name ?? group
}
