import type { ParsedDocument } from '../ingest/types'

/** How central a sentence is to its whole document and to its part (LexRank scores, mean 1). */
export interface Centrality {
  document: number
  part: number
}

/** Sentences shorter than this many content words (credits, fragments) take no part in summaries. */
const MIN_WORDS = 6
const DAMPING = 0.85
const ITERATIONS = 60

/**
 * LexRank (Erkan and Radev, 2004), continuous form: each sentence is a tf-idf vector of its content
 * stems, sentences are linked by cosine similarity, and a sentence is central when central sentences
 * resemble it — the stationary distribution of a random walk over those links. Computed once at build
 * time over the whole document and over each part, so summaries cost nothing per request.
 *
 * @example sentenceCentrality(doc, contentStems).get('doc:p3.s1')?.document // => 1.7
 */
export function sentenceCentrality(doc: ParsedDocument, contentStems: ReadonlyMap<string, string[]>): Map<string, Centrality> {
  const sentences = doc.passages.filter((p) => p.kind === 'paragraph').flatMap((p) => p.sentences.map((s) => ({ id: s.id, part: p.part })))
    .filter((s) => (contentStems.get(s.id)?.length ?? 0) >= MIN_WORDS)
  const df = new Map<string, number>()
  for (const s of sentences) for (const stem of new Set(contentStems.get(s.id))) df.set(stem, (df.get(stem) ?? 0) + 1)
  const vectors = sentences.map((s) => {
    const tf = new Map<string, number>()
    for (const stem of contentStems.get(s.id) ?? []) tf.set(stem, (tf.get(stem) ?? 0) + 1)
    const v = new Map([...tf].map(([stem, n]) => [stem, n * Math.log(sentences.length / (df.get(stem) ?? 1))]))
    const norm = Math.hypot(...v.values()) || 1
    return new Map([...v].map(([stem, w]) => [stem, w / norm]))
  })
  const cosine = (a: Map<string, number>, b: Map<string, number>) => { let s = 0; for (const [k, w] of a) s += w * (b.get(k) ?? 0); return s }
  const rank = (members: number[]) => {
    const sim = members.map((i) => members.map((j) => (i === j ? 0 : cosine(vectors[i], vectors[j]))))
    const out = sim.map((row) => row.reduce((a, b) => a + b, 0) || 1)
    let score = members.map(() => 1)
    for (let it = 0; it < ITERATIONS; it++) {
      score = members.map((_, j) => (1 - DAMPING) + DAMPING * members.reduce((sum, _m, i) => sum + (score[i] * sim[i][j]) / out[i], 0))
    }
    return score
  }
  const out = new Map<string, Centrality>()
  const whole = rank(sentences.map((_, i) => i))
  sentences.forEach((s, i) => out.set(s.id, { document: round(whole[i]), part: round(whole[i]) }))
  for (const part of new Set(sentences.map((s) => s.part))) {
    const members = sentences.map((s, i) => (s.part === part ? i : -1)).filter((i) => i >= 0)
    rank(members).forEach((score, k) => { (out.get(sentences[members[k]].id) as Centrality).part = round(score) })
  }
  return out
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
