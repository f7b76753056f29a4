import { describe, expect, it } from 'vitest'
import { comparisonSides } from '../../src/answer/comparison'

describe('comparisonSides', () => {
  it('finds the two things a question compares, however it words the comparison', () => {
    expect(comparisonSides('How did the motives of committed recruits differ from those of people who joined for money?')).toEqual(['How did the motives of committed recruits', 'those of people who joined for money'])
    expect(comparisonSides('What is the difference between the old harbour and the new harbour wall?')).toEqual(['the old harbour', 'the new harbour wall'])
    expect(comparisonSides('How do the North Pier and the South Pier compare?')).toEqual(['the North Pier', 'the South Pier'])
    expect(comparisonSides('How are dockworkers paid as opposed to harbour pilots?')).toEqual(['How are dockworkers paid', 'harbour pilots'])
  })

  it('leaves alone a question with no second thing, or none at all', () => {
    expect(comparisonSides('How much did he earn compared to before?')).toBeUndefined()
    expect(comparisonSides('What happened to the Saturn Vs that were never used?')).toBeUndefined()
    expect(comparisonSides('Why did Ammar leave ISIS?')).toBeUndefined()
  })
})
