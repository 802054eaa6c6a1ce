/**
 * The report of a comparison, whatever its format: the counts by kind and by
 * class, the drafted change list, the record check and the changed fields,
 * worded from the document catalogue. The web page, the redline PDF and the
 * text redline only style it, so the three cannot come to say different things.
 */
import {documentWords} from '@stdkit/messages'
import {provisionNumber} from './record-check.js'
import type {ChangeKind, ClaimCheck, Classification, RecordCheck, StandardDiff} from './types.js'

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
    series: report.series
  }
}

function recordCheck(diff: StandardDiff, check: RecordCheck): ReportRecordCheck {
  const {report} = documentWords().comparison
  const clause = (id: string): ReportClause => ({id, number: diff.fields.find((field) => field.field === id)?.label ?? provisionNumber(diff, id)})
  return {
    heading: check.source === 'changeList' ? report.changeListCheck({edition: check.edition}) : report.recordCheck({edition: check.edition}),
    claims: check.claims.map((claim) => ({status: claim.status, verdict: report.verdicts[claim.status], claim: claim.claim, message: claim.message, evidence: claim.evidence.map(clause)})),
    uncoveredLabel: check.source === 'changeList' ? report.uncoveredByList : report.uncovered,
    uncovered: check.uncovered.map(clause)
  }
}
