import type { Context } from 'hono'
import type * as v from 'valibot'

/** A valibot schema for one part of a request (its JSON body, query or path parameters). */
export type InputSchema = v.GenericSchema

/**
 * The worker's bindings: the generated `Env`, plus `PUBLIC_ORIGIN`, which is optional and so absent
 * from wrangler.toml (and the generated type) until a deployment sets it.
 */
export type Bindings = Env & { PUBLIC_ORIGIN?: string }

/** What a route answers with one status: what it means, and the body's media types and schema. */
export interface ResponseSpec {
  description: string
  /** Media types of the body; `application/json` when absent. */
  types?: string[]
  /** JSON Schema of the body, where it is worth describing. */
  schema?: object
}

type Output<S> = S extends InputSchema ? v.InferOutput<S> : undefined

/** A route's input after validation: each part as its schema's output. */
export interface Input<J, Q, P> {
  json: Output<J>
  query: Output<Q>
  param: Output<P>
}

/**
 * One route, described once: its method and path, what it does, the schemas of its input (which both
 * validate every request and describe it in /openapi.json) and what each status it answers means.
 * A JSON body brings 400, 413 and 415 with it and `/api/*` brings 429, so those are not listed.
 */
export interface Route<J = unknown, Q = unknown, P = unknown> {
  method: 'GET' | 'POST'
  /** Hono's syntax: `/api/cite/:id`. */
  path: string
  summary: string
  json?: J
  query?: Q
  /** Path parameters need a schema only when they are constrained; otherwise each is any string. */
  param?: P
  responses: Record<number, ResponseSpec>
  handle: (c: Context<{ Bindings: Bindings }>, input: Input<J, Q, P>) => Response | Promise<Response>
}

/**
 * Declares a route, inferring its input types from its schemas so the handler sees validated values.
 *
 * @example route({ method: 'GET', path: '/healthz', summary: 'Readiness', responses: { 200: { description: 'Ready' } }, handle: (c) => c.json({ ok: true }) })
 */
export function route<J extends InputSchema | undefined = undefined, Q extends InputSchema | undefined = undefined, P extends InputSchema | undefined = undefined>(
  spec: Route<J, Q, P>,
): Route<J, Q, P> {
  return spec
}

/** Any route, whatever its input types (they vary per route): what the app and the OpenAPI description iterate over. */
export type AnyRoute = Route<any, any, any>
