import { readFileSync } from 'node:fs'
import { reply } from './src/answer/reply'
import { buildCorpus } from './src/index/build-corpus'
import { CorpusIndex } from './src/index/corpus-index'
import { readSharedTables } from './scripts/lib/corpus-files'
const index = new CorpusIndex(buildCorpus([readFileSync('tests/fixtures/harbour-town.md', 'utf8')], readSharedTables()))
for (const q of process.argv.slice(2)) { const r = reply(index, q); console.log(q, '→', r.answer.slice(0, 400), r.computation?.value) }
