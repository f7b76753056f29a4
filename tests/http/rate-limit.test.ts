import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

// This project runs the worker with RATE_LIMITER at 5 requests a minute (see vitest.config.ts).
const LIMIT = 5
const search = (headers: Record<string, string>) => SELF.fetch('http://worker.test/api/search?q=salary', { headers: { origin: 'https://blog.example', ...headers } })
const from = (ip: string, headers: Record<string, string> = {}) => search({ 'cf-connecting-ip': ip, ...headers })

/**
 * The local rate limiter counts in fixed one-minute windows and forgets every count when a new minute
 * begins; a run of requests that straddles that moment would start afresh. Wait out the last seconds.
 */
async function awayFromWindowEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000)
  if (left < 3_000) await new Promise((resolve) => setTimeout(resolve, left + 100))
}

/** Statuses of `n` requests made one after another, within one window of the limiter. */
async function statuses(n: number, request: (i: number) => Promise<Response>): Promise<number[]> {
  await awayFromWindowEdge()
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push((await request(i)).status)
  return out
}

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per client address', async () => {
    expect(await statuses(LIMIT + 3, () => from('198.51.100.7'))).toEqual([200, 200, 200, 200, 200, 429, 429, 429])

    const limited = await from('198.51.100.7')
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(limited.headers.get('content-type')).toContain('application/problem+json')
    expect(limited.headers.get('access-control-allow-origin')).toBe('*')
    expect(await limited.json()).toMatchObject({ status: 429, type: '/problems/rate-limited' })

    // Another client is not affected; pages and the health check are not limited.
    expect((await from('203.0.113.9')).status).toBe(200)
    expect((await SELF.fetch('http://worker.test/healthz', { headers: { 'cf-connecting-ip': '198.51.100.7' } })).status).toBe(200)
  })

  it('cannot be escaped by headers a client sets (X-Real-IP, X-Forwarded-For)', async () => {
    const spoofed = await statuses(LIMIT + 2, (i) => from('198.51.100.20', { 'x-real-ip': `10.0.0.${i}`, 'x-forwarded-for': `10.0.1.${i}` }))
    expect(spoofed.slice(LIMIT)).toEqual([429, 429])
  })

  it('keys IPv6 clients per /64: a fresh address in the same /64 is the same client', async () => {
    const rotating = await statuses(LIMIT + 2, (i) => from(`2001:db8:77:1::${(i + 1).toString(16)}`))
    expect(rotating.slice(0, LIMIT)).toEqual([200, 200, 200, 200, 200])
    expect(rotating.slice(LIMIT)).toEqual([429, 429])
    expect((await from('2001:db8:77:2::1')).status).toBe(200)
  })

  it('without a platform-set address, X-Real-IP does not make a new client', async () => {
    const anonymous = await statuses(LIMIT + 1, (i) => search({ 'x-real-ip': `192.0.2.${i}` }))
    expect(anonymous.at(-1)).toBe(429)
  })
})
