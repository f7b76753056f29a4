import nlp from 'compromise'

/** Verbs after which a capitalised word is someone acting or speaking in the text. */
const PERSON_VERBS = 'said|says|recounted|estimated|explained|added|cried|fled|became|had|was|retorted|responded|deserted|joined'

/** Capitalised words that open clauses, never people. General English. */
const NOT_NAMES = new Set(['As', 'But', 'In', 'And', 'The', 'When', 'For', 'After', 'Before', 'Although', 'Finally', 'First', 'Second', 'Third', 'Another', 'One', 'Some', 'Those', 'Like', 'Despite', 'Whereas', 'This', 'That', 'These', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Its', 'There', 'Then', 'Now', 'Today', 'Yet', 'Still', 'Since', 'While', 'If', 'Although', 'Because', 'Many', 'Most', 'Such'])

/**
 * Names of the people a document speaks of, found by how the text introduces them: an appositive
 * ("Hossam, a deserter"), a speech or action verb ("Khaled said", "Ammar fled") that does not follow a
 * place preposition, or a photo credit ("Omar Sanadiki / Reuters").
 *
 * @example findPeople('Hossam, a deserter from Idlib, said so.') // => ['Hossam']
 */
export function findPeople(text: string): string[] {
  // Places and organisations the tagger knows ("Syria fled", "Turkey, a country") are not people.
  const notPeople = new Set([...nlp(text).places().out('array'), ...nlp(text).organizations().out('array')].flatMap((p: string) => p.match(/[A-Z][a-z]+/g) ?? []))
  const names = new Set<string>()
  const patterns = [
    /(?<!\b(?:from|in|of|to|near|into|the) (?:[A-Z][a-z]+ )?)\b([A-Z][a-z]{2,})(?:, (?:a|an) )/g,
    new RegExp(`(?<!\\b(?:from|in|of|to|near|into|the|al|al-) (?:[A-Z][a-z]+ )?)\\b([A-Z][a-z]{2,}) (?:${PERSON_VERBS})\\b`, 'g'),
    /^([A-Z][a-z]+(?: [A-Z][a-z]+)+) \/ [A-Z]/gm,
    // "Yazidi boy Emad", "his brother Murad".
    /\b(?:boy|girl|son|daughter|brother|sister|mother|father|wife|husband|cousin|uncle) ([A-Z][a-z]{2,})\b/g,
  ]
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) if (!NOT_NAMES.has(m[1]) && !notPeople.has(m[1])) names.add(m[1])
  }
  return [...names]
}
