import type { CorpusIndex } from '../index/corpus-index'
import type { Passage } from '../ingest/types'

/** A W3C Web Annotation TextQuoteSelector: the quoted words with a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** Everything a reader needs to check a cited claim against the source. */
export interface Citation {
  /** The passage id (`quitting-isis:p12`). */
  id: string
  /** The cited sentence's id, when the citation points at one sentence. */
  sentenceId?: string
  /** The whole passage. */
  text: string
  /** Offsets of the cited span (a sentence, a figure, a quotation) in the document text. */
  start: number
  end: number
  selector: TextQuoteSelector
  /** Opens the original article at the cited words (a `#:~:text=` fragment). */
  url?: string
  /** The cited sentences' anchor in the reader (`p12.s3`, or `p1.s2-s3` for a span). */
  anchor: string
  document: { id: string; title: string }
  part: number
  /** A paragraph or caption; `document` for the article's bibliographic facts (offsets 0). */
  kind: Passage['kind'] | 'document'
}

const CONTEXT = 32

/**
 * Cites a span of a passage: the passage text plus the span's offsets, quote selector and link.
 *
 * @example citeSpan(index, 'quitting-isis:p1', s.start, s.end).url // => 'https://…#:~:text=He%20turned…'
 */
export function citeSpan(index: CorpusIndex, passageId: string, start: number, end: number, sentenceId?: string): Citation {
  const passage = index.passages.get(passageId)
  if (!passage) throw new Error(`unknown passage ${passageId}`)
  const doc = index.documentOf(passageId)
  const exact = doc.text.slice(start, end)
  return {
    id: passage.id,
    sentenceId,
    text: passage.text,
    start,
    end,
    selector: {
      type: 'TextQuoteSelector',
      exact,
      prefix: doc.text.slice(Math.max(0, start - CONTEXT), start),
      suffix: doc.text.slice(end, end + CONTEXT),
    },
    url: doc.meta.url ? `${doc.meta.url}#:~:text=${textFragment(exact)}` : undefined,
    anchor: readerAnchor(passage, start, end),
    document: { id: doc.meta.id, title: doc.meta.title },
    part: passage.part,
    kind: passage.kind,
  }
}

/** The reader anchor of the sentences a span covers: `p12.s3`, `p1.s2-s3`, or the passage's own. */
function readerAnchor(passage: Passage, start: number, end: number): string {
  const local = passage.id.split(':')[1]
  const covered = passage.sentences.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => s.start < end && start < s.end)
  if (covered.length === 0) return local
  const first = covered[0].n
  const last = (covered.at(-1) as { n: number }).n
  return first === last ? `${local}.s${first}` : `${local}.s${first}-s${last}`
}

/** Cites one sentence by its id. */
export function citeSentence(index: CorpusIndex, sentenceId: string): Citation {
  const sentence = index.sentences.get(sentenceId)
  if (!sentence) throw new Error(`unknown sentence ${sentenceId}`)
  return citeSpan(index, sentence.passageId, sentence.start, sentence.end, sentence.id)
}

/**
 * The `text=` directive of a URL text fragment: short spans whole, long ones as `start,end` (the
 * first and last few words), each part percent-encoded including the dash and comma the syntax uses.
 */
export function textFragment(exact: string): string {
  const words = exact.replace(/\s+/g, ' ').trim().split(' ')
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C')
  if (words.length <= 8) return encode(words.join(' '))
  return `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`
}
