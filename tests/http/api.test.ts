import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

const BASE = 'http://worker.test'
const ask = (body: unknown, init: RequestInit = {}) =>
  SELF.fetch(`${BASE}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init })

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//), title: expect.any(String), detail: expect.any(String) })
  return body
}

describe('GET /healthz', () => {
  it('answers 200 once the corpus is loaded', async () => {
    const res = await SELF.fetch(`${BASE}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, documents: 1, passages: 25 })
  })
})

describe('POST /api/ask', () => {
  it('answers with a cited sentence, its offsets, quote selector and link', async () => {
    const res = await ask({ question: 'What did Ammar study before the war?' })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { answer: string; abstained: boolean; citations: Record<string, unknown>[] }
    expect(body.abstained).toBe(false)
    expect(body.answer).toContain('law student')
    expect(body.answer).toContain('[1]')
    expect(body.citations[0]).toMatchObject({
      id: 'quitting-isis:p1',
      text: expect.stringContaining('former law student from the Syrian province of Deir Ezzor'),
      start: expect.any(Number),
      end: expect.any(Number),
      selector: { type: 'TextQuoteSelector', exact: expect.stringContaining('law student') },
      url: expect.stringContaining('#:~:text='),
    })
  })

  it('computes numeric questions and shows the computation', async () => {
    const body = (await (await ask({ question: 'What does an FSA fighter earn in a year?' })).json()) as { computation: { value: number; expression: string } }
    expect(body.computation).toMatchObject({ value: 432, expression: '$36 × 12' })
  })

  it('abstains with no citations when the article does not say', async () => {
    const body = await (await ask({ question: 'What is the capital of Peru?' })).json()
    expect(body).toMatchObject({ abstained: true, citations: [] })
  })

  it('rejects a missing or empty question with 400', async () => {
    await expectProblem(await ask({}), 400)
    await expectProblem(await ask({ question: '   ' }), 400)
    await expectProblem(await ask({ question: 42 }), 400)
    await expectProblem(await ask('[1,2]'), 400)
  })

  it('rejects malformed JSON with 400 and a wrong content type with 415', async () => {
    await expectProblem(await ask('{"question": '), 400)
    await expectProblem(await ask('question=hi', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415)
  })

  it('rejects an over-long question or history with 413', async () => {
    await expectProblem(await ask({ question: 'why '.repeat(400) }), 413)
    await expectProblem(await ask({ question: 'Who is Sami?', history: Array.from({ length: 50 }, () => ({ role: 'user', content: 'hi' })) }), 413)
    await expectProblem(await ask(JSON.stringify({ question: 'x'.repeat(70_000) })), 413)
  })

  it('rejects a malformed history with 400', async () => {
    await expectProblem(await ask({ question: 'And him?', history: [{ role: 'system', content: 'x' }] }), 400)
    await expectProblem(await ask({ question: 'And him?', history: 'Who is Sami?' }), 400)
  })

  it('answers 405 with Allow for a wrong method', async () => {
    const res = await SELF.fetch(`${BASE}/api/ask`)
    await expectProblem(res, 405)
    expect(res.headers.get('allow')).toBe('POST')
  })
})

describe('GET /api/cite', () => {
  it('finds a quote, its offsets and its speaker', async () => {
    const res = await SELF.fetch(`${BASE}/api/cite?quote=${encodeURIComponent('percent of ISIS members are bad guys')}`)
    const body = (await res.json()) as { found: boolean; matches: Record<string, unknown>[] }
    expect(body.found).toBe(true)
    expect(body.matches[0]).toMatchObject({ id: 'quitting-isis:p11', speaker: 'Hossam', match: 'exact', score: 1, exact: 'percent of ISIS members are bad guys' })
  })

  it('finds a long exact quote, up to the 1,000-character limit, exactly', async () => {
    const passage = (await (await SELF.fetch(`${BASE}/api/cite/quitting-isis:p20`)).json()) as { text: string }
    const quote = passage.text.slice(0, 1000).replace(/\W+\w*$/, '')
    const body = (await (await SELF.fetch(`${BASE}/api/cite?quote=${encodeURIComponent(quote)}`)).json()) as { found: boolean; matches: { match: string; exact: string }[] }
    expect(body.found).toBe(true)
    expect(body.matches[0]).toMatchObject({ match: 'exact', exact: quote })
  })

  it('says found: false for a quote that is not in the article', async () => {
    const res = await SELF.fetch(`${BASE}/api/cite?quote=${encodeURIComponent('ISIS will surely win the war before long')}`)
    expect(await res.json()).toMatchObject({ found: false, matches: [] })
  })

  it('requires a quote', async () => {
    await expectProblem(await SELF.fetch(`${BASE}/api/cite`), 400)
  })

  it('returns a passage by id with its neighbours, and a sentence by id', async () => {
    const passage = (await (await SELF.fetch(`${BASE}/api/cite/quitting-isis:p12`)).json()) as Record<string, unknown>
    expect(passage).toMatchObject({ id: 'quitting-isis:p12', previous: 'quitting-isis:p11', next: 'quitting-isis:p13', part: 3 })
    const sentence = (await (await SELF.fetch(`${BASE}/api/cite/quitting-isis:p1.s3`)).json()) as Record<string, unknown>
    expect(sentence).toMatchObject({ id: 'quitting-isis:p1', sentenceId: 'quitting-isis:p1.s3', selector: { exact: expect.stringMatching(/^He turned to ISIS/) } })
  })

  it('answers 404 for an unknown id or route', async () => {
    await expectProblem(await SELF.fetch(`${BASE}/api/cite/quitting-isis:p99`), 404)
    await expectProblem(await SELF.fetch(`${BASE}/nope`), 404)
  })
})

describe('GET /api/search', () => {
  it('ranks passages with snippets and highlight ranges', async () => {
    const body = (await (await SELF.fetch(`${BASE}/api/search?q=Kalashnikov&limit=3`)).json()) as { results: { id: string; snippet: { text: string }; highlights: [number, number][] }[] }
    expect(body.results[0].id).toBe('quitting-isis:p20')
    const [start, end] = body.results[0].highlights[0]
    expect(body.results[0].snippet.text.slice(start, end)).toBe('Kalashnikov')
  })

  it('bounds limit', async () => {
    await expectProblem(await SELF.fetch(`${BASE}/api/search?q=isis&limit=0`), 400)
    await expectProblem(await SELF.fetch(`${BASE}/api/search?q=isis&limit=5000`), 400)
  })
})

describe('GET /api/facts', () => {
  type FactsBody = { entities: { id: string }[]; formulas: { name: string }[]; facts: { id: string; kind: string; owner?: string; value: number; unit: string; hedge?: string; evidence: { text: string; sentence: string; anchor: string } }[] }

  it('lists every figure with its unit, hedge, owner and evidence in the corpus', async () => {
    const body = (await (await SELF.fetch(`${BASE}/api/facts`)).json()) as FactsBody
    expect(body.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['isis', 'fsa', 'syrian-army', 'nusra']))
    expect(body.formulas.map((f) => f.name)).toEqual(["an ISIS fighter's monthly pay"])
    const fsa = body.facts.find((f) => f.owner === 'the FSA' && f.kind === 'money')
    expect(fsa).toMatchObject({ value: 36, unit: 'USD', hedge: 'as little as', evidence: { text: '$36 per month', anchor: 'p9.s1' } })
    expect(fsa?.evidence.sentence).toContain('as little as $36 per month')
    expect(body.facts.some((f) => f.kind === 'date' && f.evidence.text === 'November 2014')).toBe(true)
  })

  it('narrows by owner and kind', async () => {
    const body = (await (await SELF.fetch(`${BASE}/api/facts?entity=nusra&kind=money`)).json()) as FactsBody
    expect(body.facts.map((f) => f.value)).toEqual([100])
    const words = (await (await SELF.fetch(`${BASE}/api/facts?entity=syrian%20army`)).json()) as FactsBody
    expect(words.facts.map((f) => f.value)).toEqual([63])
    await expectProblem(await SELF.fetch(`${BASE}/api/facts?kind=weight`), 400)
  })
})

describe('GET /openapi.json', () => {
  it('describes the API', async () => {
    const body = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> }
    expect(body.openapi).toBe('3.1.0')
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/ask', '/api/search', '/api/cite', '/api/cite/{id}']))
  })
})
