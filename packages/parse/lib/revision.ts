/**
 * The foreword's facts: the revision record table (历次修订记录) and the
 * enterprise sentences (提出, 归口, 修订人, history of editions …).
 */
import {messages} from '@stdkit/messages'
import type {Table as MdastTable} from 'mdast'
import {normalizeNumber, parseStandardNumber, revisionColumns, toText, type ForewordContent, type ForewordFields, type RevisionHistory, type RevisionRecord} from '@stdkit/tree'
import {at, checkTableShape, type Context} from './context.js'
import {flatten, segmentsText} from './phrasing.js'


/** Splits `王文阁、陈华春` into names. */
export function splitNames(value: string): Array<string> {
  return value
    .split(/[、，,;；]/u)
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

/** Splits the 主要修订内容 cell into its change items, without their closing punctuation. */
export function splitChanges(value: string): Array<string> {
  return value
    .split(/[；;]/u)
    .map((item) => item.trim().replace(/[。.]$/u, ''))
    .filter((item) => item !== '')
}

export function revisionHistory(node: MdastTable, context: Context): RevisionHistory {
  const [header, ...rows] = node.children
  const headings = (header?.children ?? []).map((cell) => segmentsText(flatten(cell.children, context)).replace(/\s/gu, ''))
  if (headings.join('|') !== revisionColumns.join('|')) {
    context.report(
      'error',
      messages().parser.revisionColumns({found: headings.join(' | '), expected: revisionColumns.join(' | ')}),
      header?.position,
      'revision-table'
    )
  }
  checkTableShape(node, context, 'revision-table')
  const children = rows.map((row): RevisionRecord => {
    const cells = revisionColumns.map((_, index) => {
      const cell = row.children[index]
      return cell ? segmentsText(flatten(cell.children, context)).trim() : ''
    })
    const [number = '', replaces = '', changes = '', departments = '', revisers = '', approvers = ''] = cells
    return {
      type: 'revisionRecord',
      number: normalizeNumber(number),
      ...(replaces === '' ? {} : {replaces: normalizeNumber(replaces)}),
      changes: splitChanges(changes),
      departments: splitNames(departments),
      revisers: splitNames(revisers),
      approvers: splitNames(approvers),
      ...at(row.position)
    }
  })
  return {type: 'revisionHistory', children, ...at(node.position)}
}

const month = (year: string | undefined, value: string | undefined): string =>
  `${year ?? ''}-${(value ?? '').padStart(2, '0')}`

/** The dated number after the first `代替` that has one, as written. */
function replacedNumber(text: string): string | undefined {
  for (const match of text.matchAll(/代替/gu)) {
    const number = parseStandardNumber(text.slice(match.index + match[0].length))
    if (number?.year !== undefined) return number.written
  }
  return undefined
}

/** Reads the enterprise fields from the foreword's sentences. */
export function forewordFields(children: ReadonlyArray<ForewordContent>): ForewordFields {
  const text = children
    .filter((child) => child.type === 'paragraph')
    .map((child) => toText(child))
    .join('\n')
  const fields: ForewordFields = {}
  const find = (pattern: RegExp): string | undefined => pattern.exec(text)?.groups?.value?.trim()
  const replaces = replacedNumber(text)
  if (replaces) fields.replaces = normalizeNumber(replaces)
  const letters = (kind: string): Array<string> | undefined => {
    const match = new RegExp(`附录(?<value>[A-Z](?:[、，,和及与][A-Z])*)为${kind}附录`, 'u').exec(text)
    return match?.groups?.value ? (match.groups.value.match(/[A-Z]/gu) ?? []) : undefined
  }
  const normative = letters('规范性')
  if (normative) fields.normativeAppendices = normative
  const informative = letters('资料性')
  if (informative) fields.informativeAppendices = informative
  const proposed = find(/(?:^|\n|。)[^。\n]*?由(?<value>[^。\n，,]+?)提出/u)
  if (proposed) fields.proposedBy = proposed
  const administered = find(/提出[，,](?<value>[^。\n]+?)归口/u)
  if (administered) fields.administeredBy = administered
  const review = /下次审查\/升版时间[：:]\s*(?<year>\d{4})年(?<month>\d{1,2})月/u.exec(text)?.groups
  if (review) fields.nextReview = month(review.year, review.month)
  const names = (pattern: RegExp): Array<string> | undefined => {
    const value = find(pattern)
    return value === undefined ? undefined : splitNames(value.replace(/。$/u, ''))
  }
  const departments = names(/(?:修订|起草)部门[：:](?<value>[^\n]+)/u)
  if (departments) fields.departments = departments
  const drafters = names(/(?:修订|起草)人[：:](?<value>[^\n]+)/u)
  if (drafters) fields.drafters = drafters
  const reviewers = names(/审核人[：:](?<value>[^\n]+)/u)
  if (reviewers) fields.reviewers = reviewers
  const approvers = names(/批准人[：:](?<value>[^\n]+)/u)
  if (approvers) fields.approvers = approvers
  const first = /于(?<year>\d{4})年(?<month>\d{1,2})月首次发布/u.exec(text)?.groups
  if (first) fields.firstIssued = month(first.year, first.month)
  const revisions = [...text.matchAll(/于(?<year>\d{4})年(?<month>\d{1,2})月第[一二三四五六七八九十\d]+次修订/gu)]
  if (revisions.length > 0) fields.revisions = revisions.map((match) => month(match.groups?.year, match.groups?.month))
  return fields
}

/** Gives each record the month of its issue or revision from the foreword's history sentence (oldest first). */
export function dateRecords(history: RevisionHistory, fields: ForewordFields): void {
  const months = [fields.firstIssued, ...(fields.revisions ?? [])]
  const oldestFirst = [...history.children].reverse()
  oldestFirst.forEach((record, index) => {
    const date = months[index]
    if (date) record.date = date
  })
}
