import { readFileSync } from 'node:fs'

/**
 * Judging an answer the way the shared scorers do (../shared/eval/score.mjs and squad.mjs), so the
 * in-process evaluation and the question-set test agree with them item for item.
 */

/** One evaluation item, in the format of ../shared/eval/*.jsonl. */
export interface EvalItem {
  id: string
  kind: 'ask' | 'cite' | 'chat'
  category: string
  question?: string
  quote?: string
  turns?: string[]
  support: string[]
  answer?: string[]
  numbers?: number[]
  abstain?: boolean
  polarity?: 'yes' | 'no' | 'unclear'
  speaker?: string | null
  found?: boolean
}

/** What the judge needs of an answer (the `/api/ask` body). */
export interface AnswerLike {
  answer: string
  abstained: boolean
  citations: { text: string }[]
  computation?: { value: number }
}

/** What the judge needs of a quote lookup (the `/api/cite` body). */
export interface CiteLike {
  found: boolean
  matches: { text: string; speaker?: string }[]
}

/** Folds text the way the shared scorer does before comparing. */
export function norm(text: unknown): string {
  return String(text ?? '').normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase()
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14 }

/** Whether a number (within 1%) appears in a text or equals the computation's value. */
export function hasNumber(text: string, n: number, extra?: number): boolean {
  const found = [...text.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]))
  if (extra !== undefined) found.push(extra)
  for (const [w, v] of Object.entries(NUMBER_WORDS)) if (new RegExp(`\\b${w}\\b`, 'i').test(text)) found.push(v)
  return found.some((x) => Math.abs(x - n) <= Math.max(0.011 * Math.abs(n), 0.051))
}

const PREAMBLE = /^\s*Reading this as:\s*“(?:[^“”]|“[^“”]*”)*”\s*/

/** The Yes or No an answer opens with (after any "Reading this as" preamble), if any. */
export function statedPolarity(answer: string): 'yes' | 'no' | undefined {
  const m = /^(yes|no)(?!\p{L})/iu.exec(answer.replace(PREAMBLE, '').trimStart())
  return m ? (m[1].toLowerCase() as 'yes' | 'no') : undefined
}

/** Why an answer fails an item ([] when it passes). */
export function judgeAnswer(item: EvalItem, r: AnswerLike): string[] {
  if (item.abstain) return r.abstained ? [] : ['did not abstain']
  if (r.abstained) return ['abstained']
  const why: string[] = []
  if (item.support.length && !item.support.some((s) => norm(r.citations[0]?.text).includes(norm(s)))) why.push('top citation misses support')
  if (item.answer?.length && !item.answer.some((a) => norm(r.answer).includes(norm(a)))) why.push(`answer lacks ${JSON.stringify(item.answer)}`)
  if (item.polarity === 'yes' || item.polarity === 'no') {
    const said = statedPolarity(r.answer)
    if (!said) why.push('no explicit yes/no')
    else if (said !== item.polarity) why.push(`says ${said}, article says ${item.polarity}`)
  }
  for (const n of item.numbers ?? []) if (!hasNumber(r.answer, n, r.computation?.value)) why.push(`answer lacks number ${n}`)
  return why
}

/** Why a quote lookup fails an item ([] when it passes). */
export function judgeCite(item: EvalItem, r: CiteLike): string[] {
  if (!item.found) return r.found === false ? [] : ['claimed a match for a quote not in the article']
  if (!r.found) return ['not found']
  const m = r.matches[0]
  const why: string[] = []
  if (!item.support.some((s) => norm(m?.text).includes(norm(s)))) why.push('top match misses support')
  if (item.speaker && !norm(m?.speaker).includes(norm(item.speaker))) why.push(`speaker ${JSON.stringify(m?.speaker)} != ${item.speaker}`)
  return why
}

/** Reads a JSONL evaluation set. */
export function readEvalSet(path: string): EvalItem[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as EvalItem)
}
