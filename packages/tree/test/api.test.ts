import {describe, expect, it} from 'vitest'

describe('@stdkit/tree', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/tree')).sort()).toEqual([
      'anchorPattern',
      'appendixId',
      'appendixName',
      'appendixStatusLabel',
      'caption',
      'citedEdition',
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
      'headingId',
      'isPageId',
      'isReservedAnchor',
      'normalizeNumber',
      'noteLabel',
      'noteName',
      'numberedName',
      'pageIdPatterns',
      'pageIds',
      'removedId',
      'report',
      'revisionColumns',
      'schemaFileName',
      'schemaPath',
      'schemaVersion',
      'standardId',
      'standardSchema',
      'tableId',
      'termId',
      'toText'
    ])
  })
})
