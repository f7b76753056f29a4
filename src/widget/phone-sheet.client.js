// On a phone a dropdown under the box would run off the screen, so the search opens instead as a
// sheet over the whole screen: a modal dialog, as DocSearch does, with the page behind held still.
class PhoneSheet {
  /** Screens this narrow get the sheet. */
  static QUERY = '(max-width: 640px)'
  #node
  #overflow = ''

  /** `node` is the element that becomes the sheet (styled by its `sheet` class). */
  constructor(node) {
    this.#node = node
  }

  get open() {
    return this.#node.classList.contains('sheet')
  }

  /** Opens the sheet, named `label`, if the screen is a phone's. */
  show(label) {
    if (this.open || !matchMedia(PhoneSheet.QUERY).matches) return
    this.#node.classList.add('sheet')
    this.#node.setAttribute('role', 'dialog')
    this.#node.setAttribute('aria-modal', 'true')
    this.#node.setAttribute('aria-label', label)
    this.#overflow = document.documentElement.style.overflow
    document.documentElement.style.overflow = 'hidden'
  }

  hide() {
    if (!this.open) return
    this.#node.classList.remove('sheet')
    for (const name of ['role', 'aria-modal', 'aria-label']) this.#node.removeAttribute(name)
    document.documentElement.style.overflow = this.#overflow
  }
}
