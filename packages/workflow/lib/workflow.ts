/**
 * The revision workflow as transformations of sources: scaffold a new
 * standard, start the next edition as a draft, and release a draft. Each
 * returns the new source text; the caller decides whether to write it.
 */
import {isDeepStrictEqual} from 'node:util'
import {checkEditions, placeholderPattern, type Edition} from '@stdkit/check'
import {citation, countsAsTechnical, diffEditions, type ClaimCheck, type StandardDiff} from '@stdkit/diff'
import {toMarkdown} from '@stdkit/markdown'
import {changeLead, changeListEntry, parseStandard} from '@stdkit/parse'
import {formatStandardNumber, hasErrors, normalizeNumber, parseStandardNumber, printedStandardNumber, report, sameStandardNumber, toText, type ChangeList, type Foreword, type List, type Nodes, type ForewordContent, type Paragraph, type RevisionHistory, type Standard} from '@stdkit/tree'
import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import {messages} from '@stdkit/messages'

/**
 * Thrown when a workflow step cannot be done; nothing has been changed. Its
 * message is a one-line summary. A refusal about a source (`release-draft`,
 * `release-record`, `release-people`, `release-claim`, `revise-record`,
 * `canonical-form`, or the checker's errors) has that source's `file`, with a
 * message for each reason at its place, its rule id and `source: 'stdkit'`,
 * for the reporter that prints the checker's; a usage error (a bad code, year
 * or date) has none.
 */
export class WorkflowError extends Error {
  readonly file: VFile | undefined

  constructor(message: string, file?: VFile) {
    super(message)
    this.name = 'WorkflowError'
    this.file = file
  }
}

/** Where a message about a node goes: where it starts, or line 1, column 1 when it has no place. */
function startOf(place: Position | undefined): Point {
  return place ? {line: place.start.line, column: place.start.column} : {line: 1, column: 1}
}

/** A refusal about the source at `path`: one message with `reason` at `place`, and `summary` (the reason itself unless given) as the error's message. */
function refusal(path: string, reason: string, place: Position | undefined, ruleId: string, summary = reason): WorkflowError {
  const file = new VFile({path})
  report(file, 'error', reason, startOf(place), ruleId)
  return new WorkflowError(summary, file)
}

/** Where a refusal about a whole edition goes: its cover's number, or the start of the source. */
const coverPlace = (tree: Standard): Position | undefined => tree.cover.positions?.number ?? tree.position

/** Folder name of a standard: `Q/ZX 75.1861` → `q-zx-75.1861`. */
export function slugOf(designation: string): string {
  return designation.toLowerCase().replace(/[^a-z0-9.]+/gu, '-').replace(/^-+|-+$/gu, '')
}

/** The skeleton of a new standard's first edition, as a draft with placeholders for the author. */
export function scaffold(code: string, title: string, year: number): string {
  const designation = printedStandardNumber(code.trim().replace(/\s+/gu, ' '))
  if (designation === undefined || designation.year !== undefined) throw new WorkflowError(messages().workflow.badCode({code}))
  const number = formatStandardNumber({...designation, year})
  if (designation.code !== 'Q' && !designation.code.startsWith('Q/')) return scaffoldNational(number, title)
  return `---
number: ${number}
title: ${title}
category: 管理标准
issuer: 【待填写：发布单位】
status: draft
---

# 前言

为了【待填写：制定本标准的目的】，特制定本标准。

本标准由【待填写：提出部门】提出，【待填写：归口部门】归口管理。本标准下次审查/升版时间：${year + 2}年【待填写】月。

本标准起草部门：【待填写】

本标准起草人：【待填写】

本标准于【待填写：发布年月】首次发布。

为便于理解，将历次修订记录保留如下：

| 标准编号 | 修改前文件编号 | 主要修订内容 | 修订部门 | 修订人 | 批准人 |
| - | - | - | - | - | - |
| ${number} | | 首次发布 | 【待填写】 | 【待填写】 | |

${scaffoldBody(title, '本标准')}`
}

/** The body of a first edition: the title, the three chapters GB/T 1.1 requires and a placeholder for the first technical one, in the words the document calls itself by. */
function scaffoldBody(title: string, self: '本标准' | '本文件'): string {
  return `# ${title}

## 1 范围

${self}规定了【待填写：${self}规定的内容】。

${self}适用于【待填写：适用范围】。

## 2 规范性引用文件

本文件没有规范性引用文件。

## 3 术语和定义

本文件没有需要界定的术语和定义。

## 4 【待填写：核心技术章的标题】

【待填写：要求】
`
}

/** The first edition of a national, industry, local or group standard, in the wording of GB/T 1.1—2020. */
function scaffoldNational(number: string, title: string): string {
  return `---
number: ${number}
title: ${title}
issuer: 【待填写：发布机构】
status: draft
---

# 前言

本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。

请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。

本文件由【待填写：提出单位】提出。

本文件由【待填写：归口单位】归口。

本文件起草单位：【待填写：起草单位】。

本文件主要起草人：【待填写：起草人】。

${scaffoldBody(title, '本文件')}`
}

/** The source a step reads, for its refusals: its path, the rule id of what it lacks, and where the cover is. */
interface Source {
  path: string
  ruleId: 'release-record' | 'revise-record'
  cover: Position | undefined
}

function forewordOf(tree: Standard, source: Source): Foreword {
  const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
  if (!foreword) throw refusal(source.path, messages().workflow.noForeword({number: tree.cover.number}), source.cover, source.ruleId)
  return foreword
}

function historyOf(foreword: Foreword, source: Source): RevisionHistory {
  const history = foreword.children.find((node): node is RevisionHistory => node.type === 'revisionHistory')
  if (!history) throw refusal(source.path, messages().workflow.noRecord, foreword.position ?? source.cover, source.ruleId)
  return history
}

const paragraph = (value: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]})
const text = (node: Paragraph) => toText(node)

/**
 * The next edition of a standard, as a draft: its number and `代替` updated,
 * the dates cleared, its people left as placeholders, an empty
 * revision-record row for the author, nothing else changed. `path` is the
 * current edition's source, where a refusal places its message.
 */
export function revise(current: Standard, year: number, path = `${current.cover.year}.md`): string {
  if (year <= current.cover.year) throw new WorkflowError(messages().workflow.notLater({year, current: current.cover.year}))
  const source: Source = {path, ruleId: 'revise-record', cover: coverPlace(current)}
  const tree = structuredClone(current)
  const foreword = forewordOf(tree, source)
  // A national foreword keeps the dash its numbers are written with (`GB/T 7714—2015`); the revision record's numbers are read with an en dash.
  const national = nationalConvention(tree, foreword)
  const dash = national ? (parseStandardNumber(tree.cover.number)?.dash ?? '–') : '–'
  const previous = national ? tree.cover.number.trim() : normalizeNumber(tree.cover.number)
  const number = `${tree.cover.designation}${dash === '-' ? '–' : dash}${year}`
  tree.cover = {...tree.cover, number, year, replaces: previous, status: 'draft'}
  // What belongs to the edition revised, not to the draft: its dates, its filing number, the numbers it replaced and its stage.
  for (const field of ['issued', 'effective', 'filing', 'replacedNumbers', 'stage', 'positions'] as const) delete tree.cover[field]
  if (national) {
    reviseNational(tree, foreword, previous, current.cover.year)
    return canonicalSource(tree, `${year}.md`)
  }
  const sentence = `${tree.self ?? '本标准'}自实施之日起代替${previous}。`
  const replaces = foreword.children.findIndex((node) => node.type === 'paragraph' && /代替/u.test(text(node)))
  if (replaces >= 0) foreword.children[replaces] = paragraph(sentence)
  else {
    // The first revision says what it replaces, after the statement of purpose.
    const after = foreword.children.findIndex((node) => node.type === 'paragraph' && /附录|提出|起草|修订|首次发布|记录/u.test(text(node)))
    foreword.children.splice(after >= 0 ? after : 0, 0, paragraph(sentence))
  }
  clearPeople(foreword)
  historyOf(foreword, source).children.unshift({type: 'revisionRecord', number, replaces: previous, changes: [], departments: [], revisers: [], approvers: []})
  // What would not read back is placed in the current edition, whose nodes the draft's are.
  return canonicalSource(tree, path)
}

/** A foreword in the national convention: a change list and a history of editions, no revision-record table. */
function nationalConvention(tree: Standard, foreword: Foreword): boolean {
  if (foreword.children.some((node) => node.type === 'revisionHistory')) return false
  return tree.era !== undefined || foreword.fields.editions !== undefined || foreword.children.some((node) => node.type === 'changeList')
}

/** The placeholder entry of a drafted change list, for the author to fill. */
export const changePlaceholder = '【待填写：技术变化】（见【待填写】）；'

/** What a national foreword calls itself in its sentences: 本文件 in 2020, else 本标准 or 本部分. */
const selfOf = (tree: Standard): string => (tree.era === '2020' ? '本文件' : (tree.self ?? '本标准'))

const listOf = (items: ReadonlyArray<string>): List => ({
  type: 'list',
  marker: 'dash',
  children: items.map((item) => ({type: 'listItem', label: '——', children: [paragraph(item)]}))
})

const historyStatement = /历次版本(?:的)?发布情况/u

/**
 * The next national edition: the lead-in `本文件代替…，与…相比，…主要技术变化如下：`
 * with a placeholder entry in place of the previous change list, the history
 * of editions extended with the previous edition, the drafters left to fill.
 */
function reviseNational(tree: Standard, foreword: Foreword, previous: string, previousYear: number): void {
  const self = selfOf(tree)
  const lead =
    tree.era === '2020'
      ? `本文件代替${previous}，与${previous}相比，除结构调整和编辑性改动外，主要技术变化如下：`
      : `${self}代替${previous}。与${previous}相比，主要技术变化如下：`
  const entries: ChangeList = {type: 'changeList', marker: 'dash', children: [changeListEntry('——', changePlaceholder)]}
  const children = foreword.children.filter((node) => node.type !== 'changeList' && !(node.type === 'paragraph' && /为首次发布/u.test(text(node))))
  const replaces = children.findIndex((node) => node.type === 'paragraph' && (/代替/u.test(text(node)) || changeLead.test(text(node))))
  if (replaces >= 0) children.splice(replaces, 1, paragraph(lead), entries)
  else {
    const drafting = children.findIndex((node) => node.type === 'paragraph' && /起草。?$/u.test(text(node)) && /GB\/T ?1\.1/u.test(text(node)))
    children.splice(drafting + 1, 0, paragraph(lead), entries)
  }
  foreword.children = children
  extendEditions(foreword, self, previous, previousYear, tree.era === '2020')
  // The drafters of the new edition are not the previous one's.
  foreword.children = foreword.children.map((node) => {
    if (node.type !== 'paragraph') return node
    const label = /^[^：:]*(?:起草单位|起草人)[：:]/u.exec(text(node))?.[0]
    return label === undefined ? node : paragraph(`${label}【待填写：${label.includes('单位') ? '起草单位' : '起草人'}】。`)
  })
}

/** Adds the previous edition to the history of editions, in the form the foreword writes it, or starts one. */
function extendEditions(foreword: Foreword, self: string, previous: string, previousYear: number, era2020: boolean): void {
  const index = foreword.children.findIndex((node) => node.type === 'paragraph' && historyStatement.test(text(node)))
  const list = foreword.children[index + 1]
  if (index < 0 || list?.type !== 'list') {
    const statement = era2020 ? '本文件及其所代替文件的历次版本发布情况为：' : `${self}所代替标准的历次版本发布情况为：`
    const items = era2020 ? [`${previousYear}年首次发布为${previous}；`, '本次为第一次修订。'] : [`${previous}。`]
    foreword.children.push(paragraph(statement), listOf(items))
    return
  }
  const items = list.children.map((item) => toText(item.children[0] ?? []))
  const current = items.findIndex((item) => /^本次为第.+次修订/u.test(item))
  if (current > 0) {
    // `——2003年首次发布为…，2012年第一次修订；` gains `，2021年第二次修订`; `——本次为第三次修订。`
    const revision = items.slice(0, current).join('').match(/次修订/gu)?.length ?? 0
    items[current - 1] = `${(items[current - 1] ?? '').replace(/[；;。]$/u, '')}，${previousYear}年第${chineseNumber(revision + 1)}次修订；`
    items[current] = `本次为第${chineseNumber(revision + 2)}次修订。`
  } else {
    // `——GB/T 8888—2003。` gains `、GB/T 8888–2012`.
    items[items.length - 1] = `${(items.at(-1) ?? '').replace(/[；;。]$/u, '')}、${previous}。`
  }
  foreword.children[index + 1] = listOf(items)
}

/** The people a foreword names, each in its sentence: `本次标准修订人：王文阁、陈华春`. */
const people = [
  {option: 'departments', field: 'departments', pattern: /^[^：:]*(?:修订|起草)部门[：:]/u, revision: '本次标准修订部门', first: '本标准起草部门', name: '修订部门'},
  {option: 'drafters', field: 'drafters', pattern: /^[^：:]*(?:修订|起草)人[：:]/u, revision: '本次标准修订人', first: '本标准起草人', name: '修订人'},
  {option: 'reviewers', field: 'reviewers', pattern: /^[^：:]*审核人[：:]/u, revision: '本次标准审核人', first: '本标准审核人', name: '审核人'},
  {option: 'approver', field: 'approvers', pattern: /^[^：:]*批准人[：:]/u, revision: '本次发布批准人', first: '本标准批准人', name: '批准人'}
] as const

type Person = (typeof people)[number]

const isPeople = (node: ForewordContent, role?: Person): boolean =>
  node.type === 'paragraph' && (role ? [role] : people).some((each) => each.pattern.test(text(node)))

/** Where a people sentence goes when the foreword has none: after the others, or before the history sentence and the record. */
function peopleIndex(foreword: Foreword): number {
  const last = foreword.children.findLastIndex((node) => isPeople(node))
  if (last >= 0) return last + 1
  const history = foreword.children.findIndex((node) => (node.type === 'paragraph' && /首次发布/u.test(text(node))) || node.type === 'revisionHistory')
  return history >= 0 ? history : foreword.children.length
}

/** A new edition's people are not the previous one's: each of their sentences becomes a placeholder for the author. */
function clearPeople(foreword: Foreword): void {
  const at = foreword.children.findIndex((node) => isPeople(node))
  foreword.children = foreword.children.filter((node) => !isPeople(node))
  const index = at >= 0 ? at : peopleIndex(foreword)
  foreword.children.splice(index, 0, ...people.map((role) => paragraph(`${role.revision}：【待填写：${role.name}】`)))
}

/** Writes the people given into their sentences, keeping each sentence's own wording, or adding it. */
function setPeople(foreword: Foreword, given: Partial<Record<Person['option'], ReadonlyArray<string> | undefined>>, firstEdition: boolean): void {
  for (const role of people) {
    const names = given[role.option]
    if (!names) continue
    if (names.length === 0) throw new WorkflowError(messages().workflow.emptyPeople({option: role.option, name: role.name}))
    const index = foreword.children.findIndex((node) => isPeople(node, role))
    const existing = foreword.children[index]
    const label = existing?.type === 'paragraph' ? (role.pattern.exec(text(existing))?.[0] ?? '') : `${firstEdition ? role.first : role.revision}：`
    const sentence = paragraph(`${label}${names.join('、')}`)
    if (index >= 0) foreword.children[index] = sentence
    else foreword.children.splice(peopleIndex(foreword), 0, sentence)
    foreword.fields[role.field] = [...names]
  }
}

/** The people the foreword leaves as placeholders, named for the message. */
function unnamedPeople(foreword: Foreword): Array<Person> {
  return people.filter((role) => foreword.children.some((node) => isPeople(node, role) && node.type === 'paragraph' && isPlaceholder(text(node))))
}

const placeholder = new RegExp(placeholderPattern.source, 'u')
const isPlaceholder = (value: string): boolean => placeholder.test(value)

/** A record cell the author has not filled: empty, or placeholders only. */
const unset = (names: ReadonlyArray<string>): boolean => names.every(isPlaceholder)

/**
 * The source of a tree, written canonically; refused when reading it back
 * would not give the same tree, so that no rewrite changes what a source says
 * or drops any of its text.
 */
export function canonicalSource(tree: Standard, path: string): string {
  const markdown = toMarkdown(tree)
  const file = new VFile({path, value: markdown})
  const again = parseStandard(file)
  const changed = firstDifference(tree, again, tree.position)
  const error = file.messages.find((message) => message.fatal)
  if (changed) throw refusal(path, messages().workflow.notReadBack({type: elementName(changed.type)}), changed.position, 'canonical-form')
  if (error) {
    // The error is in the text as written, which is placed as the parser reads it.
    const at = {line: error.line ?? 1, column: error.column ?? 1}
    throw refusal(path, messages().workflow.readsBackWithError({reason: error.reason}), {start: at, end: at}, 'canonical-form')
  }
  return markdown
}

/** What a reader calls an element of the tree: a message never names a type. */
function elementName(type: string): string {
  const names = messages().elements
  return names[type] ?? names.other
}

/** Text, and the references the parser finds in it. */
const phrasingTypes: ReadonlySet<string> = new Set(['text', 'crossReference', 'standardReference'])

interface Node {
  type: string
  position?: Position | undefined
  children?: ReadonlyArray<Node>
}

/** What the parser derives from other nodes (the foreword's fields, a record's date, references in text), and where nodes are: not compared. */
function ownFields(node: Node): Record<string, unknown> {
  const {children: _children, position: _position, ...rest} = node as Node & Record<string, unknown>
  if (node.type === 'foreword') delete rest.fields
  // The era and the word a standard calls itself by are read from its text, which is compared.
  if (node.type === 'standard') {
    delete rest.era
    delete rest.self
  }
  if (node.type === 'revisionRecord') delete rest.date
  return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'position' || key === 'positions' ? undefined : value))) as Record<string, unknown>
}

/** The first node of `a` that `b` does not have the same (positions aside), placed at it or at its nearest placed ancestor. */
function firstDifference(a: Node, b: Node, place: Position | undefined): Node | undefined {
  const at = a.position ?? place
  if (!isDeepStrictEqual(ownFields(a), ownFields(b))) return {type: a.type, position: at}
  const ours = a.children ?? []
  const theirs = b.children ?? []
  if ([...ours, ...theirs].some((child) => phrasingTypes.has(child.type))) {
    return toText(ours as Array<Nodes>) === toText(theirs as Array<Nodes>) ? undefined : {type: a.type, position: at}
  }
  for (let index = 0; index < Math.max(ours.length, theirs.length); index++) {
    const mine = ours[index]
    const other = theirs[index]
    if (!mine || !other) return {type: (mine ?? other)?.type ?? a.type, position: mine?.position ?? at}
    const found = firstDifference(mine, other, at)
    if (found) return found
  }
  return undefined
}

const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumber(value: number): string {
  if (value < 10) return digits[value] ?? ''
  const tens = Math.floor(value / 10)
  return `${tens === 1 ? '' : (digits[tens] ?? '')}十${digits[value % 10] ?? ''}`
}

/** The items a revision record lists for a diff: its technical changes, and provisions moved elsewhere. */
export function recordItems(diff: StandardDiff): Array<string> {
  const items = diff.changeList.map((item) => item.text.replace(/^——/u, '').replace(/[；。]$/u, ''))
  for (const change of diff.provisions) {
    if (!change.kinds.includes('moved') || !change.old || !change.new || countsAsTechnical(change.classification)) continue
    items.push(`将${change.new.title ?? change.new.number}移至${citation(change.provision, change.new)}（${diff.old.year}年版的${citation(change.provision, change.old)}）`)
  }
  return items
}

export interface ReleaseOptions {
  issued: string
  effective: string
  /** Release although a recorded claim is not borne out by the diff. */
  force?: boolean | undefined
  /** 本次标准修订部门: the departments that revised this edition. */
  departments?: ReadonlyArray<string> | undefined
  /** 本次标准修订人: who revised it. */
  drafters?: ReadonlyArray<string> | undefined
  /** 本次标准审核人: who reviewed it. */
  reviewers?: ReadonlyArray<string> | undefined
  /** 本次发布批准人: who approved its issue. */
  approver?: string | undefined
}

export interface ReleaseResult {
  /** The released source. */
  markdown: string
  /** The record row's change list, as released. */
  changes: Array<string>
  /** Whether the change list was drafted from the diff (the author left it empty). */
  drafted: boolean
  /** Where the changes are kept: the revision record's row (enterprise) or the foreword's list of technical changes (national). */
  convention: 'record' | 'changeList'
  /** The record check of the author's claims (empty when the list was drafted). */
  claims: Array<ClaimCheck>
  /** The released edition's file, with the checker's messages. */
  file: VFile
}

/**
 * Turns a draft into an edition: dates, the history sentence, the people who
 * revised, reviewed and approved it, and the record row's changes (drafted
 * from the diff when left empty) and people. Refuses while the draft has any
 * error (the parser's or the checker's), while a person is left a placeholder,
 * while the result would have errors or read back other than it was made, or
 * while a recorded claim is not borne out (unless `force`).
 */
export function release(draft: Edition, previous: ReadonlyArray<Standard>, options: ReleaseOptions): ReleaseResult {
  const path = draft.file.path
  const m = messages().workflow
  const source: Source = {path, ruleId: 'release-record', cover: coverPlace(draft.tree)}
  if (draft.tree.cover.status !== 'draft') {
    throw refusal(path, m.released({number: normalizeNumber(draft.tree.cover.number)}), draft.tree.cover.positions?.status ?? source.cover, 'release-draft')
  }
  const issuedMonth = /^(\d{4})-(\d{2})-\d{2}$/u.exec(options.issued)
  if (!issuedMonth) throw new WorkflowError(m.badIssued({issued: options.issued}))
  refuseErrors(m.draftErrors, checked(draft.tree, copyOf(draft.file), previous))
  const tree = structuredClone(draft.tree)
  tree.cover = {...tree.cover, issued: options.issued, effective: options.effective, status: 'published'}
  delete tree.cover.positions
  const foreword = forewordOf(tree, source)
  if (nationalConvention(tree, foreword)) return releaseNational(tree, foreword, path, previous, options)
  const history = historyOf(foreword, source)
  const row = history.children[0]
  if (!row || !sameStandardNumber(row.number, tree.cover.number)) throw refusal(path, m.noRow({number: normalizeNumber(tree.cover.number)}), row?.position ?? history.position, 'release-record')
  setPeople(foreword, {...options, approver: options.approver === undefined ? undefined : [options.approver]}, tree.cover.replaces === undefined)
  const unnamed = unnamedPeople(foreword)
  if (unnamed.length > 0) {
    // At the first sentence still a placeholder, which is the draft's own.
    const reason = m.unnamed({names: unnamed.map((role) => role.name), options: unnamed.map((role) => role.option)})
    const first = foreword.children.find((node) => unnamed.some((role) => isPeople(node, role)))
    throw refusal(path, reason, first?.position ?? foreword.position, 'release-people', m.notReleased({reason}))
  }
  // The record row names the people the foreword names, unless the author wrote them there.
  if (unset(row.departments)) row.departments = [...(foreword.fields.departments ?? [])]
  if (unset(row.revisers)) row.revisers = [...(foreword.fields.drafters ?? [])]
  if (unset(row.approvers)) row.approvers = [...(foreword.fields.approvers ?? [])]
  const month = `${issuedMonth[1] ?? ''}年${Number(issuedMonth[2])}月`
  const older = [...previous].sort((a, b) => a.cover.year - b.cover.year).at(-1)
  // The history sentence gains this edition: first issue, or the next revision.
  const historyIndex = foreword.children.findIndex((node) => node.type === 'paragraph' && /首次发布/u.test(text(node)))
  if (historyIndex >= 0) {
    const sentence = text(foreword.children[historyIndex] as Paragraph)
    const updated = older
      ? `${sentence.replace(/。$/u, '')}，于${month}第${chineseNumber((sentence.match(/修订/gu)?.length ?? 0) + 1)}次修订。`
      : sentence.replace(/于.*?首次发布/u, `于${month}首次发布`)
    foreword.children[historyIndex] = paragraph(updated)
  }
  let claims: Array<ClaimCheck> = []
  let drafted = false
  if (older) {
    const comparison = diffEditions(older, tree)
    if (row.changes.length === 0) {
      row.changes = recordItems(comparison)
      drafted = true
    } else {
      claims = comparison.recordCheck?.claims ?? []
      const unconfirmed = claims.filter((claim) => claim.status === 'unconfirmed')
      if (unconfirmed.length > 0 && !options.force) {
        // Each claim at the record row that makes it.
        const file = new VFile({path})
        for (const claim of unconfirmed) report(file, 'error', m.unconfirmed(claim), startOf(row.position ?? history.position), 'release-claim')
        throw new WorkflowError(m.unconfirmedSummary({count: unconfirmed.length}), file)
      }
    }
  }
  const markdown = canonicalSource(tree, path)
  // The released source must check clean together with the editions before it.
  const file = new VFile({path, value: markdown})
  refuseErrors(m.editionErrors, checked(parseStandard(file), file, previous))
  return {markdown, changes: row.changes, drafted, claims, file, convention: 'record'}
}

/**
 * Releases a national edition: its dates and drafters, and its change list,
 * drafted from the diff when the author left only the placeholder entry, or
 * else refused while an entry keeps a placeholder or is not borne out.
 */
function releaseNational(tree: Standard, foreword: Foreword, path: string, previous: ReadonlyArray<Standard>, options: ReleaseOptions): ReleaseResult {
  // The national sentences: `本文件起草单位：…。` takes the departments, `本文件主要起草人：…。` the drafters.
  for (const [option, names, pattern, name] of [
    ['departments', options.departments, /^[^：:]*起草单位[：:]/u, '起草单位'],
    ['drafters', options.drafters, /^[^：:]*起草人[：:]/u, '起草人']
  ] as const) {
    if (names === undefined) continue
    if (names.length === 0) throw new WorkflowError(messages().workflow.emptyPeople({option, name}))
    foreword.children = foreword.children.map((node) => {
      const label = node.type === 'paragraph' ? pattern.exec(text(node))?.[0] : undefined
      return label === undefined ? node : paragraph(`${label}${names.join('、')}。`)
    })
  }
  const older = [...previous].sort((a, b) => a.cover.year - b.cover.year).at(-1)
  const list = foreword.children.find((node): node is ChangeList => node.type === 'changeList')
  let claims: Array<ClaimCheck> = []
  let drafted = false
  if (older && list) {
    const comparison = diffEditions(older, tree)
    const filled = list.children.filter((entry) => toText(entry.children) !== changePlaceholder)
    if (filled.length === 0) {
      const items = comparison.changeList.map((item) => item.text.replace(/^——/u, ''))
      if (items.length > 0) {
        list.children = items.map((item) => changeListEntry('——', item))
        drafted = true
      }
    } else {
      const unfilled = filled.filter((entry) => isPlaceholder(toText(entry.children)))
      if (unfilled.length > 0) {
        // Each entry still a placeholder, at its place.
        const file = new VFile({path})
        for (const entry of unfilled) report(file, 'error', messages().workflow.changePlaceholder({entry: `${entry.label}${toText(entry.children)}`}), startOf(entry.position ?? list.position), 'release-placeholder')
        throw new WorkflowError(messages().workflow.changePlaceholders({count: unfilled.length}), file)
      }
      claims = comparison.recordCheck?.claims ?? []
      const unconfirmed = claims.filter((claim) => claim.status === 'unconfirmed')
      if (unconfirmed.length > 0 && !options.force) {
        // Each claim at the change-list entry that makes it, or at the list.
        const file = new VFile({path})
        claims.forEach((claim, index) => {
          if (claim.status === 'unconfirmed') report(file, 'error', messages().workflow.unconfirmed(claim), startOf(list.children[index]?.position ?? list.position), 'release-claim')
        })
        throw new WorkflowError(messages().workflow.unconfirmedSummary({count: unconfirmed.length}), file)
      }
    }
  }
  const markdown = canonicalSource(tree, path)
  const file = new VFile({path, value: markdown})
  refuseErrors(messages().workflow.editionErrors, checked(parseStandard(file), file, previous))
  const changes = (list?.children ?? []).map((entry) => toText(entry.children).replace(/[；;。]$/u, ''))
  return {markdown, changes, drafted, claims, file, convention: 'changeList'}
}

/** A copy of a parsed file, with its messages, for the checker to add to without touching the caller's. */
function copyOf(file: VFile): VFile {
  const copy = new VFile({path: file.path, value: String(file.value)})
  copy.messages.push(...file.messages)
  return copy
}

/** `file`, checked as an edition of its tree together with the editions before it. */
function checked(tree: Standard, file: VFile, previous: ReadonlyArray<Standard>): VFile {
  checkEditions([...previous.map((item) => ({tree: item, file: new VFile({path: `${item.cover.year}.md`})})), {tree, file}])
  return file
}

/** Refuses while `file` has errors: the refusal's file holds them, and only them. */
function refuseErrors(why: string, file: VFile): void {
  if (!hasErrors(file)) return
  const errors = new VFile({path: file.path})
  errors.messages.push(...file.messages.filter((message) => message.fatal === true))
  throw new WorkflowError(messages().workflow.errors({why}), errors)
}
