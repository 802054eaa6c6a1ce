export type * from './lib/types.js'
export {controlCharacterPattern, escapeControls} from './lib/controls.js'
export {handle, type Content, type FlowContent, type Handlers} from './lib/handlers.js'
export {
  anchorPattern,
  appendixId,
  backMatterIds,
  figureId,
  formulaId,
  clauseId,
  headingId,
  isPageId,
  isReservedAnchor,
  pageIdPatterns,
  pageIds,
  removedId,
  standardId,
  tableId,
  termId
} from './lib/ids.js'
export {diagnosticSource, hasErrors, report, type Severity} from './lib/report.js'
export {schemaFileName, schemaId, schemaPath, schemaVersion, standardSchema} from './lib/schema.js'
export {citationIndex, citationReviews, citedEdition, type CitableEdition, type Citation, type CitationPlace, type CitationReview, type CitingStandard} from './lib/citation.js'
export {toText} from './lib/text.js'
export {eachNode, type Walk} from './lib/walk.js'
export {firstIssue, revisionColumns} from './lib/revision.js'
export {
  designationOf,
  formatStandardNumber,
  normalizeNumber,
  parseStandardNumber,
  printedStandardNumber,
  sameStandardNumber,
  standardNumberSource,
  type StandardNumber,
  type StandardNumberDash
} from './lib/standard-number.js'
export {appendixName, appendixStatusLabel, caption, exampleLabel, exampleName, noteLabel, noteName, numberedName, type Numbered} from './lib/labels.js'
export {dashOf, documentTypeOf, industryCodes, industryOf, kindOfCode, partOf, printedNumber, provinceCodes, provinceOf} from './lib/document-type.js'
export {indexEntries, type IndexEntry} from './lib/term-index.js'
export {columnWidths, textWidth, unbreakableWidth, type ColumnWidthOptions, type MeasuredCell} from './lib/column-widths.js'
