import type { CorpusIndex } from '../index/corpus-index'
import { analyzeQuestion } from '../retrieve/analyze-question'
import type { Answer } from './answer-question'

/** The verbs of work asked of the assistant: writing, translating, recommending. General English. */
const TASK_VERBS = 'write|draft|compose|translate|recommend|book|order|buy|send|email|play|sing|code|program|proofread'
/**
 * Work asked of the assistant rather than a question about the article: "Can you help me write a
 * cover letter?", "Translate 'thank you' into Arabic", "Recommend a good documentary".
 */
const TASK = new RegExp(`^(?:(?:please|hey|hi|ok|okay),? )*(?:(?:can|could|would|will) you (?:please )?|please |i (?:want|need|would like) you to |)(?:help me (?:to )?)?(?:${TASK_VERBS})\\b`, 'i')
/** The task's own words, which say nothing of what it is about. */
const TASK_WORD = new RegExp(`^(?:${TASK_VERBS}|help|please)$`)
/** A how-to for the reader's own things: "How do I reset my iPhone?", "How can I fix my essay?". */
const HOW_TO_MINE = /^how (?:do|can|should|would) i\b.*\bmy\b/i
/** A request that names the article is about the article, whatever its wording ("Translate the article's title"). */
const ABOUT_ARTICLE = /\b(?:this|the) (?:article|piece|essay|story|text|report)\b|\b(?:authors?|writers?)\b/i
/**
 * The share of a how-to's words (weighted by rarity) the article must speak of, itself or through a
 * synonym, for it to be about the article: "How can I explain to my students why Syrians joined
 * ISIS?" is; "How do I reset my iPhone?" is not.
 */
const ON_TOPIC = 0.5

/** The reply to a request that is not a question about the article. */
const NOT_ABOUT_ARTICLE = 'I can only answer questions about this article, and that is not something it covers.'

/**
 * A polite refusal for requests that are not about the article at all (writing, translating,
 * recommending, how-tos for the reader's own things), which retrieval would otherwise answer with the
 * nearest sentence ("reset my iPhone" → a quote that mentions an iPhone). A request shaped so whose
 * words the article mostly uses is about the article, and is answered.
 *
 * @example answerOffTopic(index, 'Can you help me write a cover letter?')?.abstained // => true
 */
export function answerOffTopic(index: CorpusIndex, question: string): Answer | undefined {
  const asked = question.trim()
  if (ABOUT_ARTICLE.test(asked)) return undefined
  const task = TASK.exec(asked)
  if (task) return taskObjectIsTheArticles(index, asked.slice(task[0].length)) ? undefined : declined()
  if (!HOW_TO_MINE.test(asked)) return undefined
  const terms = analyzeQuestion(index, asked).terms.filter((t) => !TASK_WORD.test(t.word))
  const total = terms.reduce((sum, t) => sum + t.idf, 0)
  const spoken = terms.filter((t) => t.known || t.expansions.length > 0).reduce((sum, t) => sum + t.idf, 0)
  return total > 0 && spoken / total >= ON_TOPIC ? undefined : declined()
}

function declined(): Answer {
  return { answer: NOT_ABOUT_ARTICLE, abstained: true, citations: [] }
}

/** Words before a task's object that say nothing of it ("write me a", "play back the"). */
const FILLERS = new Set('me us him her them down back out up a an the some any my your our this that these those good short quick new'.split(' '))
/** Objects that are the article's own content, whatever it calls them: "the quote where…", "a timeline of…". */
const CONTENT_WORDS = /^(?:quotes?|quotations?|passages?|sentences?|lines?|figures?|numbers?|facts?|parts?|sections?|paragraphs?|words?|list|timeline|summary|outline|overview|chronology|events?|details?|points?|names?|dates?)$/
/** Where a task's object ends: a preposition, a clause. */
const OBJECT_END = /^(?:about|on|for|into|to|of|in|from|with|that|which|who|where|when|why|how|what|,)$/

/**
 * Whether what a task asks for is the article's: its object is a clause ("what Ammar said"), words
 * for its content ("the quote where…"), or words the article itself uses ("the salary figures"),
 * not "a cover letter" or "a documentary" (synonyms do not count: an essay is not an attempt).
 */
function taskObjectIsTheArticles(index: CorpusIndex, rest: string): boolean {
  const words = rest.toLowerCase().replace(/["“”‘’]/g, ' ').replace(/[^a-z0-9' -]+/g, ' , ').split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  if (/^(?:what|who|where|when|why|how|which)$/.test(words[0])) return true
  const object: string[] = []
  for (const word of words) {
    if (OBJECT_END.test(word)) break
    if (!FILLERS.has(word)) object.push(word)
  }
  if (object.length === 0 || object.some((w) => CONTENT_WORDS.test(w))) return true
  return analyzeQuestion(index, object.join(' ')).terms.every((t) => t.known)
}
