/** The bucket for requests that carry no platform-set address (only outside Cloudflare: `wrangler dev`). */
export const NO_ADDRESS = 'no-address'

/**
 * The key a client is rate-limited by, from the address Cloudflare's edge sets in `CF-Connecting-IP`
 * (the edge overwrites any value a client sends, unlike `X-Real-IP` or `X-Forwarded-For`, which are
 * never read). An IPv4 address is its own key; an IPv6 address is cut to its /64, because one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address per request.
 *
 * @example clientKey('2001:db8:0:1:aaaa::1') // => '2001:db8:0:1::/64'
 * @example clientKey('::ffff:198.51.100.7') // => '198.51.100.7'
 */
export function clientKey(address: string | undefined): string {
  const text = address?.trim().toLowerCase()
  if (!text) return NO_ADDRESS
  if (!text.includes(':')) return text
  const groups = ipv6Groups(text)
  if (!groups) return text
  // An IPv4 address written as IPv6 (::ffff:a.b.c.d) is that IPv4 client.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.')
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail read), or undefined if malformed. */
function ipv6Groups(text: string): number[] | undefined {
  let valid = true
  const hex = text.replace(/^\[|\]$|%.*$/g, '').replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (...m: string[]) => {
    const [a, b, c, d] = m.slice(1, 5).map(Number)
    valid = [a, b, c, d].every((n) => n <= 255)
    return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  })
  const halves = hex.split('::')
  if (!valid || halves.length > 2) return undefined
  const [head, tail] = halves.map((h) => (h ? h.split(':') : []))
  const missing = 8 - head.length - (tail?.length ?? 0)
  if (tail ? missing < 1 : missing !== 0) return undefined
  const parts = [...head, ...Array<string>(tail ? missing : 0).fill('0'), ...(tail ?? [])]
  return parts.every((p) => /^[0-9a-f]{1,4}$/.test(p)) ? parts.map((p) => parseInt(p, 16)) : undefined
}
