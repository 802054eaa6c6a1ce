import {describe, expect, it} from 'vitest'

describe('@stdkit/diff', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/diff')).sort()).toEqual([
      'DiffError',
      'cellName',
      'citation',
      'classifyText',
      'comparisonReport',
      'countsAsTechnical',
      'definedTerms',
      'diffEditions',
      'diffSchema',
      'diffSchemaFileName',
      'diffSchemaPath',
      'diffSchemaVersion',
      'diffText',
      'draftChangeList',
      'findTimeline',
      'lineage',
      'modalWords',
      'movedBlock',
      'provisionNumber',
      'similarity',
      'toDiffDocument',
      'toDiffJson',
      'toRedline',
      'withVocabulary',
      'words'
    ])
  })
})
