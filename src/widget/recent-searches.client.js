// Recent searches, kept in the host page's localStorage (one list per worker) so a reader finds them
// again on their next visit. Storage may be off or refused (a sandboxed frame): nothing is kept then.
class RecentSearches {
  constructor(key, max) {
    this.key = key
    this.max = max
  }

  /** The searches, newest first. */
  list() {
    try {
      const saved = JSON.parse(localStorage.getItem(this.key) ?? '[]')
      return Array.isArray(saved) ? saved.filter((s) => typeof s === 'string') : []
    } catch {
      return []
    }
  }

  add(query) {
    if (!query || !(this.max > 0)) return
    this.#save([query, ...this.list().filter((s) => s !== query)].slice(0, this.max))
  }

  clear() {
    this.#save([])
  }

  #save(list) {
    try {
      if (list.length) localStorage.setItem(this.key, JSON.stringify(list))
      else localStorage.removeItem(this.key)
    } catch {}
  }
}
