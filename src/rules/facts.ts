import type { Quantity, QuantityKind } from './quantities'

/** What a figure measures, in the article's own terms. */
export type Measure =
  | 'salary'
  | 'salary-range'
  | 'allowance-wife'
  | 'allowance-parent'
  | 'allowance-child'
  | 'pay-cut'
  | 'pay-multiplier'
  | 'share'
  | 'duration'
  | 'age'
  | 'count'

/** A figure the article states, with what it measures, whose it is, and the evidence for it. */
export interface Fact {
  /** `quitting-isis:p8.s3#2`: the second figure of that sentence. */
  id: string
  kind: QuantityKind
  measure: Measure
  /** The entity the figure belongs to (an id from corpus/entities.json), when it belongs to one. */
  entity?: string
  /** For a comparison ("two or three times as much as their Syrian counterparts"): the other side. */
  relativeTo?: string
  value: number
  high?: number
  unit: string
  period?: Quantity['period']
  /** How the article hedges the figure: "as little as" is a floor, "an average of" an average. */
  qualifier?: string
  /** The words around the figure (its clause), for matching a question to the figure. */
  context: string
  evidence: {
    passageId: string
    sentenceId: string
    /** Offsets of the figure's words in the document text. */
    start: number
    end: number
    /** The figure as written ("$1,200", "two or three times as much"). */
    text: string
  }
}
