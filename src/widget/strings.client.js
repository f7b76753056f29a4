// Every string <article-search> shows, per language. The element picks the set named by the nearest
// `lang` (its own attribute, else the host page's), falls back to English, and lets an attribute of the
// same name override any one string. `{n}` is a number, `{q}` the reader's query; `[x]` in hints-text
// is drawn as a key. result-text is used where the language's plural rules say "one", results-text
// otherwise.
const STRINGS = {
  en: {
    placeholder: 'Search the article or ask a question',
    label: 'Search the article',
    'ask-text': 'Ask',
    'close-text': 'Close',
    'loading-text': 'Searching…',
    'result-text': '{n} result for “{q}”',
    'results-text': '{n} results for “{q}”',
    'no-results-text': 'No results for “{q}”',
    'ask-instead-text': 'Ask “{q}” as a question',
    'more-text': 'Show more results',
    'recent-text': 'Recent searches',
    'clear-text': 'Clear recent searches',
    'part-text': 'Part {n}',
    'paragraph-text': 'Paragraph {n}',
    'caption-text': 'Photo caption {n}',
    'error-text': 'Search is unavailable right now.',
    'sources-text': 'Sources',
    'source-text': 'Source {n}',
    'hints-text': '[↑] [↓] to navigate [↵] to select [esc] to close',
  },
  fr: {
    placeholder: 'Rechercher dans l’article ou poser une question',
    label: 'Rechercher dans l’article',
    'ask-text': 'Demander',
    'close-text': 'Fermer',
    'loading-text': 'Recherche…',
    'result-text': '{n} résultat pour «\u00a0{q}\u00a0»',
    'results-text': '{n} résultats pour «\u00a0{q}\u00a0»',
    'no-results-text': 'Aucun résultat pour «\u00a0{q}\u00a0»',
    'ask-instead-text': 'Poser «\u00a0{q}\u00a0» comme question',
    'more-text': 'Afficher plus de résultats',
    'recent-text': 'Recherches récentes',
    'clear-text': 'Effacer les recherches récentes',
    'part-text': 'Partie {n}',
    'paragraph-text': 'Paragraphe {n}',
    'caption-text': 'Légende de photo {n}',
    'error-text': 'La recherche est indisponible pour le moment.',
    'sources-text': 'Sources',
    'source-text': 'Source {n}',
    'hints-text': '[↑] [↓] pour naviguer [↵] pour choisir [échap] pour fermer',
  },
}
