import {describe, expect, it} from 'vitest'

describe('@stdkit/tree', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/tree')).sort()).toEqual([
      'anchorPattern',
      'appendixId',
      'appendixStatusLabel',
      'clauseId',
      'controlCharacterPattern',
      'diagnosticSource',
      'eachNode',
      'escapeControls',
      'firstIssue',
      'handle',
      'hasErrors',
      'normalizeNumber',
      'report',
      'revisionColumns',
      'schemaFileName',
      'schemaPath',
      'schemaVersion',
      'standardSchema',
      'tableId',
      'termId',
      'toText'
    ])
  })
})
