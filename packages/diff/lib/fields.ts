/** The cover and the foreword's facts compared field by field, and the revision record row by row. */
import {documentWords} from '@stdkit/messages'
import {revisionColumns, type Foreword, type RevisionHistory, type RevisionRecord, type Standard} from '@stdkit/tree'
import {diffRows} from './blocks.js'
import type {FieldChange, RowChange} from './types.js'

const coverFields = [
  ['number', '标准编号'],
  ['replaces', '代替'],
  ['title', '标准名称'],
  ['category', '类别'],
  ['issuer', '发布单位'],
  ['issued', '发布日期'],
  ['effective', '实施日期'],
  ['status', '状态']
] as const

const forewordFields = [
  ['proposedBy', '提出部门'],
  ['administeredBy', '归口部门'],
  ['nextReview', '下次审查/升版时间'],
  ['departments', '修订部门'],
  ['drafters', '修订人'],
  ['reviewers', '审核人'],
  ['approvers', '批准人'],
  ['normativeAppendices', '规范性附录'],
  ['informativeAppendices', '资料性附录']
] as const

function forewordOf(tree: Standard): Foreword | undefined {
  return tree.children.find((node): node is Foreword => node.type === 'foreword')
}

/** Changed fields of the cover and the foreword. */
export function diffFields(old: Standard, now: Standard): Array<FieldChange> {
  const out: Array<FieldChange> = []
  const compare = (field: string, label: string, was: string | undefined, is: string | undefined): void => {
    if (was === is) return
    const renamed = field === 'cover.title'
    out.push({
      field,
      label,
      ...(was === undefined ? {} : {old: was}),
      ...(is === undefined ? {} : {new: is}),
      classification: renamed ? 'technical' : 'editorial',
      reason: renamed ? documentWords().comparison.renamed : documentWords().comparison.editionData
    })
  }
  for (const [field, label] of coverFields) compare(`cover.${field}`, label, old.cover[field], now.cover[field])
  const [was, is] = [forewordOf(old)?.fields ?? {}, forewordOf(now)?.fields ?? {}]
  const join = (value: string | ReadonlyArray<string> | undefined) => (value === undefined ? undefined : typeof value === 'string' ? value : value.join('、'))
  for (const [field, label] of forewordFields) compare(`foreword.${field}`, label, join(was[field]), join(is[field]))
  return out
}

/** The revision record of each side as rows of cells, in the order of its columns. */
export function recordRows(tree: Standard): Array<Array<string>> {
  const history = forewordOf(tree)?.children.find((node): node is RevisionHistory => node.type === 'revisionHistory')
  return (history?.children ?? []).map((row: RevisionRecord) => {
    const cells = [row.number, row.replaces ?? '', row.changes.join('；'), row.departments.join('、'), row.revisers.join('、'), row.approvers.join('、')]
    return cells.slice(0, revisionColumns.length)
  })
}

/** The revision record compared row by row and cell by cell. */
export function diffRecord(old: Standard, now: Standard): Array<RowChange> {
  return diffRows(recordRows(old), recordRows(now))
}

/** The newest row of an edition's revision record. */
export function newestRecord(tree: Standard): RevisionRecord | undefined {
  return forewordOf(tree)?.children.find((node): node is RevisionHistory => node.type === 'revisionHistory')?.children[0]
}
