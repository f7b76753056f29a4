import { parseDocument } from '../ingest/parse-document'
import { buildArtifact, type BuildTables } from './build-index'
import type { CorpusArtifact } from './corpus-index'

/**
 * Parses every document source (front matter + plain text) and builds the corpus artifact: the one
 * path from Markdown to what the worker loads, shared by `npm run build`, training and evaluation.
 * Throws only for what a user must fix: no documents, or two documents with the same id.
 */
export function buildCorpus(sources: readonly string[], tables: BuildTables): CorpusArtifact {
  if (sources.length === 0) throw new Error('no documents (*.md with front matter) in the corpus')
  const documents = sources.map((source) => parseDocument(source))
  const seen = new Set<string>()
  for (const { meta } of documents) {
    if (seen.has(meta.id)) throw new Error(`two documents share the id "${meta.id}"`)
    seen.add(meta.id)
  }
  return buildArtifact(documents, tables)
}
