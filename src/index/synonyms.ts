import { CARDINALS } from './numbers'
import { indexTerms, stem, tokenize } from './tokenize'

/** Query expansion: a reader's stem, or a phrase's stems joined by spaces ("slip away"), → the article's stems that mean the same, with a weight each. */
export type SynonymTable = Map<string, [stem: string, weight: number][]>

/** Weight of a synonym from the curated table (the project's own judgement) and from WordNet. */
export const CURATED_WEIGHT = 0.8
export const WORDNET_WEIGHT = 0.5

const NUMBER_WORDS = new Set(Object.keys(CARDINALS).map(stem))

/**
 * Builds the expansion table from groups of words that mean the same. Only bridges that end in the
 * article's vocabulary are kept (an expansion to a word the article never uses finds nothing), which
 * keeps the table small enough to ship in the worker.
 *
 * @example buildSynonymTable(new Set(['salari']), [{ words: ['wage', 'salary'], weight: 0.8 }])
 *   // => Map { 'wage' => [['salari', 0.8]] }
 */
export function buildSynonymTable(
  vocabulary: ReadonlySet<string>,
  groups: { words: string[]; weight: number; strict?: boolean }[],
  articleWords: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): SynonymTable {
  const table = new Map<string, Map<string, number>>()
  for (const { words, weight, strict } of groups) {
    // Multi-word names ("free syrian army") are the alias table's business: split into words they
    // would bridge "syrian" to "army". Numbers and two-letter stems collide too often to bridge.
    const single = words.filter((w) => !/[\s-]/.test(w))
    const stems = [...new Set(single.flatMap((w) => indexTerms(w)))]
    // A WordNet phrase ("slip away", "sign up") is keyed by its words' stems, spaces between: it
    // bridges to the article's single words, never the other way. A curated table's are names, left out.
    const phrases = strict ? words.filter((w) => /\s/.test(w)).map((w) => tokenize(w).map((t) => t.stem).join(' ')).filter((key) => key.includes(' ')) : []
    const inArticle = stems.filter((s) => s.length > 2 && !NUMBER_WORDS.has(s) && vocabulary.has(s) &&
      // A strict (WordNet) group reaches an article word only if that word is an inflection of one of
      // the group's words: "unite" and "unit" share a stem, not a meaning.
      (!strict || [...(articleWords.get(s) ?? [])].some((form) => single.some((lemma) => inflects(form, lemma)))))
    for (const from of [...stems, ...phrases]) {
      for (const to of inArticle) {
        if (to === from) continue
        const targets = table.get(from) ?? new Map<string, number>()
        targets.set(to, Math.max(targets.get(to) ?? 0, weight))
        table.set(from, targets)
      }
    }
  }
  const out: SynonymTable = new Map()
  for (const [from, targets] of [...table].sort(([a], [b]) => compare(a, b))) {
    out.set(from, [...targets].map(([to, w]) => [to, w] as [string, number]).sort((a, b) => compare(a[0], b[0])))
  }
  return out
}

/**
 * Whether a word form is the lemma or one of its regular inflections (plural, past, gerund, third
 * person, comparative): enough to tell "salaries" from "salary" apart from "unit" from "unite".
 *
 * @example inflects('salaries', 'salary') // => true
 * @example inflects('unit', 'unite') // => false
 */
export function inflects(form: string, lemma: string): boolean {
  if (form === lemma) return true
  const stemOf = lemma.replace(/e$/, '')
  const consonantY = /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) : undefined
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.at(-1) : undefined
  const bases = [lemma, stemOf, consonantY && `${consonantY}i`, doubled].filter(Boolean) as string[]
  return bases.some((base) => ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'est'].some((suffix) => form === base + suffix))
}

/** Plain code-unit order: stable across machines and locales, which keeps the built artifact reproducible. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
