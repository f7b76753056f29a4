import type { RegressionTree } from '../index/ranker-model'

const scorers = new WeakMap<RegressionTree[], (features: ArrayLike<number>) => number>()

/**
 * The sum of boosted regression trees over a feature vector laid out as `names` (a split on a feature
 * the code no longer computes reads it as 0). Made once per model's trees and kept.
 */
export function treeScorer(trees: RegressionTree[], names: readonly string[]): (features: ArrayLike<number>) => number {
  let scorer = scorers.get(trees)
  if (!scorer) {
    const at = new Map(names.map((name, i) => [name, i]))
    const indices = trees.map((t) => Int32Array.from(t.features, (name) => at.get(name) ?? -1))
    scorer = (f) => {
      let sum = 0
      for (let t = 0; t < trees.length; t++) sum += leafValue(trees[t], indices[t], (i) => f[i])
      return sum
    }
    scorers.set(trees, scorer)
  }
  return scorer
}

/**
 * One tree's value: the walk from the root, node n going to child 2n + 2 when its feature (`split[n]`,
 * an index for `value`; −1 reads as 0) is above its threshold, else to 2n + 1.
 */
export function leafValue(tree: RegressionTree, split: Int32Array, value: (feature: number) => number): number {
  let node = 0
  while (node < split.length) node = 2 * node + ((split[node] >= 0 ? value(split[node]) : 0) > tree.thresholds[node] ? 2 : 1)
  return tree.values[node - split.length]
}
