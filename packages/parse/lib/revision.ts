/**
 * The foreword's facts: the revision record table (历次修订记录) and the
 * enterprise sentences (提出, 归口, 修订人, history of editions …).
 */
import {messages} from '@stdkit/messages'
import type {Table as MdastTable} from 'mdast'
import {
  designationOf,
  normalizeNumber,
  parseStandardNumber,
  revisionColumns,
  standardNumberSource,
  toText,
  type ChangeAction,
  type ChangeList,
  type ChangeListEntry,
  type DraftingEra,
  type EditionStatement,
  type ForewordContent,
  type ForewordFields,
  type List,
  type PartOf,
  type ReplacedDocument,
  type RevisionHistory,
  type RevisionRecord,
  type SelfReference
} from '@stdkit/tree'
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

/** Reads the foreword's facts from its sentences: the enterprise ones, and with `national` those of a national foreword too. */
export function forewordFields(children: ReadonlyArray<ForewordContent>, national = false): ForewordFields {
  const text = children
    .filter((child) => child.type === 'paragraph')
    .map((child) => toText(child))
    .join('\n')
  const fields: ForewordFields = {}
  const find = (pattern: RegExp): string | undefined => pattern.exec(text)?.groups?.value?.trim()
  const replaces = replacedNumber(text)
  if (replaces) fields.replaces = normalizeNumber(replaces)
  // `附录A、B、C为规范性附录`, `附录A、附录B为资料性附录`, `附录A为规范性附录，附录B为资料性附录`.
  const letters = (kind: string): Array<string> | undefined => {
    const found = [...text.matchAll(new RegExp(`附录(?<value>[A-Z](?:[、，,和及与][ \u3000]*(?:附录)?[A-Z])*)(?:均)?(?:为|是)${kind}附录`, 'gu'))]
    return found.length === 0 ? undefined : found.flatMap((match) => match.groups?.value?.match(/[A-Z]/gu) ?? [])
  }
  const normative = letters('规范性')
  if (normative) fields.normativeAppendices = normative
  const informative = letters('资料性')
  if (informative) fields.informativeAppendices = informative
  const proposed = find(/(?:^|\n|。)[^。\n]*?由(?<value>[^。\n，,]+?)提出/u)
  if (proposed) fields.proposedBy = proposed
  const administered = find(/提出[，,](?<value>[^。\n]+?)归口/u) ?? (proposed && /提出并归口/u.test(text) ? proposed : undefined) ?? find(/由(?<value>[^。\n，,]+?)归口/u)
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
  if (national) Object.assign(fields, nationalFields(children, text, fields.replaces))
  return fields
}

const draftingPattern = /按照?(?<value>GB\/T[ \u00a0]?1\.1[ ]*[-–—][ ]*\d{4})(?:《[^》]*》)?(?:给出的规则|的规定)起草/u

/** The era a foreword is drafted in, from its drafting statement (`按照GB/T 1.1—2009给出的规则起草`); `undefined` without one. */
export function draftingEra(fields: ForewordFields): DraftingEra | undefined {
  const year = fields.draftingRules === undefined ? undefined : parseStandardNumber(fields.draftingRules)?.year
  return year === 2000 || year === 2009 || year === 2020 ? (String(year) as DraftingEra) : undefined
}

/** The word the document calls itself by: the first of `本文件`, `本部分`, `本标准` in its foreword. */
export function selfReference(children: ReadonlyArray<ForewordContent>): SelfReference | undefined {
  const text = children.map((child) => toText(child)).join('\n')
  const found = /本(?:文件|部分|标准)/u.exec(text)?.[0]
  return found as SelfReference | undefined
}

/** Whether the foreword is written the national way: it states its drafting rules, lists changes or the history of editions. */
export function nationalForeword(children: ReadonlyArray<ForewordContent>): boolean {
  return children.some((child) => child.type === 'changeList' || (child.type === 'paragraph' && (draftingPattern.test(toText(child)) || /历次版本发布情况|本文件/u.test(toText(child)))))
}

const numberAt = new RegExp(`^${standardNumberSource}`, 'u')

/** The documents named after `代替`: `GB/T 1—2000《…》、GB/T 2—2001《…》`. */
function replacedDocuments(text: string): Array<ReplacedDocument> {
  const start = /代替/u.exec(text)
  if (!start) return []
  const found: Array<ReplacedDocument> = []
  let rest = text.slice(start.index + start[0].length)
  for (;;) {
    const number = numberAt.exec(rest)?.[0]
    if (number === undefined) break
    rest = rest.slice(number.length)
    const title = /^《(?<title>[^》]*)》/u.exec(rest)
    if (title) rest = rest.slice(title[0].length)
    found.push({number, ...(title?.groups?.title ? {title: title.groups.title} : {})})
    const joint = /^(?:、|和|及|与|，)/u.exec(rest)
    if (!joint || !numberAt.test(rest.slice(joint[0].length))) break
    rest = rest.slice(joint[0].length)
  }
  return found
}

const itemText = (value: string): string => value.replace(/^(?:——|[a-z][)）])[ \u3000]*/u, '').replace(/[；;。.，,]+$/u, '').trim()

/** The texts of a list's items; an item's nested list is left out. */
function listTexts(list: List): Array<string> {
  return list.children.map((item) => itemText(toText(item.children[0] ?? [])))
}

/** The paragraph matching `pattern`, and the items written after it: the list that follows it, or its own text after `：`. */
function statementWithItems(children: ReadonlyArray<ForewordContent>, pattern: RegExp): {sentence: string; items: Array<string>} | undefined {
  const index = children.findIndex((child) => child.type === 'paragraph' && pattern.test(toText(child)))
  const paragraph = children[index]
  if (!paragraph) return undefined
  const sentence = toText(paragraph)
  const next = children[index + 1]
  if (next?.type === 'list') return {sentence, items: listTexts(next)}
  const after = sentence.slice((pattern.exec(sentence)?.index ?? 0)).split(/[：:]/u).slice(1).join('：')
  return {sentence, items: after.split(/\n|[；;](?=——)/u).map(itemText).filter((item) => item !== '')}
}

const partStatement = new RegExp(`(?<designation>${standardNumberSource})(?:《(?<title>[^》]+)》)?(?:拟)?(?:分为|已经发布了|由)以下(?:几个)?部分`, 'u')
/** 2020: `本文件是GB/T 8888《冷链物流》的第1部分。` names the series' title apart. */
const partSentence = new RegExp(`本(?:文件|部分)(?:是|为)(?:${standardNumberSource})《(?<title>[^》]+)》的第`, 'u')

function partOf(children: ReadonlyArray<ForewordContent>): PartOf | undefined {
  const found = statementWithItems(children, partStatement)
  const groups = found ? partStatement.exec(found.sentence)?.groups : undefined
  const parsed = groups?.designation ? parseStandardNumber(groups.designation) : undefined
  const title = groups?.title ?? (found ? partSentence.exec(children.map((child) => toText(child)).join('\n'))?.groups?.title : undefined)
  if (!found || !title || !parsed) return undefined
  const designation = designationOf(parsed)
  const parts = found.items.flatMap((item) => {
    const part = /^第(?<number>\d+)部分[：:][ \u3000]*(?<title>[^。；;]+)/u.exec(item)?.groups
    return part?.number && part.title ? [{number: `${designation}.${part.number}`, title: part.title.trim()}] : []
  })
  return {designation, title, parts}
}

const numbersIn = new RegExp(standardNumberSource, 'gu')

/** The history of editions: `——1994年首次发布为GB/T 9999—1994；——2005年第一次修订；` or `——GB/T 9999—1994、GB/T 9999—2005。` */
function editions(children: ReadonlyArray<ForewordContent>): Array<EditionStatement> {
  const found = statementWithItems(children, /历次版本(?:的)?发布情况/u)
  if (!found) return []
  const out: Array<EditionStatement> = []
  for (const item of found.items) {
    const dated = [...item.matchAll(/(?<year>\d{4})年[^，,；;]*/gu)]
    if (dated.length > 0) {
      for (const statement of dated) {
        const number = [...statement[0].matchAll(numbersIn)].map((match) => match[0]).find((written) => parseStandardNumber(written)?.year !== undefined)
        out.push({year: Number(statement.groups?.year), ...(number ? {number} : {}), text: statement[0].replace(/[；;。.，,]+$/u, '')})
      }
      continue
    }
    for (const match of item.matchAll(numbersIn)) {
      const year = parseStandardNumber(match[0])?.year
      if (year !== undefined) out.push({year, number: match[0], text: match[0]})
    }
  }
  return out
}

function nationalFields(children: ReadonlyArray<ForewordContent>, text: string, replaces: string | undefined): ForewordFields {
  const fields: ForewordFields = {}
  const drafting = draftingPattern.exec(text)?.groups?.value
  if (drafting) fields.draftingRules = drafting
  const replaced = replacedDocuments(text)
  if (replaced.length > 0 && replaces !== undefined) fields.replacedDocuments = replaced
  const part = partOf(children)
  if (part) fields.partOf = part
  const history = editions(children)
  if (history.length > 0) fields.editions = history
  if (/为首次发布/u.test(text)) fields.firstEdition = true
  const organizations = /起草单位[：:](?<value>[^\n]+)/u.exec(text)?.groups?.value
  if (organizations) fields.organizations = splitNames(organizations.replace(/。$/u, ''))
  if (/可能涉及专利/u.test(text)) fields.patentNotice = true
  return fields
}

/** A lead-in that opens the change list: `…相比，主要技术变化如下：`. */
export const changeLead = /(?:主要|的)?(?:技术)?(?:变化|修改|差异)(?:如下|有)[：:]\s*$/u

/** The action a change entry opens with. */
export function changeAction(text: string): ChangeAction {
  const start = text.replace(/^[ \u3000]+/u, '')
  if (/^(?:增加|新增|增补|补充)/u.test(start)) return 'added'
  if (/^(?:删除|删去|取消|删掉)/u.test(start)) return 'deleted'
  if (/^(?:修改|更改|修订|调整|更新|变更|替换|合并|完善|细化|将)/u.test(start)) return 'changed'
  return 'other'
}

const clauseNumber = String.raw`(?:\d+|[A-Z])(?:\.\d+)*`
const listed = String.raw`${clauseNumber}(?:[、，,和及与～~至][ ]*${clauseNumber})*`

/** The clauses an entry names: `（见5.3、5.4，2009年版的5.2）`. */
export function entryReferences(text: string): {see?: Array<string>; seeOld?: {year: number; numbers: Array<string>}} {
  const out: {see?: Array<string>; seeOld?: {year: number; numbers: Array<string>}} = {}
  const numbers = (value: string): Array<string> => value.match(new RegExp(clauseNumber, 'gu')) ?? []
  const references = (value: string): Array<string> =>
    [...value.matchAll(new RegExp(`(?:第(?<chapter>\\d+)章|附录(?<letter>[A-Z])(?![A-Za-z.])|(?<clauses>${listed}))`, 'gu'))].flatMap((match) =>
      match.groups?.chapter ? [match.groups.chapter] : match.groups?.letter ? [match.groups.letter] : numbers(match.groups?.clauses ?? '')
    )
  const oldPattern = `(?<year>\\d{4})年版的?(?<value>(?:(?:第\\d+章|附录[A-Z]|${listed})[、，,和及与 ]*)+)`
  const current = text.replace(new RegExp(oldPattern, 'gu'), '')
  const see = [...current.matchAll(new RegExp(`见(?<value>(?:(?:第\\d+章|附录[A-Z]|${listed})[、，,和及与 ]*)+)`, 'gu'))].flatMap((match) => references(match.groups?.value ?? ''))
  if (see.length > 0) out.see = [...new Set(see)]
  const old = new RegExp(oldPattern, 'u').exec(text)?.groups
  if (old?.year) out.seeOld = {year: Number(old.year), numbers: [...new Set(references(old.value ?? ''))]}
  return out
}

/** A change-list entry of plain text, read as the parser reads one: `changeListEntry('——', '增加了…（见5.3）；')`. */
export function changeListEntry(label: string, text: string): ChangeListEntry {
  return {type: 'changeListEntry', label, action: changeAction(text), children: [{type: 'text', value: text}], ...entryReferences(text)}
}

/** Turns the list after a change lead-in into a change list; other content is kept as it is. */
export function changeLists(content: ReadonlyArray<ForewordContent>): Array<ForewordContent> {
  return content.map((node, index) => {
    const before = content[index - 1]
    if (node.type !== 'list' || (node.marker !== 'dash' && node.marker !== 'letter') || before?.type !== 'paragraph' || !changeLead.test(toText(before))) return node
    if (node.children.some((item) => item.children.length !== 1)) return node
    const list: ChangeList = {
      type: 'changeList',
      marker: node.marker,
      children: node.children.map((item): ChangeListEntry => {
        const paragraph = item.children[0]
        const children = paragraph?.type === 'paragraph' ? paragraph.children : []
        const text = toText(children)
        return {type: 'changeListEntry', label: item.label, action: changeAction(text), children, ...entryReferences(text), ...(item.position ? {position: item.position} : {})}
      }),
      ...(node.position ? {position: node.position} : {})
    }
    return list
  })
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
