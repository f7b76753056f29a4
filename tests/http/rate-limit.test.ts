import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

// This project runs the worker with RATE_LIMITER at 5 requests a minute (see vitest.config.ts).
describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per client address', async () => {
    const from = (ip: string) => SELF.fetch('http://worker.test/api/search?q=salary', { headers: { 'cf-connecting-ip': ip, origin: 'https://blog.example' } })
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await from('198.51.100.7')).status)
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429, 429])

    const limited = await from('198.51.100.7')
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(limited.headers.get('content-type')).toContain('application/problem+json')
    expect(limited.headers.get('access-control-allow-origin')).toBe('*')
    expect(await limited.json()).toMatchObject({ status: 429, type: '/problems/rate-limited' })

    // Another client is not affected; pages and the health check are not limited.
    expect((await from('203.0.113.9')).status).toBe(200)
    expect((await SELF.fetch('http://worker.test/healthz', { headers: { 'cf-connecting-ip': '198.51.100.7' } })).status).toBe(200)
  })
})
