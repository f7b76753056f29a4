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

/** A ranker with one hidden layer beside the linear part: score = w·x + v·relu(Wx + b). */
export interface MlpWeights {
  linear: Float64Array
  hidden: Float64Array[]
  bias: Float64Array
  out: Float64Array
}

export interface MlpOptions {
  hidden: number
  epochs: number
  batch: number
  rate: number
  l2: number
  seed: number
}

/** Deterministic pseudo-random numbers (mulberry32), so a refit gives the same model. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function mlpScore(m: MlpWeights, x: SparseVector, h?: Float64Array): number {
  let s = dot(m.linear, x)
  for (let k = 0; k < m.out.length; k++) {
    const a = Math.max(0, dot(m.hidden[k], x) + m.bias[k])
    if (h) h[k] = a
    s += m.out[k] * a
  }
  return s
}

/** Fits the one-hidden-layer ranker with the same listwise loss as `fitRanker`, by mini-batch Adam. */
export function fitMlpRanker(groups: readonly RankingGroup[], dimension: number, options: MlpOptions): MlpWeights {
  const rand = random(options.seed)
  const usable = groups.filter((g) => g.positive.some(Boolean) && g.positive.some((p) => !p))
  const H = options.hidden
  const params: Float64Array[] = [new Float64Array(dimension), ...Array.from({ length: H }, () => Float64Array.from({ length: dimension }, () => (rand() - 0.5) * 0.2)), new Float64Array(H).fill(0.01), Float64Array.from({ length: H }, () => (rand() - 0.5) * 0.2)]
  const model: MlpWeights = { linear: params[0], hidden: params.slice(1, 1 + H), bias: params[1 + H], out: params[2 + H] }
  const grads = params.map((p) => new Float64Array(p.length))
  const m1 = params.map((p) => new Float64Array(p.length))
  const m2 = params.map((p) => new Float64Array(p.length))
  const [b1, b2, eps] = [0.9, 0.999, 1e-8]
  let step = 0
  const order = usable.map((_, i) => i)
  const h = new Float64Array(H)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]] }
    for (let start = 0; start < order.length; start += options.batch) {
      const batch = order.slice(start, start + options.batch)
      for (const g of grads) g.fill(0)
      for (const gi of batch) {
        const group = usable[gi]
        const hiddens = group.candidates.map(() => new Float64Array(H))
        const scores = group.candidates.map((x, j) => mlpScore(model, x, hiddens[j]))
        const max = Math.max(...scores)
        const exp = scores.map((s) => Math.exp(s - max))
        const z = exp.reduce((a, b) => a + b, 0)
        const zPos = exp.reduce((a, e, j) => a + (group.positive[j] ? e : 0), 0)
        group.candidates.forEach((x, j) => {
          const c = (exp[j] / z - (group.positive[j] ? exp[j] / zPos : 0)) / batch.length
          if (c === 0) return
          for (let i = 0; i < x.index.length; i++) grads[0][x.index[i]] += c * x.value[i]
          for (let k = 0; k < H; k++) {
            const a = hiddens[j][k]
            grads[2 + H][k] += c * a
            if (a <= 0) continue
            const d = c * model.out[k]
            grads[1 + H][k] += d
            const gk = grads[1 + k]
            for (let i = 0; i < x.index.length; i++) gk[x.index[i]] += d * x.value[i]
          }
        })
      }
      step++
      params.forEach((p, pi) => {
        const g = grads[pi]
        for (let i = 0; i < p.length; i++) {
          const gi = g[i] + 2 * options.l2 * p[i]
          if (gi === 0) continue
          m1[pi][i] = b1 * m1[pi][i] + (1 - b1) * gi
          m2[pi][i] = b2 * m2[pi][i] + (1 - b2) * gi * gi
          p[i] -= (options.rate * (m1[pi][i] / (1 - b1 ** step))) / (Math.sqrt(m2[pi][i] / (1 - b2 ** step)) + eps)
        }
      })
    }
  }
  void h
  return model
}
