/**
 * The fitted answer model, as `npm run train` writes it to data/ranker.json and the build copies it
 * into the corpus artifact. Weights are keyed by feature name, so a model and the code that computes
 * features can only disagree by a feature counting zero, never by weights landing on the wrong feature.
 */
export interface RankerModel {
  /** How the model was fitted and validated, for people reading the file. */
  about: string
  /** Sentence ranker: a linear score over named features, softmax over a question's candidates. */
  ranker: Record<string, number>
  /** Answer-or-abstain: logistic regression over named question-level features. */
  confidence: Record<string, number>
  /** Answer when the confidence model's probability is at least this (chosen on held-out data). */
  threshold: number
  /** Below this probability of the best sentence, the answer adds the runner-up sentence too. */
  secondBelow: number
  /**
   * Boosted trees added to the linear score of each question's `treeTop` best candidates (fitted on
   * the linear score's residuals); absent in a model fitted without them.
   */
  trees?: RegressionTree[]
  treeTop?: number
  /** Added to the score of a sentence in a passage the conversation's last answer quoted (fitted on follow-ups). */
  followUpBonus?: number
}

/**
 * A complete binary regression tree, level by level: internal node n splits on `features[n]` at
 * `thresholds[n]` (greater goes to child 2n + 2, else 2n + 1); the leaves' `values` follow the last level.
 */
export interface RegressionTree {
  features: string[]
  thresholds: number[]
  values: number[]
}

/** A model that ranks by BM25 alone and always answers: what an untrained build falls back to. */
export const UNTRAINED_MODEL: RankerModel = { about: 'untrained: BM25 order, never abstains', ranker: { bm25: 1 }, confidence: {}, threshold: 0, secondBelow: 0 }
