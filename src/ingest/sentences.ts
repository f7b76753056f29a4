/** A span of text: where a sentence stands within the string it was split from. */
export interface Span {
  text: string
  start: number
  end: number
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * Splits a paragraph into sentences with the platform's Unicode sentence segmenter (ICU), which
 * already knows that "U.S. and" continues a sentence. Offsets are relative to the paragraph; trailing
 * spaces are left out of each sentence.
 *
 * @example splitSentences('He fled. She stayed.').map(s => s.text) // => ['He fled.', 'She stayed.']
 */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = []
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const text = segment.trimEnd()
    const lead = text.length - text.trimStart().length
    if (!text.trim()) continue
    const span = { text: text.trimStart(), start: index + lead, end: index + text.length }
    // ICU breaks after a closing bracket's period in "[a type of crime ...]." only rarely; a sentence
    // that starts in lower case continues the previous one.
    const previous = spans.at(-1)
    if (previous && continues(previous.text.slice(-TAIL), span.text)) {
      previous.text = paragraph.slice(previous.start, span.end)
      previous.end = span.end
    } else spans.push(span)
  }
  return spans
}

/** How much of the text before a break the checks read: enough for a title or two initials, and no more, however long the paragraph. */
const TAIL = 40
/** English titles written with a period, which a name follows. */
const TITLE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|Maj|Adm|Hon|Mt|Ft|St)\.$/u
/** An initial after a capitalised word or another initial ("John D.", "G. H.", "José L."). */
const INITIAL = /(?:^|\s)(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)\s+\p{Lu}\.$/u
/** Words that often open an English sentence: after "U.S." or "Plan B." one of them starts a new sentence, a name does not. */
const OPENERS = new Set('a an the it its he his she her they their we our i you this that these those there here in on at by for from with as to of but and or so yet however after before during when while although though because unless until whether despite according instead moreover indeed since if once then now some many most much more other another one two three each every all both no not such what which who whose where why how thus also still later meanwhile today'.split(' '))

/**
 * Whether the text after a break ICU found goes on with the sentence before it: it starts in lower
 * case (ICU breaks after "[…]." now and then); an abbreviation stands before a number ("c. 1,300,000");
 * a title or an initial stands before a name ("Dr. Jones", "Hugh L. Dryden", "G. H. Hardy"); "v." in a
 * case's name ("FCC v. Pacifica"); or
 * "U.S." before a name ("U.S. Army").
 */
function continues(before: string, after: string): boolean {
  if (/^\p{Ll}/u.test(after)) return true
  if (/\b(?:c|ca|approx|no|nos|vs|pp?|fig|vol)\.$/i.test(before) && /^\d/.test(after)) return true
  if (TITLE.test(before) && namesOn(after)) return true
  // "FCC v. Pacifica Foundation", "Brown vs. Board": a case's name goes on after "v." or "vs.".
  if (/(?:^|\s)vs?\.$/.test(before) && /^\p{Lu}/u.test(after)) return true
  if (/(?:^|\s)\p{Lu}\.$/u.test(before) && /^\p{Lu}\.(?:\s|$)/u.test(after)) return true
  return (INITIAL.test(before) || /\b(?:[A-Z]\.){2,}$/.test(before)) && namesOn(after)
}

/** Whether a text goes on with a name rather than opening a sentence: a capitalised word that is not an opener. */
function namesOn(text: string): boolean {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(text)?.[0]
  return first !== undefined && !OPENERS.has(first.toLowerCase())
}
