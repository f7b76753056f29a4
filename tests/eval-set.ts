import { readFileSync } from 'node:fs'

/** One evaluation item, in the format of ../shared/eval/dev.jsonl. */
export interface EvalItem {
  id: string
  kind: 'ask' | 'cite' | 'chat'
  category: string
  question?: string
  quote?: string
  turns?: string[]
  support: string[]
  answer?: string[]
  numbers?: number[]
  abstain?: boolean
  speaker?: string | null
  found?: boolean
}

/** Reads a JSONL evaluation set. */
export function readEvalSet(path: string): EvalItem[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as EvalItem)
}

/** Folds text the way the shared scorer does before comparing. */
export function norm(text: unknown): string {
  return String(text ?? '').normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Whether a number (within 1%) appears in a text or equals the computation's value. */
export function hasNumber(text: string, n: number, extra?: number): boolean {
  const found = [...text.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]))
  if (extra !== undefined) found.push(extra)
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fourteen: 14 }
  for (const [w, v] of Object.entries(words)) if (new RegExp(`\\b${w}\\b`, 'i').test(text)) found.push(v)
  return found.some((x) => Math.abs(x - n) <= Math.max(0.011 * Math.abs(n), 0.051))
}
