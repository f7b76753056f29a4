import type { CorpusIndex } from '../index/corpus-index'
import { QUESTION_TYPES, type QuestionAnalysis } from './analyze-question'

/** A sentence proposed by the search, with its BM25 score and rank. */
export interface Candidate {
  id: string
  bm25: number
  rank: number
}

/** Token classes the ranker pairs with question types (see `TOKEN_CLASSES` in index/annotate.ts). */
export const CLASSES = ['P', 'L', 'O', 'D', 'Y', '$', '%', 'N', 'C'] as const
/** Prepositions whose object is often the answer: "in 1995" for when, "at Levi's Stadium" for where, "by Coldplay" for who. */
const PREPOSITIONS = ['in', 'at', 'on', 'by', 'from', 'to', 'of', 'for', 'as', 'with'] as const
/** Cue words that mark a reason or a quotation: general English, read as one more class each. */
export const CAUSE_STEMS: ReadonlySet<string> = new Set(['becaus', 'due', 'sinc', 'therefor', 'thu', 'result', 'reason', 'caus', 'lead', 'order', 'so', 'aim', 'purpos', 'fear', 'afraid', 'avoid'])
/**
 * Words a sum of money answers by itself: "The $1.2 billion stadium" gives what the stadium cost, though
 * it never says "cost". General English, as stems.
 */
export const PRICE_STEMS: ReadonlySet<string> = new Set(['cost', 'price', 'worth', 'valu', 'spend', 'charg', 'fee'])
/** Whether a sentence states a sum of money (a token the tagger reads as money). */
export function statesMoney(index: CorpusIndex, id: string): boolean {
  return index.tokens.get(id)?.classes.includes('$') ?? false
}
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'such', 'them'])

const BASE_FEATURES = [
  'bm25', 'bm25Log', 'rankInv', 'coverExact', 'coverSoft', 'coverCount', 'coverPassage', 'coverPrev', 'coverNext',
  'windowGain', 'bigrams', 'density', 'lenLog', 'first', 'anaphor', 'novelty', 'nameCover', 'missingIdf', 'passageBm25',
  'longestRun', 'headNoun', 'coverSemantic', 'semanticGain', 'semanticPassage', 'passageRank', 'slotPreposition',
  'timeSame', 'timeOther',
] as const

/** Every feature's name, in the order `sentenceFeatures` fills them: what data/ranker.json's weights are keyed by. */
export const FEATURE_NAMES: readonly string[] = [
  ...BASE_FEATURES,
  ...CLASSES.map((c) => `new:${c}`),
  ...QUESTION_TYPES.flatMap((t) => [...CLASSES.flatMap((c) => [`${t}:${c}`, `${t}:${c}:near`]), `${t}:cause`, `${t}:quote`, `${t}:detail`, ...PREPOSITIONS.map((p) => `${t}:${p}+`)]),
]
const AT = new Map(FEATURE_NAMES.map((name, i) => [name, i]))
const at = (name: string) => AT.get(name) as number
/** Where each base feature and each type's features sit in the vector, looked up once, not per token. */
const SLOT = Object.fromEntries(BASE_FEATURES.map((name) => [name, at(name)])) as Record<(typeof BASE_FEATURES)[number], number>
const CLASS_INDEX = new Map(CLASSES.map((c, i) => [c as string, i]))
const NEW_SLOT = CLASSES.map((c) => at(`new:${c}`))
const TYPE_SLOTS = QUESTION_TYPES.map((t) => ({
  cls: CLASSES.map((c) => at(`${t}:${c}`)),
  near: CLASSES.map((c) => at(`${t}:${c}:near`)),
  cause: at(`${t}:cause`),
  quote: at(`${t}:quote`),
  detail: at(`${t}:detail`),
  preposition: new Map(PREPOSITIONS.map((p) => [p as string, at(`${t}:${p}+`)])),
}))

/** The features that can be non-zero for a question of one type: the base ones, `new:*`, and that type's own. */
const ACTIVE = new Map(QUESTION_TYPES.map((t, i) => {
  const own = TYPE_SLOTS[i]
  // In index order, so the score sums exactly as a sum over the whole vector (and the training script's) does.
  return [t, Int32Array.from([...Object.values(SLOT), ...NEW_SLOT, ...own.cls, ...own.near, own.cause, own.quote, own.detail, ...own.preposition.values()]).sort()]
}))
export function activeFeatures(type: QuestionAnalysis['type']): Int32Array {
  return ACTIVE.get(type) as Int32Array
}

/** How strongly each question term is matched by one sentence (1 for the word itself, less for a synonym). */
type Strengths = Float64Array

/**
 * The features of each candidate sentence for a question: how much of the question it holds (by
 * exact word, stem, synonym; weighted by rarity; in the sentence, its neighbours and its passage),
 * how its matches cluster, and — per question type — whether it holds a thing of each kind the
 * question does not already name (a new person for "who", a new year for "when") and how close that
 * thing stands to the matched words. A fitted linear model turns them into a score (rank-sentences.ts).
 */
export function sentenceFeatures(index: CorpusIndex, analysis: QuestionAnalysis, candidates: readonly Candidate[]): Float64Array[] {
  const { terms } = analysis
  // Which question terms each article stem stands for, and how closely: the word itself or a
  // synonym (lexical), or a word near it in meaning (similar). Each list is flat, term index then
  // weight, as the loops below read it for every word of every candidate.
  const termsOf = new Map<string, { lexical?: number[]; similar?: number[] }>()
  const add = (kind: 'lexical' | 'similar', stem: string, k: number, weight: number) => {
    let entry = termsOf.get(stem)
    if (!entry) termsOf.set(stem, (entry = {}))
    ;(entry[kind] ??= []).push(k, weight)
  }
  terms.forEach((term, k) => {
    add('lexical', term.stem, k, 1)
    for (const [stem, weight] of term.expansions) add('lexical', stem, k, weight)
    for (const [stem, similarity] of term.similar) add('similar', stem, k, similarity)
  })
  const totalIdf = terms.reduce((sum, t) => sum + t.idf, 0) || 1
  const maxIdf = Math.max(1e-9, ...terms.map((t) => t.idf))
  const questionStems = new Set([...[...termsOf].filter(([, e]) => e.lexical).map(([stem]) => stem), ...analysis.stems])
  const nameStems = analysis.names.map((n) => n.toLowerCase().replace(/'s$/, ''))
  const priceTerms = terms.flatMap((t, k) => (PRICE_STEMS.has(t.stem) ? [k] : []))
  /** Each sentence's strengths: by lexical matches alone, and with semantic ones too. */
  const strengthCache = new Map<string, [lexical: Strengths, semantic: Strengths]>()
  const strengths = (id: string) => {
    let pair = strengthCache.get(id)
    if (!pair) {
      const lexical = new Float64Array(terms.length)
      const semantic = new Float64Array(terms.length)
      // Whom a sentence speaks of without naming counts as named: "he fled to Turkey" after "Ammar…".
      for (const stems of [index.stemsOf(id), index.impliedStemsOf(id)]) {
        for (const stem of stems) {
          const entry = termsOf.get(stem)
          if (!entry) continue
          const { lexical: l, similar } = entry
          if (l) {
            for (let j = 0; j < l.length; j += 2) {
              if (l[j + 1] > lexical[l[j]]) lexical[l[j]] = l[j + 1]
              if (l[j + 1] > semantic[l[j]]) semantic[l[j]] = l[j + 1]
            }
          }
          if (similar) for (let j = 0; j < similar.length; j += 2) if (similar[j + 1] > semantic[similar[j]]) semantic[similar[j]] = similar[j + 1]
        }
      }
      if (priceTerms.length && statesMoney(index, id)) for (const k of priceTerms) lexical[k] = semantic[k] = 1
      strengthCache.set(id, (pair = [lexical, semantic]))
    }
    return pair
  }
  const strengthsOf = (id: string) => strengths(id)[0]
  const semanticOf = (id: string) => strengths(id)[1]
  const cover = (s: Strengths, exact = false) => {
    let sum = 0
    for (let k = 0; k < terms.length; k++) sum += terms[k].idf * (exact ? (s[k] === 1 ? 1 : 0) : s[k])
    return sum / totalIdf
  }
  /** The best match of each term over several sentences: a window's or a passage's. */
  const best = (list: (Strengths | undefined)[]) => {
    const out = new Float64Array(terms.length)
    for (const s of list) if (s) for (let k = 0; k < s.length; k++) if (s[k] > out[k]) out[k] = s[k]
    return out
  }
  const passageCover = new Map<string, [lexical: number, semantic: number]>()
  const top = Math.max(1e-9, ...candidates.map((c) => c.bm25))
  const passageScore = new Map<string, number>()
  for (const c of candidates) {
    const p = index.passageOf(c.id).id
    passageScore.set(p, (passageScore.get(p) ?? 0) + c.bm25)
  }
  const slotPreposition = questionPreposition(analysis.question)
  const passageRanks = new Map([...passageScore].sort((a, b) => b[1] - a[1]).map(([id], rank) => [id, rank]))
  const headTerm = terms.find((term) => term.word === analysis.headNoun)
  const headStems = new Set(headTerm ? [headTerm.stem, ...headTerm.expansions.map(([stem]) => stem)] : [])
  const slots = TYPE_SLOTS[QUESTION_TYPES.indexOf(analysis.type)]
  const askedTime = timeOf(analysis.question)

  // One buffer for every candidate's vector: most of it is other question types' features, left zero.
  const buffer = new Float64Array(candidates.length * FEATURE_NAMES.length)
  return candidates.map((c, j) => {
    const f = buffer.subarray(j * FEATURE_NAMES.length, (j + 1) * FEATURE_NAMES.length)
    const tokens = index.tokens.get(c.id) ?? { stems: [], classes: '' }
    const passage = index.passageOf(c.id)
    const i = passage.sentences.findIndex((s) => s.id === c.id)
    const own = strengthsOf(c.id)
    const prev = i > 0 ? strengthsOf(passage.sentences[i - 1].id) : undefined
    const next = i + 1 < passage.sentences.length ? strengthsOf(passage.sentences[i + 1].id) : undefined
    let whole = passageCover.get(passage.id)
    if (!whole) {
      whole = [cover(best(passage.sentences.map((s) => strengthsOf(s.id)))), cover(best(passage.sentences.map((s) => semanticOf(s.id))))]
      passageCover.set(passage.id, whole)
    }
    const coverSoft = cover(own)
    f[SLOT.bm25] = c.bm25 / top
    f[SLOT.bm25Log] = Math.log1p(c.bm25)
    f[SLOT.rankInv] = 1 / (1 + c.rank)
    f[SLOT.coverExact] = cover(own, true)
    f[SLOT.coverSoft] = coverSoft
    let matchedTerms = 0
    let missing = 0
    for (let k = 0; k < terms.length; k++) {
      if (own[k] > 0) matchedTerms++
      else missing = Math.max(missing, terms[k].idf)
    }
    f[SLOT.coverCount] = terms.length ? matchedTerms / terms.length : 0
    f[SLOT.coverPassage] = whole[0]
    f[SLOT.coverPrev] = prev ? cover(prev) : 0
    f[SLOT.coverNext] = next ? cover(next) : 0
    f[SLOT.windowGain] = cover(best([own, prev, next])) - coverSoft
    const coverSemantic = cover(semanticOf(c.id))
    f[SLOT.coverSemantic] = coverSemantic
    f[SLOT.semanticGain] = coverSemantic - coverSoft
    f[SLOT.semanticPassage] = whole[1]
    f[SLOT.missingIdf] = missing / maxIdf
    f[SLOT.passageBm25] = (passageScore.get(passage.id) ?? 0) / top
    f[SLOT.passageRank] = 1 / (1 + (passageRanks.get(passage.id) ?? 9))
    if (askedTime) {
      // "How long do the courses last now?" against "ISIS used to require…": the time asked about, or the other.
      const told = timeOf(index.sentences.get(c.id)?.text ?? '')
      if (told === askedTime || told === 'both') f[SLOT.timeSame] = 1
      else if (told) f[SLOT.timeOther] = 1
    }

    // Where the question's words stand in the sentence, and which of its words are new.
    const matchedAt: number[] = []
    const termAt: number[] = []
    let content = 0
    let novel = 0
    let hasHead = false
    for (let p = 0; p < tokens.stems.length; p++) {
      const stem = tokens.stems[p]
      const entry = termsOf.get(stem)
      const hit = entry?.lexical ?? entry?.similar
      if (hit) {
        matchedAt.push(p)
        termAt.push(hit[0])
      }
      if (tokens.classes[p] !== '_') {
        content++
        if (!hit) novel++
      }
      if (headStems.has(stem)) hasHead = true
    }
    // The longest run of the question's words in the sentence in the question's order.
    let run = 0
    let longest = 0
    for (let a = 0; a < termAt.length; a++) {
      run = a > 0 && termAt[a] === termAt[a - 1] + 1 && matchedAt[a] - matchedAt[a - 1] <= 2 ? run + 1 : 1
      longest = Math.max(longest, run)
    }
    f[SLOT.longestRun] = terms.length ? longest / terms.length : 0
    f[SLOT.headNoun] = hasHead ? 1 : 0
    // Neighbouring question words standing close together, in order, in the sentence.
    let pairs = 0
    for (let k = 0; k + 1 < terms.length; k++) {
      let found = false
      for (let a = 0; a < matchedAt.length && !found; a++) {
        if (termAt[a] !== k) continue
        for (let b = 0; b < matchedAt.length; b++) if (termAt[b] === k + 1 && matchedAt[b] > matchedAt[a] && matchedAt[b] - matchedAt[a] <= 3) { found = true; break }
      }
      if (found) pairs++
    }
    f[SLOT.bigrams] = terms.length > 1 ? pairs / (terms.length - 1) : 0
    f[SLOT.density] = matchedAt.length > 1 ? matchedAt.length / (matchedAt[matchedAt.length - 1] - matchedAt[0] + 1) : matchedAt.length
    f[SLOT.lenLog] = Math.log1p(content)
    f[SLOT.first] = i === 0 ? 1 : 0
    f[SLOT.anaphor] = PRONOUNS.has(tokens.stems[0] ?? '') ? 1 : 0
    f[SLOT.novelty] = content ? novel / content : 0
    const implied = index.impliedStemsOf(c.id)
    f[SLOT.nameCover] = nameStems.length ? nameStems.filter((n) => tokens.stems.some((s) => s === n || s.startsWith(n)) || implied.includes(n)).length / nameStems.length : 0

    // Things of each kind the question does not name, and how near the matched words they stand.
    for (let p = 0; p < tokens.stems.length; p++) {
      const stem = tokens.stems[p]
      if (CAUSE_STEMS.has(stem)) f[slots.cause] = 1
      const ci = CLASS_INDEX.get(tokens.classes[p])
      if (ci === undefined || questionStems.has(stem)) continue
      f[NEW_SLOT[ci]] = 1
      f[slots.cls[ci]] = 1
      // How much detail of that kind the sentence gives ("in November 2014" over "in 2014").
      f[slots.detail] = Math.min(1, f[slots.detail] + 1 / 3)
      // The word before a new name or number, when it is a preposition ("in 1995", "at Levi's").
      const before = tokens.stems[p - 1]
      const prepositionSlot = before === undefined ? undefined : slots.preposition.get(before)
      if (prepositionSlot !== undefined) {
        f[prepositionSlot] = 1
        // The question's own preposition at the answer's place ("Where is he from?" → "from Deir Ezzor").
        if (before === slotPreposition) f[SLOT.slotPreposition] = 1
      }
      // The question's information standing near this word, each matched word weighted by its rarity.
      let near = 0
      for (let a = 0; a < matchedAt.length; a++) near += (terms[termAt[a]].idf / totalIdf) * Math.exp(-(Math.abs(matchedAt[a] - p) - 1) / 4)
      if (near > f[slots.near[ci]]) f[slots.near[ci]] = near
    }
    if (/["“”]/.test(index.sentences.get(c.id)?.text ?? '')) f[slots.quote] = 1
    return f
  })
}

/** The preposition that governs the asked-for thing: ending the question ("…from?") or before its question word ("In which year…"). */
function questionPreposition(question: string): string | undefined {
  const lower = question.toLowerCase()
  const word = /\b([a-z]+)\W*$/.exec(lower)?.[1] ?? ''
  if ((PREPOSITIONS as readonly string[]).includes(word)) return word
  const before = /\b([a-z]+) (?:which|what|whom|where|when)\b/.exec(lower)?.[1] ?? ''
  return (PREPOSITIONS as readonly string[]).includes(before) ? before : undefined
}

/** Words that place a statement before a change ("used to", "at first") or after it ("now", "no longer"). General English. */
const BEFORE = /\b(?:before|used to|originally|initially|at first|in the beginning|formerly|previously|once|in the past|back then|until)\b/i
const AFTER = /\b(?:now|currently|today|these days|nowadays|no longer|any ?more|at present|increasingly|recently|since then|after)\b/i

/** Whether a text speaks of the time before a change, after it, both, or neither. */
function timeOf(text: string): 'before' | 'after' | 'both' | undefined {
  const before = BEFORE.test(text)
  const after = AFTER.test(text)
  return before && after ? 'both' : before ? 'before' : after ? 'after' : undefined
}
