import { describe, expect, it } from 'vitest'
import { NO_ADDRESS, clientKey } from '../../src/http/client-key'

describe('clientKey', () => {
  it('keys an IPv4 client by its address', () => {
    expect(clientKey('198.51.100.7')).toBe('198.51.100.7')
    expect(clientKey('198.51.100.8')).not.toBe(clientKey('198.51.100.7'))
  })

  it('keys every address of one IPv6 /64 together, however it is written', () => {
    const key = clientKey('2001:db8:1:2::1')
    expect(key).toBe('2001:db8:1:2::/64')
    for (const same of ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd', '[2001:db8:1:2::9]', 'fe80::1%eth0'.replace('fe80::', '2001:db8:1:2::')]) {
      expect(clientKey(same), same).toBe(key)
    }
    expect(clientKey('2001:db8:1:3::1')).not.toBe(key)
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(clientKey('::1')).toBe('0:0:0:0::/64')
  })

  it('reads an IPv4 address written as IPv6 as that IPv4 client', () => {
    expect(clientKey('::ffff:198.51.100.7')).toBe('198.51.100.7')
    expect(clientKey('::ffff:c633:6407')).toBe('198.51.100.7')
    expect(clientKey('64:ff9b::198.51.100.7')).toBe('64:ff9b:0:0::/64')
  })

  it('puts requests without a platform-set address in one shared bucket', () => {
    expect(clientKey(undefined)).toBe(NO_ADDRESS)
    expect(clientKey('  ')).toBe(NO_ADDRESS)
  })

  it('keeps a malformed address as its own key rather than failing', () => {
    expect(clientKey('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9')
    expect(clientKey('2001:db8:::1')).toBe('2001:db8:::1')
  })
})
