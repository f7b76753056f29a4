import { html } from 'hono/html'
import type { ParsedDocument, Passage } from '../ingest/types'
import { assetPath } from './assets'
import { layout } from './layout'

/** A passage's local id ("p12", "c2"): the anchor a citation links to. */
function anchor(id: string): string {
  return id.split(':')[1]
}

function paragraph(passage: Passage) {
  const sentences = passage.sentences.map((s, i) => html`${i ? ' ' : ''}<span class="s" id="${anchor(s.id)}">${s.text}</span>`)
  if (passage.kind === 'caption') {
    return html`<figure id="${anchor(passage.id)}"><figcaption>${sentences}</figcaption></figure>`
  }
  return html`<p id="${anchor(passage.id)}"><a class="pid" href="#${anchor(passage.id)}" aria-label="Paragraph ${passage.number}">¶${passage.number}</a>${sentences}</p>`
}

/**
 * The article as a reader: its parts, paragraphs with anchors (`#p12`) and sentences with anchors
 * (`#p12.s3`) that a citation scrolls to and highlights, and the photo captions with their credits.
 */
export function articlePage(doc: ParsedDocument) {
  const byId = new Map(doc.passages.map((p) => [p.id, p]))
  return layout(doc.meta.title, html`
<main id="main" class="reader">
  <article>
    <h1>${doc.meta.title}</h1>
    ${doc.meta.subtitle ? html`<p class="muted lead">${doc.meta.subtitle}</p>` : ''}
    <p class="muted">${doc.meta.authors.join(' and ')}${doc.meta.publication ? html` · ${doc.meta.publication}` : ''}${doc.meta.date ? html` · <time datetime="${doc.meta.date}">${doc.meta.date}</time>` : ''}${doc.meta.url ? html` · <a href="${doc.meta.url}">original</a>` : ''}</p>
    ${doc.parts.map((part) => html`<section class="part" aria-labelledby="part-${part.number}">
      <h2 class="part-label" id="part-${part.number}">Part ${part.number}</h2>
      ${part.passageIds.map((id) => paragraph(byId.get(id) as Passage))}
    </section>`)}
  </article>
</main>`, [assetPath('reader.js')])
}
