import type { CorpusIndex } from '../index/corpus-index'
import { findEntities } from '../index/entities'
import { escapeRegExp } from '../index/normalize'
import { isContentWord } from '../index/tokenize'
import { MONTH_NAMES } from '../ingest/quantities/dates'
import { readSummaryRequest } from './summary'

/**
 * Rewriting a follow-up that leans on the conversation into a question that stands alone, by the
 * general shapes follow-ups take in English: "Why?" after a statement, "Who said that?" after a quote,
 * "And X?" / "What about X?" after a question about something else, and a pronoun for someone named
 * before. Pure functions of the texts; the resolver (follow-up.ts) decides which applies.
 */

/** "Why?", "why is that?", "how come?", "why so?" — asking the reason for what was just said. */
const BARE_WHY = /^(?:and )?(?:why(?: is that| was that| so| not)?|how come|for what reason|what for)\??$/i
/** "Who said that?", "who wrote it", "whose words are those?" */
const WHO_SAID = /^(?:and )?(?:who (?:said|says|wrote|stated|claimed|told|made) (?:that|this|it|those words|these words)|whose (?:words|quote) (?:are|is) (?:that|this|those|these))\??$/i
const ELLIPSIS = /^(?:and what about|and how about|what about|how about|what of|same for|and for|and then|and|but)\b,?\s*(.*?)\??$/i
/** Words that place a question in time: an elliptical "And now?" replaces the earlier question's time. */
const TIME = /^(?:now|today|currently|these days|nowadays|then|at the time|at first|later|afterwards|since then|before(?: \S+){0,4}|after(?: \S+){0,4}|during(?: \S+){1,4}|in \d{3,4}s?|in (?:the )?(?:past|future|beginning|end))$/i
/** A time at the end of a question: "before the defeat at Sinjar", "in 2014", "in the 1990s", "now" (not a place: "in Syria"). */
const TIME_PHRASE = /\s(?:before|after|during|until|since) (?:the |its |his |her |their )?(?:\S+ ){0,3}?(?:\S+)(?=\?$|$)|\s(?:in|by) (?:the )?(?:(?:early |late |mid-?)?\d{3,4}s?|(?:\S+ )?(?:century|decade|war|past|beginning|end)|january|february|march|april|may|june|july|august|september|october|november|december)(?=\?$|$)|\s(?:now|today|then|currently|at the time|at first|later)(?=\?$|$)/i
const AUX = /^(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i
const WH = /^(?:when|where|why|what|which|who|whom|whose|how(?: many| much| long| often| old)?)\b(?:\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b)[a-z]+)?/i

/** "Why?" after "When did Ammar desert his unit?" → "Why did Ammar desert his unit?". */
export function rewriteWhy(question: string, earlier: string): string | undefined {
  if (!BARE_WHY.test(question.trim())) return undefined
  const base = earlier.replace(/\?+$/, '').trim()
  if (AUX.test(base)) return `Why ${base.charAt(0).toLowerCase()}${base.slice(1)}?`
  const rest = base.replace(WH, '').trim()
  return rest && AUX.test(rest) ? `Why ${rest}?` : undefined
}

/** "Who said that?" after an answer (or a question) quoting someone → who said those very words. */
export function rewriteWhoSaid(question: string, previousAnswer: string, earlier = ''): string | undefined {
  if (!WHO_SAID.test(question.trim())) return undefined
  const quoted = /[“"]([^”"]{8,})[”"]/.exec(previousAnswer)?.[1] ?? /[“"]([^”"]{8,})[”"]/.exec(earlier)?.[1]
  if (quoted) return `Who said “${quoted.split(/\s+/).slice(0, 14).join(' ')}”?`
  // Reported speech ("One defector … joined ISIS because he was attracted to its promise of Islamic justice, he said."):
  // who said what the answer reports, in its own words.
  const reported = previousAnswer.replace(/^(?:Yes|No)\.\s+/, '').split(/(?<=[.!?])\s+(?=[A-Z“"])|\s*\[\d+\]\s*/).find((s) => REPORTED.test(s))
  const said = reported?.replace(REPORTED, '').replace(/[,.]+$/, '').trim()
  // "One defector…" reads "that one defector…"; a name or an acronym keeps its capital ("that ISIS fighters…").
  const opening = said && COMMON_OPENING.test(said) ? said.charAt(0).toLowerCase() + said.slice(1) : said
  return opening ? `Who said that ${opening.split(/\s+/).slice(0, 14).join(' ')}?` : undefined
}

/** Words that open a sentence with a capital only because they open it. */
const COMMON_OPENING = /^(?:The|A|An|One|Some|Many|Most|Few|Several|All|This|That|These|Those|It|He|She|They|We|There|His|Her|Their|Its|Our|In|On|At|After|Before|When|If|Because|Although|But|And)\b/

/** Someone reported as saying it, at the end or start of a sentence: "…, he said.", "…, Hossam said.", "Hossam said that …". */
const REPORTED = /,\s+(?:he|she|they|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:said|says|told us|explained|recalled|added|claimed)\.?$|^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|He|She|They) (?:said|says|told us|explained|recalled|added|claimed) that /

/**
 * "And now?" after "How long did the courses last before the defeat?" → the earlier question with its
 * time replaced; "And Sami?" after "Where is Ammar from?" → the earlier question with its name
 * replaced (or its group, with the optional entity table).
 */
export function rewriteEllipsis(index: CorpusIndex, question: string, earlier: string): string | undefined {
  const subject = ellipsisSubject(question)
  if (!subject || subject.split(/\s+/).length > 6 || AUX.test(subject) || WH.test(subject)) return undefined
  const base = earlier.replace(/\?+$/, '').trim()
  if (TIME.test(subject)) {
    const time = TIME_PHRASE.exec(base)
    return time ? `${base.slice(0, time.index)} ${subject}?` : `${base} ${subject}?`
  }
  // "And the foreign fighters?" after "How does ISIS treat its Syrian fighters?": the same kind of thing,
  // qualified otherwise — the earlier qualifier is replaced, not the earlier question's name.
  // ("How much are fighters paid?" → "How much are foreign fighters paid?": no qualifier to replace, the new one goes in.)
  const words = subject.replace(/^the\s+/i, '').split(/\s+/)
  const noun = words.at(-1) as string
  const kind = words.length >= 2 ? new RegExp(`(?:\\b([\\p{L}'’-]+)\\s+)?\\b${escapeRegExp(noun)}\\b`, 'iu').exec(base) : null
  if (kind) {
    const qualified = kind[1] !== undefined && isContentWord(kind[1].toLowerCase())
    const at = qualified ? kind.index : kind.index + kind[0].length - noun.length
    return `${base.slice(0, at)}${words.join(' ')}${base.slice(kind.index + kind[0].length)}?`
  }
  const named = nameIn(index, base)
  if (!named) return undefined
  // "the FSA" → "Nusra", not "the Nusra": the new subject brings its own article, or none.
  const head = base.slice(0, named.start).replace(/\bthe $/i, /^(?:the\s|[A-Z])/.test(subject) ? '' : 'the ')
  return `${head}${subject}${base.slice(named.end)}?`
}

/** What an elliptical follow-up asks about instead: "now" in "And what about now?", "the FSA" in "And the FSA?". */
export function ellipsisSubject(question: string): string | undefined {
  return ELLIPSIS.exec(question.trim())?.[1]?.trim()
}

const PRONOUN = /\b(he|him|his|she|her|hers|they|them|their)\b/i

/**
 * "Where did he flee to?" after a question about Ammar → "Where did Ammar flee to?": a pronoun stands
 * for the person the earlier question named, else the one the previous answer named, else (for
 * "they") the group or thing the earlier question was about.
 */
export function rewritePronoun(index: CorpusIndex, question: string, earlier: string, previousAnswer: string): string | undefined {
  const person = rewritePersonPronoun(index, question, earlier, previousAnswer)
  const done = rewriteDoThat(person ?? question, earlier) ?? person
  const thing = rewriteIt(index, done ?? question, earlier) ?? done
  return rewriteThere(index, thing ?? question, earlier, previousAnswer) ?? thing
}

/**
 * "When did Ammar do that?", "How did he pull it off?", "How did she manage it?": the question's
 * auxiliary and subject, then the pro-verb and what follows.
 */
const DO_THAT = /^(.*?\b(?:did|does|do|will|would|could|can|should)\s+)(.+?)\s+(?:(?:do|done|manage|achieve|accomplish)\s+(?:that|this|it|so)|pull\s+(?:that|this|it)\s+off)(\s*\??)$/i
/** A preposition the earlier question's question word left stranded ("Where did he flee to?", "… flee to in 2016?"). */
const DANGLING = /\s+(?:to|from|in|into|at|with|for|about|of|on)(?=\s+(?:to|from|in|into|at|with|for|about|of|on|after|before|during|when|once|since)\b|$)/gi

/**
 * "When did he do that?" after "Where did Ammar flee to?" → "When did Ammar flee?": "do that" stands
 * for what the earlier question asked its subject did, once the subject is the same.
 */
function rewriteDoThat(question: string, earlier: string): string | undefined {
  const done = DO_THAT.exec(question)
  if (!done) return undefined
  const [, opening, subject, rest] = done
  const asked = new RegExp(`\\b(?:did|does|do|will|would|could|can|should)\\s+${escapeRegExp(subject)}\\s+(.+?)\\s*\\??$`, 'i').exec(earlier)
  const phrase = asked?.[1].replace(DANGLING, '')
  // "What did Ammar do after …?" asked what he did: there is no verb to stand for.
  if (!phrase || /^(?:do|did|does|done)\b/i.test(phrase)) return undefined
  return `${opening}${subject} ${phrase}${rest}`
}

/** "there" after a verb ("get there", "what happened there"), not "is there", "has there been", "will there be". */
const THERE = /\b(?!(?:is|was|are|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|does|did)\b)([a-z]+)\s+there\b/i
/** A preposition already before "there" ("in there", "from there"): only the place goes in. */
const PREPOSITION = /^(?:in|into|to|from|at|near|inside|out|of|over|back|through|around)$/i
/** Months and days are not places, though they follow "in" and "on". */
const CALENDAR = new RegExp(`^(?:${[...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')})$`, 'i')
const MOTION = /^(?:get|got|gotten|go|goes|went|gone|come|came|flee|fled|travel\w*|move[ds]?|moving|return\w*|head\w*|run|ran|escape[ds]?)$/i
const PLACE_AFTER = /\b(?:to|in|into|at|from|near|inside)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)/g

/**
 * "When did Ammar get there?" after "Ammar fled to Turkey." → "When did Ammar get to Turkey?": "there"
 * stands for the place the previous answer (else the earlier question) put someone last: a name of
 * the article after "to", "in", "at", "from", not a month or a day.
 */
function rewriteThere(index: CorpusIndex, question: string, earlier: string, previousAnswer: string): string | undefined {
  const there = THERE.exec(question)
  if (!there) return undefined
  const proper = index.properNouns
  const answer = previousAnswer.replace(/^Reading this as: “[^”]*”\s*/, '')
  // The answer's last place first: where its story ends ("… to the frontlines in Iraq but instead … fled to Turkey").
  const place = [answer, earlier].flatMap((text) => [...text.matchAll(PLACE_AFTER)].map((m) => m[1]).reverse())
    .find((name) => proper.has(name.split(/\s+/)[0].toLowerCase()) && !CALENDAR.test(name.split(/\s+/)[0]) && !index.artifact.people.includes(name) && !question.includes(name))
  if (!place) return undefined
  const at = there.index + there[1].length + 1
  const preposition = PREPOSITION.test(there[1]) ? '' : MOTION.test(there[1]) ? 'to ' : 'in '
  return `${question.slice(0, at)}${preposition}${place}${question.slice(at + 'there'.length)}`
}

function rewritePersonPronoun(index: CorpusIndex, question: string, earlier: string, previousAnswer: string): string | undefined {
  const pronoun = PRONOUN.exec(question)
  if (!pronoun || personIn(index, question)) return undefined
  const plural = /^(?:they|them|their)$/i.test(pronoun[1])
  // A pronoun does not stand for a name its own question gives ("Why was ISIS putting them on the front lines?").
  const own = (name?: string) => (name && !new RegExp(`\\b${escapeRegExp(name)}\\b`, 'i').test(question) ? name : undefined)
  const referent = plural ? own(groupIn(index, earlier)) ?? own(pluralIn(earlier)) ?? own(nameIn(index, earlier)?.name) : own(personIn(index, earlier)?.name) ?? own(personIn(index, previousAnswer)?.name) ?? own(nameIn(index, earlier)?.name)
  if (!referent) return undefined
  const possessive = /^(?:his|her|hers|their)$/i.test(pronoun[1])
  return `${question.slice(0, pronoun.index)}${referent}${possessive ? "'s" : ''}${question.slice(pronoun.index + pronoun[0].length)}`
}

/** "it" as the object of a verb or preposition ("Who took it from them?"), not "is it", "does it say". */
const OBJECT_IT = /\b(?!(?:is|was|are|were|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had|what|why|how|where|when|who|which|t)\b)([a-z]+)\s+it\b(?!')/i

/**
 * "Who took it from ISIS?" after "When did ISIS lose Sinjar?" → "Who took Sinjar from ISIS?": an
 * object "it" stands for a thing the earlier question named that the follow-up does not name already.
 */
function rewriteIt(index: CorpusIndex, question: string, earlier: string): string | undefined {
  const it = OBJECT_IT.exec(question)
  // "Can you summarize it?": the article itself.
  if (!it || readSummaryRequest(question)) return undefined
  const named = namesIn(index, earlier).map((n) => n.name).find((name) => !question.toLowerCase().includes(name.toLowerCase()) && !index.artifact.people.includes(name))
  if (!named) return undefined
  const at = it.index + it[1].length + 1
  return `${question.slice(0, at)}${question.slice(at).replace(/^it\b/i, named)}`
}

/** Where a text names something of the article's: groups of the entity table first, then proper nouns however capitalised, in order. */
function namesIn(index: CorpusIndex, text: string): { start: number; end: number; name: string }[] {
  const found = findEntities(text, index.artifact.entities).map((e) => ({ start: e.start, end: e.end, name: text.slice(e.start, e.end) }))
  const proper = index.properNouns
  for (const m of text.matchAll(/\b[A-Za-z][a-z-]+\b/g)) {
    if (proper.has(m[0].toLowerCase()) && !found.some((f) => m.index >= f.start && m.index < f.end)) found.push({ start: m.index, end: m.index + m[0].length, name: m[0] })
  }
  return found
}

/** The first person the article names that a text mentions, with where. */
export function personIn(index: CorpusIndex, text: string): { start: number; end: number; name: string } | undefined {
  let best: { start: number; end: number; name: string } | undefined
  for (const name of index.artifact.people) {
    const at = text.indexOf(name)
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + name.length, name }
  }
  return best
}

/** The subject a follow-up can replace: a person, a group of the entity table, or a proper name of the article. */
function nameIn(index: CorpusIndex, text: string): { start: number; end: number; name: string } | undefined {
  return personIn(index, text) ?? namesIn(index, text)[0]
}

/** What "they" most likely stands for: a group of the entity table, else the question's plural or rarest noun phrase. */
function groupIn(index: CorpusIndex, text: string): string | undefined {
  const entity = findEntities(text, index.artifact.entities)[0]
  if (entity) return text.slice(entity.start, entity.end)
  // "whats a muhajir" → "muhajir"; "What do the deserters think?" → "the deserters".
  const asked = /^(?:what(?:'s| is| are)?|who(?:'s| is| are)?)\s+(?:an? |the )?([a-z][\w-]*(?: [a-z][\w-]*)?)\??$/i.exec(text.trim())?.[1]
  if (asked) return asked
  return pluralIn(text)
}

/** A question's first plural noun phrase, after a determiner if it has one ("the childhood friends", "its Syrian fighters"), not a verb ("does") nor a pronoun ("his"). */
function pluralIn(text: string): string | undefined {
  const plural = (word: string) => isContentWord(word.toLowerCase()) && !/(?:ss|us|is)$/i.test(word)
  for (const m of text.matchAll(/\b(?:the|its|his|her|their|these|those|our) (?:[\p{L}-]+ ){0,2}?([\p{L}-]+s)\b(?=[^?]*\?$)/giu)) if (plural(m[1])) return m[0]
  // Else a plural noun standing alone ("What do deserters think?").
  for (const m of text.matchAll(/\b[\p{L}-]+s\b(?=[^?]*\?$)/giu)) if (plural(m[0])) return m[0]
  return undefined
}

/** A rewritten question as a reader would write it: no leading "and"/"so", a capital first letter. */
export function tidy(question: string): string {
  const text = question.replace(/^(?:and|so|but|ok(?:ay)?|then)\b,?\s+/i, '').trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}
