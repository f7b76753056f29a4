/**
 * Gradient-boosted regression trees on top of the linear ranker: each question's candidates keep the
 * linear score as a starting margin and the trees add what a weighted sum cannot express ("a 'how
 * many' question wants a number" matters more when the sentence also holds the question's words). The
 * loss is the linear ranker's: −log of the answering sentences' softmax share within a question.
 * Histograms are built from the features that are not zero only (the zero bin is the remainder), so
 * a tree costs about one pass over the nonzero features per level.
 */
import type { RegressionTree } from '../../src/index/ranker-model'
import { leafValue } from '../../src/retrieve/trees'
import { dot, type RankingGroup } from './fit'

export interface BoostOptions {
  trees: number
  depth: number
  shrinkage: number
  /** L2 on leaf values. */
  lambda: number
  /** A split leaves at least this much hessian on each side. */
  minHessian: number
  /** Only each question's best candidates by the linear score are boosted (and, in the worker, re-scored). */
  top: number
  bins: number
}

interface Row { index: Int32Array; value: Float64Array }

/** A row's value of one feature (0 when it is not among the row's nonzero features). */
function valueAt(row: Row, feature: number): number {
  for (let k = 0; k < row.index.length; k++) if (row.index[k] === feature) return row.value[k]
  return 0
}

/** Fits `options.trees` trees of `options.depth` levels; feature names key the splits, as the worker reads them. */
export function fitTrees(groups: readonly RankingGroup[], linear: Float64Array, names: readonly string[], options: BoostOptions): RegressionTree[] {
  // Rows: each usable question's top candidates by the linear score, with that score as the margin.
  const rows: Row[] = []
  const margin: number[] = []
  const positive: boolean[] = []
  const members: number[][] = []
  const weights: number[] = []
  for (const g of groups) {
    const scores = g.candidates.map((x) => dot(linear, x))
    const order = scores.map((_, j) => j).sort((a, b) => scores[b] - scores[a]).slice(0, options.top)
    if (!order.some((j) => g.positive[j]) || order.every((j) => g.positive[j])) continue
    members.push(order.map((j) => { rows.push(g.candidates[j]); margin.push(scores[j]); positive.push(g.positive[j]); return rows.length - 1 }))
    weights.push(g.weight ?? 1)
  }
  const totalWeight = weights.reduce((a, b) => a + b, 0)
  return boost(rows, margin, names, options, (grad, hess) => {
    members.forEach((list, q) => {
      const max = Math.max(...list.map((i) => margin[i]))
      const exp = list.map((i) => Math.exp(margin[i] - max))
      const z = exp.reduce((a, b) => a + b, 0)
      const zPos = list.reduce((a, i, k) => a + (positive[i] ? exp[k] : 0), 0)
      const scale = (weights[q] * members.length) / totalWeight
      list.forEach((i, k) => {
        const p = exp[k] / z
        grad[i] = scale * (p - (positive[i] ? exp[k] / zPos : 0))
        hess[i] = scale * Math.max(p * (1 - p), 1e-6)
      })
    })
  })
}

/** Grows `options.trees` trees, each on the gradients `gradients` writes for the current margins, which each tree then moves. */
function boost(rows: readonly Row[], margin: number[], names: readonly string[], options: BoostOptions, gradients: (grad: Float64Array, hess: Float64Array) => void): RegressionTree[] {
  const thresholds = binThresholds(rows, names.length, options.bins)
  // Each row's bin for each of its nonzero features, and the bin zero falls in, per feature.
  const zeroBin = thresholds.map((t) => binOf(t, 0))
  const rowBins = rows.map((r) => Uint8Array.from(r.index, (f, k) => binOf(thresholds[f], r.value[k])))
  const at = new Map(names.map((name, i) => [name, i]))
  const trees: RegressionTree[] = []
  const grad = new Float64Array(rows.length)
  const hess = new Float64Array(rows.length)
  for (let t = 0; t < options.trees; t++) {
    gradients(grad, hess)
    const tree = growTree(rows.map((_, i) => i), rows, rowBins, zeroBin, thresholds, grad, hess, names, options)
    trees.push(tree)
    const split = Int32Array.from(tree.features, (name) => at.get(name) as number)
    rows.forEach((r, i) => { margin[i] += leafValue(tree, split, (f) => valueAt(r, f)) })
  }
  return trees
}

/**
 * Thresholds per feature: between each pair of its distinct values when it has few (a flag, a count),
 * else at quantiles of its nonzero values; always one on each side of zero, which most rows hold.
 */
function binThresholds(rows: readonly Row[], dimension: number, bins: number): number[][] {
  const values: number[][] = Array.from({ length: dimension }, () => [])
  for (const r of rows) r.index.forEach((f, k) => values[f].push(r.value[k]))
  return values.map((list) => {
    if (list.length === 0) return []
    const sorted = [...list].sort((a, b) => a - b)
    const distinct = [...new Set([0, ...sorted])].sort((a, b) => a - b)
    const cuts = new Set<number>()
    const between = (lo: number, hi: number) => { if (lo !== hi) cuts.add((lo + hi) / 2) }
    if (distinct.length <= bins) {
      for (let i = 1; i < distinct.length; i++) between(distinct[i - 1], distinct[i])
    } else {
      for (let b = 1; b < bins - 2; b++) {
        const i = Math.floor((b * (sorted.length - 1)) / (bins - 2))
        between(sorted[i], sorted[Math.min(sorted.length - 1, i + 1)])
      }
      const zero = distinct.indexOf(0)
      if (zero > 0) between(distinct[zero - 1], 0)
      if (zero < distinct.length - 1) between(0, distinct[zero + 1])
    }
    return [...cuts].sort((a, b) => a - b)
  })
}

function binOf(thresholds: readonly number[], value: number): number {
  let b = 0
  while (b < thresholds.length && value > thresholds[b]) b++
  return b
}

/** A complete tree of `depth` levels, split by split, each the best gain over every feature's bins. */
function growTree(all: number[], rows: readonly Row[], rowBins: readonly Uint8Array[], zeroBin: readonly number[], thresholds: readonly number[][], grad: Float64Array, hess: Float64Array, names: readonly string[], options: BoostOptions): RegressionTree {
  const splits: { feature: string; threshold: number }[] = []
  let level = [all]
  for (let d = 0; d < options.depth; d++) {
    const next: number[][] = []
    for (const node of level) {
      const split = bestSplit(node, rows, rowBins, zeroBin, thresholds, grad, hess, options)
      // A node with no useful split sends every row left: a split no value passes.
      splits.push(split ? { feature: names[split.feature], threshold: split.threshold } : { feature: names[0], threshold: Infinity })
      const [left, right] = split ? partition(node, rows, split) : [node, []]
      next.push(left, right)
    }
    level = next
  }
  const values = level.map((node) => {
    const g = node.reduce((s, i) => s + grad[i], 0)
    const h = node.reduce((s, i) => s + hess[i], 0)
    return Math.round((-options.shrinkage * g) / (h + options.lambda) * 1e4) / 1e4
  })
  return { features: splits.map((s) => s.feature), thresholds: splits.map((s) => (Number.isFinite(s.threshold) ? Math.round(s.threshold * 1e6) / 1e6 : 1e9)), values }
}

function partition(node: number[], rows: readonly Row[], split: { feature: number; threshold: number }): [number[], number[]] {
  const left: number[] = []
  const right: number[] = []
  for (const i of node) (valueAt(rows[i], split.feature) > split.threshold ? right : left).push(i)
  return [left, right]
}

function bestSplit(node: number[], rows: readonly Row[], rowBins: readonly Uint8Array[], zeroBin: readonly number[], thresholds: readonly number[][], grad: Float64Array, hess: Float64Array, options: BoostOptions): { feature: number; threshold: number } | undefined {
  let G = 0
  let H = 0
  for (const i of node) { G += grad[i]; H += hess[i] }
  const width = options.bins + 1
  const histG = new Map<number, Float64Array>()
  const histH = new Map<number, Float64Array>()
  const sumG = new Map<number, number>()
  const sumH = new Map<number, number>()
  for (const i of node) {
    const r = rows[i]
    const bins = rowBins[i]
    for (let k = 0; k < r.index.length; k++) {
      const f = r.index[k]
      let hg = histG.get(f)
      let hh = histH.get(f)
      if (!hg || !hh) { hg = new Float64Array(width); hh = new Float64Array(width); histG.set(f, hg); histH.set(f, hh) }
      hg[bins[k]] += grad[i]
      hh[bins[k]] += hess[i]
      sumG.set(f, (sumG.get(f) ?? 0) + grad[i])
      sumH.set(f, (sumH.get(f) ?? 0) + hess[i])
    }
  }
  const parent = (G * G) / (H + options.lambda)
  let best: { feature: number; threshold: number; gain: number } | undefined
  for (const [f, hg] of histG) {
    const hh = histH.get(f) as Float64Array
    // The rows where the feature is zero sit in its zero bin.
    hg[zeroBin[f]] += G - (sumG.get(f) ?? 0)
    hh[zeroBin[f]] += H - (sumH.get(f) ?? 0)
    let gl = 0
    let hl = 0
    const cuts = thresholds[f]
    for (let b = 0; b < cuts.length; b++) {
      gl += hg[b]
      hl += hh[b]
      const gr = G - gl
      const hr = H - hl
      if (hl < options.minHessian || hr < options.minHessian) continue
      const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent
      if (gain > (best?.gain ?? 1e-9)) best = { feature: f, threshold: cuts[b], gain }
    }
  }
  return best
}
