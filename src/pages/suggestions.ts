import type { CorpusIndex } from '../index/corpus-index'

/**
 * A few questions drawn from the corpus itself, to show a reader what can be asked: about a person
 * the article quotes, a group's pay, a family's pay computed from the allowances, and a quote.
 */
export function suggestedQuestions(corpus: CorpusIndex): string[] {
  const { people, facts, entities } = corpus.artifact
  const name = (id?: string) => entities.find((e) => e.id === id)?.name ?? id
  const speaker = corpus.quotations.find((q) => q.speaker && people.includes(q.speaker))?.speaker
  const salaried = [...new Set(facts.filter((f) => f.measure === 'salary' && f.entity).map((f) => f.entity))]
  const questions: string[] = []
  if (speaker) questions.push(`Who is ${speaker}?`)
  if (salaried.length >= 2) questions.push(`How much more does ${name(salaried.at(-1))} pay than ${name(salaried[0])}?`)
  if (facts.some((f) => f.measure === 'allowance-child')) questions.push(`What would an ${name(facts.find((f) => f.measure === 'allowance-child')?.entity)} fighter with one wife and two children earn?`)
  if (salaried.length >= 3) questions.push('Rank the groups by monthly pay.')
  if (people.length) questions.push(`Why did ${people[3] ?? people[0]} leave?`)
  return questions
}
