import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The kinds of error the API reports, each a stable `type` URI and a human title (RFC 9457). */
const PROBLEMS = {
  'invalid-request': 'The request is not valid',
  'invalid-json': 'The body is not valid JSON',
  'unsupported-media-type': 'The body must be JSON',
  'payload-too-large': 'The request is too large',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  'rate-limited': 'Too many requests',
  'internal-error': 'Something went wrong on our side',
} as const

export type ProblemKind = keyof typeof PROBLEMS

/** An RFC 9457 problem details object. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
}

/**
 * An error a handler throws to answer with a problem object; `app.onError` turns it into JSON.
 *
 * @example throw new ProblemError(400, 'invalid-request', '"question" must be a non-empty string')
 */
export class ProblemError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message: detail })
  }
}

/** The problem object for an error kind. */
export function problem(status: number, kind: ProblemKind, detail: string): Problem {
  return { type: `/problems/${kind}`, title: PROBLEMS[kind], status, detail }
}

/** Sends a problem as `application/problem+json`. */
export function sendProblem(c: Context, status: ContentfulStatusCode, kind: ProblemKind, detail: string, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(problem(status, kind, detail)), status, { 'content-type': 'application/problem+json', ...headers })
}
