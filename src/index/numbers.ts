/**
 * Spelled-out cardinal numbers, shared by every stage that reads or writes them: quote matching
 * ("eighty per cent" is "80 percent"), answer types, fact extraction and the wording of answers.
 */
export const CARDINALS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
}

const WORDS_BY_VALUE = new Map(Object.entries(CARDINALS).map(([word, value]) => [value, word]))

/**
 * A small whole number in words, as prose writes it; larger ones in digits.
 *
 * @example numberWord(5) // => 'five'
 * @example numberWord(0) // => 'no'
 */
export function numberWord(n: number): string {
  if (n === 0) return 'no'
  return n <= 10 ? (WORDS_BY_VALUE.get(n) ?? String(n)) : n.toLocaleString('en-US')
}
