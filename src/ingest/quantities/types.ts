/**
 * What a figure in a text is: a sum of money, a share, a count of something, a measurement with a
 * unit, a stretch of time, a date, a multiple ("twice as much"), a part of a whole ("3-of-15"), a
 * game's score ("24–10"), a person's age, or a bare number whose meaning its sentence leaves open.
 */
export type QuantityKind = 'money' | 'percent' | 'count' | 'measure' | 'duration' | 'date' | 'multiplier' | 'part' | 'score' | 'age' | 'number'

/** A calendar date as precise as the text gives it: a year (astronomical: 300 BC is -299), a month, a day. */
export interface DateValue {
  /** Absent when the text gives a month or a day without its year ("in March"). */
  year?: number
  /** 1–12. */
  month?: number
  day?: number
}

/** A figure as written in a sentence: its value (or range), unit, hedge and where it stands. */
export interface Quantity {
  kind: QuantityKind
  /** The value in the unit, scale words applied ("$4.2 billion" is 4.2e9); a date's year. */
  value: number
  /** The top of a range ("between $400 and $1,200"), the loser's points of a score, a date range's end year. */
  high?: number
  /** For a part of a whole ("3-of-15", "260 of the 352 votes"): the whole. */
  of?: number
  /**
   * The unit: a currency code (USD, EUR), `percent`, a unit of measurement as the unit table names it
   * (`metres`, `hours`, `hectares`), `times` for a multiple, or the counted noun as written (`schools`).
   * Empty for a bare number.
   */
  unit: string
  /** A time period the figure is a rate per ("$50 per month"). */
  period?: 'hour' | 'day' | 'week' | 'month' | 'year'
  /** Another unit the figure is a rate per ("$50 per wife or slave", "$3 per barrel"). */
  per?: string
  /** A date, as precise as written; with `dateHigh` for a range of dates ("1862–90"). */
  date?: DateValue
  dateHigh?: DateValue
  /** A date written relative to the one before it ("the following year" is +1): its year is that one's plus this. */
  shift?: number
  /** The words that hedge the figure, as written in lower case ("as little as", "about", "up to"). */
  hedge?: string
  /** The scale word the text used ("billion"), so a result reads on the same scale. */
  scale?: string
  /** A figure in parentheses restating the one before it in another unit ("12,250 pounds (5,560 kg)"). */
  restates?: boolean
  /** Offsets within the sentence of the figure's words (the number, its unit, its range). */
  start: number
  end: number
}
