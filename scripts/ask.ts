/** Asks the assistant from the command line, without the worker: `npx tsx scripts/ask.ts "Who is Hossam?"`. */
import { reply as answer } from '../src/answer/reply'
import { corpus } from '../src/index/load-corpus'

for (const question of process.argv.slice(2)) {
  const reply = answer(corpus, question)
  console.log(`Q: ${question}\nA: ${reply.answer}\n   ${reply.citations.map((c) => c.sentenceId ?? c.id).join(' ')} ${JSON.stringify(reply.reasoning)}\n`)
}
