import { buildCorpus } from './src/index/build-corpus'
import { CorpusIndex } from './src/index/corpus-index'
import { readSharedTables } from './scripts/lib/corpus-files'
import { readSquad } from './scripts/lib/squad'
import { readNumericQuestion } from './src/rules/numeric-question'
import { picksFor, isOperand } from './src/rules/operands'
const [file, title, ...qs] = process.argv.slice(2)
const a = readSquad(file).find((x) => x.title === title)!
const corpus = new CorpusIndex(buildCorpus([a.markdown], readSharedTables()))
for (const q of qs) {
  const nq = readNumericQuestion(q)
  console.log(JSON.stringify(nq))
  if (!nq) continue
  nq.sides.forEach((s, i) => { console.log('side', i, s); for (const p of picksFor(corpus, nq, i, isOperand).slice(0, 5)) console.log('  ', p.score.toFixed(2), p.match.toFixed(2), p.fact.value, p.fact.kind, p.fact.unit, corpus.sentences.get(p.fact.sentenceId)?.text.slice(0, 120)) })
}
