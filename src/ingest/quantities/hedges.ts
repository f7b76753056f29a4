/**
 * Words before a figure that say how exact it is, as English writes them, longest first so "as
 * little as" wins over "little". What each means for arithmetic: an approximation, a floor (the
 * figure is the least), a ceiling (the most), an average.
 */
export type HedgeMeaning = 'approximate' | 'floor' | 'ceiling' | 'average' | 'exact'

const HEDGES: [phrase: string, meaning: HedgeMeaning][] = [
  ['as little as', 'floor'], ['as few as', 'floor'], ['as low as', 'floor'], ['at least', 'floor'], ['more than', 'floor'], ['over', 'floor'],
  ['upwards of', 'floor'], ['in excess of', 'floor'], ['no less than', 'floor'], ['a minimum of', 'floor'], ['a low of', 'floor'],
  ['start at', 'floor'], ['starts at', 'floor'], ['starting at', 'floor'], ['beginning at', 'floor'],
  ['as much as', 'ceiling'], ['as many as', 'ceiling'], ['as high as', 'ceiling'], ['up to', 'ceiling'], ['at most', 'ceiling'], ['no more than', 'ceiling'],
  ['less than', 'ceiling'], ['fewer than', 'ceiling'], ['under', 'ceiling'], ['below', 'ceiling'], ['a maximum of', 'ceiling'], ['a high of', 'ceiling'], ['just under', 'ceiling'],
  ['an average of', 'average'], ['average of', 'average'], ['on average', 'average'], ['a mean of', 'average'], ['a median of', 'average'], ['averaging', 'average'], ['averaged', 'average'],
  ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['approximately', 'approximate'], ['approx.', 'approximate'], ['nearly', 'approximate'],
  ['almost', 'approximate'], ['some', 'approximate'], ['an estimated', 'approximate'], ['estimated', 'approximate'], ['an estimate of', 'approximate'], ['c.', 'approximate'], ['ca.', 'approximate'],
  ['circa', 'approximate'], ['close to', 'approximate'], ['just over', 'approximate'], ['more or less', 'approximate'], ['around about', 'approximate'],
  ['only', 'exact'], ['just', 'exact'], ['exactly', 'exact'], ['precisely', 'exact'],
]

const MEANINGS = new Map(HEDGES)
const PATTERN = new RegExp(`(?:^|[^\\w.])(${HEDGES.map(([p]) => p.replace(/[.]/g, '\\.')).sort((a, b) => b.length - a.length).join('|')})\\s*(?:(?:US|A|C)?\\$|€|£|¥)?\\s*$`, 'i')

/**
 * The hedge that ends the words before a figure, lower case: "the FSA may pay as little as " →
 * "as little as". Undefined when the figure stands unhedged.
 *
 * @example hedgeBefore('salaries start at ') // => 'start at'
 */
export function hedgeBefore(lead: string): string | undefined {
  return PATTERN.exec(lead)?.[1].toLowerCase()
}

/** What a hedge means for arithmetic (`exact` for none). */
export function hedgeMeaning(hedge: string | undefined): HedgeMeaning {
  return (hedge && MEANINGS.get(hedge)) || 'exact'
}
