import type { CorpusIndex } from '../index/corpus-index'
import { isContentWord, tokenize } from '../index/tokenize'
import type { Sentence } from '../ingest/types'
import type { QuestionAnalysis } from '../retrieve/analyze-question'
import { citeSentence } from '../retrieve/citation'
import type { Answer } from './answer-question'

/**
 * "What did Ammar do after he got to Turkey?", "What happened to the mermaid once the merchant caught
 * her?": what someone did or what became of them after an event the question states, in the past (a
 * story, not a rule: "What happens to captured rebels once…" is asked of a process). General English.
 */
const WHAT_NEXT = /^(?:and |so )?(?:what (?:did|had) (.+?) do(?: next)?|what (?:happened|had happened) (?:next )?(?:to (.+?))?|what became of (.+?))(?=,? (?:after|once|following|when|since)\b)/i
/** The event the question states, after its conjunction, up to the question mark. */
const PREMISE = /\b(?:after|once|following|when|since)\b\s+(.+?)\s*\??$/i
/** A sentence that opens with a subordinate clause ("Soon after receiving news of his transfer, …"): its main clause follows the comma. */
const LEADING_CLAUSE = /^(?:\S+\s+){0,2}?(?:after|when|once|as soon as|following|upon|before|while|having|despite|although|though|because|since)\b[^,]{0,120},\s*/i
/** A sentence that goes on with the same person: a pronoun among its first words. */
const GOES_ON = /^(?:\S+\s+){0,2}?(?:he|she|they|his|her|their|him|them)\b/i
/** The share of the stated event's words (by rarity) the best sentence's main clause must hold for it to be that event. */
const SAME_EVENT = 2 / 3

/** What the article says came next: the sentences to quote, or that its story stops there. */
export type WhatNext = { sentences: Sentence[] } | { stops: true }

/**
 * Whether the best sentence is only the event a "what did X do after …" question states (its main
 * clause tells that event), and what the article says next: the following sentence of the paragraph
 * when it goes on with the same person, else nothing — the article's story of them stops there.
 * Undefined when the question is not of that shape or the best sentence tells more than the event.
 */
export function whatNext(index: CorpusIndex, analysis: QuestionAnalysis, best: Sentence): WhatNext | undefined {
  const shape = WHAT_NEXT.exec(analysis.question)
  const premise = shape && PREMISE.exec(analysis.question.slice(shape[0].length))?.[1]
  if (!shape || !premise) return undefined
  const premiseStems = new Set(tokenize(premise).map((t) => t.stem))
  // Only the words the article itself uses can tell whether the sentence tells the event.
  const terms = analysis.terms.filter((t) => t.known && premiseStems.has(t.stem))
  if (terms.length === 0) return undefined
  const main = new Set(tokenize(best.text.replace(LEADING_CLAUSE, '')).map((t) => t.stem))
  const held = (t: (typeof terms)[number]) => main.has(t.stem) || [...t.expansions, ...t.similar].some(([s]) => main.has(s))
  const total = terms.reduce((s, t) => s + t.idf, 0)
  if (terms.filter(held).reduce((s, t) => s + t.idf, 0) < SAME_EVENT * total) return undefined
  const passage = index.passageOf(best.id)
  const next = passage.sentences[passage.sentences.findIndex((s) => s.id === best.id) + 1]
  // The person the question follows ("Ammar", "the mermaid"): the next sentence must name them or refer back.
  const subject = (shape[1] ?? shape[2] ?? shape[3] ?? '').replace(/['’]s\b/g, '')
  const named = tokenize(subject).filter((t) => isContentWord(t.word)).map((t) => t.stem)
  const nextStems = next ? new Set(tokenize(next.text).map((t) => t.stem)) : undefined
  const continues = next && (GOES_ON.test(next.text) || (named.length > 0 && named.every((s) => nextStems?.has(s))))
  return continues ? { sentences: [best, next] } : { stops: true }
}

/** A follow-up asking how the story just quoted goes on: "What happened next?", "And then?", "What did he do after that?". General English. */
const NEXT_FOLLOW_UP = /^(?:and |so |ok(?:ay)?,? )?(?:then what|what (?:happened|did (?:he|she|they|it) do|came) (?:next|after that|afterwards|then)|what next|(?:and )?(?:then|after that|next)|what happened after(?:wards| that)?)\??$/i

/**
 * The answer to "What happened next?" after an answer that quoted the article: the sentence that
 * follows the last one quoted, in its paragraph, when it goes on with the same people, cited; or that
 * the article's story stops there.
 * Undefined when the question is not of that shape or nothing was quoted.
 */
export function answerWhatNext(index: CorpusIndex, question: string, quoted: readonly Sentence[]): Answer | undefined {
  if (!NEXT_FOLLOW_UP.test(question.trim()) || quoted.length === 0) return undefined
  const last = quoted.reduce((a, b) => ((index.position.get(b.id) ?? 0) > (index.position.get(a.id) ?? 0) ? b : a))
  const passage = index.passageOf(last.id)
  const next = passage.sentences[passage.sentences.findIndex((s) => s.id === last.id) + 1]
  // The story goes on when the next sentence refers back ("He …") or names someone the last one named.
  const people = index.artifact.people.filter((name) => last.text.includes(name))
  if (!next || !(GOES_ON.test(next.text) || people.some((name) => next.text.includes(name)))) return { answer: 'The article does not say what happened next.', abstained: true, citations: [] }
  return { answer: `${next.text} [1]`, abstained: false, citations: [citeSentence(index, next.id)] }
}
