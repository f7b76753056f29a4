import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BuildTables } from '../../src/index/build-index'
import type { RankerModel } from '../../src/index/ranker-model'
import { stem } from '../../src/index/tokenize'
import { readWordNetAntonyms, readWordNetGroups, readWordNetLemmas } from '../wordnet'

/**
 * The documents of a corpus folder (every `*.md` but a README) and its optional tables:
 * `synonyms.json` (groups of words that mean the same), `entities.json` (groups and aliases) and
 * `formulas.json` (how the article's own tables combine its figures).
 */
export function readCorpusDir(dir: string): { sources: string[]; tables: Pick<BuildTables, 'curated' | 'entities' | 'formulas'> } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('README')).sort()
  const sources = files.map((f) => readFileSync(join(dir, f), 'utf8'))
  const optional = (name: string) => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : undefined)
  // A table's top-level `document` names the article it was written for; each entry carries it.
  const scoped = <T extends object>(file: { document?: string } | undefined, entries: T[] | undefined) => entries?.map((e) => ({ document: file?.document, ...e }))
  const entities = optional('entities.json')
  const formulas = optional('formulas.json')
  // Synonym groups apply to the corpus as a whole: a table written for an article that is not there is left out.
  const synonyms = optional('synonyms.json') as { document?: string; groups?: string[][] } | undefined
  const ids = new Set(sources.map((source) => /^---\r?\n(?:.*\r?\n)*?id:\s*(\S+)/.exec(source)?.[1]))
  const curated = synonyms?.document === undefined || ids.has(synonyms.document) ? synonyms?.groups : undefined
  return { sources, tables: { curated, entities: scoped(entities, entities?.entities), formulas: scoped(formulas, formulas?.formulas) } }
}

let shared: Omit<BuildTables, 'curated' | 'entities' | 'formulas'> | undefined

/** The tables every corpus is built with: WordNet's groups, word neighbours and the fitted model (read once per process). */
export function readSharedTables(): Omit<BuildTables, 'curated' | 'entities' | 'formulas'> {
  if (!shared) {
    const modelPath = 'data/ranker.json'
    const model = existsSync(modelPath) ? (JSON.parse(readFileSync(modelPath, 'utf8')) as RankerModel) : undefined
    shared = { wordnet: readWordNetGroups(), english: new Set(readWordNetLemmas().map(stem)), antonyms: readWordNetAntonyms(), neighbours: readWordNeighbours(), model }
  }
  return shared
}

/**
 * The committed word-neighbour table (scripts/reduce-vectors.ts): each frequent English word with
 * its nearest words by meaning and their cosine similarity.
 */
export function readWordNeighbours(dir = 'data'): Map<string, [string, number][]> {
  const out = new Map<string, [string, number][]>()
  if (!existsSync(join(dir, 'word-neighbours.bin'))) return out
  const words = readFileSync(join(dir, 'word-neighbours.txt'), 'utf8').split('\n').filter(Boolean)
  const bytes = readFileSync(join(dir, 'word-neighbours.bin'))
  let at = 0
  for (const word of words) {
    const count = bytes[at++]
    const list: [string, number][] = []
    for (let k = 0; k < count; k++, at += 3) list.push([words[bytes[at] | (bytes[at + 1] << 8)], bytes[at + 2] / 255])
    out.set(word, list)
  }
  return out
}
