const DEFINITE = /^(?:The|This|That|These|Those)\s+(\p{Ll}+)(?=\s|'s\b|’s\b|,)/u
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
    const names = [...earlier[i].matchAll(named)].map((m) => m[0].replace(/^(?:The|A|An|This|That|In|On|At|By|Of|For)\s+/, ''))
    const name = names.filter((n) => n !== head).at(-1)
    if (name) return name
  }
  return ''
}
