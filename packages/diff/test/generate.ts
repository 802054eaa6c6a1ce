/**
 * Random valid standards for the property tests. A model (chapters from 4 on
 * with sub-clauses, paragraphs, list items, notes, tables and cross-references
 * to provisions and tables) is generated with fast-check, edited, and rendered
 * to a source in the format of the README; numbers, table numbers and the
 * printed cross-references follow from where things stand when it is rendered.
 */
import fc from 'fast-check'

/** A word, or a cross-reference to a provision or table by its key. */
export type Inline = {word: string} | {ref: string}

export interface TableModel {
  key: string
  caption: string
  /** The header row first. */
  rows: Array<Array<string>>
}

export type BlockModel =
  | {type: 'paragraph'; text: Array<Inline>}
  | {type: 'list'; marker: 'letter' | 'dash'; items: Array<Array<Inline>>}
  | {type: 'note'; text: Array<Inline>}
  | {type: 'table'; table: TableModel}

export interface ClauseModel {
  key: string
  title: string
  blocks: Array<BlockModel>
  /** None, or two and more (a lone sub-clause is not allowed). */
  clauses: Array<ClauseModel>
}

export interface StandardModel {
  chapters: Array<ClauseModel>
}

// Words of the body text: no digits (so no accidental numbers or references), no Markdown.
const pool = [
  '巡检', '机房', '设备', '用户', '现场', '工程师', '记录', '检查', '告警', '电源', '温度', '湿度', '备件', '工具', '报告',
  '维护', '操作', '方案', '数据', '备份', '应', '宜', '可', '及时', '认真', '填写', '提交', '确认', '处理', '清理', '恢复',
  '保存', '通知', '主管', '办事处', '环境', '线缆', '标签', '版本', '软件', '升级', '故障', '问题', '原因', '措施', '结果',
  '并', '和', '的', '在', '对', '进行', '前', '后', '按照', '完成', '负责', '组织', '统计', '分析', '改进', '质量'
]

// Words of an inserted chapter: none shared with the body's, so its text cannot pass for moved text.
const freshPool = ['登高', '绝缘', '梯子', '安全带', '消防', '灭火器', '急救', '疏散', '演练', '护目镜', '警示牌', '围栏', '手套', '药箱']

// Notes give information only: no requirement words in them.
const requirements = new Set(['应', '宜', '可'])

const letters = 'abcdefghijklmnopqrstuvwxyz'

function words(from: ReadonlyArray<string>, min: number, max: number): fc.Arbitrary<Array<Inline>> {
  return fc.array(fc.constantFrom(...from), {minLength: min, maxLength: max}).map((list) => list.map((word) => ({word})))
}

function tableOf(from: ReadonlyArray<string>): fc.Arbitrary<TableModel> {
  const cell = fc.array(fc.constantFrom(...from), {minLength: 1, maxLength: 3}).map((list) => list.join(''))
  return fc.integer({min: 2, max: 3}).chain((columns) =>
    fc.record({
      key: noKey,
      caption: fc.array(fc.constantFrom(...from), {minLength: 2, maxLength: 3}).map((list) => list.join('')),
      rows: fc.array(fc.array(cell, {minLength: columns, maxLength: columns}), {minLength: 2, maxLength: 4})
    })
  )
}

function block(from: ReadonlyArray<string>): fc.Arbitrary<BlockModel> {
  return fc.oneof(
    {weight: 3, arbitrary: words(from, 3, 12).map((text): BlockModel => ({type: 'paragraph', text}))},
    {
      weight: 2,
      arbitrary: fc
        .record({marker: fc.constantFrom<'letter' | 'dash'>('letter', 'dash'), items: fc.array(words(from, 2, 8), {minLength: 1, maxLength: 4})})
        .map((list): BlockModel => ({type: 'list', ...list}))
    },
    {weight: 1, arbitrary: tableOf(from).map((table): BlockModel => ({type: 'table', table}))}
  )
}

/** A provision's own blocks: one to three, then at most one note. */
function blocks(from: ReadonlyArray<string>, min = 1): fc.Arbitrary<Array<BlockModel>> {
  return fc
    .tuple(
      fc.array(block(from), {minLength: min, maxLength: 3}),
      fc.option(words(from.filter((word) => !requirements.has(word)), 3, 8), {nil: undefined})
    )
    .map(([list, note]) => (note ? [...list, {type: 'note', text: note}] : list))
}

// A fresh empty list each time, never one shared by two values.
const noClauses = fc.constant(null).map((): Array<ClauseModel> => [])
const noKey = fc.constant('') as fc.Arbitrary<string>

const title = (from: ReadonlyArray<string>) => fc.array(fc.constantFrom(...from), {minLength: 1, maxLength: 3}).map((list) => list.join(''))

function clause(from: ReadonlyArray<string>): fc.Arbitrary<ClauseModel> {
  return fc.record({key: noKey, title: title(from), blocks: blocks(from), clauses: noClauses})
}

/** A chapter: text only, or an optional lead-in and two to four sub-clauses. */
export function chapter(from: ReadonlyArray<string> = pool): fc.Arbitrary<ClauseModel> {
  return fc.oneof(
    fc.record({key: noKey, title: title(from), blocks: blocks(from), clauses: noClauses}),
    fc.record({
      key: noKey,
      title: title(from),
      blocks: fc.option(words(from, 3, 10), {nil: undefined}).map((text): Array<BlockModel> => (text ? [{type: 'paragraph', text}] : [])),
      clauses: fc.array(clause(from), {minLength: 2, maxLength: 4})
    })
  )
}

/** A chapter in words no other chapter uses (for the chapter a new edition inserts). */
export const freshChapter = (): fc.Arbitrary<ClauseModel> => chapter(freshPool)

/** Every clause and table of a model, in document order. */
function walk(model: StandardModel): {clauses: Array<ClauseModel>; tables: Array<TableModel>; texts: Array<Array<Inline>>; notes: Set<Array<Inline>>} {
  const clauses: Array<ClauseModel> = []
  const tables: Array<TableModel> = []
  const texts: Array<Array<Inline>> = []
  const notes = new Set<Array<Inline>>()
  const visit = (node: ClauseModel): void => {
    clauses.push(node)
    for (const item of node.blocks) {
      if (item.type === 'table') tables.push(item.table)
      else if (item.type === 'list') texts.push(...item.items)
      else texts.push(item.text)
      if (item.type === 'note') notes.add(item.text)
    }
    node.clauses.forEach(visit)
  }
  model.chapters.forEach(visit)
  return {clauses, tables, texts, notes}
}

/**
 * Gives every clause and table a unique key (with `prefix`), every provision a
 * unique title and every table a unique caption, so that identity is never ambiguous.
 */
export function settle(model: StandardModel, prefix: string, taken: Set<string> = new Set()): StandardModel {
  const copy = structuredClone(model)
  const {clauses, tables} = walk(copy)
  const suffixes = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸']
  const unique = (value: string, index: number): string => {
    let candidate = value
    for (let round = 0; taken.has(candidate); round++) candidate = `${value}${suffixes[(index + round) % suffixes.length] ?? ''}${round >= suffixes.length ? round : ''}`
    taken.add(candidate)
    return candidate
  }
  clauses.forEach((node, index) => {
    if (node.key === '') node.key = `${prefix}${index}`
    node.title = unique(node.title, index)
  })
  tables.forEach((table, index) => {
    if (table.key === '') table.key = `${prefix}t${index}`
    table.caption = unique(table.caption, index)
  })
  return copy
}

/** Adds cross-references: each pair puts a reference to target `[1]` at the end of text `[0]`. */
export function withReferences(model: StandardModel, pairs: ReadonlyArray<readonly [number, number]>): StandardModel {
  const copy = structuredClone(model)
  const {clauses, tables, texts} = walk(copy)
  const targets = [...clauses.map((node) => node.key), ...tables.map((table) => table.key)]
  for (const [slot, target] of pairs) {
    const text = texts[slot % Math.max(texts.length, 1)]
    const key = targets[target % Math.max(targets.length, 1)]
    if (text && key) text.push({ref: key})
  }
  return copy
}

/** Drops references to clauses or tables that are no longer there. */
function prune(model: StandardModel): StandardModel {
  const {clauses, tables, texts} = walk(model)
  const keys = new Set([...clauses.map((node) => node.key), ...tables.map((table) => table.key)])
  for (const text of texts) {
    for (let index = text.length - 1; index >= 0; index--) {
      const inline = text[index]
      if (inline && 'ref' in inline && !keys.has(inline.ref)) text.splice(index, 1)
    }
  }
  return model
}

/** An edit of a model, for a newer edition. */
export type Edit =
  | {op: 'removeChapter'; at: number}
  | {op: 'addChapter'; at: number; chapter: ClauseModel}
  | {op: 'removeClause'; at: number}
  | {op: 'addClause'; at: number; clause: ClauseModel}
  | {op: 'rewrite'; at: number; text: Array<Inline>}
  | {op: 'addBlock'; at: number; block: BlockModel}

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({op: fc.constant('removeChapter' as const), at: fc.nat()}),
  fc.record({op: fc.constant('addChapter' as const), at: fc.nat(), chapter: chapter()}),
  fc.record({op: fc.constant('removeClause' as const), at: fc.nat()}),
  fc.record({op: fc.constant('addClause' as const), at: fc.nat(), clause: clause(pool)}),
  fc.record({op: fc.constant('rewrite' as const), at: fc.nat(), text: words(pool, 3, 12)}),
  fc.record({op: fc.constant('addBlock' as const), at: fc.nat(), block: block(pool)})
)

/** Applies edits; new provisions get keys with `prefix`, and references to what was removed are dropped. */
export function applyEdits(model: StandardModel, edits: ReadonlyArray<Edit>, prefix: string): StandardModel {
  let copy = structuredClone(model)
  const taken = new Set(walk(copy).clauses.map((node) => node.title))
  for (const table of walk(copy).tables) taken.add(table.caption)
  edits.forEach((change, index) => {
    const {texts, notes} = walk(copy)
    const parents = copy.chapters.filter((node) => node.clauses.length > 0)
    switch (change.op) {
      case 'removeChapter':
        if (copy.chapters.length > 1) copy.chapters.splice(change.at % copy.chapters.length, 1)
        break
      case 'addChapter': {
        const added = settle({chapters: [change.chapter]}, `${prefix}${index}c`, taken).chapters
        copy.chapters.splice(change.at % (copy.chapters.length + 1), 0, ...added)
        break
      }
      case 'removeClause': {
        const candidates = parents.filter((node) => node.clauses.length > 2)
        const parent = candidates[change.at % Math.max(candidates.length, 1)]
        if (parent) parent.clauses.splice(change.at % parent.clauses.length, 1)
        break
      }
      case 'addClause': {
        const parent = parents[change.at % Math.max(parents.length, 1)]
        const [added] = settle({chapters: [change.clause]}, `${prefix}${index}s`, taken).chapters
        if (parent && added) parent.clauses.splice(change.at % (parent.clauses.length + 1), 0, added)
        break
      }
      case 'rewrite': {
        const text = texts[change.at % Math.max(texts.length, 1)]
        const allowed = (inline: Inline) => !(text && notes.has(text) && 'word' in inline && requirements.has(inline.word))
        if (text) text.splice(0, text.length, ...change.text.filter(allowed))
        break
      }
      case 'addBlock': {
        const leaves = walk(copy).clauses.filter((node) => node.clauses.length === 0)
        const target = leaves[change.at % Math.max(leaves.length, 1)]
        const [settled] = settle({chapters: [{key: '', title: '', blocks: [change.block], clauses: []}]}, `${prefix}${index}b`, taken).chapters
        const added = settled?.blocks[0]
        if (target && added) target.blocks.splice(Math.min(change.at % 3, target.blocks.length), 0, added)
        break
      }
    }
    copy = prune(copy)
  })
  return copy
}

/** A model: one to four chapters, settled, with up to five cross-references. */
export const standardModel: fc.Arbitrary<StandardModel> = fc
  .tuple(fc.array(chapter(), {minLength: 1, maxLength: 4}), fc.array(fc.tuple(fc.nat(), fc.nat()), {maxLength: 5}))
  .map(([chapters, pairs]) => withReferences(settle({chapters}, 'k'), pairs))

export interface RenderOptions {
  year: number
  /** Give every provision from chapter 4 on its `{#anchor}` (default: true). */
  anchors?: boolean
}

/** The source of an edition of `Q/ZX 98.7`. */
export function render(model: StandardModel, options: RenderOptions): string {
  const anchors = options.anchors ?? true
  const numbers = new Map<string, string>()
  const tableNumbers = new Map<string, string>()
  let tableCount = 0
  model.chapters.forEach((node, index) => {
    const number = String(index + 4)
    numbers.set(node.key, number)
    node.clauses.forEach((child, childIndex) => numbers.set(child.key, `${number}.${childIndex + 1}`))
  })
  for (const table of walk(model).tables) tableNumbers.set(table.key, String(++tableCount))

  const text = (inlines: ReadonlyArray<Inline>): string =>
    inlines
      .map((inline) => {
        if ('word' in inline) return inline.word
        const table = tableNumbers.get(inline.ref)
        if (table !== undefined) return `（见表${table}）`
        const number = numbers.get(inline.ref) ?? ''
        return number.includes('.') ? `，按${number}的规定` : `，见第${number}章`
      })
      .join('')

  const lines: Array<string> = []
  const blocksOf = (list: ReadonlyArray<BlockModel>): void => {
    for (const item of list) {
      switch (item.type) {
        case 'paragraph':
          lines.push(`${text(item.text)}。`, '')
          break
        case 'note':
          lines.push(`注：${text(item.text)}。`, '')
          break
        case 'list':
          item.items.forEach((entry, index) => {
            const label = item.marker === 'dash' ? '——' : `${letters[index % letters.length] ?? 'a'}) `
            lines.push(`${label}${text(entry)}${index === item.items.length - 1 ? '。' : '；'}`, '')
          })
          break
        case 'table': {
          const [header = [], ...rows] = item.table.rows
          lines.push(`表${tableNumbers.get(item.table.key) ?? ''}　${item.table.caption}`, '')
          lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' - |').join('')}`)
          for (const row of rows) lines.push(`| ${row.join(' | ')} |`)
          lines.push('')
          break
        }
      }
    }
  }
  const heading = (node: ClauseModel, level: number): string =>
    `${'#'.repeat(level)} ${numbers.get(node.key) ?? ''} ${node.title}${anchors ? ` {#${node.key}}` : ''}`
  for (const node of model.chapters) {
    lines.push(heading(node, 2), '')
    blocksOf(node.blocks)
    for (const child of node.clauses) {
      lines.push(heading(child, 3), '')
      blocksOf(child.blocks)
    }
  }
  return `---
number: Q/ZX 98.7–${options.year}
title: 现场作业规范
category: 管理标准
issuer: 中兴通讯股份有限公司
issued: ${options.year}-03-01
effective: ${options.year}-03-08
---

# 前言

为了规范现场作业，特制定本标准。

# 现场作业规范

## 1 范围

本标准规定了现场作业的要求。

工程开通现场的作业按Q/ZX 75.1760的规定执行。

## 2 规范性引用文件

下列文件中的条款通过本标准的引用而成为本标准的条款。凡是不注日期的引用文件，其最新版本适用于本标准。

Q/ZX 75.1760　国内工程开通工作规程

## 3 术语和定义

下列术语和定义适用于本标准。

### 3.1 现场作业 field work

在用户现场进行的作业

${lines.join('\n')}`
}
