import { type CorpusIndex, passageIdOf } from '../index/corpus-index'
import { findEntities } from '../index/entities'
import type { Fact } from '../index/facts'
import { tokenize } from '../index/tokenize'
import { CARDINALS } from '../ingest/quantities/number-words'
import { ASKING, RANKING } from './match-facts'
import { isMoney } from './amounts'
import type { NumericQuestion } from './numeric-question'
import { joinWords } from './wording'

/** Words of a money question that say what is measured, not whose figure it is. */
const MEASURE = new Set('pay paid pays paying payment salary salaries wage wages earn earns earned earning earnings income money make makes made get gets got receive receives received cost costs price spend spent much worth amount figure sum dollars dollar typical average new starting start basic base monthly annual annually yearly weekly daily month months year years week weeks day days per lowest highest least most top bottom range extra additional total combined whole full if would after before cut cuts pay-cut allowance allowances bonus bonuses family'.split(' '))
/** Words readers use for any person, which name no particular role. */
const ANYONE = new Set('guy guys man men person people someone somebody newbie newbies rookie member members recruit recruits fighter fighters soldier soldiers worker workers employee employees one ones he she they him her them his their whats thats hows wheres whos lets its theirs yours ours pls thanks'.split(' '))
/** Group nouns that follow a name ("the Iraqi army"). */
const GROUP_NOUNS = /^(?:army|armies|forces|force|government|police|militia|militias|military|troops|soldiers|fighters|group|regime|rebels)$/

/** What a money question names that no money figure of the article belongs to, in the reader's words. */
export function missingFromMoney(index: CorpusIndex, nq: NumericQuestion, text: string): string | undefined {
  const money = index.artifact.facts.filter((f) => isMoney(f.unit))
  if (money.length === 0) return undefined
  const passages = new Set(money.map((f) => passageIdOf(f.sentenceId)))
  const stemsNear = new Set<string>()
  for (const id of passages) for (const s of index.passages.get(id)?.sentences ?? []) for (const st of index.stemsOf(s.id)) stemsNear.add(st)
  const entitiesNear = new Set([...passages].flatMap((id) => findEntities(index.passages.get(id)?.text ?? '', index.artifact.entities).map((m) => m.id)))
  const original = nq.original ?? text
  // Names: entities the alias table knows, and capitalised words (not the first).
  for (const m of findEntities(text, index.artifact.entities)) if (!entitiesNear.has(m.id)) return text.slice(m.start, m.end)
  const tokens = tokenize(original)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const written = original.slice(t.start, t.end)
    const capital = /^[A-Z]/.test(written) && t.start > 0 && !/^(?:I|What|How|Which|Who|If|Is|Does|Do|Per|In|And|By|For|A|An|The)$/.test(written)
    const proper = index.properNouns.has(t.word)
    if (!capital && !proper) continue
    if (findEntities(written, index.artifact.entities).length) continue
    if (stemsNear.has(t.stem)) continue
    const next = tokens[i + 1]
    return next && GROUP_NOUNS.test(next.word) ? `${/^the\b/i.test(original.slice(Math.max(0, t.start - 4), t.start)) ? 'the ' : ''}${written} ${next.word}` : written
  }
  // A role the article speaks of but never with a figure ("commanders"), or never at all ("drivers").
  for (const [i, t] of tokens.entries()) {
    // A role is a noun after a determiner ("pay its commanders", "pay a driver"), not a verb ("a draft puts").
    if (!/^(?:its|their|his|her|the|a|an|to|for|of|new|all)$/.test(tokens[i - 1]?.word ?? '')) continue
    if (t.word.length < 3 || MEASURE.has(t.word) || ASKING.has(t.word) || ANYONE.has(t.word) || stemsNear.has(t.stem)) continue
    // A reader's word for one the article uses near its figures ("kids" for "children") is no other role.
    if ((index.synonyms.get(t.stem) ?? []).some(([s, w]) => w >= 0.5 && stemsNear.has(s))) continue
    if (!/^[a-z]+$/.test(t.word) || RANKING.has(t.word) || Object.hasOwn(CARDINALS, t.word) || /(?:est|ly|ing|ed)$/.test(t.word)) continue
    return t.word
  }
  return undefined
}

/** The groups the article gives money figures for, for an abstention that says what it does give. */
export function moneyOwners(index: CorpusIndex): string {
  const owners = [...new Set(index.artifact.facts.filter((f: Fact) => isMoney(f.unit) && f.owner && f.period && !f.per).map((f) => f.owner as string))]
  return joinWords(owners.slice(0, 6))
}
