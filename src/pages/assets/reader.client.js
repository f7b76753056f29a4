// The reader: a link to a sentence (#p12.s3) scrolls to it and highlights it; a link to a span of
// sentences (#p1.s2-s3) highlights them all. CSS :target covers the single sentence without script.
// Anyone can write the fragment, so it is decoded without throwing, and a span only visits the
// sentences its passage holds: #p1.s1-s100000000 costs what #p1.s1-s9 does.
function highlight() {
  for (const old of document.querySelectorAll('.s.hl')) old.classList.remove('hl')
  let hash
  try {
    hash = decodeURIComponent(location.hash)
  } catch {
    return
  }
  const match = /^#([pc]\d+)\.s(\d+)(?:-s(\d+))?$/.exec(hash)
  const passage = match && document.getElementById(match[1])
  if (!passage) return
  const first = Number(match[2])
  const last = Number(match[3] ?? match[2])
  const sentences = [...passage.querySelectorAll('.s')].filter((s) => {
    const n = Number(s.id.slice(s.id.lastIndexOf('.s') + 2))
    return n >= first && n <= last
  })
  for (const sentence of sentences) sentence.classList.add('hl')
  sentences[0]?.scrollIntoView({ block: 'center' })
}
addEventListener('hashchange', highlight)
highlight()
