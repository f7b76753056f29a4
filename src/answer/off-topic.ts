import type { Answer } from './answer-question'

/**
 * Work asked of the assistant rather than a question about the article: "Can you help me write a
 * cover letter?", "Translate 'thank you' into Arabic", "Recommend a good documentary". General English.
 */
const TASK = /^(?:(?:please|hey|hi|ok|okay),? )*(?:(?:can|could|would|will) you (?:please )?|please |i (?:want|need|would like) you to |)(?:help me (?:to )?)?(?:write|draft|compose|translate|recommend|book|order|buy|send|email|play|sing|code|program|proofread)\b/i
/** A how-to for the reader's own things: "How do I reset my iPhone?", "How can I fix my essay?". */
const HOW_TO_MINE = /^how (?:do|can|should|would) i\b.*\bmy\b/i
/** A question that names the article is about the article, whatever its wording ("Translate the article's title"). */
const ABOUT_ARTICLE = /\b(?:article|piece|essay|story|text|author|authors|writers?)\b/i

/** The reply to a request that is not a question about the article. */
const NOT_ABOUT_ARTICLE = 'I can only answer questions about this article, and that is not something it covers.'

/**
 * A polite refusal for requests that are not about the article at all (writing, translating,
 * recommending, how-tos for the reader's own things), which retrieval would otherwise answer with the
 * nearest sentence ("reset my iPhone" → a quote that mentions an iPhone).
 *
 * @example answerOffTopic('Can you help me write a cover letter?')?.abstained // => true
 */
export function answerOffTopic(question: string): Answer | undefined {
  const asked = question.trim()
  if (ABOUT_ARTICLE.test(asked) || !(TASK.test(asked) || HOW_TO_MINE.test(asked))) return undefined
  return { answer: NOT_ABOUT_ARTICLE, abstained: true, citations: [] }
}
