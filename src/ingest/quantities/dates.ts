import type { DateValue, Quantity } from './types'

/** Month names and their common abbreviations, 1-based. */
/** The months' names, January first. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((m, i): [string, number] => [m.toLowerCase(), i + 1]),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((m): [string, number] => [m, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m.slice(0, 3)) + 1]),
])

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
const ERA = '(BCE|BC|B\\.C\\.|CE|AD|A\\.D\\.)'
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 }

/** A date as wide as a decade or a century ("the 1850s", "the 7th century"): no moment to count years from. */
export const ROUGH_DATE = /centur|\d0s\b/i

const month = (name: string) => MONTHS.get(name.toLowerCase().replace(/\.$/, '')) as number
/** A year as written with its era, on the astronomical scale (1 BC is 0, 300 BC is -299): differences across the era need no year zero. */
const year = (digits: string, era?: string) => (era && /^B/.test(era) ? 1 - Number(digits) : Number(digits))
/** Units after a four-digit number that make it a measure, not a year ("1000 N", "1024-bit"). */
const NOT_A_YEAR_AFTER = /^(?:\s?(?:%|percent|per cent|times|km|kg|m\b|metres|meters|feet|ft|miles|mph|N\b|K\b|hp|pounds|lb|tons|tonnes|people|men|women|troops|soldiers|votes|members|students|acres|hectares|ha\b|yards|points|[-–]bit|-\w)|[,.]\d|\d)/i

interface DateSpan {
  start: number
  end: number
  date: DateValue
  high?: DateValue
  shift?: number
}

/**
 * A year named by its place beside another: "the following year", "a year later", "the previous year",
 * "that same year". ("A year after the United States gained Florida" counts from that event, not a date.)
 */
const RELATIVE_YEAR = /\b(?:(?:(?:[Tt]he|[Tt]hat) (?:following|next|previous|preceding|same|very same) year|(?:[Aa]|[Oo]ne) year (?:later|earlier))\b(?! (?:of|in|when|that|which|to|on)\b)|(?:[Tt]he|[Aa]|[Oo]ne) year (?:after|before)(?=[,.;:)]|$))/

/**
 * Every date in a sentence, most precise reading first: "November 28, 1995", "10 February 1763",
 * "January 2016", "the summer of 1961", years with or without an era ("1066", "300 BC", "AD 1640"),
 * ranges of years ("1862–90", "981–1037", "from 541 to 700 CE"), decades ("the 1850s") and centuries
 * ("the 14th century", "17th-century"). A month with no year ("in March") is a date of unknown year.
 *
 * @example findDates('He turned to ISIS in November 2014.')[0].date // => { year: 2014, month: 11 }
 */
export function findDates(sentence: string): Quantity[] {
  const spans: DateSpan[] = []
  const claim = (s: DateSpan) => {
    if (!spans.some((o) => o.start < s.end && s.start < o.end)) spans.push(s)
  }
  const all = (pattern: string) => sentence.matchAll(new RegExp(pattern, 'g'))
  for (const m of all(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{3,4})\\b`)) claim({ start: m.index, end: m.index + m[0].length, date: { year: Number(m[3]), month: month(m[1]), day: Number(m[2]) } })
  for (const m of all(`\\b(\\d{1,2}) ${MONTH},? (\\d{3,4})\\b`)) claim({ start: m.index, end: m.index + m[0].length, date: { year: Number(m[3]), month: month(m[2]), day: Number(m[1]) } })
  for (const m of all(`\\b${MONTH},? (?:of )?(\\d{4})\\b`)) claim({ start: m.index, end: m.index + m[0].length, date: { year: Number(m[2]), month: month(m[1]) } })
  for (const m of all(`\\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) of (\\d{4})\\b`)) claim({ start: m.index + m[0].length - 4, end: m.index + m[0].length, date: { year: Number(m[1]) } })
  // Ranges of years: "1862–90", "981–1037", "1299 to 1923", "from 541 to 700 CE".
  for (const m of all(`\\b(?:([Ff]rom|[Bb]etween) )?(\\d{3,4})(?: ${ERA})?(?:\\s?[–—-]\\s?| to | and | until )(\\d{2,4})(?: ${ERA})?\\b`)) {
    const era = m[5] ?? m[3]
    const first = m[2]
    let last = m[4]
    if (last.length === 2 && first.length === 4) last = first.slice(0, 2) + last
    const a = year(first, m[3] ?? (era && !/^B/.test(era) ? era : m[5]))
    const b = year(last, m[5] ?? era)
    const plausible = (era !== undefined || (Number(first) >= 1000 && Number(first) <= 2100) || (/[–—-]/.test(m[0]) && Number(last) >= 1000 && Number(last) <= 2100 && Number(first) >= 100)) && b > a && b - a < 2000 && !NOT_A_YEAR_AFTER.test(sentence.slice(m.index + m[0].length))
    // "between 1939 and 1945" and "from 1959 to 1973" are spans only when both ends are years.
    if (plausible && (m[1] || !/ and /.test(m[0]))) claim({ start: m.index + (m[1] ? m[1].length + 1 : 0), end: m.index + m[0].length, date: { year: a }, high: { year: b } })
  }
  for (const m of all(`\\b(\\d{1,4}) ${ERA}(?!\\w)`)) claim({ start: m.index, end: m.index + m[0].length, date: { year: year(m[1], m[2]) } })
  for (const m of all(`\\b(?:AD|A\\.D\\.) (\\d{1,4})\\b`)) claim({ start: m.index, end: m.index + m[0].length, date: { year: Number(m[1]) } })
  for (const m of all('\\b(\\d{3})0s\\b')) claim({ start: m.index, end: m.index + m[0].length, date: { year: Number(m[1]) * 10 }, high: { year: Number(m[1]) * 10 + 9 } })
  for (const m of all(`\\b(\\d{1,2})(?:st|nd|rd|th)[ -]centur(?:y|ies)(?: ${ERA})?`)) claim(century(m.index, m[0].length, Number(m[1]), m[2]))
  for (const m of all(`\\b(${Object.keys(ORDINALS).join('|')})[ -]centur(?:y|ies)(?: ${ERA})?`)) claim(century(m.index, m[0].length, ORDINALS[m[1].toLowerCase()], m[2]))
  for (const m of all(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)`)) {
    const day = Number(m[2])
    if (day >= 1 && day <= 31) claim({ start: m.index, end: m.index + m[0].length, date: { month: month(m[1]), day } })
  }
  // A bare year: four digits from 1000 to 2099, not a measure ("1000 N") or an amount ("$1200").
  for (const m of all('(?<![\\d,.$€£¥#-])\\b(1\\d{3}|20\\d{2})\\b(?!\\d|,\\d|\\.\\d)')) {
    if (NOT_A_YEAR_AFTER.test(sentence.slice(m.index + 4))) continue
    claim({ start: m.index, end: m.index + 4, date: { year: Number(m[1]) } })
  }
  // "in March", "the month of March": a month of a year the sentence does not give.
  for (const m of all(`\\b(?:in|of|since|until|by|from|during|early|late|mid-)\\s?(?:the month of )?${MONTH}(?! \\d)\\b`)) {
    if (m[1] === 'May' && !/month of/.test(m[0])) continue
    claim({ start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, date: { month: month(m[1]) } })
  }
  // "the following year", "a year earlier": a year counted from the date before it, which the reader of the facts supplies.
  for (const m of all(RELATIVE_YEAR.source)) {
    const shift = /\b(?:following|next|after|later)\b/i.test(m[0]) ? 1 : /\b(?:previous|preceding|before|earlier)\b/i.test(m[0]) ? -1 : 0
    claim({ start: m.index, end: m.index + m[0].length, date: {}, shift })
  }
  return spans.sort((a, b) => a.start - b.start).map((s) => ({
    kind: 'date', value: s.date.year ?? 0, high: s.high?.year, unit: 'date', date: s.date, dateHigh: s.high, start: s.start, end: s.end, ...(s.shift === undefined ? {} : { shift: s.shift }),
  }))
}

function century(at: number, length: number, n: number, era?: string): DateSpan {
  const bc = era !== undefined && /^B/.test(era)
  return bc
    ? { start: at, end: at + length, date: { year: 1 - n * 100 }, high: { year: 1 - ((n - 1) * 100 + 1) } }
    : { start: at, end: at + length, date: { year: (n - 1) * 100 + 1 }, high: { year: n * 100 } }
}
