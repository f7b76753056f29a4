import { findPeople } from './people'
import type { Passage, Quotation } from './types'

const SPEECH = 'said|says|added|explained|recounted|estimated|retorted|responded|states|stated|wrote|told'
const PRONOUN = /^(he|she|they)$/i

/** "One ISIS deserter from Deir Ezzor", "another defector": how an article names unnamed speakers. */
const DESCRIPTOR = /\b(?:[Oo]ne|[Aa]nother)(?: of these men| (?:former )?(?:[A-Z]{2,} )?(?:[a-z]+ )?(?:deserter|defector|fighter|soldier|official|leader)(?: from (?:al-)?[A-Z][\w-]+(?: [A-Z][\w-]+)?)?)/g

/**
 * Finds the quotations of a document (text in curly or straight double quotes) and who the article
 * attributes each to: a name or description next to a speech verb before or after the quotation
 * ("As Ammar said, “…”", "“…,” Hossam, a deserter from Idlib, said"), a pronoun resolved to the last
 * person introduced earlier in the paragraph, or the speaker of the quotation the sentence continues.
 */
export function findQuotations(text: string, passages: Passage[]): Quotation[] {
  const people = findPeople(text)
  const quotations: Quotation[] = []
  for (const passage of passages) {
    if (passage.kind !== 'paragraph') continue
    let previous: { quotation: Quotation; sentenceEnd: number } | undefined
    for (const m of passage.text.matchAll(/[“"]([^”"]+)[”"]/g)) {
      const start = passage.start + m.index + 1
      const end = start + m[1].length
      const sentence = passage.sentences.find((s) => s.start <= start && start < s.end) ?? passage.sentences[0]
      const before = text.slice(sentence.start, start - 1)
      const after = text.slice(end + 1, end + 120)
      let speaker = speakerBefore(before) ?? speakerAfter(after)
      if (speaker && PRONOUN.test(speaker)) speaker = lastPersonBefore(text.slice(passage.start, start), people)
      // A quotation of a few words or more that opens the sentence after an attributed one (or follows
      // only its subject: "ISIS is “…”") continues the same speaker's words; scare quotes never do.
      const opensSentence = /^(?:[A-Z][\w’']* is )?$/.test(before.trim() ? `${before.trim()} ` : '')
      if (!speaker && previous && previous.sentenceEnd <= sentence.start && opensSentence && m[1].split(' ').length >= 4) {
        speaker = previous.quotation.speaker
      }
      const quotation: Quotation = { passageId: passage.id, text: m[1].replace(/[,.]$/, ''), start, end: end - (/[,.]$/.test(m[1]) ? 1 : 0), speaker }
      quotations.push(quotation)
      if (speaker) previous = { quotation, sentenceEnd: sentence.end }
    }
  }
  return quotations
}

/** "As one defector from Deir Ezzor said, " / "One of these men said that he " → the speaker. */
function speakerBefore(before: string): string | undefined {
  const m = new RegExp(`(?:^|[,;:] |\\bAs )([A-Z]?[\\w’' -]{2,60}?) (?:${SPEECH})(?: that)?(?: (he|she|they))?,? ?$`).exec(before)
  if (!m) return undefined
  // A description reads as one in running text: "one of these men", "the tribal leader".
  return m[1].replace(/^As /, '').replace(/^(One|Another|The|A|An) /, (w) => w.toLowerCase()).trim()
}

/** "” Hossam, a deserter from Idlib, said." / "” he said." → the speaker. */
function speakerAfter(after: string): string | undefined {
  const m = new RegExp(`^\\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?|he|she|they)(?:, [^,“”]{3,80},)? (?:${SPEECH})\\b`).exec(after)
  return m?.[1]
}

/** The last named person or described speaker mentioned in a stretch of text. */
function lastPersonBefore(stretch: string, people: string[]): string | undefined {
  let best: { at: number; who: string } | undefined
  const consider = (at: number, who: string) => {
    if (!best || at > best.at) best = { at, who }
  }
  for (const name of people) {
    const at = stretch.lastIndexOf(name)
    if (at >= 0) consider(at, name)
  }
  for (const m of stretch.matchAll(DESCRIPTOR)) consider(m.index, m[0].replace(/^One/, 'one').replace(/^Another/, 'another'))
  return best?.who
}
