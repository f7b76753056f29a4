import type { CorpusIndex } from '../index/corpus-index'

/**
 * A few questions drawn from the corpus itself, to show a reader what can be asked: about a person
 * the article quotes, a comparison of two groups' figures, a table's rule applied to a family, and why
 * someone acted.
 */
export function suggestedQuestions(corpus: CorpusIndex): string[] {
  const { people, facts, formulas, entities } = corpus.artifact
  const speaker = corpus.quotations.find((q) => q.speaker && people.includes(q.speaker))?.speaker
  // Two owners with a monthly sum of money each: "How much more does A pay than B?".
  const paid = [...new Map(facts.filter((f) => f.kind === 'money' && f.period && !f.per && f.owner && f.high === undefined).map((f) => [f.owner as string, f])).values()]
  const questions: string[] = []
  if (speaker) questions.push(`Who is ${speaker}?`)
  if (paid.length >= 2) {
    const [low, high] = [...paid].sort((a, b) => a.value - b.value).filter((_, i, all) => i === 0 || i === all.length - 1)
    questions.push(`How much more does ${high.owner} pay than ${low.owner}?`)
  }
  const rule = formulas?.[0]
  if (rule && rule.per.length >= 2) {
    const group = entities.find((e) => e.id === rule.group)?.name ?? rule.group
    questions.push(`What would ${group} pay a fighter with one ${rule.per[0].counts[0]} and two ${rule.per.at(-1)?.counts[1] ?? rule.per.at(-1)?.counts[0]}?`)
  }
  if (paid.length >= 3) questions.push('Rank the groups by monthly pay.')
  if (people.length) questions.push(`Why did ${people[3] ?? people[0]} leave?`)
  return questions
}
