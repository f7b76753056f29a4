/**
 * Build step: reads every document in corpus/ (and the optional tables beside them), parses it,
 * builds the search index and the numeric facts, and writes build/corpus.json for the worker to
 * import. Run by `npm start`, `npm test` and `wrangler deploy` (wrangler.toml's [build] command), so
 * the worker never parses per request.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildCorpus } from '../src/index/build-corpus'
import { readCorpusDir, readSharedTables } from './lib/corpus-files'

const started = performance.now()
const corpusDir = process.env.CORPUS_DIR ?? 'corpus'
const out = process.env.BUILD_OUT ?? 'build/corpus.json'

const { sources, tables } = readCorpusDir(corpusDir)
const artifact = buildCorpus(sources, { ...readSharedTables(), ...tables })

mkdirSync(dirname(out), { recursive: true })
const json = JSON.stringify(artifact)
writeFileSync(out, json)
const passages = artifact.documents.reduce((n, d) => n + d.passages.length, 0)
console.log(`built ${out}: ${artifact.documents.length} document(s), ${passages} passages, ${artifact.sentenceCount} sentences, ` +
  `${artifact.facts.length} facts, ${artifact.synonyms.length} synonym entries, ${(json.length / 1024).toFixed(1)} KiB in ${(performance.now() - started).toFixed(0)} ms`)
