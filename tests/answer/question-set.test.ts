import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { corpus } from '../../src/index/load-corpus'
import { askItem } from '../../scripts/lib/ask-item'
import { readEvalSet } from '../../scripts/lib/judge'

// The project's own question sets about the bundled article, judged as ../shared/eval/score.mjs
// judges (follow-ups included). tests/questions-passing.json lists the items that passed when it was
// last recorded (`npm run eval -- --record`): each must still pass, so any regression fails the build.
const passing = JSON.parse(readFileSync('tests/questions-passing.json', 'utf8')) as Record<string, string[]>

describe('the project question sets', () => {
  for (const [path, ids] of Object.entries(passing)) {
    const items = new Map(readEvalSet(path).map((i) => [i.id, i]))
    it(`${path}: the ${ids.length} items that passed still pass`, () => {
      const regressed = ids.filter((id) => {
        const item = items.get(id)
        return !item || askItem(corpus, item).why.length > 0
      })
      expect(regressed, `regressed: ${regressed.join(' ')}`).toEqual([])
    })
  }

  it('keeps answers short: the median answer is under 45 words', () => {
    const items = readEvalSet('tests/questions.jsonl').filter((i) => i.kind === 'ask')
    const words = items.map((i) => askItem(corpus, i).words ?? 0).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(45)
  })
})
