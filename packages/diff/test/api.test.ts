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
      'diffSchemaId',
      'diffSchemaPath',
      'diffSchemaVersion',
      'diffText',
      'draftChangeList',
      'findTimeline',
      'historySchema',
      'historySchemaFileName',
      'historySchemaId',
      'historySchemaPath',
      'historySchemaVersion',
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
