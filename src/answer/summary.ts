import type { CorpusIndex } from '../index/corpus-index'
import { foldText } from '../index/normalize'
import { CARDINALS } from '../index/numbers'
import { isContentWord, type Token, tokenize } from '../index/tokenize'
import type { Enumeration } from '../ingest/enumerations'
import type { ParsedDocument, Sentence } from '../ingest/types'
import { analyzeQuestion } from '../retrieve/analyze-question'
import { citeSentence } from '../retrieve/citation'
import { answerConfidence } from '../retrieve/confidence'
import { rankSentences } from '../retrieve/rank-sentences'
import { FEATURE_NAMES } from '../retrieve/sentence-features'
import type { Answer } from './answer-question'
import { leadInOf, listAbout, openingOf } from './list-answer'

/** What a reader wants summarised: the whole article, one of its parts, or what it says on a topic. */
export interface SummaryRequest {
  part?: number
  /** The topic's words ("Ammar's story", "the section on defections"), when the summary is of a topic. */
  topic?: string
  /** The reader asks where the article comes out: its conclusion, its bottom line. */
  conclusion?: boolean
}

/** Asking for a summary, the gist, the main points or what the article is about. General English. */
const SUMMARY = /\b(?:summar(?:y|ies|i[sz]e[sd]?|i[sz]ing)|sum(?:s|med)? (?:it |this |that )?up|overview|gist|tl;?dr|recap|in a nutshell|(?:main|central|key|chief) (?:points?|arguments?|ideas?|thesis|message|claims?|takeaways?|findings?|themes?)|takeaways?|what (?:is|'s) (?:this|the) (?:article|piece|essay|story|text|report) (?:about|arguing|saying)|what does (?:this|the) (?:article|piece|essay|author|authors|writer|writers) (?:argue|claim|conclude|say overall))\b/i
/**
 * Asking for someone's story: "Tell me Sami's story", "What was Mara Quill's story?", "What is the
 * story of Temüjin?" The name is the topic.
 */
const STORY = /^(?:(?:can|could|would|will) you |please )?(?:(?:tell|give|walk|take) (?:me|us)(?: through)? (?:about )?|what (?:is|was) |what's )(?:the (?:story|backstory) of ([\p{L}\p{N}' .-]{2,60}?)|([\p{L}\p{N}' .-]{2,60}?)(?:'s|s') (?:story|backstory))\s*[?.!]?$/iu
/**
 * Asking where the article comes out: its bottom line, its conclusion, what it concludes. "Why did
 * Shrewsbury conclude…" asks about someone in the article, so the article or its author must be named.
 */
const CONCLUSION = /\bbottom[- ]line\b|\b(?:article|piece|essay|authors?|writers?)(?:'s|s')? (?:conclusions?|final (?:points?|words?|thoughts?|verdict))\b|\bconclusions? (?:of|in) (?:the|this) (?:article|piece|essay)\b|\b(?:how|what) does (?:the|this) (?:article|piece|essay|authors?|writers?) (?:conclude|end|close)\b|\b(?:the|this) (?:article|piece|essay) (?:concludes|ends|closes)\b/i
/** The article's own conclusion, whatever it is asked about: "the article's bottom line about where ISIS is heading". */
const THE_ARTICLES = /\b(?:article|piece|essay)(?:'s|s')? (?:bottom[- ]line|conclusions?)\b/i
/** A conclusion asked about something ("the bottom line of the harbour project", "conclude about the plague") is a question about that. */
const ABOUT_SOMETHING = /\b(?:bottom[- ]line|conclu\w*|final \w+|end|close)\b (?:about|of|regarding|concerning|for) (?!(?:the|this) (?:article|piece|essay)\b)/i
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']
const PART = /\b(?:part|section) (\d+|[a-z]+)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d+(?:st|nd|rd|th)) (?:part|section)\b/i
/** Words of a summary request that say what is wanted, not what it is about. */
const REQUEST_WORDS = /\b(?:could|can|would|will|you|please|give|me|us|a|an|the|of|in|on|about|brief(?:ly)?|short|quick|summar\w*|sum|up|overview|gist|recap|main|central|key|chief|points?|arguments?|ideas?|thesis|message|claims?|takeaways?|findings?|themes?|what|is|are|'s|this|article|piece|essay|story|text|report|author|authors|writer|writers|says?|argues?|identif\w*|section|part|it|for|me|whole|entire|overall|tl;?dr|nutshell|do|does|couple|few|lines?|sentences?|words?|paragraphs?|bullets?|simple|plain|english|terms|just|quickly|write|provide|make|create|generate|produce|draft|i|need|want|like|to|get|show|tell)\b/gi

/** A sentence by id with how much a summary wants it. */
interface Scored {
  id: string
  score: number
}

/** About this many words at most, as the issue of a summary asks: a few sentences, not the article. */
const MAX_WORDS = 120
const MAX_SENTENCES = 5
/** Two sentences sharing more than this share of their content words say the same thing. */
const REDUNDANT = 0.4
const BM25 = FEATURE_NAMES.indexOf('bm25')
/** A topic's sentences must have at least this share of the best one's probability under the ranker. */
const MIN_RELEVANCE = 0.3
/** A headline with at least this many content words makes a claim, not just a name. */
const CLAIM_WORDS = 4
/** In a topic's part, how much a sentence's centrality counts when it holds nothing of the topic (against 1 + relevance). */
const PART_RELEVANCE = 0.5
/** A list summary may run to this many words: its items are the article's own, and each is kept whole. */
const LIST_WORDS = 1.5 * MAX_WORDS
/** A name in more than this share of the article's sentences is its subject, not someone with a story. */
const STORY_SHARE = 0.25
/** How much more a paragraph's first sentence counts. */
const TOPIC_SENTENCE = 1.3

/**
 * Reads a request for a summary: the part it names ("part two", "the third section") or the topic
 * left once the request's own words are set aside ("Ammar's story").
 *
 * @example readSummaryRequest('Summarise part three') // => { part: 3 }
 */
export function readSummaryRequest(question: string): SummaryRequest | undefined {
  const text = foldText(question).toLowerCase()
  if (CONCLUSION.test(text)) return ABOUT_SOMETHING.test(text) && !THE_ARTICLES.test(text) ? undefined : { conclusion: true }
  const story = STORY.exec(text)
  if (story) return { topic: (story[1] ?? story[2]).trim() }
  if (!SUMMARY.test(text)) return undefined
  const partWord = PART.exec(text)
  const part = partWord ? partNumber(partWord[1] ?? partWord[2]) : undefined
  if (part !== undefined) return { part }
  const topic = text.replace(SUMMARY, ' ').replace(REQUEST_WORDS, ' ').replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ').trim()
  return topic.split(' ').filter((w) => w.length > 2).length ? { topic } : {}
}

/** "two", "2", "second", "2nd" → 2; "last" and "final" → Infinity (the last part, whichever it is). */
function partNumber(word: string): number | undefined {
  if (word === 'last' || word === 'final') return Infinity
  const n = /^\d+/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1 || (Object.hasOwn(CARDINALS, word) ? CARDINALS[word] : 0)
  return n > 0 ? n : undefined
}

/**
 * A short extractive summary: 3–5 sentences of the article in reading order, each cited, under about
 * 120 words. The whole article takes its most central sentence from each part (LexRank, computed at
 * build time); a part takes its most central sentences; a topic takes the sentences that speak of it,
 * preferring the central ones, never two that say the same thing.
 */
export function answerSummary(index: CorpusIndex, request: SummaryRequest): Answer | undefined {
  const doc = [...index.documents.values()][0]
  if (!doc) return undefined
  let chosen: Sentence[]
  let intro: string
  if (request.conclusion) {
    const closing = closingSentences(index, doc)
    if (closing.length === 0) return undefined
    const [conclusion, before] = closing
    const citations = closing.map((s) => citeSentence(index, s.id))
    return { answer: `The article concludes: ${conclusion.text} [1]${before ? ` Just before, it says: ${before.text} [2]` : ''}`, abstained: false, citations }
  } else if (request.topic) {
    const analysis = analyzeQuestion(index, request.topic)
    // A topic that names someone ("Ammar's story") is about the sentences that name them (or refer to
    // them: the index resolves "he" to the person a paragraph is about). Names of groups and places
    // ("why Syrians defect from ISIS") run through the whole article and do not narrow it.
    const names = analysis.terms.filter((t) => t.known && index.personWords.has(t.word))
    const named = names.length ? new Set(index.search.search({ combineWith: 'AND', queries: names.map((t) => t.stem) }).map((r) => String(r.id))) : undefined
    // A name all through the article ("Oxygen" in an article on oxygen) is its subject, not a person's story.
    const naming = named && named.size <= STORY_SHARE * index.sentences.size ? named : undefined
    // Relevance: how much of the topic a sentence holds (BM25) and how likely the fitted ranker finds
    // it, each relative to the best sentence; centrality breaks near ties.
    const ranked = rankSentences(index, analysis).filter((r) => index.centrality.has(r.sentence.id) && (!naming || naming.has(r.sentence.id)))
    const top = Math.max(1e-12, ...ranked.map((r) => r.probability))
    const topBm25 = Math.max(1e-12, ...ranked.map((r) => r.features[BM25]))
    const scored = ranked.map((r) => ({
      id: r.sentence.id,
      score: ((r.probability / top + r.features[BM25] / topBm25) / 2) * (1 + Math.min(2, index.centrality.get(r.sentence.id)?.document ?? 0) / 4),
    }))
    // A person's story reads in the article's order; a topic follows its part, or leads with its most relevant sentences.
    const relevant = scored.filter((s) => s.score > MIN_RELEVANCE)
    // "The section on why Syrians defect": the list of reasons the article runs through, as it leads into it.
    const list = naming ? undefined : listAbout(index, analysis)
    chosen = naming ? storyOf(index, scored, relevant) : list ? listed(index, list) : followsPart(index, doc, scored, relevant) ?? pick(index, relevant, MAX_SENTENCES, MAX_WORDS, 'relevance')
    if (chosen.length === 0) return undefined
    intro = 'In brief, the article says:'
  } else if (request.part !== undefined) {
    const part = request.part === Infinity ? doc.parts.at(-1) : doc.parts.find((p) => p.number === request.part)
    if (!part) return { answer: `The article has ${doc.parts.length} part${doc.parts.length === 1 ? '' : 's'}; there is no part ${request.part}.`, abstained: true, citations: [] }
    const ids = part.passageIds.flatMap((id) => index.passages.get(id)?.sentences.map((s) => s.id) ?? [])
    chosen = pick(index, ids.filter((id) => index.centrality.has(id)).map((id) => ({ id, score: index.centrality.get(id)?.part ?? 0 })))
    intro = `Part ${part.number} in brief:`
  } else {
    // One sentence per part when the article is in a few parts, else its most central sentences.
    const perPart = doc.parts.length >= 2 && doc.parts.length <= MAX_SENTENCES
    const ids = doc.passages.flatMap((p) => p.sentences.map((s) => s.id)).filter((id) => index.centrality.has(id))
    const score = (id: string, key: 'part' | 'document') => index.centrality.get(id)?.[key] ?? 0
    chosen = perPart
      ? doc.parts.flatMap((part) => pick(index, ids.filter((id) => index.passageOf(id).part === part.number).map((id) => ({ id, score: score(id, 'part') })), 1, MAX_WORDS / doc.parts.length + 15))
      : pick(index, ids.map((id) => ({ id, score: score(id, 'document') })))
    // A headline that makes a claim ("Quitting ISIS: Why Syrians Are Abandoning the Group") states what
    // the article argues: the sentence that best answers it, read as a question, is the thesis, and
    // leads. A headline that only names the subject ("Oxygen") heads an article whose first sentence,
    // when it names the subject too, defines it ("Oxygen is a chemical element…"): that leads.
    const headline = [doc.meta.title, doc.meta.subtitle].filter(Boolean).join(': ')
    const named = tokenize(headline).filter((t) => isContentWord(t.word))
    const thesis = named.length >= CLAIM_WORDS ? headlineAnswer(index, headline) : definingLead(index, doc, named)
    // The thesis stands for its part: the others keep one sentence each.
    if (thesis) chosen = [thesis, ...fitAfter(index, thesis, perPart ? chosen.filter((s) => index.passageOf(s.id).part !== index.passageOf(thesis.id).part) : chosen)]
    intro = `${doc.meta.subtitle ? `“${doc.meta.title}: ${doc.meta.subtitle}”` : `“${doc.meta.title}”`} in brief:`
  }
  if (chosen.length === 0) return undefined
  const citations = chosen.map((s) => citeSentence(index, s.id))
  return { answer: `${intro} ${chosen.map((s, i) => `${s.text} [${i + 1}]`).join(' ')}`, abstained: false, citations }
}

/**
 * A topic told where the article of parts takes it up: from the paragraph that speaks of it most to
 * the end of that part, its opening and its best sentence first, then the part's central sentences,
 * the relevant ones more (how ISIS responds to defections: the harsh measures, then the child soldiers
 * and the cut training the part goes on to). Undefined when the article has no parts or the topic is
 * too narrow to fill a summary (one relevant sentence: that sentence is the summary).
 */
function followsPart(index: CorpusIndex, doc: ParsedDocument, scored: readonly Scored[], relevant: readonly Scored[]): Sentence[] | undefined {
  if (doc.parts.length < 2 || relevant.length < 2) return undefined
  const best = relevant.reduce((a, b) => (b.score > a.score ? b : a))
  const anchor = index.passageOf(best.id)
  const part = doc.parts.find((p) => p.number === anchor.part)
  const from = part ? part.passageIds.indexOf(anchor.id) : -1
  if (!part || from < 0) return undefined
  const ids = part.passageIds.slice(from).flatMap((id) => index.passages.get(id)?.sentences.map((s) => s.id) ?? []).filter((id) => index.centrality.has(id))
  const relevance = new Map(scored.map((s) => [s.id, s.score]))
  const lead = anchor.sentences.find((s) => index.centrality.has(s.id))?.id
  const first = aheadOf(scored)
  return pick(index, ids.map((id) => ({ id, score: id === lead || id === best.id ? first : (index.centrality.get(id)?.part ?? 0) * (PART_RELEVANCE + (relevance.get(id) ?? 0)) })))
}

/**
 * A list summarised: the sentence that leads into it, then every item's opening in the article's
 * order, however alike their words ("workers left… / workers left…"): leaving out a reason misstates
 * the article. Past half again the word budget, the items past it are left out.
 */
function listed(index: CorpusIndex, list: Enumeration): Sentence[] {
  const lead = leadInOf(index, list)
  const all = [...(lead ? [lead] : []), ...list.passageIds.map((id) => openingOf(index, id))]
  const kept: Sentence[] = []
  let words = 0
  for (const s of all) {
    words += s.text.split(/\s+/).length
    if (kept.length > 0 && words > LIST_WORDS) break
    kept.push(s)
  }
  return kept
}

/** A person's story in the article's order, from the first sentence about them to the last, with the most relevant between. */
function storyOf(index: CorpusIndex, scored: readonly Scored[], relevant: readonly Scored[]): Sentence[] {
  const inOrder = [...scored].sort((a, b) => (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0))
  const ends = [inOrder[0], inOrder.at(-1)].filter((e) => e !== undefined)
  const first = aheadOf(scored)
  return pick(index, [...relevant.filter((s) => !ends.includes(s)), ...ends.map((e) => ({ id: e.id, score: first }))], MAX_SENTENCES, MAX_WORDS, 'reading')
}

/** A score above every scored sentence's, for the sentences a summary must keep. */
function aheadOf(scored: readonly { score: number }[]): number {
  return Math.max(0, ...scored.map((s) => s.score)) + 1
}

/**
 * Where the article comes out: an essay ends on its conclusion, so its closing sentence, then the
 * sentence that leads up to it in the closing paragraph.
 */
function closingSentences(index: CorpusIndex, doc: ParsedDocument): Sentence[] {
  const last = doc.passages.filter((p) => p.kind === 'paragraph' && p.sentences.some((s) => index.centrality.has(s.id))).at(-1)
  const sentences = last?.sentences.filter((s) => index.centrality.has(s.id)) ?? []
  return sentences.slice(-2).reverse()
}

/** The sentence the fitted ranker finds best answers the headline, if it is confident of one. */
function headlineAnswer(index: CorpusIndex, headline: string): Sentence | undefined {
  if (!headline.trim()) return undefined
  const analysis = analyzeQuestion(index, headline)
  const ranked = rankSentences(index, analysis)
  return ranked[0] && answerConfidence(index, analysis, ranked) >= index.artifact.model.threshold ? ranked[0].sentence : undefined
}

/** The article's first sentence, when it names every content word of the headline (`named`). */
function definingLead(index: CorpusIndex, doc: ParsedDocument, named: readonly Token[]): Sentence | undefined {
  const first = doc.passages.find((p) => p.kind === 'paragraph')?.sentences[0]
  if (!first) return undefined
  const stems = new Set(index.stemsOf(first.id))
  return named.length > 0 && named.every((t) => stems.has(t.stem)) ? first : undefined
}

/** The sentences that still fit after a leading one: none that repeats it, within the word budget. */
function fitAfter(index: CorpusIndex, lead: Sentence, rest: readonly Sentence[]): Sentence[] {
  const leadStems = new Set(index.contentStemsOf(lead.id))
  let words = lead.text.split(/\s+/).length
  const kept: Sentence[] = []
  for (const s of rest) {
    const n = s.text.split(/\s+/).length
    if (s.id === lead.id || overlap(leadStems, new Set(index.contentStemsOf(s.id))) > REDUNDANT || words + n > MAX_WORDS || kept.length + 1 >= MAX_SENTENCES) continue
    kept.push(s)
    words += n
  }
  return kept
}

/**
 * The best-scoring sentences that fit the word budget and do not repeat one another, in reading order
 * or best first.
 */
function pick(index: CorpusIndex, scored: readonly Scored[], limit = MAX_SENTENCES, maxWords = MAX_WORDS, order: 'reading' | 'relevance' = 'reading'): Sentence[] {
  const chosen: Sentence[] = []
  let words = 0
  // A paragraph's first sentence usually states its point (journalism's topic sentence).
  const weighted = scored.map((s) => ({ id: s.id, score: s.score * (s.id.endsWith('.s1') ? TOPIC_SENTENCE : 1) }))
  for (const { id } of weighted.sort((a, b) => b.score - a.score)) {
    const sentence = index.sentences.get(id)
    if (!sentence || chosen.length >= limit) continue
    const n = sentence.text.split(/\s+/).length
    if (words + n > maxWords) continue
    const stems = new Set(index.contentStemsOf(id))
    if (chosen.some((c) => overlap(stems, new Set(index.contentStemsOf(c.id))) > REDUNDANT)) continue
    chosen.push(sentence)
    words += n
  }
  return order === 'relevance' ? chosen : chosen.sort((a, b) => (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0))
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return shared / Math.max(1, Math.min(a.size, b.size))
}
