/**
 * The report of a comparison, whatever its format: the counts by kind and by
 * class, the drafted change list, the record check and the changed fields,
 * worded from the document catalogue. The web page, the redline PDF and the
 * text redline only style it, so the three cannot come to say different things.
 */
import {documentWords} from '@stdkit/messages'
import {provisionNumber} from './record-check.js'
import {revisionColumns} from '@stdkit/tree'
import {cellName} from './cells.js'
import type {ChangeKind, ClaimCheck, Classification, RecordCheck, StandardDiff, TextRun} from './types.js'

/** A provision (or a field of the cover) named as a reader knows it: by its number. */
export interface ReportClause {
  id: string
  /** `4.2`, `A`; a field by its name: `标准名称`. */
  number: string
}

/** The provisions that underwent one kind of change. */
export interface ReportCount {
  kind: ChangeKind
  /** `修改` */
  label: string
  count: number
}

/** The changes of one class. */
export interface ReportClass {
  classification: Classification
  /** `技术性改动` */
  label: string
  count: number
}

/** One claim of the revision record and how the diff bears it out. */
export interface ReportClaim {
  status: ClaimCheck['status']
  /** `已证实：` */
  verdict: string
  /** The claim as written in 主要修订内容. */
  claim: string
  message: string
  evidence: Array<ReportClause>
}

/** The record check as a reader reads it. */
export interface ReportRecordCheck {
  /** `修订记录核对（Q/ZX 75.1861–2007）` */
  heading: string
  claims: Array<ReportClaim>
  /** `记录未提及的技术性改动：` */
  uncoveredLabel: string
  uncovered: Array<ReportClause>
}

/** A changed field of the cover or the foreword. */
export interface ReportField {
  /** `标准名称` */
  label: string
  old?: string | undefined
  new?: string | undefined
  /** `技术性` */
  classification: string
}

/** A changed cell of the revision record, named by its row and column. */
export interface ReportCell {
  /** `修订记录，“Q/ZX 75.1861–2007”行，“主要修订内容”列` */
  name: string
  runs: Array<TextRun>
}

/** A changed row of the revision record: added or removed whole, or changed cell by cell. */
export type ReportRecordRow =
  | {kind: 'added' | 'removed'; /** `修订记录，“Q/ZX 75.1861–2007”行` */ label: string; cells: Array<string>; /** The cells joined. */ text: string}
  | {kind: 'modified'; cells: Array<ReportCell>}

export interface ComparisonReport {
  designation: string
  /** `2006版与2007版比较` */
  title: string
  /** Each edition as cited: `Q/ZX 75.1861–2006《…》`. */
  editions: {old: string; new: string}
  /** Each edition as a column head: `2006版`. */
  years: {old: string; new: string}
  /** The kinds of change that occur, in the order of the summary. */
  counts: Array<ReportCount>
  classes: Array<ReportClass>
  changeList: {heading: string; items: Array<string>; empty: string}
  recordCheck?: ReportRecordCheck | undefined
  fields: {caption: string; columns: {field: string; classification: string}; rows: Array<ReportField>}
  /** The revision record's changes: `修订记录` and its changed rows. */
  record: {caption: string; columns: ReadonlyArray<string>; rows: Array<ReportRecordRow>}
  /** Between the numbers of a list of clauses: `、`. */
  series: string
}

export function comparisonReport(diff: StandardDiff): ComparisonReport {
  const words = documentWords().comparison
  const {report} = words
  const kinds = Object.entries(diff.summary.provisions) as Array<[ChangeKind, number]>
  return {
    designation: diff.designation,
    title: report.title({old: diff.old.year, new: diff.new.year}),
    editions: {old: report.edition(diff.old), new: report.edition(diff.new)},
    years: {old: report.year(diff.old), new: report.year(diff.new)},
    counts: kinds.filter(([, count]) => count > 0).map(([kind, count]) => ({kind, label: words.kinds[kind], count})),
    // Changes to review are listed only when there are some.
    classes: (['technical', 'review', 'editorial'] as const)
      .filter((classification) => classification !== 'review' || diff.summary.review > 0)
      .map((classification) => ({classification, label: report.classes[classification], count: diff.summary[classification]})),
    changeList: {heading: report.changeList, items: diff.changeList.map((item) => item.text), empty: report.noChangeList},
    recordCheck: diff.recordCheck && recordCheck(diff, diff.recordCheck),
    fields: {
      caption: report.fields,
      columns: {field: report.field, classification: report.classification},
      rows: diff.fields.map((field) => ({label: field.label, old: field.old, new: field.new, classification: words.classifications[field.classification]}))
    },
    record: recordChanges(diff.record),
    series: report.series
  }
}

/** The revision record's changed rows, each cell named by its row and column. */
function recordChanges(rows: StandardDiff['record']): ComparisonReport['record'] {
  const words = documentWords().comparison
  const out: Array<ReportRecordRow> = []
  rows.forEach((row, index) => {
    if (row.kind === 'modified') out.push({kind: 'modified', cells: row.cells.map((cell) => ({name: cellName(words.record, rows, index, cell.column, revisionColumns), runs: cell.runs}))})
    else if (row.kind !== 'equal') {
      const cells = row.kind === 'added' ? row.new : row.old
      const name = cells[0] === undefined || cells[0] === '' ? words.numberedRow({number: index + 1}) : words.namedRow({name: cells[0]})
      out.push({kind: row.kind, label: words.rowName({table: words.record, row: name}), cells, text: cells.filter((cell) => cell !== '').join(' | ')})
    }
  })
  return {caption: words.record, columns: revisionColumns, rows: out}
}

function recordCheck(diff: StandardDiff, check: RecordCheck): ReportRecordCheck {
  const {report} = documentWords().comparison
  const clause = (id: string): ReportClause => ({id, number: diff.fields.find((field) => field.field === id)?.label ?? provisionNumber(diff, id)})
  return {
    heading: check.source === 'changeList' ? report.changeListCheck({edition: check.edition}) : report.recordCheck({edition: check.edition}),
    claims: check.claims.map((claim) => ({status: claim.status, verdict: report.verdicts[claim.status], claim: claim.claim, message: claim.message, evidence: claim.evidence.map(clause)})),
    uncoveredLabel: check.source === 'changeList' ? report.uncoveredByList : report.uncovered,
    // Each as the check cites it: a removed provision with its edition (`2007年版的3.4`).
    uncovered: check.uncovered.map((id, index) => ({id, number: check.uncoveredClauses?.[index] ?? clause(id).number}))
  }
}
