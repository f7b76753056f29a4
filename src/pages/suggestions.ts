import type { CorpusIndex } from '../index/corpus-index'

/**
 * A few questions drawn from the corpus itself, to show a reader what can be asked of any article:
 * what it is about, who a person it quotes is, what it says about someone else it names, and a
 * summary of one of its parts.
 */
export function suggestedQuestions(corpus: CorpusIndex): string[] {
  const { people } = corpus.artifact
  const speaker = corpus.quotations.find((q) => q.speaker && people.includes(q.speaker))?.speaker
  const other = people.find((p) => p !== speaker && !p.includes(' '))
  const parts = [...corpus.documents.values()][0]?.parts.length ?? 0
  const questions = ['What is this article about?']
  if (speaker) questions.push(`Who is ${speaker}?`)
  if (other) questions.push(`What does the article say about ${other}?`)
  if (parts >= 2) questions.push('Summarise part two.')
  return questions
}
