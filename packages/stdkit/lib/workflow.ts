/**
 * The revision workflow as transformations of sources: scaffold a new
 * standard, start the next edition as a draft, and release a draft. Each
 * returns the new source text; the caller decides whether to write it.
 */
import {checkEditions} from '@stdkit/check'
import {citation, diffEditions, type ClaimCheck, type StandardDiff} from '@stdkit/diff'
import {toMarkdown} from '@stdkit/format'
import {parseStandard} from '@stdkit/parse'
import {hasErrors, normalizeNumber, type Foreword, type Paragraph, type RevisionHistory, type Standard} from '@stdkit/tree'
import {VFile} from 'vfile'

/** Thrown when a workflow step cannot be done; nothing has been changed. */
export class WorkflowError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkflowError'
  }
}

/** Folder name of a standard: `Q/ZX 75.1861` → `q-zx-75.1861`. */
export function slugOf(designation: string): string {
  return designation.toLowerCase().replace(/[^a-z0-9.]+/gu, '-').replace(/^-+|-+$/gu, '')
}

/** The skeleton of a new standard's first edition, as a draft with placeholders for the author. */
export function scaffold(code: string, title: string, year: number): string {
  const designation = code.trim().replace(/\s+/gu, ' ')
  if (!/^(?:Q\/[A-Z]{1,8}|GB\/T|GB\/Z|GB|YD\/T|YD) \d+(?:\.\d+)*$/u.test(designation)) {
    throw new WorkflowError(`Unexpected code ${code}, expected a designation such as Q/ZX 75.1900`)
  }
  const number = `${designation}–${year}`
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

# ${title}

## 1 范围

本标准规定了【待填写：本标准规定的内容】。

本标准适用于【待填写：适用范围】。

## 2 规范性引用文件

本文件没有规范性引用文件。

## 3 术语和定义

本文件没有需要界定的术语和定义。

## 4 【待填写：核心技术章的标题】

【待填写：要求】
`
}

function forewordOf(tree: Standard): Foreword {
  const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
  if (!foreword) throw new WorkflowError(`${tree.cover.number} has no foreword to record the revision in`)
  return foreword
}

function historyOf(foreword: Foreword): RevisionHistory {
  const history = foreword.children.find((node): node is RevisionHistory => node.type === 'revisionHistory')
  if (!history) throw new WorkflowError('The foreword has no revision record (历次修订记录) to add a row to')
  return history
}

const paragraph = (value: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value}]})
const text = (node: Paragraph) => node.children.map((child) => (child.type === 'text' ? child.value : child.children.map((item) => item.value).join(''))).join('')

/**
 * The next edition of a standard, as a draft: its number and `代替` updated,
 * the dates cleared, an empty revision-record row for the author, nothing
 * else changed.
 */
export function revise(current: Standard, year: number): string {
  if (year <= current.cover.year) throw new WorkflowError(`The next edition must be later than ${current.cover.year}, not ${year}`)
  const tree = structuredClone(current)
  const previous = normalizeNumber(tree.cover.number)
  const number = `${tree.cover.designation}–${year}`
  tree.cover = {...tree.cover, number, year, replaces: previous, status: 'draft'}
  delete tree.cover.issued
  delete tree.cover.effective
  delete tree.cover.positions
  const foreword = forewordOf(tree)
  const sentence = `本标准自实施之日起代替${previous}。`
  const replaces = foreword.children.findIndex((node) => node.type === 'paragraph' && /代替/u.test(text(node)))
  if (replaces >= 0) foreword.children[replaces] = paragraph(sentence)
  else {
    // The first revision says what it replaces, after the statement of purpose.
    const after = foreword.children.findIndex((node) => node.type === 'paragraph' && /附录|提出|起草|修订|首次发布|记录/u.test(text(node)))
    foreword.children.splice(after >= 0 ? after : 0, 0, paragraph(sentence))
  }
  historyOf(foreword).children.unshift({type: 'revisionRecord', number, replaces: previous, changes: [], departments: [], revisers: [], approvers: []})
  return toMarkdown(tree)
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
    if (!change.kinds.includes('moved') || !change.old || !change.new || change.classification === 'technical') continue
    items.push(`将${change.new.title ?? change.new.number}移至${citation(change.provision, change.new)}（${diff.old.year}年版的${citation(change.provision, change.old)}）`)
  }
  return items
}

export interface ReleaseOptions {
  issued: string
  effective: string
  /** Release although a recorded claim is not borne out by the diff. */
  force?: boolean | undefined
}

export interface ReleaseResult {
  /** The released source. */
  markdown: string
  /** The record row's change list, as released. */
  changes: Array<string>
  /** Whether the change list was drafted from the diff (the author left it empty). */
  drafted: boolean
  /** The record check of the author's claims (empty when the list was drafted). */
  claims: Array<ClaimCheck>
  /** The released edition's file, with the checker's messages. */
  file: VFile
}

/**
 * Turns a draft into an edition: dates, the history sentence, the record
 * row's changes (drafted from the diff when left empty). Refuses while the
 * result has errors, or while a recorded claim is not borne out (unless
 * `force`).
 */
export function release(draft: Standard, previous: ReadonlyArray<Standard>, path: string, options: ReleaseOptions): ReleaseResult {
  if (draft.cover.status !== 'draft') throw new WorkflowError(`${normalizeNumber(draft.cover.number)} is not a draft (status: draft): it was released already`)
  const issuedMonth = /^(\d{4})-(\d{2})-\d{2}$/u.exec(options.issued)
  if (!issuedMonth) throw new WorkflowError(`Unexpected issue date ${options.issued}, expected YYYY-MM-DD`)
  const tree = structuredClone(draft)
  tree.cover = {...tree.cover, issued: options.issued, effective: options.effective, status: 'published'}
  delete tree.cover.positions
  const foreword = forewordOf(tree)
  const row = historyOf(foreword).children[0]
  if (!row || row.number !== normalizeNumber(tree.cover.number)) throw new WorkflowError(`The revision record has no row for ${normalizeNumber(tree.cover.number)}`)
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
        throw new WorkflowError(
          `Not released: ${unconfirmed.length} recorded claim${unconfirmed.length === 1 ? ' is' : 's are'} not borne out by the changes:\n${unconfirmed.map((claim) => `  ✗ ${claim.claim} — ${claim.message}`).join('\n')}\nCorrect the record, or release with --force.`
        )
      }
    }
  }
  const markdown = toMarkdown(tree)
  // The released source must check clean together with the editions before it.
  const file = new VFile({path, value: markdown})
  const released = parseStandard(file)
  checkEditions([...previous.map((item) => ({tree: item, file: new VFile({path: `${item.cover.year}.md`})})), {tree: released, file}])
  if (hasErrors(file)) throw new WorkflowError(`Not released: the edition would have errors:\n${file.messages.filter((message) => message.fatal).map((message) => `  ${path}:${message.line ?? 1}:${message.column ?? 1}  ${message.reason}  ${message.ruleId ?? ''}`).join('\n')}`)
  return {markdown, changes: row.changes, drafted, claims, file}
}
