import type { MiddlewareHandler } from 'hono'
import { ProblemError } from './problem'

/** Seconds a limited client is told to wait: the limiter's period. */
const RETRY_AFTER_SECONDS = 60

/**
 * Limits requests per client address with the Workers rate-limiting binding (`RATE_LIMITER` in
 * wrangler.toml: a public limit when deployed, a high one under `wrangler dev`). Past the limit the
 * client gets a 429 problem with `Retry-After`. Without the binding, nothing is limited.
 */
export function rateLimit(): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const limiter = c.env?.RATE_LIMITER as RateLimit | undefined
    if (limiter) {
      const key = c.req.header('cf-connecting-ip') ?? c.req.header('x-real-ip') ?? 'anonymous'
      const { success } = await limiter.limit({ key })
      if (!success) {
        throw new ProblemError(429, 'rate-limited', `too many requests from this address; try again in ${RETRY_AFTER_SECONDS} seconds`, { 'retry-after': String(RETRY_AFTER_SECONDS) })
      }
    }
    await next()
  }
}
