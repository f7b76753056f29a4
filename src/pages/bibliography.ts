import type { DocumentMeta } from '../ingest/types'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A document's bibliographic reference in Chicago style, for "copy citation".
 *
 * @example reference(meta) // => 'Revkin, Mara, and Ahmad Mhidi. "Quitting ISIS: Why Syrians Are Abandoning the Group." Foreign Affairs, May 1, 2016.'
 */
export function reference(meta: DocumentMeta): string {
  const [first, ...rest] = meta.authors
  const inverted = first ? first.replace(/^(.*) (\S+)$/, '$2, $1') : ''
  const authors = rest.length === 0 ? inverted : `${inverted}, ${rest.slice(0, -1).map((a) => `${a}, `).join('')}and ${rest.at(-1)}`
  const title = meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title
  const date = meta.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.date) : null
  const when = date ? `${MONTHS[Number(date[2]) - 1]} ${Number(date[3])}, ${date[1]}` : ''
  return [authors && `${authors}.`, `"${title}."`, [meta.publication, when].filter(Boolean).join(', ') + '.'].filter(Boolean).join(' ')
}
