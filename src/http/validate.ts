import type { Context } from 'hono'
import { ProblemError } from './problem'
import { readBoundedText } from './read-body'

/** Limits on what a client may send: generous for people, small enough to keep every request cheap. */
export const LIMITS = {
  bodyBytes: 64 * 1024,
  questionChars: 1000,
  historyTurns: 20,
  turnChars: 4000,
  quoteChars: 1000,
  searchLimit: 50,
} as const

/** An earlier turn of a conversation, sent back by the client (the server keeps no state). */
export interface Turn {
  role: 'user' | 'assistant'
  content: string
}

export interface AskRequest {
  question: string
  history: Turn[]
}

/** Reads a JSON body, insisting on the JSON content type and the size limit. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ProblemError(415, 'unsupported-media-type', `send the body as application/json (got ${JSON.stringify(type || 'nothing')})`)
  }
  const text = await readBoundedText(c.req.raw, LIMITS.bodyBytes)
  try {
    return JSON.parse(text)
  } catch {
    throw new ProblemError(400, 'invalid-json', 'the body could not be parsed as JSON')
  }
}

/**
 * Checks an ask request: a non-empty question within the length limit, and an optional history of
 * user/assistant turns within its own limits.
 */
export function parseAskRequest(body: unknown): AskRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('the body must be a JSON object with a "question"')
  const { question, history = [] } = body as Record<string, unknown>
  const text = requireText(question, 'question', LIMITS.questionChars)
  if (!Array.isArray(history)) throw invalid('"history" must be an array of {role, content} turns')
  if (history.length > LIMITS.historyTurns) throw new ProblemError(413, 'payload-too-large', `"history" may hold at most ${LIMITS.historyTurns} turns`)
  const turns = history.map((turn, i): Turn => {
    if (!turn || typeof turn !== 'object') throw invalid(`history[${i}] must be an object with "role" and "content"`)
    const { role, content } = turn as Record<string, unknown>
    if (role !== 'user' && role !== 'assistant') throw invalid(`history[${i}].role must be "user" or "assistant"`)
    if (typeof content !== 'string') throw invalid(`history[${i}].content must be a string`)
    if (content.length > LIMITS.turnChars) throw new ProblemError(413, 'payload-too-large', `history[${i}].content may be at most ${LIMITS.turnChars} characters`)
    return { role, content }
  })
  return { question: text, history: turns }
}

/** A required, non-blank string parameter within a length limit (413 past it). */
export function requireText(value: unknown, name: string, maxChars: number): string {
  if (typeof value !== 'string') throw invalid(`"${name}" must be a string`)
  const text = value.trim()
  if (!text) throw invalid(`"${name}" must not be empty`)
  if (text.length > maxChars) throw new ProblemError(413, 'payload-too-large', `"${name}" may be at most ${maxChars} characters (got ${text.length})`)
  return text
}

/** A whole-number query parameter within bounds, or its default when absent. */
export function boundedInt(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback
  if (!/^\d{1,6}$/.test(value)) throw invalid(`"${name}" must be a whole number from ${min} to ${max}`)
  const n = Number(value)
  if (n < min || n > max) throw invalid(`"${name}" must be a whole number from ${min} to ${max}`)
  return n
}

function invalid(detail: string): ProblemError {
  return new ProblemError(400, 'invalid-request', detail)
}
