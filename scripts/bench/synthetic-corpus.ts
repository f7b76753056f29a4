import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readFrontMatter } from '../../src/ingest/front-matter'
import { splitSentences } from '../../src/ingest/sentences'

/** A small seeded generator (mulberry32), so every run builds the same synthetic corpus. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Writes a corpus `times` the size of the article into `dir`: the article itself plus synthetic
 * documents whose paragraphs are the article's sentences reshuffled, each with its own front matter.
 */
export function writeSyntheticCorpus(dir: string, times: number): void {
  mkdirSync(dir, { recursive: true })
  const source = readFileSync('corpus/quitting-isis.md', 'utf8')
  for (const table of ['synonyms.json', 'entities.json']) writeFileSync(join(dir, table), readFileSync(join('corpus', table)))
  writeFileSync(join(dir, 'quitting-isis.md'), source)
  const { body } = readFrontMatter(source)
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.length > 200 && !p.includes('\n'))
  const sentences = paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text))
  const next = random(42)
  for (let d = 1; d < times; d++) {
    const shuffled = [...sentences].sort(() => next() - 0.5)
    const paras: string[] = []
    for (let i = 0; i < shuffled.length; i += 5) paras.push(shuffled.slice(i, i + 5).join(' '))
    const parts = [paras.slice(0, 6), paras.slice(6, 12), paras.slice(12, 18), paras.slice(18)].map((p) => p.join('\n\n')).join('\n\n\n')
    writeFileSync(join(dir, `synthetic-${d}.md`), `---\nid: synthetic-${d}\ntitle: Synthetic document ${d}\nauthors: Bench Script\n---\n${parts}\n`)
  }
}
