/**
 * Lineage and wording a reviewer reads as they are: chapters merged or split
 * where the part that keeps its number continues, a dated reference, a term
 * renamed and its uses that follow, a term's English equivalent, a formula
 * written otherwise, spelling variants.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffEditions, type ProvisionChange, type StandardDiff} from '@stdkit/diff'
import {sameFormula} from '../lib/blocks.js'
import {parse} from './helpers.js'

const base = readFileSync(new URL('fixtures/merged/old.md', import.meta.url), 'utf8')
/** The fixture's cover, foreword and chapters 1 and 2, then `body` (chapter 3 onwards). */
const head = base.slice(0, base.indexOf('## 3 术语和定义'))

function edition(body: string, year: number) {
  const source = `${head.replace('number: Q/ZX 99.1–2019', `number: Q/ZX 99.1–${year}`)}${body.trim()}\n`
  return parse(source, `${year}.md`)
}

function compare(old: string, now: string): StandardDiff {
  return diffEditions(edition(old, 2019), edition(now, 2021))
}

const changed = (diff: StandardDiff): Array<string> =>
  diff.provisions
    .filter((change) => change.id !== 'foreword' && !change.kinds.includes('unchanged'))
    .map((change) => `${change.id} ${change.old?.number ?? '-'}→${change.new?.number ?? '-'} ${change.kinds.join('+')} ${change.classification ?? ''}`)

function of(diff: StandardDiff, id: string): ProvisionChange {
  const found = diff.provisions.filter((change) => change.id === id)
  if (found.length !== 1) throw new Error(`expected one provision ${id}, found ${found.length}`)
  return found[0] as ProvisionChange
}

const terms = `## 3 术语和定义

下列术语和定义适用于本标准。

### 3.1 巡检 inspection

按计划对机房环境和设备运行状态进行的检查`

describe('a merge or split: the part that keeps its number continues', () => {
  const symbols = ['$U$——电压，单位为伏特（V）。', '$I$——电流，单位为安培（A）。']
  const abbreviations = ['UPS：不间断电源（Uninterruptible Power Supply）', 'PDU：电源分配单元（Power Distribution Unit）', 'BMS：电池管理系统（Battery Management System）', 'DCIM：数据中心基础设施管理（Data Center Infrastructure Management）']
  const after = (number: number) => `## ${number} 巡检要求 {#inspection}

机房每月至少巡检一次，巡检结果应记入设备档案。`

  it('two chapters without anchors merged into the first: the second is merged away under its own id', () => {
    const old = `${terms}\n\n## 4 符号\n\n${symbols.join('\n\n')}\n\n## 5 缩略语\n\n${abbreviations.join('\n\n')}\n\n${after(6)}`
    const now = `${terms}\n\n## 4 符号和缩略语\n\n${[...symbols, ...abbreviations].join('\n\n')}\n\n${after(5)}`
    const diff = compare(old, now)
    // The abbreviations are most of the merged chapter, yet chapter 4 is the one that keeps its number.
    expect(changed(diff)).toEqual(['clause-4 4→4 retitled+modified+merged editorial', 'clause-5 5→- merged editorial', 'inspection 6→5 renumbered editorial'])
    expect(of(diff, 'clause-4').related).toEqual(['clause-4', 'clause-5'])
  })

  it('a chapter without an anchor split in two: the part at its number continues, the other is new', () => {
    const old = `${terms}\n\n## 4 符号和缩略语\n\n${[...symbols, ...abbreviations].join('\n\n')}\n\n${after(5)}`
    const now = `${terms}\n\n## 4 符号\n\n${symbols.join('\n\n')}\n\n## 5 缩略语\n\n${abbreviations.join('\n\n')}\n\n${after(6)}`
    const diff = compare(old, now)
    expect(changed(diff)).toEqual(['clause-4 4→4 retitled+modified+split editorial', 'clause-5 -→5 split editorial', 'inspection 5→6 renumbered editorial'])
  })
})

describe('a standard referenced with or without its year', () => {
  const body = (reference: string, entry: string) => `${terms}

## 4 巡检要求

新开通的机房应按${reference}的规定记录。`.replace('## 3 术语和定义', `## 2 规范性引用文件\n\n下列文件中的条款通过本标准的引用而成为本标准的条款。\n\n${entry}　国内工程开通工作规程\n\n## 3 术语和定义`)

  it('an undated reference made dated refers to one edition now: technical, in the text and in the list of references', () => {
    const source = (year: string) => body(`Q/ZX 75.1760${year}`, `Q/ZX 75.1760${year}`)
    const head2 = head.replace(/## 2 规范性引用文件[\s\S]*$/u, '')
    const diff = diffEditions(parse(`${head2}${source('')}\n`, 'old.md'), parse(`${head2.replace('–2019', '–2021')}${source('–2006')}\n`, 'new.md'))
    expect(changed(diff)).toEqual(['clause-2 2→2 modified technical', 'clause-4 4→4 modified technical'])
    for (const id of ['clause-2', 'clause-4']) expect(of(diff, id).reasons.map((reason) => reason.message)).toContain('所引用的标准改变：Q/ZX 75.1760 → Q/ZX 75.1760–2006')
  })

  it('the same dated reference on both sides is no change', () => {
    const source = body('Q/ZX 75.1760–2006', 'Q/ZX 75.1760–2006')
    const head2 = head.replace(/## 2 规范性引用文件[\s\S]*$/u, '')
    const diff = diffEditions(parse(`${head2}${source}\n`, 'old.md'), parse(`${head2.replace('–2019', '–2021')}${source}\n`, 'new.md'))
    expect(changed(diff)).toEqual([])
  })
})

describe('a term renamed in its entry', () => {
  const body = (term: string, english: string, rest: string) => `## 3 术语和定义

下列术语和定义适用于本标准。

### 3.1 ${term} ${english}

按计划对机房环境和设备运行状态进行的检查

### 3.2 巡检记录 inspection record

每次${term}后填写的记录

## 4 要求

${rest}`

  it('is technical in its entry; its uses that only follow the renaming are editorial, with the reason in words', () => {
    const diff = compare(body('巡检', 'inspection', '机房每月至少巡检一次。'), body('巡视检查', 'inspection', '机房每月至少巡视检查一次。'))
    expect(changed(diff)).toEqual(['term-3.1 3.1→3.1 retitled technical', 'term-3.2 3.2→3.2 modified editorial', 'clause-4 4→4 modified editorial'])
    expect(of(diff, 'clause-4').reasons.map((reason) => reason.message)).toEqual(['随术语更名改写：“巡检” → “巡视检查”，要求未变'])
  })

  it('a use that follows the renaming and also changes what is required stays technical', () => {
    const diff = compare(body('巡检', 'inspection', '机房每月至少巡检一次。'), body('巡视检查', 'inspection', '机房每周至少巡视检查一次。'))
    expect(of(diff, 'clause-4').classification).toBe('technical')
    expect(of(diff, 'clause-4').reasons.map((reason) => reason.code)).toEqual(['wording', 'number'])
  })

  it('a word replaced where no term was renamed is still to review', () => {
    const diff = compare(body('巡检', 'inspection', '机房每月至少巡检一次。'), body('巡检', 'inspection', '机房每月至少巡视一次。'))
    expect(of(diff, 'clause-4').classification).toBe('review')
  })

  it('its English equivalent changed is editorial: it states no requirement', () => {
    const diff = compare(body('巡检', 'inspection', '机房每月至少巡检一次。'), body('巡检', 'patrol inspection', '机房每月至少巡检一次。'))
    expect(changed(diff)).toEqual(['term-3.1 3.1→3.1 modified editorial'])
    expect(of(diff, 'term-3.1').reasons[0]?.message).toBe('英文对应词改变：inspection → patrol inspection（仅供参照，不改变要求）')
  })
})

describe('a formula written otherwise', () => {
  it('the same operations with a multiplication sign made explicit, or other spacing, are the same formula', () => {
    expect(sameFormula('R_\\mathrm{E} = \\psi R', 'R_\\mathrm{E} = \\psi \\cdot R')).toBe(true)
    expect(sameFormula('U = I R', 'U = I \\times R')).toBe(true)
    expect(sameFormula('S = \\frac{I}{k}', 'S=\\frac{I}{k}\\,')).toBe(true)
  })

  it('a sign replaced by another, a factor added, or a sign between two numbers is another formula', () => {
    expect(sameFormula('a \\cdot b', 'a \\times b')).toBe(false)
    expect(sameFormula('R_\\mathrm{E} = \\psi R', 'R_\\mathrm{E} = 2 \\psi R')).toBe(false)
    expect(sameFormula('x = 2 3', 'x = 2 \\cdot 3')).toBe(false)
  })

  it('is editorial in a comparison, technical when the operations change', () => {
    const body = (tex: string) => `${terms}\n\n## 4 计算\n\n修正后的接地电阻按公式（1）计算：\n\n$$ （1）\n${tex}\n$$`
    expect(of(compare(body('R_\\mathrm{E} = \\psi R'), body('R_\\mathrm{E} = \\psi \\cdot R')), 'clause-4').classification).toBe('editorial')
    expect(of(compare(body('R_\\mathrm{E} = \\psi R'), body('R_\\mathrm{E} = \\psi R^2')), 'clause-4').classification).toBe('technical')
  })
})

describe('spelling variants', () => {
  it('形/型 and 作/做 written either way are editorial', () => {
    const body = (text: string) => `${terms}\n\n## 4 连接\n\n${text}`
    const diff = compare(body('设备机架可采用网形或星形连接方式。焊接部位应作防腐处理。'), body('设备机架可采用网型或星型连接方式。焊接部位应做防腐处理。'))
    expect(changed(diff)).toEqual(['clause-4 4→4 modified editorial'])
    expect(of(diff, 'clause-4').reasons.map((reason) => reason.code)).toEqual(['variant'])
  })
})

describe('a table moved out of a clause into a new appendix', () => {
  const table = (number: string) => `表${number}　巡检周期

| 机房类别 | 巡检周期 |
| - | - |
| 核心机房 | 每周一次 |
| 一般机房 | 每月一次 |

注：巡检周期自机房开通之日起计算。`
  const old = `${terms}

## 4 巡检要求

### 4.1 巡检周期

a) 机房的巡检周期应符合表1的规定。

b) 新开通的机房应在开通后一周内巡检一次。

${table('1')}`
  const now = (rows = '') => `${terms}

## 4 巡检要求

### 4.1 巡检周期

a) 机房的巡检周期应符合表A.1的规定。

b) 新开通的机房应在开通后一周内巡检一次。

## 附录A（规范性附录）巡检周期

${table('A.1').replace('| 一般机房 | 每月一次 |', `| 一般机房 | 每月一次 |${rows}`)}`

  it('the clause is modified and the appendix added, both editorial: the table moved with the same text, the clause was not split', () => {
    const diff = compare(old, now())
    expect(changed(diff)).toEqual(['clause-4.1 4.1→4.1 modified editorial', 'appendix-A -→A added editorial'])
    expect(of(diff, 'appendix-A').reasons.map((reason) => reason.message)).toEqual(['新增附录，其内容移自 4.1，文字未变'])
    expect(of(diff, 'clause-4.1').reasons.map((reason) => reason.message)).toEqual(['表移至 A', '注移至 A'])
  })

  it('an appendix whose table gained a row is added text: technical', () => {
    const diff = compare(old, now('\n| 边缘机房 | 每季度一次 |'))
    expect(of(diff, 'appendix-A').classification).toBe('technical')
    expect(of(diff, 'clause-4.1').classification).toBe('technical')
  })
})

describe('text moved from an informative appendix into a new normative one', () => {
  const appendix = (letter: string, status: string, title: string) => `## 附录${letter}（${status}）${title}

B${letter}1 巡检记录应包括巡检日期、巡检人员和发现的问题。

B${letter}2 巡检记录应保存两年。`
  it('requires what it only informed of before: technical', () => {
    const old = `${terms}\n\n## 4 巡检要求\n\n机房每月至少巡检一次。\n\n${appendix('A', '资料性附录', '巡检记录示例').replace(/B(A)(\d)/gu, '$2)')}\n\n下列为巡检记录的示例。`
    const now = `${terms}\n\n## 4 巡检要求\n\n机房每月至少巡检一次。\n\n## 附录A（资料性附录）巡检记录示例\n\n下列为巡检记录的示例。\n\n${appendix('B', '规范性附录', '巡检记录').replace(/B(B)(\d)/gu, '$2)')}`
    const diff = compare(old, now)
    // Split from appendix A, which informed: appendix B requires what it says.
    expect(of(diff, 'appendix-B').kinds).toEqual(['split'])
    expect(of(diff, 'appendix-B').classification).toBe('technical')
    expect(of(diff, 'appendix-B').reasons.map((reason) => reason.message)).toContain('移自资料性的 A 的内容现为规范性内容')
  })

  it('split into another informative appendix it is editorial', () => {
    const old = `${terms}\n\n## 4 巡检要求\n\n机房每月至少巡检一次。\n\n${appendix('A', '资料性附录', '巡检记录示例').replace(/B(A)(\d)/gu, '$2)')}\n\n下列为巡检记录的示例。`
    const now = `${terms}\n\n## 4 巡检要求\n\n机房每月至少巡检一次。\n\n## 附录A（资料性附录）巡检记录示例\n\n下列为巡检记录的示例。\n\n${appendix('B', '资料性附录', '巡检记录').replace(/B(B)(\d)/gu, '$2)')}`
    expect(of(compare(old, now), 'appendix-B').classification).toBe('editorial')
  })
})
