/** "The module was…", "The university's…": not "The house he bought" nor "The house of Lords", which name another. */
const DEFINITE = /^(?:The|This|That|These|Those)\s+(\p{Ll}+)(?=['’]s\b|,|\s(?!(?:he|she|they|we|I|you|it|that|which|who|whom|whose|where|of|in|on|at|from|with|for)\b))/u
/** Words that open sentences and clauses, capitalised there: "Today Ford Motor Company…", "In Central Asia…". */
export const OPENING_WORDS = /^(?:The|A|An|This|That|These|Those|In|On|At|By|Of|For|From|To|As|With|Within|Without|Under|After|Before|During|Since|Until|When|While|If|Once|Although|Though|Because|However|Meanwhile|Moreover|Furthermore|Indeed|Instead|Today|Now|Then|Later|Still|Yet|Also|Thus|Hence|Here|There|Its|His|Her|Their|Our|Many|Some|Most|Both|Each|Every|Other|Such|Despite|Unlike|Like|Following|Only|Even)$/
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`

/**
 * The name a definite description at a sentence's start stands for: "The module was 11.42 feet tall"
 * after "The Command Module (CM) was the conical crew cabin" is about the Command Module. It is the
 * nearest earlier name in the passage whose head is that noun: its last word ("Command Module",
 * "Harvard Stadium") or its first before "of" ("University of Chicago"). Empty when there is none,
 * or when the sentence writes that name itself.
 *
 * @example definiteReferent('The module weighed 12,250 pounds.', ['The Command Module (CM) was a cabin.']) // => 'Command Module'
 */
export function definiteReferent(text: string, earlier: readonly string[]): string {
  const noun = DEFINITE.exec(text)?.[1]
  if (!noun || noun.length < 3) return ''
  const head = noun[0].toUpperCase() + noun.slice(1)
  const named = new RegExp(String.raw`(?:${NAME_WORD}\s+){1,4}${head}\b(?!\s+(?:${NAME_WORD}|of\b))|\b${head}\s+of\s+(?:the\s+)?${NAME_WORD}`, 'gu')
  if (named.test(text)) return ''
  for (let i = earlier.length - 1; i >= 0; i--) {
    named.lastIndex = 0
    const names = [...earlier[i].matchAll(named)].map((m) => {
      const words = m[0].replace(/\.$/, '').split(/\s+/)
      // Words capitalised because they open a sentence or a clause are no part of the name after them.
      while (words.length > 1 && OPENING_WORDS.test(words[0])) words.shift()
      return words.join(' ')
    })
    const name = names.filter((n) => n !== head).at(-1)
    if (name) return name
  }
  return ''
}
