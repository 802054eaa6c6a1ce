export {diffEditions, DiffError, type DiffOptions} from './lib/diff.js'
export {cellName} from './lib/cells.js'
export {movedBlock, type MovedPart, type MovedShown} from './lib/moves.js'
export {countsAsTechnical} from './lib/blocks.js'
export {citation, draftChangeList} from './lib/change-list.js'
export type {DiffHandlers, Printing, State} from './lib/provisions.js'
export {findTimeline, lineage, type HistoryDocument, type HistorySchemaVersion, type Lineage, type Timeline, type TimelineEntry} from './lib/lineage.js'
export {toDiffDocument, toDiffJson} from './lib/publish.js'
export {provisionNumber} from './lib/record-check.js'
export {toRedline, type RedlineOptions} from './lib/redline.js'
export {
  comparisonReport,
  type ComparisonReport,
  type ReportClaim,
  type ReportClass,
  type ReportClause,
  type ReportCount,
  type ReportField,
  type ReportRecordCheck,
  type ReportCell,
  type ReportRecordRow
} from './lib/report.js'
export {
  diffSchema,
  diffSchemaFileName,
  diffSchemaId,
  diffSchemaPath,
  diffSchemaVersion,
  historySchema,
  historySchemaFileName,
  historySchemaId,
  historySchemaPath,
  historySchemaVersion
} from './lib/schema.js'
export {classifyText, definedTerms, diffText, modalWords, similarity, withVocabulary, words, type ClassifyOptions} from './lib/text.js'
export type * from './lib/types.js'
