/** Shows how a question is read and ranked: `npx tsx scripts/explain.ts "When did Ammar join ISIS?"`. */
import { corpus } from '../src/index/load-corpus'
import { analyzeQuestion } from '../src/retrieve/analyze-question'
import { rankSentences } from '../src/retrieve/rank-sentences'

for (const question of process.argv.slice(2)) {
  const analysis = analyzeQuestion(corpus, question)
  console.log(`Q: ${question}  [${analysis.answerType}] names=${analysis.names.join(',')}`)
  for (const t of analysis.terms) console.log(`   ${t.word}/${t.stem} idf=${t.idf.toFixed(2)} known=${t.known} → ${t.expansions.map(([s, w]) => `${s}:${w}`).join(' ')}`)
  for (const r of rankSentences(corpus, analysis, 6)) {
    console.log(`   ${r.score.toFixed(3)} cov=${r.coverage.toFixed(2)} fit=${r.fit} ${r.sentence.id} [${r.matched.join(',')}] ${r.sentence.text.slice(0, 90)}`)
  }
}
