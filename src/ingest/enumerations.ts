import type { Passage } from './types'

/** A list the article runs through paragraph by paragraph: "First, …", "Second, …", "Finally, …". */
export interface Enumeration {
  part: number
  /** The paragraphs that make the list, in order. */
  passageIds: string[]
}

/** How a paragraph that is an item of a list opens. */
const MARKER = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly|For one|In addition|Also|Moreover|Another\b|A (?:second|third|fourth|fifth|sixth|final) (?:group|reason|factor|motivation|grievance)\b)/

/**
 * Finds the lists a document runs through, one paragraph per item: three or more paragraphs of one
 * part that open with an ordinal or additive marker, each list opened by "First" or "For one" and
 * closed by the next "Finally" or "Lastly" (a part may run through several lists: why people come,
 * then why they leave).
 *
 * @example findEnumerations(passages)[0].passageIds // => ['quitting-isis:p6', 'quitting-isis:p7', …]
 */
export function findEnumerations(passages: Passage[]): Enumeration[] {
  const lists: Enumeration[] = []
  for (const part of new Set(passages.map((p) => p.part))) {
    const items = passages.filter((p) => p.part === part && p.kind === 'paragraph' && MARKER.test(p.sentences[0]?.text ?? ''))
    let open: Passage[] | undefined
    for (const item of items) {
      const text = item.sentences[0].text
      if (/^(?:First|For one)\b/.test(text)) open = [item]
      else if (open) open.push(item)
      if (open && /^(?:Finally|Lastly)\b/.test(text)) {
        if (open.length >= 3) lists.push({ part, passageIds: open.map((p) => p.id) })
        open = undefined
      }
    }
  }
  return lists
}
