import type { Fact } from './facts'

/**
 * How an article's own table combines its figures, as the optional corpus/formulas.json writes it:
 * a base figure plus a figure per counted thing ("$50 per month, with an additional $50 per wife or
 * slave, … $35 for each child"), and the group it applies to. The figures themselves are the
 * article's: each entry names the words of the article that state it, and the build finds that
 * figure in the text (and fails when the text no longer says it).
 */
export interface FormulaSource {
  /** What the formula computes, in a reader's words ("an ISIS fighter's monthly pay"). */
  name: string
  /** The entity (an id of entities.json) or name the formula belongs to. */
  group: string
  /** Words a question uses for what it computes ("pay", "earn"). */
  measures: string[]
  base: { figure: string; label: string }
  per: { figure: string; label: string; counts: string[] }[]
  /** The most of any one counted thing the rule is read to allow; past it a count is not a family the table describes. */
  most?: number
  /** The document the rule was written for; it applies only when that document is in the corpus. */
  document?: string
}

/** A formula with each of its figures found in the article. */
export interface Formula extends Omit<FormulaSource, 'base' | 'per'> {
  base: { factId: string; label: string }
  per: { factId: string; label: string; counts: string[] }[]
}

/**
 * Finds each figure a formula names in the article: the fact whose sentence holds the named words and
 * that stands nearest them (within the figure's own words, or right after them).
 *
 * @example resolveFormula(source, facts, sentences).base.factId // => 'quitting-isis:p8.s3#1'
 */
export function resolveFormula(source: FormulaSource, facts: readonly Fact[], sentenceText: (id: string) => { text: string; start: number } | undefined): Formula {
  const find = (words: string): string => {
    const wanted = words.toLowerCase()
    let best: { id: string; distance: number } | undefined
    for (const fact of facts) {
      const sentence = sentenceText(fact.sentenceId)
      if (!sentence) continue
      const at = sentence.text.toLowerCase().indexOf(wanted)
      if (at < 0) continue
      const from = sentence.start + at
      const to = from + wanted.length
      // Inside the figure's words ("$50 per wife or slave") is nearest; else the gap to them.
      const distance = fact.start <= from && to <= fact.end ? 0 : fact.start >= to ? fact.start - to : from >= fact.end ? (from - fact.end) * 2 : 1e9
      if (!best || distance < best.distance) best = { id: fact.id, distance }
    }
    if (!best || best.distance > 120) throw new Error(`formulas.json: no figure in the article beside "${words}" (for ${source.name})`)
    return best.id
  }
  return {
    ...source,
    base: { factId: find(source.base.figure), label: source.base.label },
    per: source.per.map((p) => ({ factId: find(p.figure), label: p.label, counts: p.counts })),
  }
}
