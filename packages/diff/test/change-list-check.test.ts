/**
 * The record check in the national convention: each entry of the newer
 * edition's change list against the diff, by the clauses it names.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {comparisonReport, diffEditions} from '@stdkit/diff'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'

const fixture = (name: string): string => readFileSync(new URL(`../../check/test/fixtures/${name}.md`, import.meta.url), 'utf8')
const parse = (value: string, path: string): Standard => parseStandard(new VFile({path, value}))

const old = parse(fixture('national-2012'), 'gbt-8888/2012.md')
const current = fixture('national')

describe('the change list checked against the diff', () => {
  const diff = diffEditions(old, parse(current, 'gbt-8888/2021.md'))

  it('confirms each entry by a technical change at the clauses it names, in either edition', () => {
    expect(diff.recordCheck?.source).toBe('changeList')
    expect(diff.recordCheck?.claims.map((claim) => [claim.action, claim.status, claim.evidence])).toEqual([
      ['added', 'confirmed', ['clause-5.3', 'clause-5.4']],
      ['modified', 'confirmed', ['clause-5.1']],
      ['removed', 'confirmed', ['clause-4.4']]
    ])
  })

  it('lists the technical changes no entry covers', () => {
    // Chapter 4 (要求) is gone; the text of 4.1 now opens the new chapter 4 (总则) with the same words, a move.
    expect(diff.recordCheck?.uncovered).toEqual(['clause-4'])
  })

  it('leaves an entry unconfirmed when the clause it names changed only editorially', () => {
    const edited = diffEditions(old, parse(current.replace('（见5.3、5.4）', '（见5.2）'), 'gbt-8888/2021.md'))
    const claim = edited.recordCheck?.claims[0]
    expect([claim?.status, claim?.message]).toEqual(['unconfirmed', '5.2 处没有与之相符的改动'])
    expect(claim?.evidence).toEqual([])
  })

  it('is named a check of the change list in the comparison report', () => {
    const report = comparisonReport(diff)
    expect(report.recordCheck?.heading).toBe('技术变化清单核对（GB/T 8888–2021）')
    expect(report.recordCheck?.uncoveredLabel).toBe('技术变化清单未提及的技术性改动：')
    expect(report.recordCheck?.claims[2]?.evidence).toEqual([{id: 'clause-4.4', number: '4.4'}])
  })

  it('checks nothing when the older edition is not the one replaced', () => {
    const unrelated = parse(fixture('national-2012').replace('number: GB/T 8888–2012', 'number: GB/T 8888–2010'), 'gbt-8888/2010.md')
    expect(diffEditions(unrelated, parse(current, 'gbt-8888/2021.md')).recordCheck).toBeUndefined()
  })
})

describe('the change list checked at every level', () => {
  const root = new URL('../../../standards/t-zxbz-12.1/', import.meta.url)
  const older = parse(readFileSync(new URL('2023.md', root), 'utf8'), 't-zxbz-12.1/2023.md')
  const newer = readFileSync(new URL('2026.md', root), 'utf8')
  const checked = (edit: (text: string) => string) => diffEditions(older, parse(edit(newer), 't-zxbz-12.1/2026.md')).recordCheck

  it('confirms an entry by the list item, the table or the words it names, citing them', () => {
    const check = checked((text) =>
      text
        .replace('增加了红外热成像检查的要求（见4.2、6.2）', '增加了红外热成像检查的要求（见6.2 d））')
        .replace('更改了蓄电池内阻的巡检周期（见5.3，2023年版的5.3）', '更改了蓄电池内阻的巡检周期（见表1，2023年版的表1）')
        .replace('增加了远程巡检的要求（见6.3）', '增加了关键设备每日现场巡检的要求')
    )
    expect(check?.claims.slice(0, 3).map((claim) => [claim.status, claim.clauses])).toEqual([
      ['confirmed', ['6.2 d）']],
      ['confirmed', ['6.3']],
      ['confirmed', ['表1']]
    ])
  })

  it('leaves an entry unconfirmed when the table it names did not change', () => {
    const check = checked((text) => text.replace('更改了蓄电池内阻的巡检周期（见5.3，2023年版的5.3）', '更改了巡检记录表的格式（见表A.1）'))
    expect([check?.claims[2]?.status, check?.claims[2]?.message]).toEqual(['unconfirmed', '表A.1 处没有与之相符的改动'])
  })

  it('lists an uncovered removal by the number it had, with its edition', () => {
    const edit = (text: string) => text.replace('——更改了巡检记录的保存期限（见7.3，2023年版的7.3）；\n\n——删除了巡检人员证件年审的要求（2023年版的4.4）。', '——更改了巡检记录的保存期限（见7.3，2023年版的7.3）。')
    const check = checked(edit)
    expect(check?.claims).toHaveLength(5)
    expect([check?.uncovered, check?.uncoveredClauses]).toEqual([['certificates'], ['2023年版的4.4']])
    const report = comparisonReport(diffEditions(older, parse(edit(newer), 't-zxbz-12.1/2026.md'))).recordCheck
    expect(report?.uncovered).toEqual([{id: 'certificates', number: '2023年版的4.4'}])
  })
})
