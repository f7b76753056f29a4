/**
 * Which sites may call the API from a browser and frame the pages: `*` (any, the default) or a
 * comma-separated list of origins, from the `ALLOWED_ORIGINS` variable in wrangler.toml.
 *
 * @example allowedOrigins('https://a.example, https://b.example') // => ['https://a.example', 'https://b.example']
 */
export function allowedOrigins(setting: string | undefined): '*' | string[] {
  const value = (setting ?? '*').trim()
  if (value === '' || value === '*') return '*'
  return value.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean)
}
