/**
 * Questions about two things at once — "How did X differ from Y?", "X compared with Y", "the
 * difference between X and Y", "How do X and Y compare?" — whose answer is one cited sentence about
 * each. General English wording; the sides are answered like questions of their own.
 */

/** "What is the difference between X and Y?" */
const BETWEEN = /\b(?:differences?|distinction|contrast|gap) between (.+?) and (.+?)[?.!]*$/i
/** "How do X and Y compare?", "How did X and Y differ?" */
const BOTH = /^(?:how|in what ways?) (?:do|does|did|would) (.+?) and (.+?) (?:compare|differ|contrast)\b.*$/i
/** "How did X differ from Y?", "X compared with Y", "X as opposed to Y", "X versus Y". */
const AGAINST = /^(.+?),? (?:differ(?:s|ed)? from|(?:is |are |was |were )?different from|(?:when |as )?compared? (?:with|to)|in comparison (?:with|to)|as opposed to|versus|contrasted with) (.+?)[?.!]*$/i

/** The two sides a question compares, each as a question to answer, or undefined when it compares nothing. */
export function comparisonSides(question: string): [string, string] | undefined {
  const q = question.trim()
  const m = BETWEEN.exec(q) ?? BOTH.exec(q) ?? AGAINST.exec(q)
  if (!m) return undefined
  const [a, b] = [m[1].trim(), m[2].trim()]
  // Each side must say something: "compared with before" or "versus them" is not a second thing.
  return words(a) >= 2 && words(b) >= 2 ? [a, b] : undefined
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length
}
