import { stem } from './tokenize'

/**
 * English words that look like the article's words but are other words ("seams" beside "seem",
 * "reset" beside "rest"): the question reader would otherwise take them for misspellings of the
 * article's words and match what the reader never asked. Found at build time from the word list the
 * neighbour table is keyed by, so the worker ships only the few that matter to this article.
 */
export function lookalikeTable(english: Iterable<string>, vocabulary: ReadonlySet<string>, known: (stem: string) => boolean): string[] {
  // Deletion neighbourhoods: two words within an edit of each other share a word with one letter
  // deleted (or one is the other with a letter deleted); long words, within two. An over-estimate of
  // the distance the spelling reader allows, which only adds a few words to the table.
  const near = new Set<string>()
  for (const s of vocabulary) for (const d of deletions(s, s.length >= LONG ? 2 : 1)) near.add(d)
  const found = new Set<string>()
  for (const word of english) {
    const s = stem(word)
    if (s.length < MIN_LENGTH || /\d/.test(s) || found.has(s) || known(s) || spellingVariants(s).some((v) => vocabulary.has(v))) continue
    if (deletions(s, s.length >= LONG ? 2 : 1).some((d) => near.has(d) || vocabulary.has(d))) found.add(s)
  }
  return [...found].sort()
}

/** The same word spelt the other side of the Atlantic ("analyz" / "analys", "color" / "colour"): a misspelling to read, not a lookalike. */
function spellingVariants(s: string): string[] {
  return [s.replace(/([iy])z/g, '$1s'), s.replace(/([iy])s/g, '$1z'), s.replace(/our/g, 'or'), s.replace(/or\b/g, 'our'), s.replace(/er$/, 're'), s.replace(/re$/, 'er')].filter((v) => v !== s)
}

/** The spelling reader leaves words shorter than this alone, and reads longer ones within two edits. */
const MIN_LENGTH = 4
const LONG = 8

/** The word itself and every word made by deleting up to `depth` of its letters. */
function deletions(word: string, depth: number): string[] {
  let level = [word]
  const out = new Set(level)
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const w of level) for (let i = 0; i < w.length; i++) { const v = w.slice(0, i) + w.slice(i + 1); if (!out.has(v)) { out.add(v); next.push(v) } }
    level = next
  }
  return [...out]
}
