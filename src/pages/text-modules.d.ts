// Files wrangler bundles as text (see [[rules]] in wrangler.toml): stylesheets and browser scripts.
declare module '*.css' {
  const text: string
  export default text
}
declare module '*.client.js' {
  const text: string
  export default text
}
