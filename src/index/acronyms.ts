/** A run of capitalised words, with the small words a name holds inside it ("Bureau of Labor Statistics"), but not "and", which joins two names. */
const PHRASE = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|on|de|du|del)\s+)*\p{Lu}[\p{L}'’-]*)+/gu
/** Capitalised words that open a sentence or a clause, not a name: "The Bureau of …", "In Central Asia". */
const OPENERS = /^(?:The|A|An|In|On|At|By|For|From|To|As|After|Before|During|When|While|This|That|These|Those|Its|His|Her|Their|Our|And|But|Of|With)$/

/**
 * The article's multi-word names by their initials ("BLS" → "Bureau of Labor Statistics", "EEC" →
 * "European Economic Community"), so a reader who writes the short form meets the article's words.
 * An initialism that two names share stands for neither.
 *
 * @example acronymTable(['The Bureau of Labor Statistics estimates…']) // => [['BLS', 'Bureau of Labor Statistics']]
 */
export function acronymTable(texts: readonly string[]): [acronym: string, name: string][] {
  const names = new Map<string, Set<string>>()
  for (const text of texts) {
    for (const m of text.matchAll(PHRASE)) {
      const words = m[0].split(/\s+/)
      while (words.length && OPENERS.test(words[0])) words.shift()
      const capitals = words.filter((w) => /^\p{Lu}/u.test(w))
      if (capitals.length < 2 || capitals.length > 6) continue
      const acronym = capitals.map((w) => w[0]).join('')
      if (!/^[A-Z]+$/.test(acronym)) continue
      names.set(acronym, (names.get(acronym) ?? new Set()).add(words.join(' ')))
    }
  }
  return [...names].filter(([, set]) => set.size === 1).map(([acronym, set]): [string, string] => [acronym, [...set][0]]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
