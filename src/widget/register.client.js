// Registration: remember the origin widget.js was served from (the worker the element talks to,
// unless its `api` attribute says otherwise) and define <article-search> once.
ArticleSearch.origin = document.currentScript?.src ? new URL(document.currentScript.src).origin : undefined
if (!customElements.get('article-search')) customElements.define('article-search', ArticleSearch)
