import { readFileSync } from 'node:fs'

/** A SQuAD-format file: articles, their paragraphs, and questions with gold answers. */
export interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[] }[]
}

export interface SquadQuestion {
  id: string
  question: string
  golds: string[]
  paragraph: number
}

export interface SquadArticle {
  title: string
  /** The article as a corpus document, exactly as ../shared/eval/squad.mjs swaps it in. */
  markdown: string
  questions: SquadQuestion[]
}

/** Reads a SQuAD-format file into corpus documents and their questions. */
export function readSquad(path: string): SquadArticle[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as SquadFile
  return file.data.map((article) => {
    const id = article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    const paragraphs = article.paragraphs.map((p) => p.context.replace(/\s+/g, ' ').trim())
    const front = [`id: ${id}`, `title: ${article.title.replace(/_/g, ' ')}`, 'authors: Wikipedia contributors',
      'publication: Wikipedia', `url: https://en.wikipedia.org/wiki/${encodeURIComponent(article.title)}`]
    const questions = article.paragraphs.flatMap((p, paragraph) => p.qas.map((qa) => ({
      id: qa.id, question: qa.question.trim(), golds: [...new Set(qa.answers.map((a) => a.text))], paragraph,
    })))
    return { title: article.title, markdown: `---\n${front.join('\n')}\n---\n${paragraphs.join('\n\n')}\n`, questions }
  })
}

/** Folding as the shared scorer does: case, quotes, dashes; punctuation to spaces; padded for whole-word search. */
export function foldForScore(s: string): string {
  return ' ' + s.toLowerCase().replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐‑‒–—―]/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' '
}

/** Whether a text holds one of the gold answers as whole words, as ../shared/eval/squad.mjs judges. */
export function holds(text: string | undefined, golds: readonly string[]): boolean {
  if (typeof text !== 'string') return false
  const folded = foldForScore(text)
  return golds.some((g) => foldForScore(g).trim() !== '' && folded.includes(foldForScore(g)))
}
