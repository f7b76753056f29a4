import type { Context } from 'hono'
import * as v from 'valibot'
import { ProblemError } from './problem'
import { readBoundedText } from './read-body'
import type { AnyRoute, Input, InputSchema } from './route'

/** Limits on what a client may send: generous for people, small enough to keep every request cheap. */
export const LIMITS = {
  bodyBytes: 64 * 1024,
  questionChars: 1000,
  historyTurns: 20,
  turnChars: 4000,
  quoteChars: 1000,
  searchLimit: 50,
  placeholderChars: 200,
} as const

/** A required text field: trimmed, not blank, at most `max` characters (a 413 past it, as for a body). */
export const requiredText = (max: number) =>
  v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `may be at most ${max} characters`))

/** A whole-number query parameter within bounds, `fallback` when absent. */
export const wholeNumber = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number from ${min} to ${max}`
  return v.optional(v.pipe(v.string(message), v.digits(message), v.toNumber(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message)), String(fallback))
}

/** An earlier turn of a conversation, sent back by the client (the server keeps no state). */
const Turn = v.object({
  role: v.picklist(['user', 'assistant'], 'must be "user" or "assistant"'),
  content: v.pipe(v.string('must be a string'), v.maxLength(LIMITS.turnChars, `may be at most ${LIMITS.turnChars} characters`)),
}, 'must be an object with "role" and "content"')

/** The body of `/api/ask` and `/api/chat`: a question, and the conversation so far. */
export const AskRequest = v.object({
  question: requiredText(LIMITS.questionChars),
  history: v.optional(
    v.pipe(v.array(Turn, 'must be an array of {role, content} turns'), v.maxLength(LIMITS.historyTurns, `may hold at most ${LIMITS.historyTurns} turns`)),
    () => [],
  ),
}, 'must be a JSON object with a "question"')

/**
 * Reads and validates a route's input: path parameters, query and JSON body, each against its schema.
 * A bad value is a 400 problem naming the field; a value only too long is a 413, like a body too long.
 */
export async function readInput(c: Context, route: AnyRoute): Promise<Input<unknown, unknown, unknown>> {
  return {
    param: route.param && check(route.param, c.req.param(), 'the path'),
    query: route.query && check(route.query, c.req.query(), 'the query'),
    json: route.json && check(route.json, await readJson(c), 'the body'),
  }
}

/** The JSON media types, as Hono's validator reads them (`application/json`, `application/merge-patch+json`…). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i

/** Reads a JSON body, insisting on a JSON content type and the size limit. */
async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!JSON_TYPE.test(type.split(';')[0].trim())) {
    throw new ProblemError(415, 'unsupported-media-type', `send the body as application/json (got ${JSON.stringify(type || 'nothing')})`)
  }
  const text = await readBoundedText(c.req.raw, LIMITS.bodyBytes)
  try {
    return JSON.parse(text)
  } catch {
    throw new ProblemError(400, 'invalid-json', 'the body could not be parsed as JSON')
  }
}

function check(schema: InputSchema, value: unknown, where: string): unknown {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  const tooLong = result.issues.every((issue) => issue.type === 'max_length')
  const detail = result.issues.map((issue) => {
    if (!issue.path) return `${where} ${issue.message}`
    // An object schema reports a missing field under the field's own path.
    const missing = issue.type === 'object' && issue.received === 'undefined'
    return `${JSON.stringify(pathText(issue.path))} ${missing ? 'is required' : issue.message}`
  }).join('; ')
  throw new ProblemError(tooLong ? 413 : 400, tooLong ? 'payload-too-large' : 'invalid-request', detail)
}

/** `history[2].role` from valibot's issue path. */
function pathText(path: NonNullable<v.BaseIssue<unknown>['path']>): string {
  return path.map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i ? '.' : ''}${String(item.key)}`)).join('')
}
