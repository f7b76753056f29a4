import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import type { RankerModel } from '../../src/index/ranker-model'
import { askItem } from './ask-item'
import { readCorpusDir, readSharedTables } from './corpus-files'
import { readEvalSet } from './judge'
import { bundledSets } from './training-data'

/** The bonuses tried for a sentence in a passage the last answer quoted, in units of the ranker's score. */
const BONUSES = [0, 0.5, 1, 1.5, 2, 3, 4, 6]

/**
 * Fits the follow-up bonus (`followUpBonus`): the conversations of the bundled article's question sets
 * (shared samples and the project's own; never the blind set) are replayed with each bonus, and the
 * smallest bonus that gets the most last turns right wins. One number, fitted on every conversation
 * at hand; it prints the count for each bonus so the choice can be checked.
 */
export function fitFollowUpBonus(model: RankerModel): { bonus: number; report: string } {
  const { sources, tables } = readCorpusDir('corpus')
  const corpus = new CorpusIndex(buildCorpus(sources, { ...readSharedTables(), ...tables, model: { ...model } }))
  const chats = bundledSets().flatMap((p) => readEvalSet(p)).filter((item) => item.kind === 'chat')
  let best = { bonus: 0, right: -1 }
  const counts: string[] = []
  for (const bonus of BONUSES) {
    corpus.artifact.model.followUpBonus = bonus
    const right = chats.filter((item) => askItem(corpus, item).why.length === 0).length
    counts.push(`${bonus}: ${right}`)
    if (right > best.right) best = { bonus, right }
  }
  return { bonus: best.bonus, report: `follow-up bonus ${best.bonus} (last turns right of ${chats.length} conversations, by bonus: ${counts.join(', ')})` }
}
