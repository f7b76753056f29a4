import type { MiddlewareHandler } from 'hono'
import { clientKey } from './client-key'
import { ProblemError } from './problem'

/** Seconds a limited client is told to wait: the limiter's period. */
const RETRY_AFTER_SECONDS = 60

/**
 * Limits requests per client with the Workers rate-limiting binding (`RATE_LIMITER` in wrangler.toml:
 * a public limit when deployed, a high one under `wrangler dev`), keyed by {@link clientKey}: the
 * address the platform sets, IPv6 per /64. Past the limit the client gets a 429 problem with
 * `Retry-After`. Without the binding, nothing is limited.
 */
export function rateLimit(): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const limiter = c.env?.RATE_LIMITER as RateLimit | undefined
    if (limiter) {
      const key = clientKey(c.req.header('cf-connecting-ip'))
      const { success } = await limiter.limit({ key })
      if (!success) {
        throw new ProblemError(429, 'rate-limited', `too many requests from this address; try again in ${RETRY_AFTER_SECONDS} seconds`, { 'retry-after': String(RETRY_AFTER_SECONDS) })
      }
    }
    await next()
  }
}
