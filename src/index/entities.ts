/** A group the article gives figures for, with the names readers use for it. */
export interface Entity {
  id: string
  name: string
  aliases: string[]
  default?: boolean
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
  const lower = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐-―]/g, '-')
  const aliases = entities.flatMap((e) => e.aliases.map((alias) => ({ id: e.id, alias }))).sort((a, b) => b.alias.length - a.alias.length)
  const taken: EntityMention[] = []
  for (const { id, alias } of aliases) {
    const pattern = new RegExp(`(?<![\\w-])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g')
    for (const m of lower.matchAll(pattern)) {
      const mention = { id, start: m.index, end: m.index + alias.length }
      if (!taken.some((t) => t.start < mention.end && mention.start < t.end)) taken.push(mention)
    }
  }
  return taken.sort((a, b) => a.start - b.start)
}
