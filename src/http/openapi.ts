import { jsonSchema } from './json-schema'
import type { AnyRoute, InputSchema, ResponseSpec } from './route'

/** Every method a client may send that OpenAPI can describe; each path documents all of them. */
const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'] as const

/** `/api/cite/:id` as OpenAPI writes it: `/api/cite/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}')
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } })
/** Responses every API operation (429) or every path's other methods (405) share, described once. */
const RATE_LIMITED = { $ref: '#/components/responses/RateLimited' }
const NOT_ALLOWED = { $ref: '#/components/responses/MethodNotAllowed' }
const NOT_MODIFIED = { $ref: '#/components/responses/NotModified' }
const ETAG = { description: 'The version of this response: send it back in `If-None-Match` to revalidate', schema: { type: 'string' } }

/**
 * The API's OpenAPI 3.1 description, served at `/openapi.json`, made from the same route table (and
 * input schemas) the app serves and validates with, so the two cannot drift. Every method of every
 * path is described: the ones a path does not serve answer 405.
 */
export function openApi(routes: readonly AnyRoute[]) {
  const byPath = new Map<string, AnyRoute[]>()
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route])
  const paths: Record<string, Record<string, object>> = {}
  for (const [path, served] of byPath) {
    const api = path.startsWith('/api/')
    const get = served.find((r) => r.method === 'GET')
    const operations: Record<string, object> = {}
    for (const method of METHODS) {
      const route = served.find((r) => r.method.toLowerCase() === method)
      if (route) operations[method] = operation(route)
      else if (method === 'head' && get) operations.head = { ...operation(get), summary: `${get.summary} (headers only)` }
      else if (method === 'options' && api) operations.options = { summary: 'CORS preflight', responses: { 204: { description: 'The methods and headers a page on an allowed origin may use' } } }
      else operations[method] = { summary: `Not allowed: use ${allowHeader(served)}`, responses: { 405: NOT_ALLOWED, ...(api ? { 429: RATE_LIMITED } : {}) } }
    }
    paths[openApiPath(path)] = operations
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Article assistant',
      version: '0.1.0',
      description: 'Cited answers, search and quote lookup over a long-form article. Every error is an RFC 9457 problem object; a path not listed here answers 404.',
    },
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA, Citation: CITATION_SCHEMA },
      responses: {
        MethodNotAllowed: problem('The path does not serve this method; the `Allow` header lists those it does'),
        RateLimited: problem('Too many requests from this client: wait the seconds in `Retry-After`'),
        NotModified: { description: 'The `If-None-Match` ETag still matches: keep the copy held (no body)' },
      },
    },
  }
}

/** The `Allow` header for a path: the methods its routes serve (GET brings HEAD). */
export function allowHeader(served: readonly AnyRoute[]): string {
  return served.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])).join(', ')
}

function operation(route: AnyRoute) {
  const queries = Object.entries(entriesOf(route.query))
  const params = entriesOf(route.param)
  const parameters = [
    ...[...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: params[name] ? jsonSchema(params[name]) : { type: 'string' } })),
    ...queries.map(([name, schema]) => ({ name, in: 'query', required: (schema as { type: string }).type !== 'optional', schema: jsonSchema(schema) })),
  ]
  const responses: Record<number, object> = {}
  for (const [status, spec] of Object.entries(route.responses) as [string, ResponseSpec][]) responses[Number(status)] = Number(status) >= 400 ? problem(spec.description) : success(spec)
  if (route.json) {
    responses[400] ??= problem('The body is not JSON, or not a valid request')
    responses[413] = problem('The body, or one of its fields, is too long')
    responses[415] = problem('The body is not sent as `application/json`')
  }
  if (route.path.startsWith('/api/')) responses[429] = RATE_LIMITED
  // Every successful GET carries an ETag (src/http/conditional-get.ts); sent back in If-None-Match, it brings a 304.
  if (route.method === 'GET') {
    for (const [status, response] of Object.entries(responses)) if (Number(status) < 300) responses[Number(status)] = { ...response, headers: { ETag: ETAG } }
    responses[304] = NOT_MODIFIED
  }
  return {
    summary: route.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(route.json ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.json) } } } } : {}),
    responses,
  }
}

function success(spec: ResponseSpec) {
  return { description: spec.description, content: Object.fromEntries((spec.types ?? ['application/json']).map((type) => [type, spec.schema ? { schema: spec.schema } : {}])) }
}

/** The fields of an object schema (a query or the path parameters), by name. */
function entriesOf(schema: InputSchema | undefined): Record<string, InputSchema> {
  return (schema as { entries?: Record<string, InputSchema> } | undefined)?.entries ?? {}
}

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
}

const CITATION_SCHEMA = {
  type: 'object',
  required: ['id', 'text', 'start', 'end', 'selector', 'url'],
  properties: {
    id: { type: 'string', description: 'Passage id' },
    sentenceId: { type: 'string' },
    text: { type: 'string', description: 'The whole passage' },
    start: { type: 'integer', description: 'Offset of the cited span in the document text' },
    end: { type: 'integer' },
    anchor: { type: 'string', description: 'Where the reader shows the span: `/article#<anchor>`' },
    selector: { type: 'object', description: 'W3C TextQuoteSelector: exact, prefix, suffix' },
    url: { type: 'string', description: 'The original article at the cited words (text fragment)' },
    document: { type: 'object', description: 'The document: id and title' },
  },
}
