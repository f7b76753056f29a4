import { describe, expect, it } from 'vitest'
import { reply } from '../../src/answer/reply'
import { corpus } from '../../src/index/load-corpus'
import { findQuote } from '../../src/retrieve/find-quote'
import { hasNumber, norm, readEvalSet } from '../eval-set'

// The project's own questions (tests/questions.jsonl): the same kinds as the sample, different
// wording. Each kind must keep at least the share it reaches today; a regression fails the build.
const items = readEvalSet('tests/questions.jsonl')
const FLOOR: Record<string, number> = { factoid: 0.75, paraphrase: 0.5, 'numeric-lookup': 1, 'numeric-compute': 1, abstain: 0.95, quote: 1 }

function passes(item: (typeof items)[number]): boolean {
  if (item.kind === 'cite') {
    const [m] = findQuote(corpus, item.quote as string)
    if (!item.found) return m === undefined
    const passage = m && corpus.passages.get(m.passageId)
    return Boolean(passage && item.support.some((s) => norm(passage.text).includes(norm(s))) && (!item.speaker || norm(m.speaker).includes(norm(item.speaker))))
  }
  const r = reply(corpus, item.question as string)
  if (item.abstain) return r.abstained && r.citations.length === 0
  if (r.abstained) return false
  const top = norm(r.citations[0]?.text)
  const supported = item.support.length === 0 || item.support.some((s) => top.includes(norm(s)))
  const answered = !item.answer?.length || item.answer.some((a) => norm(r.answer).includes(norm(a)))
  const numbers = (item.numbers ?? []).every((n) => hasNumber(r.answer, n, r.computation?.value))
  return supported && answered && numbers
}

describe('the project question set', () => {
  for (const [category, floor] of Object.entries(FLOOR)) {
    it(`answers at least ${floor * 100}% of the ${category} questions`, () => {
      const own = items.filter((i) => i.category === category && i.kind !== 'chat')
      expect(own.length).toBeGreaterThan(0)
      const failed = own.filter((i) => !passes(i)).map((i) => i.id)
      expect((own.length - failed.length) / own.length, `failed: ${failed.join(' ')}`).toBeGreaterThanOrEqual(floor)
    })
  }

  it('keeps answers short: the median answer is under 60 words', () => {
    const words = items.filter((i) => i.kind === 'ask').map((i) => reply(corpus, i.question as string).answer.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })
})
