import { escapeRegExp } from './normalize'

/** A group the article speaks of, with the names readers use for it (never a default owner of figures). */
export interface Entity {
  id: string
  name: string
  aliases: string[]
  /** The document the entity belongs to: a table written for one article is not applied to another. */
  document?: string
}

/** Where an entity is named in a text. */
export interface EntityMention {
  id: string
  start: number
  end: number
}

/**
 * Finds the entities named in a text: aliases matched as whole words, case-insensitively, longest
 * first, so "the Syrian army" is the army and not "Syrians".
 *
 * @example findEntities('Nusra pays more than the FSA', entities).map(m => m.id) // => ['nusra', 'fsa']
 */
export function findEntities(text: string, entities: readonly Entity[]): EntityMention[] {
  const { pattern, ids } = matcherFor(entities)
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐-―]/g, '-')
  const mentions: EntityMention[] = []
  for (const m of lower.matchAll(pattern)) mentions.push({ id: ids.get(m[0]) as string, start: m.index, end: m.index + m[0].length })
  return mentions
}

const matchers = new WeakMap<readonly Entity[], { pattern: RegExp; ids: Map<string, string> }>()

/**
 * One regular expression for every alias, longest first (an alternation takes the first alternative
 * that matches, so "the syrian army" wins over "syrians"), compiled once per alias table.
 */
function matcherFor(entities: readonly Entity[]) {
  let matcher = matchers.get(entities)
  if (!matcher) {
    const ids = new Map<string, string>()
    for (const e of entities) for (const alias of e.aliases) if (!ids.has(alias)) ids.set(alias, e.id)
    const alternatives = [...ids.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
    matcher = { pattern: new RegExp(`(?<![\\w-])(?:${alternatives.join('|')})(?![\\w-])`, 'g'), ids }
    matchers.set(entities, matcher)
  }
  return matcher
}
