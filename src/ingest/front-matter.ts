import type { DocumentMeta } from './types'

/**
 * Splits a document into its front matter (`key: value` lines between `---` fences) and its body.
 * Authors are separated by semicolons. Throws on a document without the fields every citation needs.
 *
 * @example readFrontMatter('---\nid: a\ntitle: T\nauthors: X; Y\n---\nBody').meta.authors // => ['X', 'Y']
 */
export function readFrontMatter(source: string): { meta: DocumentMeta; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source)
  if (!match) throw new Error('document has no front matter (--- fenced key: value lines)')
  const fields: Record<string, string> = {}
  for (const line of match[1].split(/\r?\n/)) {
    const kv = /^([a-z_]+):\s*(.*)$/i.exec(line.trim())
    if (kv) fields[kv[1].toLowerCase()] = kv[2].trim()
  }
  for (const required of ['id', 'title']) {
    if (!fields[required]) throw new Error(`front matter lacks "${required}"`)
  }
  if (!/^[a-z0-9-]+$/.test(fields.id)) throw new Error(`document id "${fields.id}" must be lower-case letters, digits and dashes`)
  const meta: DocumentMeta = {
    id: fields.id,
    title: fields.title,
    subtitle: fields.subtitle || undefined,
    authors: (fields.authors ?? '').split(';').map((a) => a.trim()).filter(Boolean),
    publication: fields.publication || undefined,
    date: fields.date || undefined,
    url: fields.url || undefined,
  }
  return { meta, body: source.slice(match[0].length) }
}
