import type { CorpusIndex } from '../index/corpus-index'

/**
 * A few questions drawn from the corpus itself, to show a reader what can be asked of any article:
 * what it is about, who a person it quotes is, a comparison of two owners' monthly sums when it gives
 * them, what it says about someone else it names, and a summary of one of its parts.
 */
export function suggestedQuestions(corpus: CorpusIndex): string[] {
  const { people, facts } = corpus.artifact
  const speaker = corpus.quotations.find((q) => q.speaker && people.includes(q.speaker))?.speaker
  const other = people.find((p) => p !== speaker && !p.includes(' '))
  const parts = [...corpus.documents.values()][0]?.parts.length ?? 0
  // Two owners with a monthly sum of money each: "How much more does A pay than B?".
  const paid = [...new Map(facts.filter((f) => f.kind === 'money' && f.period && !f.per && f.owner && f.high === undefined).map((f) => [f.owner as string, f])).values()]
  const questions = ['What is this article about?']
  if (speaker) questions.push(`Who is ${speaker}?`)
  if (paid.length >= 2) {
    const sorted = [...paid].sort((a, b) => a.value - b.value)
    questions.push(`How much more does ${sorted.at(-1)?.owner} pay than ${sorted[0].owner}?`)
  }
  if (other) questions.push(`What does the article say about ${other}?`)
  if (parts >= 2) questions.push('Summarise part two.')
  return questions
}
