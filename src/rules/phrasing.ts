import { numberWord } from '../index/numbers'

/** Small wording helpers for numeric answers: they turn figures into the article's kind of English. */

/** The text with its first letter capitalised. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "a" or "an" before a name, or nothing when it already has "the": "an ISIS fighter", "the Syrian army". */
export function article(name: string): string {
  return /^the /i.test(name) ? name : /^[aeiou]/i.test(name) || /^(?:ISIS|FSA)\b/.test(name) ? `an ${name}` : `a ${name}`
}

/** "one wife", "three children"; nothing for none. */
export function plural(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${numberWord(n)} ${n === 1 ? one : many}`
}

/**
 * Items joined as in a sentence.
 *
 * @example joinWords(['ISIS', 'the FSA', 'Nusra']) // => 'ISIS, the FSA and Nusra'
 */
export function joinWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** "a third", "a half" for the reciprocal of a small multiple. */
export function fraction(multiple: number): string {
  return { 2: 'a half', 3: 'a third', 4: 'a quarter' }[multiple] ?? `1/${multiple}`
}
