import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../../src/answer/answer-question'
import { buildCorpus } from '../../src/index/build-corpus'
import { CorpusIndex } from '../../src/index/corpus-index'
import { readSharedTables } from '../../scripts/lib/corpus-files'
import { findQuote } from '../../src/retrieve/find-quote'
import { searchPassages } from '../../src/retrieve/search-passages'

const second = `---
id: beekeeping-notes
title: Notes on Beekeeping
authors: A. Keeper
---
Honeybees swarm in late spring, when a colony outgrows its hive and the old queen leaves with half the workers.

A beekeeper can prevent a swarm by giving the colony more room before the queen starts new queen cells.
`

describe('a corpus of several documents', () => {
  const entities = JSON.parse(readFileSync('corpus/entities.json', 'utf8')).entities
  const index = new CorpusIndex(buildCorpus([readFileSync('corpus/quitting-isis.md', 'utf8'), second], { ...readSharedTables(), entities }))

  it('indexes every document, and every result names its document', () => {
    expect(index.documents.size).toBe(2)
    const [hit] = searchPassages(index, 'swarm', 3)
    expect(hit.passage.id).toMatch(/^beekeeping-notes:p\d+$/)
    const answer = answerQuestion(index, 'When do honeybees swarm?')
    expect(answer.answer).toContain('late spring')
    expect(answer.citations[0].document).toEqual({ id: 'beekeeping-notes', title: 'Notes on Beekeeping' })
    expect(findQuote(index, 'the old queen leaves with half the workers')[0]?.passageId).toBe('beekeeping-notes:p1')
  })

  it('still answers from the first document', () => {
    expect(answerQuestion(index, 'Which province was Ammar from?').citations[0].document.id).toBe('quitting-isis')
  })
})
