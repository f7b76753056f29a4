import type { CorpusIndex } from '../index/corpus-index'
import { clausesOf, type Fact } from '../index/facts'
import { type Citation, citeSpan } from '../retrieve/citation'
import { type Amount, type Computation, toComputation } from './amounts'

/** A numeric answer: the worded result with `[n]` markers, the citations, and the derivation. */
export interface NumericAnswer {
  answer: string
  abstained: boolean
  citations: Citation[]
  computation?: Computation
}

/** Words a quoted figure may run to on either side within its clause. */
const BEFORE_WORDS = 14
const AFTER_WORDS = 8

/**
 * Builds one numeric answer: quotes each figure in the article's words, numbers the citations in the
 * order the figures are first quoted, and reports the computation with each operand's citation.
 */
export class Composer {
  private readonly cited: string[] = []

  constructor(private readonly index: CorpusIndex) {}

  /** The `[n]` marker for a fact's sentence, numbering it on first use. */
  mark(fact: Fact): string {
    let n = this.cited.indexOf(fact.sentenceId)
    if (n < 0) n = this.cited.push(fact.sentenceId) - 1
    return `[${n + 1}]`
  }

  /**
   * The figure in the article's words, from its clause ("the FSA may pay its fighters as little as
   * $36 per month"), quoted and marked.
   */
  quote(fact: Fact): string {
    return `“${this.words(fact)}” ${this.mark(fact)}`
  }

  /** A figure's whole sentence, quoted and marked (for a rule whose figures stand in one sentence). */
  quoteSentence(fact: Fact): string {
    const text = this.index.sentences.get(fact.sentenceId)?.text ?? fact.text
    return `“${text.replace(/[.\s]+$/, '')}” ${this.mark(fact)}`
  }

  /** The whole clause a figure stands in. */
  clause(fact: Fact): string {
    const sentence = this.index.sentences.get(fact.sentenceId)
    if (!sentence) return fact.text
    const at = fact.start - sentence.start
    const clause = clausesOf(sentence.text).find((c) => c.start <= at && at < c.end) ?? { start: 0, end: sentence.text.length }
    return sentence.text.slice(clause.start, clause.end)
  }

  /**
   * Several figures of one sentence, each clause once, in reading order, joined by "…" and marked
   * once: “the FSA may pay its fighters as little as $36 per month … Jabhat al-Nusra pays an average
   * of $100 per month” [1].
   */
  quoteMany(facts: readonly Fact[]): string {
    const sentence = this.index.sentences.get(facts[0].sentenceId)
    if (!sentence) return this.quote(facts[0])
    const clauses = clausesOf(sentence.text)
    const byClause = new Map<number, Fact[]>()
    for (const f of [...facts].sort((a, b) => a.start - b.start)) {
      const k = clauses.findIndex((c) => c.start <= f.start - sentence.start && f.start - sentence.start < c.end)
      byClause.set(k, [...(byClause.get(k) ?? []), f])
    }
    const parts = [...byClause.values()].map((group) => this.words(group[0], group.at(-1)))
    return `“${parts.join(' … ').replace(/…\s*…/g, '…')}” ${this.mark(facts[0])}`
  }

  /** The clause around a figure (or from one figure to another in it), trimmed to a few words either side. */
  words(fact: Fact, last: Fact = fact): string {
    const sentence = this.index.sentences.get(fact.sentenceId)
    if (!sentence) return fact.text
    const text = sentence.text
    const at = fact.start - sentence.start
    const end = last.end - sentence.start
    const clause = clausesOf(text).find((c) => c.start <= at && at < c.end) ?? { start: 0, end: text.length }
    const lead = text.slice(clause.start, at).replace(/^[\s;:,(—–)-]+|^(?:and|but|while|whereas|which|who|although|though|however|compared)\s+/gi, '')
    const trail = text.slice(end, clause.end).replace(/[\s;:,.(—–)-]+$/, '')
    const leadWords = lead.split(/\s+/).filter(Boolean)
    const trailWords = trail.replace(/^\s+/, '').split(/\s+/).filter(Boolean)
    const before = leadWords.length > BEFORE_WORDS ? `…${leadWords.slice(-BEFORE_WORDS).join(' ')} ` : lead
    const glue = /^[,;:.)]/.test(trail) ? '' : ' '
    const after = trailWords.length > AFTER_WORDS ? `${glue}${trailWords.slice(0, AFTER_WORDS).join(' ')}…` : trail ? `${glue}${trail.trim()}` : ''
    const quoted = `${before}${text.slice(at, end)}${after}`.replace(/\s+/g, ' ').trim()
    // A bracket opened in the quote is closed in it.
    return (quoted.match(/\(/g)?.length ?? 0) > (quoted.match(/\)/g)?.length ?? 0) && !quoted.endsWith('…') ? `${quoted})` : quoted
  }

  /** The finished answer: text, the citations in marker order, and the computation with each operand's citation. */
  done(text: string, result?: Amount | Computation, unit?: string): NumericAnswer {
    const citations = this.cited.map((sentenceId) => {
      const sentence = this.index.sentences.get(sentenceId)
      if (!sentence) throw new Error(`a figure cites an unknown sentence ${sentenceId}`)
      return citeSpan(this.index, sentence.passageId, sentence.start, sentence.end, sentence.id)
    })
    const computation = result && ('atom' in result ? toComputation(result, unit) : result)
    const withCitations = computation && {
      ...computation,
      operands: computation.operands.map((o) => {
        const fact = o.factId ? this.index.facts.get(o.factId) : undefined
        return { ...o, citation: fact ? this.cited.indexOf(fact.sentenceId) + 1 || undefined : undefined }
      }),
    }
    return { answer: text.replace(/\s+/g, ' ').trim(), abstained: false, citations, computation: withCitations }
  }
}

/** An honest "the article does not give that", naming what is missing; no citations, no figure. */
export function abstainWith(message: string): NumericAnswer {
  return { answer: message, abstained: true, citations: [] }
}
