import {describe, expect, it} from 'vitest'
import {comparisonReport, diffEditions} from '@stdkit/diff'
import {edition} from './helpers.js'

describe('comparisonReport', () => {
  const report = comparisonReport(diffEditions(edition('2004'), edition('2005')))

  it('names the comparison and its editions', () => {
    expect([report.designation, report.title, report.years.old, report.years.new]).toEqual(['Q/ZX 75.1861', '2004版与2005版比较', '2004版', '2005版'])
    expect(report.editions.new).toBe('Q/ZX 75.1861–2005《现场技术服务管理工作规程》')
  })

  it('counts the provisions by the kinds that occur, and the changes by class', () => {
    expect(report.counts.map((item) => [item.label, item.count])).toEqual([
      ['未变', 40],
      ['修改', 8],
      ['新增', 8],
      ['重新编号', 1]
    ])
    // 5.5 交 → 提交, 6.2 请 → 让, 6.4 待 → 等: a word of a requirement replaced, to review.
    expect(report.classes.map((item) => [item.label, item.count])).toEqual([
      ['技术性改动', 10],
      ['待核实的改动', 3],
      ['编辑性改动', 9]
    ])
  })

  it('holds the drafted change list under its heading', () => {
    expect(report.changeList.heading).toBe('主要技术变化（据比较起草）')
    expect(report.changeList.items[0]).toBe('——增加了术语“辅助工具”（见3.4）；')
    // Changes to review count as technical: the three replaced words are drafted too, for the author to keep or strike.
    expect(report.changeList.items).toHaveLength(8)
    expect(report.changeList.items).toContain('——更改了让用户先行的要求（见6.2 d），2004年版的6.2 d））；')
  })

  it('gives the record check its verdicts, and its evidence and uncovered clauses by number', () => {
    const check = report.recordCheck
    expect(check?.heading).toBe('修订记录核对（Q/ZX 75.1861–2005）')
    expect(check?.claims.map((claim) => [claim.verdict, claim.message, claim.evidence.map((clause) => clause.number)])).toEqual([['已证实：', '见 3.4、5.7', ['3.4', '5.7']]])
    expect(check?.uncovered).toEqual([
      {id: 'duties-service-department', number: '4.1'},
      {id: 'service-report', number: '5.5'},
      {id: 'service-etiquette', number: '6.2'},
      {id: 'telephone', number: '6.4'},
      {id: 'support-preparation', number: '7.1'},
      {id: 'clause-D.4', number: 'D.4'}
    ])
  })

  it('names a renamed title as the evidence of a renaming by the field’s name', () => {
    const renaming = comparisonReport(diffEditions(edition('2005'), edition('2006'))).recordCheck?.claims[0]
    expect(renaming?.evidence).toEqual([{id: 'cover.title', number: '标准名称'}])
  })

  it('lists the changed fields with their class by name', () => {
    expect(report.fields.columns).toEqual({field: '项目', classification: '类别'})
    expect(report.fields.rows[0]).toEqual({label: '标准编号', old: 'Q/ZX 75.1861–2004', new: 'Q/ZX 75.1861–2005', classification: '编辑性'})
    expect(report.fields.rows.map((field) => field.label)).toEqual(['标准编号', '代替', '发布日期', '实施日期', '下次审查/升版时间'])
  })
})
