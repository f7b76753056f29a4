import { OPENING_WORDS } from '../ingest/referents'

/** A run of capitalised words, with the small words a name holds inside it ("Bureau of Labor Statistics"), but not "and", which joins two names. */
const PHRASE = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|de|du|del)\s+)*\p{Lu}[\p{L}'’-]*)+/gu
/** Initialisms shorter than this are left alone: "US", "AM", "UK" collide with too much. */
const MIN_LETTERS = 3
const MAX_LETTERS = 6

/**
 * The article's multi-word names by their initials ("BLS" → "Bureau of Labor Statistics", "EEC" →
 * "European Economic Community"), so a reader who writes the short form meets the article's words.
 * A run that opens a sentence loses its first word when the article also writes that word in lower
 * case ("Although Ammar …"); a run holding an initialism or a possessive ("Syrians of the FSA",
 * "ISIS’ leaders") or a person's name is no name to abbreviate; an initialism two names share stands for
 * neither.
 *
 * @example acronymTable(['The Bureau of Labor Statistics estimates…']) // => [['BLS', 'Bureau of Labor Statistics']]
 */
export function acronymTable(texts: readonly string[], people: readonly string[] = []): [acronym: string, name: string][] {
  const lowerCase = new Set(texts.flatMap((t) => t.match(/(?<![\p{L}'’-])\p{Ll}+/gu) ?? []))
  const personWords = new Set(people.flatMap((p) => p.split(/\s+/)))
  const names = new Map<string, Set<string>>()
  for (const text of texts) {
    for (const m of text.matchAll(PHRASE)) {
      const words = m[0].split(/\s+/)
      const opensSentence = m.index === 0 && !OPENING_WORDS.test(words[0])
      while (words.length && OPENING_WORDS.test(words[0])) words.shift()
      if (opensSentence && lowerCase.has(words[0].toLowerCase())) words.shift()
      const capitals = words.filter((w) => /^\p{Lu}/u.test(w))
      if (capitals.length < MIN_LETTERS || capitals.length > MAX_LETTERS) continue
      if (capitals.some((w) => /^\p{Lu}{2}|['’]/u.test(w) || personWords.has(w))) continue
      const acronym = capitals.map((w) => w[0]).join('')
      if (!/^[A-Z]+$/.test(acronym)) continue
      names.set(acronym, (names.get(acronym) ?? new Set()).add(words.join(' ')))
    }
  }
  return [...names].filter(([, set]) => set.size === 1).map(([acronym, set]): [string, string] => [acronym, [...set][0]]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
