import type { Enumeration } from './enumerations'

/** Bibliographic facts of a document, read from its front matter. */
export interface DocumentMeta {
  id: string
  title: string
  subtitle?: string
  authors: string[]
  publication?: string
  date?: string
  url?: string
}

/** A sentence of a passage, with offsets into its document's text. */
export interface Sentence {
  /** `doc:p12.s3`: the third sentence of body paragraph 12. */
  id: string
  passageId: string
  text: string
  start: number
  end: number
}

/** A quotation in the text and who the article attributes it to. */
export interface Quotation {
  passageId: string
  text: string
  start: number
  end: number
  speaker?: string
}

/** A unit a reader would recognise and cite: a body paragraph or a photo caption. */
export interface Passage {
  /** `doc:p12` for body paragraph 12 (reading order), `doc:c2` for the second photo caption. */
  id: string
  docId: string
  kind: 'paragraph' | 'caption'
  /** Paragraph or caption number within its kind, from 1. */
  number: number
  /** The part of the article (1-based) the passage stands in. */
  part: number
  /** The passage's text; a caption's text ends with its credit line, when it has one. */
  text: string
  start: number
  end: number
  /** A caption's photo credit ("Omar Sanadiki / Reuters"). */
  credit?: string
  sentences: Sentence[]
}

/** A part of a document: paragraphs that belong together, ended in the source by two blank lines. */
export interface Part {
  number: number
  /** A short label drawn from the part's opening words. */
  label: string
  passageIds: string[]
}

/** A parsed document: its facts, its text (the body without front matter) and its passages. */
export interface ParsedDocument {
  meta: DocumentMeta
  text: string
  parts: Part[]
  passages: Passage[]
  quotations: Quotation[]
  /** Lists the document runs through paragraph by paragraph ("First, …", "Finally, …"). */
  enumerations: Enumeration[]
}
