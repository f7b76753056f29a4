import { html } from 'hono/html'
import type { CorpusIndex } from '../index/corpus-index'
import { assetPath } from './assets'
import { reference } from './bibliography'
import { layout } from './layout'
import { suggestedQuestions } from './suggestions'

/**
 * The chat page: the conversation, suggested questions, the passage dialog, and a dock that keeps the
 * status line and the question box in view at the bottom of the screen.
 */
export function chatPage(corpus: CorpusIndex) {
  const doc = [...corpus.documents.values()][0]
  const titles = [...corpus.documents.values()].map((d) => d.meta.title).join(', ')
  return layout(`Ask about ${titles}`, html`
<main id="main" data-reference="${reference(doc.meta)}">
  <h1>Ask about “${doc.meta.title}”</h1>
  <p class="muted">${doc.meta.subtitle ?? ''} — ${doc.meta.authors.join(' and ')}, ${doc.meta.publication ?? ''}. Every answer cites the passages it comes from; when the article does not say, the assistant says so.</p>
  <h2 class="muted small">Try</h2>
  <ul class="suggestions">${suggestedQuestions(corpus).map((q) => html`<li><button type="button">${q}</button></li>`)}</ul>
  <ol class="conversation" aria-live="polite" aria-label="Conversation"></ol>
  <div class="dock">
    <p class="status" role="status"></p>
    <form class="ask" role="search" aria-label="Ask the article">
      <label for="question" class="skip">Your question</label>
      <input id="question" name="question" autocomplete="off" maxlength="1000" placeholder="Ask a question about the article (press / to focus)" autofocus>
      <button class="primary" type="submit">Ask</button>
    </form>
  </div>
  <dialog class="passage" aria-label="Cited passage"><div class="body"></div><form method="dialog"><button class="primary close" type="submit">Close</button></form></dialog>
</main>`, [assetPath('answer-text.js'), assetPath('chat.js')])
}
