import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readCorpusDir, readSharedTables } from './corpus-files'
import { norm } from './judge'
import { holds, readSquad } from './squad'

/** A question with a way to tell which sentences answer it (none, for a question the article does not answer). */
export interface LabelledQuestion {
  id: string
  question: string
  /** Whether a sentence's text answers the question. */
  answers: (sentence: string) => boolean
  answerable: boolean
  /** For a question the article cannot answer: written as a near miss, or borrowed from another article. */
  kind?: 'written' | 'cross'
}

/** One article (a cross-validation group) and the questions asked of it. */
export interface ArticleGroup {
  name: string
  corpus: CorpusIndex
  questions: LabelledQuestion[]
}

export const SHARED = '../shared/eval'
export const SQUAD_HALF = join(SHARED, 'squad-dev-half.json')


/**
 * Builds each SQuAD article as a corpus of its own, exactly as the shared scorer swaps it in, with
 * its questions; readers' questions about it (data/questions/squad-reader.jsonl: why, how,
 * paraphrases, yes/no, phone typing, each with the snippet that answers it, and near misses it does
 * not answer); then other questions it cannot answer: those written for it (data/questions/
 * squad-unanswerable.jsonl) and every tenth question of the next article.
 */
export function squadGroups(path: string): ArticleGroup[] {
  const tables = { ...readSharedTables(), model: undefined }
  const articles = readSquad(path)
  const written = unanswerableByTitle()
  const readers = readerQuestionsByTitle()
  return articles.map((article, i) => {
    const other = articles[(i + 1) % articles.length].questions.filter((_, k) => k % 10 === 0)
    const none = (id: string, question: string): LabelledQuestion => ({ id, question, answers: () => false, answerable: false, kind: id.startsWith('cross') ? 'cross' : 'written' })
    return {
      name: article.title,
      corpus: new CorpusIndex(buildCorpus([article.markdown], tables)),
      questions: [
        ...article.questions.map((q) => ({ id: q.id, question: q.question, answers: (s: string) => holds(s, q.golds), answerable: true })),
        ...(readers.get(article.title) ?? []).flatMap((q, k) => (q.abstain ? [none(`reader-written-${k}`, q.question)] : q.support.length ? [{ id: `reader-${k}`, question: q.question, answers: supports(q.support), answerable: true }] : [])),
        ...(written.get(article.title) ?? []).map((q, k) => none(`written-${k}`, q)),
        ...other.map((q) => none(`cross-${q.id}`, q.question)),
      ],
    }
  })
}

interface JsonlItem { id: string; kind: string; question?: string; support?: string[]; abstain?: boolean }

/** The project's own question sets about the bundled article: the tests' set and data/questions/*.jsonl. */
export function ownSets(): string[] {
  const own = existsSync('data/questions') ? readdirSync('data/questions').filter((f) => f.endsWith('.jsonl') && !f.startsWith('squad')).sort().map((f) => join('data/questions', f)) : []
  return ['tests/questions.jsonl', ...own].filter((p) => existsSync(p))
}

/** Every question set about the bundled article that models are fitted on: the shared samples and the project's own (never data/blind). */
export function bundledSets(): string[] {
  return [join(SHARED, 'reader-sample.jsonl'), join(SHARED, 'dev.jsonl'), ...ownSets()].filter((p) => existsSync(p))
}

/** The bundled article with every JSONL question set about it that is at hand: shared samples, the project's own. */
export function bundledGroup(): ArticleGroup {
  const { sources, tables } = readCorpusDir('corpus')
  const corpus = new CorpusIndex(buildCorpus(sources, { ...readSharedTables(), ...tables, model: undefined }))
  const paths = bundledSets()
  const questions: LabelledQuestion[] = []
  for (const path of paths) {
    for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as JsonlItem
      if (item.kind !== 'ask' || !item.question) continue
      if (!item.abstain && !item.support?.length) continue
      questions.push({
        id: `${path}#${item.id}`,
        question: item.question,
        answers: supports(item.support ?? []),
        answerable: !item.abstain,
        kind: item.abstain ? 'written' : undefined,
      })
    }
  }
  return { name: 'bundled article', corpus, questions }
}

/** Whether a sentence holds one of the snippets that answer a question (or is most of one). */
function supports(snippets: readonly string[]): (sentence: string) => boolean {
  const support = snippets.map(norm)
  return (s) => {
    const text = norm(s)
    return support.some((snippet) => text.includes(snippet) || (snippet.includes(text) && text.length > 20))
  }
}

/** Readers' questions about each SQuAD article (data/questions/squad-reader.jsonl), near misses marked `abstain`. */
export function readerQuestionsByTitle(path = 'data/questions/squad-reader.jsonl'): Map<string, { question: string; support: string[]; abstain: boolean }[]> {
  const out = new Map<string, { question: string; support: string[]; abstain: boolean }[]>()
  if (!existsSync(path)) return out
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const { title, question, support, abstain } = JSON.parse(line) as { title: string; question: string; support?: string[]; abstain?: boolean }
    out.set(title, [...(out.get(title) ?? []), { question, support: support ?? [], abstain: Boolean(abstain) }])
  }
  return out
}

/** Questions written to be unanswerable by each SQuAD article (data/questions/squad-unanswerable.jsonl). */
export function unanswerableByTitle(path = 'data/questions/squad-unanswerable.jsonl'): Map<string, string[]> {
  const out = new Map<string, string[]>()
  if (!existsSync(path)) return out
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const { title, question } = JSON.parse(line) as { title: string; question: string }
    out.set(title, [...(out.get(title) ?? []), question])
  }
  return out
}
