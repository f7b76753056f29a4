import { indexTerms } from './tokenize'

/** Query expansion: a reader's stem → the article's stems that mean the same, with a weight each. */
export type SynonymTable = Record<string, [stem: string, weight: number][]>

/** Weight of a synonym from the curated table (the project's own judgement) and from WordNet. */
export const CURATED_WEIGHT = 0.8
export const WORDNET_WEIGHT = 0.5

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelv', 'hundr', 'thousand'])

/**
 * Builds the expansion table from groups of words that mean the same. Only bridges that end in the
 * article's vocabulary are kept (an expansion to a word the article never uses finds nothing), which
 * keeps the table small enough to ship in the worker.
 *
 * @example buildSynonymTable(new Set(['salari']), [{ words: ['wage', 'salary'], weight: 0.8 }])
 *   // => { wage: [['salari', 0.8]] }
 */
export function buildSynonymTable(vocabulary: ReadonlySet<string>, groups: { words: string[]; weight: number }[]): SynonymTable {
  const table = new Map<string, Map<string, number>>()
  for (const { words, weight } of groups) {
    // Multi-word names ("free syrian army") are the alias table's business: split into words they
    // would bridge "syrian" to "army". Numbers and two-letter stems collide too often to bridge.
    const stems = [...new Set(words.filter((w) => !/[\s-]/.test(w)).flatMap((w) => indexTerms(w)))]
    const inArticle = stems.filter((s) => s.length > 2 && !NUMBER_WORDS.has(s) && vocabulary.has(s))
    for (const from of stems) {
      for (const to of inArticle) {
        if (to === from) continue
        const targets = table.get(from) ?? new Map<string, number>()
        targets.set(to, Math.max(targets.get(to) ?? 0, weight))
        table.set(from, targets)
      }
    }
  }
  const out: SynonymTable = {}
  for (const [from, targets] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
    out[from] = [...targets].map(([to, w]) => [to, w] as [string, number]).sort((a, b) => a[0].localeCompare(b[0]))
  }
  return out
}
