import type { CorpusIndex } from '../index/corpus-index'
import type { ParsedDocument } from '../ingest/types'
import type { Citation } from '../retrieve/citation'
import { joinWords } from '../rules/wording'
import type { Answer } from './answer-question'

const DOC = '(?:this|the) (?:article|piece|essay|story|text|report)'
/** The shapes of a question about the article itself: who wrote it, when and where it appeared, what it is about, its title. */
const ABOUT: [RegExp, 'authors' | 'date' | 'venue' | 'title'][] = [
  [new RegExp(`\\bwho (?:wrote|writes|authored|is the author of|are the authors of) ${DOC}|\\bwho (?:are|is) the authors?\\b|^who wrote (?:it|this)\\b`, 'i'), 'authors'],
  [new RegExp(`\\bwhen (?:was|is) (?:${DOC}|it|this) (?:published|written|released)\\b|\\bwhat (?:is the )?(?:date|year) (?:of|was) ${DOC}`, 'i'), 'date'],
  [new RegExp(`\\bwhere (?:was|is) (?:${DOC}|it|this) published\\b|\\b(?:what|which) (?:publication|magazine|journal|outlet) (?:published|ran|is) ${DOC}`, 'i'), 'venue'],
  [new RegExp(`\\bwhat is the title\\b|\\bwhat is ${DOC} called\\b`, 'i'), 'title'],
]

/**
 * Answers questions about the article itself — who wrote it, where and when it was published, its
 * title — from the document's bibliographic facts, citing the document. Questions
 * about what the article says ("What does the article say about Sami?") are left to retrieval.
 *
 * @example answerAboutDocument(index, 'Who wrote this article?')?.answer // => '“Quitting ISIS: …” was written by Mara Revkin and Ahmad Mhidi. [1]'
 */
export function answerAboutDocument(index: CorpusIndex, question: string): Answer | undefined {
  const kind = ABOUT.find(([pattern]) => pattern.test(question))?.[1]
  const doc = [...index.documents.values()][0]
  if (!kind || !doc) return undefined
  const { meta } = doc
  const title = `“${meta.title}${meta.subtitle ? `: ${meta.subtitle}` : ''}”`
  const date = meta.date ? new Date(`${meta.date}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }) : undefined
  const texts: Record<typeof kind, string | undefined> = {
    authors: meta.authors.length ? `${title} was written by ${joinWords(meta.authors)}.` : undefined,
    date: date ? `${title} was published${meta.publication ? ` in ${meta.publication}` : ''} on ${date}.` : undefined,
    venue: meta.publication ? `${title} was published in ${meta.publication}${date ? ` on ${date}` : ''}.` : undefined,
    title: `The article is ${title}.`,
  }
  const text = texts[kind]
  return text ? { answer: `${text} [1]`, abstained: false, citations: [documentCitation(doc)] } : undefined
}

/** A citation of the document as a whole: its bibliographic facts. */
function documentCitation(doc: ParsedDocument): Citation {
  const { meta } = doc
  const facts = [meta.title + (meta.subtitle ? `: ${meta.subtitle}` : ''), meta.authors.join(' and '), meta.publication, meta.date].filter(Boolean).join(' · ')
  return {
    id: meta.id,
    text: facts,
    start: 0,
    end: 0,
    selector: { type: 'TextQuoteSelector', exact: facts, prefix: '', suffix: '' },
    url: meta.url,
    anchor: '',
    document: { id: meta.id, title: meta.title },
    part: 0,
    kind: 'document',
  }
}
