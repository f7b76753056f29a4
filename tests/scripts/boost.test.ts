import { describe, expect, it } from 'vitest'
import { fitTrees } from '../../scripts/lib/boost'
import { dot, fitRanker, type RankingGroup, sparse } from '../../scripts/lib/fit'
import { addTrees } from '../../src/retrieve/rank-sentences'
import { FEATURE_NAMES } from '../../src/retrieve/sentence-features'

// Three of the ranker's features stand in for a toy problem: does the question ask for a number, does
// the sentence hold one, how much of the question it holds. The worker reads trees by these names.
const NAMES = FEATURE_NAMES.slice(0, 3)

/** Questions that ask for a number or not; the answer is the sentence with a number only when one is asked for. */
function questions(n: number): RankingGroup[] {
  return Array.from({ length: n }, (_, q) => {
    // Two in three ask for a number (an exact half would hide the interaction from any one split).
    const asks = q % 3 === 0 ? 0 : 1
    return { candidates: [[asks, 1, 0.5], [asks, 0, 0.6]].map((c) => sparse(c)), positive: [asks === 1, asks === 0] }
  })
}

function dense(x: { index: Int32Array; value: Float64Array }): Float64Array {
  const out = new Float64Array(FEATURE_NAMES.length)
  x.index.forEach((i, k) => { out[i] = x.value[k] })
  return out
}

describe('boosted trees over the linear ranker', () => {
  it('learn what a weighted sum cannot: a number helps only when the question asks for one', () => {
    const groups = questions(200)
    const linear = fitRanker(groups, NAMES.length, { l2: 1e-4, iterations: 200, rate: 0.05 })
    const trees = fitTrees(groups, linear, NAMES, { trees: 30, depth: 2, shrinkage: 0.3, lambda: 1, minHessian: 1, top: 5, bins: 8 })
    const model = { trees, treeTop: 5 }
    const right = (boosted: boolean) => groups.filter((g) => {
      const scores = g.candidates.map((x) => dot(linear, x))
      if (boosted) addTrees(model, (j) => dense(g.candidates[j]), scores)
      return g.positive[scores[0] > scores[1] ? 0 : 1]
    }).length
    // The linear ranker gets one kind of question right at best; with the trees, both.
    expect(right(false)).toBeLessThanOrEqual(134)
    expect(right(true)).toBe(200)
  })

  it('re-score only the best candidates by the linear score', () => {
    const tree = { features: [FEATURE_NAMES[0]], thresholds: [0.5], values: [0, 10] }
    const scores = [3, 2, 1]
    const asked: number[] = []
    addTrees({ trees: [tree], treeTop: 2 }, (j) => { asked.push(j); return dense(sparse([1])) }, scores)
    expect(scores).toEqual([13, 12, 1])
    expect(asked.sort()).toEqual([0, 1])
  })
})
