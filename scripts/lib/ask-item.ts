import { reply, type Reply } from '../../src/answer/reply'
import type { CorpusIndex } from '../../src/index/corpus-index'
import { citeSpan } from '../../src/retrieve/citation'
import { findQuote } from '../../src/retrieve/find-quote'
import { type EvalItem, judgeAnswer, judgeCite } from './judge'

/** Puts one evaluation item to the assistant in process (a chat's earlier turns first) and judges the reply. */
export function askItem(corpus: CorpusIndex, item: EvalItem): { why: string[]; shown: string; words?: number } {
  if (item.kind === 'cite') {
    const matches = findQuote(corpus, item.quote ?? '').map((m) => ({ text: citeSpan(corpus, m.passageId, m.start, m.end).text, speaker: m.speaker }))
    return { why: judgeCite(item, { found: matches.length > 0, matches }), shown: matches[0]?.text ?? '' }
  }
  const history: { role: 'user' | 'assistant'; content: string }[] = []
  for (const turn of item.turns?.slice(0, -1) ?? []) history.push({ role: 'user', content: turn }, { role: 'assistant', content: reply(corpus, turn, history).answer })
  const r: Reply = reply(corpus, item.turns?.at(-1) ?? item.question ?? '', history)
  return { why: judgeAnswer(item, r), shown: r.answer, words: r.answer.split(/\s+/).filter(Boolean).length }
}
