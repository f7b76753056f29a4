import answerTextJs from '../widget/answer-text.client.js'
import chatJs from './assets/chat.client.js'
import readerJs from './assets/reader.client.js'
import styles from './assets/styles.css'

/** A file the pages load: served at `path`, a name that changes whenever `body` does. */
export interface Asset {
  /** The name pages ask for ("chat.js"). */
  name: string
  /** Where it is served: the name with a hash of its content ("/assets/chat.k3v9x0q2ab.js"). */
  path: string
  body: string
  type: string
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b57d0"/><circle cx="14" cy="14" r="7" fill="none" stroke="#fff" stroke-width="3"/><path d="m19 19 6 6" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>`

/**
 * A 53-bit hash of a text (cyrb53), in base 36: enough to tell one version of a file from the next.
 * Not cryptographic; it names files, it does not protect them.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

function asset(name: string, body: string, type: string): Asset {
  const dot = name.lastIndexOf('.')
  return { name, path: `/assets/${name.slice(0, dot)}.${contentHash(body)}${name.slice(dot)}`, body, type }
}

/**
 * The pages' scripts, stylesheet and icon by name. Their paths carry a hash of their content, so
 * they can be cached for good: a deploy that changes a file changes the name the HTML asks for.
 */
export const ASSETS: ReadonlyMap<string, Asset> = new Map(
  [
    asset('styles.css', styles, 'text/css; charset=utf-8'),
    asset('answer-text.js', answerTextJs, 'text/javascript; charset=utf-8'),
    asset('chat.js', chatJs, 'text/javascript; charset=utf-8'),
    asset('reader.js', readerJs, 'text/javascript; charset=utf-8'),
    asset('favicon.svg', FAVICON, 'image/svg+xml'),
  ].map((a) => [a.name, a]),
)

/**
 * The content-hashed path of an asset, for a page to link to.
 *
 * @example assetPath('chat.js') // => '/assets/chat.1x2y3z4w5v.js'
 */
export function assetPath(name: string): string {
  const found = ASSETS.get(name)
  if (!found) throw new Error(`no asset is named ${name}`)
  return found.path
}
