/**
 * Build step: reads every document in corpus/, parses it, builds the search index and the numeric
 * facts, and writes build/corpus.json for the worker to import. Run by `npm start`, `npm test` and
 * `wrangler deploy` (wrangler.toml's [build] command), so the worker never parses per request.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildArtifact } from '../src/index/build-index'
import { parseDocument } from '../src/ingest/parse-document'
import { readWordNetGroups } from './wordnet'

const started = performance.now()
const corpusDir = process.env.CORPUS_DIR ?? 'corpus'
const out = process.env.BUILD_OUT ?? 'build/corpus.json'

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.md') && !f.startsWith('README')).sort()
if (files.length === 0) throw new Error(`no documents (*.md with front matter) in ${corpusDir}/`)
const documents = files.map((f) => parseDocument(readFileSync(join(corpusDir, f), 'utf8')))
const ids = documents.map((d) => d.meta.id)
const duplicate = ids.find((id, i) => ids.indexOf(id) !== i)
if (duplicate) throw new Error(`two documents share the id "${duplicate}"`)

const curated = JSON.parse(readFileSync(join(corpusDir, 'synonyms.json'), 'utf8')).groups as string[][]
const entities = JSON.parse(readFileSync(join(corpusDir, 'entities.json'), 'utf8')).entities
const artifact = buildArtifact(documents, { curated, wordnet: readWordNetGroups() }, entities)

mkdirSync(out.replace(/\/[^/]+$/, ''), { recursive: true })
const json = JSON.stringify(artifact)
writeFileSync(out, json)
const passages = documents.reduce((n, d) => n + d.passages.length, 0)
console.log(`built ${out}: ${documents.length} document(s), ${passages} passages, ${artifact.sentenceCount} sentences, ` +
  `${artifact.facts.length} facts, ${Object.keys(artifact.synonyms).length} synonym entries, ${(json.length / 1024).toFixed(1)} KiB in ${(performance.now() - started).toFixed(0)} ms`)
