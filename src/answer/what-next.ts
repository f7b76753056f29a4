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
const WHAT_NEXT = /^(?:and |so )?(?:what (?:did|had) (.+?) do(?: next)?|what (?:happened|had happened)(?: next)?(?: to (.+?))?|what became of (.+?))(?=,? (?:after|once|following|when|since)\b)/i
/** The event the question states, after its conjunction, up to the question mark. */
const PREMISE = /\b(?:after|once|following|when|since)\b\s+(.+?)\s*\??$/i
/** A sentence that opens with a subordinate clause ("Soon after receiving news of his transfer, …"): its main clause follows the comma. */
const LEADING_CLAUSE = /^(?:\S+\s+){0,2}?(?:after|when|once|as soon as|following|upon|before|while|having|despite|although|though|because|since)\b[^,]{0,120},\s*/i
/** A sentence that goes on with the same person: a pronoun among its first words. */
const GOES_ON = /^(?:\S+\s+){0,2}?(?:he|she|they|his|her|their|him|them)\b/i
/** Words for people ("the deserter", "his family", "the tribal leader"). General English. */
const PERSON = /^(?:\w+(?:er|or|ist|ian)s?|man|men|woman|women|boy|boys|girl|girls|child|children|kid|kids|family|families|friend|friends|brother|brothers|sister|sisters|mother|father|parents?|wife|husband|son|sons|daughter|daughters|people|person|king|queen|chief|official|officials|crew|team)$/i

/** The share of the stated event's words (by rarity) the best sentence's main clause must hold for it to be that event. */
const SAME_EVENT = 2 / 3

/** The reply when the article's story stops at the event asked about. */
export const NOTHING_NEXT = 'The article does not say what happened next.'

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
  const mainTokens = tokenize(best.text.replace(LEADING_CLAUSE, ''))
  const main = new Set(mainTokens.map((t) => t.stem))
  const matches = (t: (typeof terms)[number], stem: string) => stem === t.stem || [...t.expansions, ...t.similar].some(([s]) => s === stem)
  const held = (t: (typeof terms)[number]) => [...main].some((stem) => matches(t, stem))
  const total = terms.reduce((s, t) => s + t.idf, 0)
  if (terms.filter(held).reduce((s, t) => s + t.idf, 0) < SAME_EVENT * total) return undefined
  // The sentence goes on past the event in a clause of its own ("… moved to Athens and found work as a
  // baker"): it tells what came next itself. ("She left the village for good" does not.)
  const last = mainTokens.findLastIndex((token) => terms.some((t) => matches(t, token.stem)))
  const after = mainTokens.slice(last + 1)
  const joined = after.findIndex((token) => /^(?:and|then|but|before|until)$/.test(token.word))
  if (joined >= 0 && after.slice(joined + 1).some((token) => isContentWord(token.word) && !analysis.stems.has(token.stem))) return undefined
  const passage = index.passageOf(best.id)
  const next = passage.sentences[passage.sentences.findIndex((s) => s.id === best.id) + 1]
  // Someone the question follows ("Ammar's family", "the deserter who feared reprisals"): the next
  // sentence must refer back or name them again. A thing or an event ("the village", "the flood")
  // goes on in whatever the paragraph says next.
  const subject = tokenize((shape[1] ?? shape[2] ?? shape[3] ?? '').replace(/['’]s\b/g, '')).filter((t) => isContentWord(t.word))
  const proper = (word: string) => index.properNouns.has(word) || index.properNouns.has(word.replace(/s$/, '')) || analysis.names.some((n) => n.toLowerCase() === word)
  const someone = subject.some((t) => proper(t.word) || PERSON.test(t.word))
  const nextStems = next ? new Set(tokenize(next.text).map((t) => t.stem)) : undefined
  const continues = next && (!someone || GOES_ON.test(next.text) || subject.every((t) => nextStems?.has(t.stem)))
  return continues ? { sentences: [best, next] } : { stops: true }
}

/** A follow-up asking how the story just quoted goes on: "What happened next?", "And then?", "What did he do after that?". General English. */
const NEXT_FOLLOW_UP = /^(?:and |so |ok(?:ay)?,? )?(?:then what|what (?:happened|did [\p{L}'’-]+(?: [\p{L}'’-]+)? do|came) (?:next|after that|afterwards|then)|what next|(?:and )?(?:then|after that|next)|what happened after(?:wards| that)?)\??$/iu

/**
 * The answer to "What happened next?" in a conversation: the sentence that follows the last one the
 * previous answer quoted, in its paragraph, cited; or that the article's story stops there (or that
 * nothing was quoted to go on from). Undefined when the question is not of that shape or opens a conversation.
 */
export function answerWhatNext(index: CorpusIndex, question: string, quoted: readonly Sentence[], inConversation: boolean): Answer | undefined {
  if (!inConversation || !NEXT_FOLLOW_UP.test(question.trim())) return undefined
  const last = quoted.length ? quoted.reduce((a, b) => ((index.position.get(b.id) ?? 0) > (index.position.get(a.id) ?? 0) ? b : a)) : undefined
  const passage = last && index.passageOf(last.id)
  const next = last && passage?.sentences[passage.sentences.findIndex((s) => s.id === last.id) + 1]
  if (!next) return { answer: NOTHING_NEXT, abstained: true, citations: [] }
  return { answer: `${next.text} [1]`, abstained: false, citations: [citeSentence(index, next.id)] }
}
