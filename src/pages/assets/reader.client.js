// The reader: a link to a sentence (#p12.s3) scrolls to it and highlights it; a link to a span of
// sentences (#p1.s2-s3) highlights them all. CSS :target covers the single sentence without script.
function highlight() {
  for (const old of document.querySelectorAll('.s.hl')) old.classList.remove('hl')
  const match = /^#(p\d+|c\d+)\.s(\d+)(?:-s(\d+))?$/.exec(decodeURIComponent(location.hash))
  if (!match) return
  const last = Number(match[3] ?? match[2])
  let first
  for (let i = Number(match[2]); i <= last; i++) {
    const sentence = document.getElementById(`${match[1]}.s${i}`)
    if (!sentence) continue
    sentence.classList.add('hl')
    first ??= sentence
  }
  first?.scrollIntoView({ block: 'center' })
}
addEventListener('hashchange', highlight)
highlight()
