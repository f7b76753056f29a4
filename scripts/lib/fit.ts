/**
 * The fitting maths behind `npm run train`: a listwise softmax ranker and a logistic regression,
 * both linear, both L2-regularised, both fitted by full-batch Adam. Small and dependency-free because
 * the data are small (thousands of questions) and the models are what the worker evaluates.
 */

/** A feature vector kept sparse: most type-by-class features are zero for any one question. */
export interface SparseVector {
  index: Int32Array
  value: Float64Array
}

export function sparse(dense: ArrayLike<number>): SparseVector {
  const index: number[] = []
  const value: number[] = []
  for (let i = 0; i < dense.length; i++) if (dense[i] !== 0) { index.push(i); value.push(dense[i]) }
  return { index: Int32Array.from(index), value: Float64Array.from(value) }
}

export function dot(w: Float64Array, x: SparseVector): number {
  let s = 0
  for (let i = 0; i < x.index.length; i++) s += w[x.index[i]] * x.value[i]
  return s
}

/** One question's candidates and which of them answer it. */
export interface RankingGroup {
  candidates: SparseVector[]
  positive: boolean[]
  weight?: number
}

export interface FitOptions {
  l2: number
  iterations: number
  rate: number
}

function adam(dimension: number, options: FitOptions, gradient: (w: Float64Array, g: Float64Array) => void): Float64Array {
  const w = new Float64Array(dimension)
  const m = new Float64Array(dimension)
  const v = new Float64Array(dimension)
  const g = new Float64Array(dimension)
  const [b1, b2, eps] = [0.9, 0.999, 1e-8]
  for (let t = 1; t <= options.iterations; t++) {
    g.fill(0)
    gradient(w, g)
    for (let i = 0; i < dimension; i++) {
      const gi = g[i] + 2 * options.l2 * w[i]
      m[i] = b1 * m[i] + (1 - b1) * gi
      v[i] = b2 * v[i] + (1 - b2) * gi * gi
      w[i] -= (options.rate * (m[i] / (1 - b1 ** t))) / (Math.sqrt(v[i] / (1 - b2 ** t)) + eps)
    }
  }
  return w
}

/**
 * Fits a linear scorer so that, within each question, the softmax of the scores puts its mass on the
 * sentences that answer it (the loss is −log of the positives' total probability, averaged).
 */
export function fitRanker(groups: readonly RankingGroup[], dimension: number, options: FitOptions): Float64Array {
  const usable = groups.filter((g) => g.positive.some(Boolean) && g.positive.some((p) => !p))
  const total = usable.reduce((s, g) => s + (g.weight ?? 1), 0)
  return adam(dimension, options, (w, grad) => {
    for (const group of usable) {
      const scores = group.candidates.map((x) => dot(w, x))
      const max = Math.max(...scores)
      const exp = scores.map((s) => Math.exp(s - max))
      const z = exp.reduce((a, b) => a + b, 0)
      const zPos = exp.reduce((a, e, j) => a + (group.positive[j] ? e : 0), 0)
      const scale = (group.weight ?? 1) / total
      group.candidates.forEach((x, j) => {
        const coefficient = scale * (exp[j] / z - (group.positive[j] ? exp[j] / zPos : 0))
        if (coefficient === 0) return
        for (let i = 0; i < x.index.length; i++) grad[x.index[i]] += coefficient * x.value[i]
      })
    }
  })
}

/** Fits a logistic regression (the last feature should be a constant 1 for the intercept). */
export function fitLogistic(rows: readonly { x: Float64Array; y: 0 | 1; weight?: number }[], options: FitOptions): Float64Array {
  const dimension = rows[0]?.x.length ?? 0
  const total = rows.reduce((s, r) => s + (r.weight ?? 1), 0)
  return adam(dimension, options, (w, grad) => {
    for (const row of rows) {
      let z = 0
      for (let i = 0; i < dimension; i++) z += w[i] * row.x[i]
      const p = 1 / (1 + Math.exp(-z))
      const coefficient = ((row.weight ?? 1) / total) * (p - row.y)
      for (let i = 0; i < dimension; i++) grad[i] += coefficient * row.x[i]
    }
  })
}
