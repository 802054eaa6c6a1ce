import {describe, expect, it} from 'vitest'

describe('@stdkit/tree', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/tree')).sort()).toEqual([
      'anchorPattern',
      'appendixId',
      'appendixName',
      'appendixStatusLabel',
      'caption',
      'clauseId',
      'controlCharacterPattern',
      'diagnosticSource',
      'eachNode',
      'escapeControls',
      'exampleLabel',
      'exampleName',
      'firstIssue',
      'handle',
      'hasErrors',
      'normalizeNumber',
      'noteLabel',
      'noteName',
      'numberedName',
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
