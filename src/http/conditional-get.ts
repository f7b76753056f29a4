import { etag, RETAINED_304_HEADERS } from 'hono/etag'

/**
 * ETags on every successful GET (the API's GET routes, /openapi.json, widget.js, the pages), so a
 * client that already holds a response revalidates it with `If-None-Match` and gets an empty 304
 * instead of the body again. Hono's middleware only acts on GET and HEAD; POST (ask, the chat
 * stream) passes through untouched. A 304 keeps the CORS headers: the widget revalidates from other
 * origins, and a 304 without them would fail there.
 */
export function conditionalGet() {
  return etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] })
}
