import { describe, expect, it } from 'vitest'
import { allowedOrigins } from '../../src/http/allowed-origins'
import { createApp } from '../../src/http/app'
import { corpus } from '../../src/index/load-corpus'

describe('ALLOWED_ORIGINS', () => {
  it('reads "*" or a comma-separated list', () => {
    expect(allowedOrigins(undefined)).toBe('*')
    expect(allowedOrigins(' * ')).toBe('*')
    expect(allowedOrigins('https://a.example/, https://b.example')).toEqual(['https://a.example', 'https://b.example'])
  })

  it('limits CORS and framing to the listed origins', async () => {
    const app = createApp(corpus)
    const env = { ALLOWED_ORIGINS: 'https://news.example' } as unknown as Env
    const allowed = await app.request('/api/search?q=salary', { headers: { origin: 'https://news.example' } }, env)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example')
    const other = await app.request('/api/search?q=salary', { headers: { origin: 'https://evil.example' } }, env)
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const embed = await app.request('/embed', {}, env)
    expect(embed.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://news.example")
  })
})
