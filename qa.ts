// scratch: npx tsx qa.ts FILE TITLE "question" ...
import { reply } from './src/answer/reply'
import { buildCorpus } from './src/index/build-corpus'
import { CorpusIndex } from './src/index/corpus-index'
import { readSharedTables } from './scripts/lib/corpus-files'
import { readSquad } from './scripts/lib/squad'
const [file, title, ...qs] = process.argv.slice(2)
const a = readSquad(file).find((x) => x.title === title)!
const corpus = new CorpusIndex(buildCorpus([a.markdown], readSharedTables()))
for (const q of qs) { const r = reply(corpus, q); console.log(`Q: ${q}\nA: ${r.answer}\n   ${JSON.stringify(r.reasoning)} ${JSON.stringify(r.computation ?? null)}\n`) }
