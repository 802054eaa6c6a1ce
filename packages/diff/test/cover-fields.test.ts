/** The cover fields of a national standard compared between two editions of a fictitious GB/T 99999.1. */
import {describe, expect, it} from 'vitest'
import {diffEditions} from '@stdkit/diff'
import {parse} from './helpers.js'

const edition = (cover: ReadonlyArray<string>, year: number) =>
  parse(['---', ...cover, '---', '', '# 前言', '', '本文件为示例。', '', '# 信息技术 示例数据交换格式 第1部分：总则', '', '## 1 范围', '', '本文件规定了示例数据的交换格式。', ''].join('\n'), `${year}.md`)

describe('cover fields of a national standard', () => {
  const old = edition(
    [
      'number: GB/T 99999.1—2016',
      'title: 信息技术 示例数据交换格式 第1部分：总则',
      'ics: 35.240',
      'classification: L 70',
      'adoption: ISO 99999-1:2012, IDT',
      'stage: 送审稿',
      'issuer: 国家质量监督检验检疫总局',
      'issued: 2016-06-01',
      'effective: 2017-01-01'
    ],
    2016
  )
  const now = edition(
    [
      'number: GB/T 99999.1—2024',
      'replaces:',
      '  - GB/T 99999.1—2016',
      '  - GB/T 99998—2012',
      'title: 信息技术 示例数据交换格式 第1部分：总则',
      "title-en: 'Information technology—Sample data interchange format—Part 1: General'",
      'ics: 35.240.40；01.140.20',
      'ccs: L 70',
      'filing: 12345—2024',
      'adoption: ISO 99999-1:2021, MOD',
      'stage: 报批稿',
      'issuer:',
      '  - 国家市场监督管理总局',
      '  - 国家标准化管理委员会',
      'issued: 2024-03-15',
      'effective: 2024-10-01'
    ],
    2024
  )

  it('reports each changed field with its name, old and new value, the adoption as a technical change', () => {
    const fields = diffEditions(old, now).fields.filter((field) => field.field.startsWith('cover.'))
    expect(fields.map((field) => [field.field, field.label, field.old ?? '-', field.new ?? '-', field.classification])).toEqual([
      ['cover.number', '标准编号', 'GB/T 99999.1—2016', 'GB/T 99999.1—2024', 'editorial'],
      ['cover.replaces', '代替', '-', 'GB/T 99999.1—2016、GB/T 99998—2012', 'editorial'],
      ['cover.titleEnglish', '英文名称', '-', 'Information technology—Sample data interchange format—Part 1: General', 'editorial'],
      ['cover.ics', 'ICS', '35.240', '35.240.40、01.140.20', 'editorial'],
      ['cover.ccs', 'CCS', '-', 'L 70', 'editorial'],
      ['cover.classification', '中国标准文献分类号', 'L 70', '-', 'editorial'],
      ['cover.filing', '备案号', '-', '12345—2024', 'editorial'],
      ['cover.adoption', '采用国际文件', '（ISO 99999-1:2012，IDT）', '（ISO 99999-1:2021，MOD）', 'technical'],
      ['cover.stage', '草案阶段', '送审稿', '报批稿', 'editorial'],
      ['cover.issuer', '发布单位', '国家质量监督检验检疫总局', '国家市场监督管理总局、国家标准化管理委员会', 'editorial'],
      ['cover.issued', '发布日期', '2016-06-01', '2024-03-15', 'editorial'],
      ['cover.effective', '实施日期', '2017-01-01', '2024-10-01', 'editorial']
    ])
    expect(fields.find((field) => field.field === 'cover.adoption')?.reason).toBe('所采用的国际文件或一致性程度改变')
  })

  it('reports no field of two identical covers', () => {
    expect(diffEditions(now, now).fields).toEqual([])
  })
})
