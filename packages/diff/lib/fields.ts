/** The cover and the foreword's facts compared field by field, and the revision record row by row. */
import {documentWords} from '@stdkit/messages'
import {revisionColumns, type Cover, type CoverField, type Foreword, type RevisionHistory, type RevisionRecord, type Standard} from '@stdkit/tree'
import {diffRows} from './blocks.js'
import type {FieldChange, RowChange} from './types.js'

/** The cover's fields in the order a comparison reports them. */
const coverFields = [
  'number',
  'replaces',
  'title',
  'titleEnglish',
  'category',
  'ics',
  'ccs',
  'classification',
  'filing',
  'adoption',
  'documentType',
  'stage',
  'issuer',
  'issued',
  'effective',
  'status'
] as const satisfies ReadonlyArray<CoverField>

/** A cover field as one text: lists joined, several replaced numbers and issuers in full, an adoption as printed, a stage by its name. */
function coverValue(cover: Cover, field: (typeof coverFields)[number]): string | undefined {
  const words = documentWords().cover
  const list = (value: ReadonlyArray<string> | undefined) => (value === undefined ? undefined : value.join('、'))
  switch (field) {
    case 'replaces':
      return list(cover.replacedNumbers) ?? cover.replaces
    case 'issuer':
      return list(cover.issuers) ?? cover.issuer
    case 'ics':
      return list(cover.ics)
    case 'adoption':
      return cover.adoption === undefined ? undefined : words.adoption(cover.adoption)
    case 'stage':
      return cover.stage === undefined ? undefined : words.stages[cover.stage]
    default:
      return cover[field]
  }
}

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
    const words = documentWords().comparison
    const reason = field === 'cover.title' ? words.renamed : field === 'cover.adoption' ? words.adopted : undefined
    out.push({
      field,
      label,
      ...(was === undefined ? {} : {old: was}),
      ...(is === undefined ? {} : {new: is}),
      classification: reason === undefined ? 'editorial' : 'technical',
      reason: reason ?? words.editionData
    })
  }
  for (const field of coverFields) compare(`cover.${field}`, documentWords().cover.fields[field], coverValue(old.cover, field), coverValue(now.cover, field))
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
