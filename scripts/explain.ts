/** Shows how a question is read and ranked: `npx tsx scripts/explain.ts "When did Ammar join ISIS?"`. */
import { corpus } from '../src/index/load-corpus'
import { analyzeQuestion } from '../src/retrieve/analyze-question'
import { answerConfidence } from '../src/retrieve/confidence'
import { rankSentences } from '../src/retrieve/rank-sentences'
import { FEATURE_NAMES } from '../src/retrieve/sentence-features'

const question = process.argv.slice(2).join(' ')
const analysis = analyzeQuestion(corpus, question)
console.log({ type: analysis.type, headNoun: analysis.headNoun, names: analysis.names, terms: analysis.terms.map((t) => `${t.word}(${t.idf.toFixed(2)}${t.known ? '' : ',unknown'}) ~ ${[...t.expansions, ...t.similar].map(([s, w]) => `${s}:${w}`).join(' ')}`) })
const ranked = rankSentences(corpus, analysis)
console.log(`confidence ${answerConfidence(corpus, analysis, ranked).toFixed(3)} (threshold ${corpus.artifact.model.threshold})`)
const weights = corpus.artifact.model.ranker
for (const r of ranked.slice(0, 6)) {
  const top = FEATURE_NAMES.map((name, i) => [name, r.features[i] * (Object.hasOwn(weights, name) ? weights[name] : 0)] as const).filter(([, v]) => v !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 6)
  console.log(`${r.probability.toFixed(3)} ${r.sentence.id}: ${r.sentence.text.slice(0, 140)}\n      ${top.map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', ')}`)
}
