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
    // Nor does an abbreviation before a number end one ("In 1939, c. 1,300,000 people lived…").
    // Nor an initial or a title before a name ("Hugh L. Dryden", "G. H. Hardy", "Dr. Jones").
    if (previous && (/^[a-z]/.test(span.text) || (/\b(?:c|ca|approx|no|nos|vs|pp?|fig|vol)\.$/i.test(previous.text) && /^\d/.test(span.text)) || (/^[A-Z]/.test(span.text) && beforeName(previous.text)) || (/(?:^|\s)[A-Z]\.$/.test(previous.text) && /^[A-Z]\.(?:\s|$)/.test(span.text)) || (/\b(?:[A-Z]\.){2,}$/.test(previous.text) && namesOn(span.text)))) {
      previous.text = paragraph.slice(previous.start, span.end)
      previous.end = span.end
    } else spans.push(span)
  }
  return spans
}

/** English titles written with a period, which a name follows. */
const TITLE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|Rev|Lt|Col|Capt|Sgt|Maj|Adm|Hon|Mt|Ft|St)\.$/
/** An initial after a capitalised word or another initial ("John D.", "G. H."), or standing alone. */
const INITIAL = /(?:^|(?:^|\s)(?:[A-Z][\w'’-]*|[A-Z]\.)\s+)[A-Z]\.$/

/** Words that often open an English sentence: after "U.S." one of them starts a new sentence, a name ("U.S. Army") does not. */
const OPENERS = new Set('a an the it its he his she her they their we our i you this that these those there here in on at by for from with as to of but and or so yet however after before during when while although though since if once then now some many most much more other another one two three each every all both no not such what which who whose where why how thus also still later meanwhile today'.split(' '))

/** Whether a text goes on with a name rather than opening a sentence: a capitalised word that is not an opener. */
function namesOn(text: string): boolean {
  const first = /^[A-Z][\w'’-]*/.exec(text)?.[0]
  return first !== undefined && !OPENERS.has(first.toLowerCase())
}

/** Whether a text ends in a title or a person's initial: the period does not end the sentence when a name follows. */
function beforeName(text: string): boolean {
  return TITLE.test(text) || INITIAL.test(text)
}
