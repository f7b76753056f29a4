/**
 * Numbers as English writes them: digits with thousands separators and decimals, words
 * ("twenty-five", "three hundred", "a million"), scale words after digits ("4.2 billion") and the
 * common fractions ("half", "a third", "two-thirds"). Shared by the build (reading the article) and
 * by the question reader, so both read "twelve" and "12" alike.
 */

/** Spelled-out cardinals up to the scale words. */
export const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
}

/** Words that multiply the number before them. */
export const SCALES: Readonly<Record<string, number>> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

/** Fractions written as words: the value and whether a count may stand before it ("two-thirds"). */
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, tenth: 1 / 10, tenths: 1 / 10,
}

/** A number found in a text: its value, where it stands, and how it was written. */
export interface NumberAtom {
  value: number
  start: number
  end: number
  /** Written in words ("twelve"), not digits. */
  words: boolean
  /** A fraction ("a third", "half"): a share of something, not a count. */
  fraction?: boolean
  /** The scale word applied ("billion"). */
  scale?: string
  /** The lone word "one", which is as often a pronoun ("one of them") as a number. */
  lone?: boolean
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?|[A-Za-z]+/g

/** Words and numerals of a text, with offsets. */
function tokens(text: string): { word: string; lower: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }))
}

const cardinal = (w: string) => (Object.hasOwn(CARDINALS, w) && w !== 'hundred' && w !== 'thousand' ? CARDINALS[w] : undefined)
const scaleOf = (w: string) => (Object.hasOwn(SCALES, w) ? SCALES[w] : undefined)
const fractionOf = (w: string) => (Object.hasOwn(FRACTIONS, w) ? FRACTIONS[w] : undefined)

/** Reads "1,200" or "12.5" as a number (NaN when it is not one). */
export function readNumeral(text: string): number {
  return /^\d[\d,]*(?:\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : Number.NaN
}

/**
 * Every number in a text, in order: digits (with a scale word after them), words, and fractions.
 * A hyphen or a space joins the words of one number ("twenty-five", "three hundred"); a comma never
 * does, so "$4.2 billion, twenty-five children" is two numbers.
 *
 * @example findNumbers('some $4.2 billion, twenty-five children').map((n) => n.value) // => [4200000000, 25]
 */
export function findNumbers(text: string): NumberAtom[] {
  const toks = tokens(text)
  const out: NumberAtom[] = []
  const joined = (a: number, b: number) => /^[ -]$/.test(text.slice(toks[a].end, toks[b].start))
  let i = 0
  while (i < toks.length) {
    const t = toks[i]
    if (/^\d/.test(t.word)) {
      // "12,5" or a clock time "3:08" are not amounts the reader means.
      if (/^[:\/]\d/.test(text.slice(t.end, t.end + 2)) || /\d[:\/]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) { i++; continue }
      let value = readNumeral(t.word)
      let end = t.end
      let scale: string | undefined
      const next = toks[i + 1]
      if (next && joined(i, i + 1) && scaleOf(next.lower) !== undefined && text.slice(t.end, next.start) === ' ') {
        value *= scaleOf(next.lower) as number
        scale = next.lower
        end = next.end
        i++
      }
      out.push({ value, start: t.start, end, words: false, scale })
      i++
      continue
    }
    const read = readWords(toks.map((x) => x.lower), i, joined)
    if (read) {
      out.push({ value: read.value, start: t.start, end: toks[read.next - 1].end, words: true, fraction: read.fraction, scale: read.scale, lone: read.lone })
      i = read.next
    } else i++
  }
  return out
}

/** Reads a number written in words from token i; undefined when none starts there. */
function readWords(words: string[], i: number, joined: (a: number, b: number) => boolean): { value: number; next: number; fraction?: boolean; scale?: string; lone?: boolean } | undefined {
  const w = words[i]
  // "a million", "a hundred", "a third", "a half", "a dozen".
  if ((w === 'a' || w === 'an') && i + 1 < words.length && joined(i, i + 1)) {
    const after = words[i + 1]
    if (scaleOf(after) !== undefined) return { value: scaleOf(after) as number, next: i + 2, scale: after }
    if (after === 'dozen') return { value: 12, next: i + 2 }
    if (fractionOf(after) !== undefined && after !== 'fourth') return { value: fractionOf(after) as number, next: i + 2, fraction: true }
    return undefined
  }
  if (w === 'half' && !(i + 1 < words.length && words[i + 1] === 'an')) return { value: 0.5, next: i + 1, fraction: true }
  let value = 0
  let group = 0
  let j = i
  let any = false
  let scale: string | undefined
  while (j < words.length && (j === i || joined(j - 1, j))) {
    const word = words[j]
    const c = cardinal(word)
    if (c !== undefined) {
      // "twenty five" / "twenty-five": a unit after a ten adds to it; two units in a row do not join.
      if (any && group % 100 !== 0 && !(group % 10 === 0 && group % 100 >= 20 && c < 10)) break
      group += c
      any = true
      j++
      continue
    }
    if (any && word === 'hundred') { group *= 100; j++; continue }
    if (any && word === 'and' && j + 1 < words.length && cardinal(words[j + 1]) !== undefined && group % 100 === 0 && group > 0) { j++; continue }
    if (any && scaleOf(word) !== undefined && word !== 'hundred') {
      value += group * (scaleOf(word) as number)
      group = 0
      scale = word
      j++
      continue
    }
    if (any && word === 'dozen') { group *= 12; j++; continue }
    // "two-thirds", "three quarters": a count of fractions.
    if (any && group < 10 && fractionOf(word) !== undefined && word !== 'half' && !/^(?:second|fourth)$/.test(word)) return { value: group * (fractionOf(word) as number), next: j + 1, fraction: true }
    break
  }
  if (!any) return undefined
  // "one and a half".
  if (words[j] === 'and' && words[j + 1] === 'a' && words[j + 2] === 'half') { group += 0.5; j += 3 }
  const total = value + group
  return { value: total, next: j, scale, lone: j === i + 1 && words[i] === 'one' }
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
  return Number.isInteger(n) && n > 0 && n <= 10 ? (WORDS_BY_VALUE.get(n) ?? String(n)) : n.toLocaleString('en-US')
}
