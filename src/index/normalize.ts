/**
 * Text folding shared by every stage that compares words: Unicode compatibility forms, curly quotes,
 * dashes and non-breaking spaces become their plain ASCII counterparts. The folded string keeps the
 * original's length, so offsets found in it are offsets in the source text.
 *
 * @example foldText('ISIS’ “cubs”—and') // => "ISIS' \"cubs\"-and"
 */
export function foldText(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
}

/** Folds text and lower-cases it: the form used for exact and approximate quote matching. */
export function foldForMatch(text: string): string {
  return foldText(text).toLowerCase()
}

/** Text to match literally inside a regular expression ("U.S." stays "U.S.", not "U any S any"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
