/**
 * Scores a running worker over HTTP on the project's question set (tests/questions.jsonl) and, when
 * present, the shared sample (../shared/eval/dev.jsonl), per category, the way the shared scorer does.
 *
 *   npm run eval                      # against http://127.0.0.1:8787 (start it with `npm start`)
 *   npm run eval -- http://host:port
 */
import { existsSync } from 'node:fs'
import { type EvalItem, hasNumber, norm, readEvalSet } from '../tests/eval-set'

const base = process.argv[2] ?? 'http://127.0.0.1:8787'
const sets = ['tests/questions.jsonl', '../shared/eval/dev.jsonl'].filter((p) => existsSync(p))

interface Reply { answer?: string; abstained?: boolean; citations?: { text: string }[]; computation?: { value: number }; found?: boolean; matches?: { text: string; speaker?: string }[] }

async function post(question: string, history: { role: string; content: string }[]): Promise<Reply> {
  const res = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, history }) })
  return (await res.json()) as Reply
}

async function judge(item: EvalItem): Promise<string[]> {
  if (item.kind === 'cite') {
    const body = (await (await fetch(`${base}/api/cite?quote=${encodeURIComponent(item.quote ?? '')}`)).json()) as Reply
    if (!item.found) return body.found === false ? [] : ['claimed a match']
    const m = body.matches?.[0]
    const why: string[] = []
    if (!item.support.some((s) => norm(m?.text).includes(norm(s)))) why.push('top match misses support')
    if (item.speaker && !norm(m?.speaker).includes(norm(item.speaker))) why.push(`speaker ${m?.speaker}`)
    return why
  }
  const history: { role: string; content: string }[] = []
  for (const turn of item.turns?.slice(0, -1) ?? []) {
    const r = await post(turn, history)
    history.push({ role: 'user', content: turn }, { role: 'assistant', content: r.answer ?? '' })
  }
  const r = await post(item.turns?.at(-1) ?? item.question ?? '', history)
  if (item.abstain) return r.abstained ? [] : ['did not abstain']
  if (r.abstained) return ['abstained']
  const why: string[] = []
  if (item.support.length && !item.support.some((s) => norm(r.citations?.[0]?.text).includes(norm(s)))) why.push('top citation misses support')
  if (item.answer?.length && !item.answer.some((a) => norm(r.answer).includes(norm(a)))) why.push(`answer lacks ${item.answer.join('/')}`)
  for (const n of item.numbers ?? []) if (!hasNumber(r.answer ?? '', n, r.computation?.value)) why.push(`answer lacks ${n}`)
  return why
}

for (const path of sets) {
  const items = readEvalSet(path)
  const byCategory = new Map<string, { ok: number; n: number }>()
  const failed: string[] = []
  for (const item of items) {
    const why = await judge(item)
    const c = byCategory.get(item.category) ?? { ok: 0, n: 0 }
    c.n++
    if (why.length === 0) c.ok++
    else failed.push(`${item.id} (${why.join('; ')})`)
    byCategory.set(item.category, c)
  }
  const ok = [...byCategory.values()].reduce((s, c) => s + c.ok, 0)
  console.log(`\n${path}: ${ok}/${items.length} = ${((100 * ok) / items.length).toFixed(1)}%`)
  for (const [category, c] of byCategory) console.log(`  ${category.padEnd(16)} ${c.ok}/${c.n}`)
  if (failed.length) console.log(`  failed: ${failed.join(', ')}`)
}
