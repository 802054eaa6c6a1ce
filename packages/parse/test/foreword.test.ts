import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseStandard} from '@stdkit/parse'
import {useLanguage} from '@stdkit/messages'
import type {ChangeList, Foreword, Standard} from '@stdkit/tree'

useLanguage('en')

function parse(name: string, value = readFileSync(new URL(`national/${name}`, import.meta.url), 'utf8')): {tree: Standard; file: VFile} {
  const file = new VFile({path: name, value})
  return {tree: parseStandard(file), file}
}

const forewordOf = (tree: Standard): Foreword => tree.children.find((node): node is Foreword => node.type === 'foreword') as Foreword

describe('the foreword of a 2009-era part', () => {
  const {tree, file} = parse('gb-2009-part.md')
  const fields = forewordOf(tree).fields

  it('parses without messages', () => {
    expect(file.messages.map(String)).toEqual([])
  })

  it('reads the era, the word the document calls itself by and the drafting rules', () => {
    expect([tree.era, tree.self, fields.draftingRules]).toEqual(['2009', '本部分', 'GB/T 1.1—2009'])
  })

  it('reads the replaced document with its title, and keeps replaces', () => {
    expect(fields.replacedDocuments).toEqual([{number: 'GB/T 9999.1—2005', title: '信息技术 示例规则 第1部分：通则'}])
    expect(fields.replaces).toBe('GB/T 9999.1–2005')
  })

  it('reads both appendices of `本部分的附录A、附录B为资料性附录`', () => {
    expect(fields.informativeAppendices).toEqual(['A', 'B'])
    expect(fields.normativeAppendices).toBeUndefined()
  })

  it('reads the part statement and its list of parts', () => {
    expect(fields.partOf).toEqual({
      designation: 'GB/T 9999',
      title: '信息技术 示例规则',
      parts: [
        {number: 'GB/T 9999.1', title: '通则'},
        {number: 'GB/T 9999.2', title: '数据格式'}
      ]
    })
  })

  it('reads 提出并归口 as both, the organizations, the patent notice and the editions', () => {
    expect([fields.proposedBy, fields.administeredBy]).toEqual(['全国信息技术标准化技术委员会（SAC/TC 28）', '全国信息技术标准化技术委员会（SAC/TC 28）'])
    expect(fields.organizations).toEqual(['示例研究院', '示例科技有限公司'])
    expect(fields.patentNotice).toBe(true)
    expect(fields.editions?.map((edition) => [edition.year, edition.number])).toEqual([
      [1994, 'GB/T 9999.1—1994'],
      [2005, 'GB/T 9999.1—2005']
    ])
  })

  it('reads the dash list after the lead-in as a change list', () => {
    const list = forewordOf(tree).children.find((node): node is ChangeList => node.type === 'changeList')
    expect(list?.marker).toBe('dash')
    expect(list?.children.map((entry) => [entry.action, entry.see, entry.seeOld])).toEqual([
      ['added', ['4.2'], undefined],
      ['changed', ['3.1'], {year: 2005, numbers: ['3.1']}],
      ['deleted', undefined, {year: 2005, numbers: ['4.4']}]
    ])
  })
})

describe('the foreword of a 2020-era standard', () => {
  const {tree, file} = parse('gb-2020.md')
  const fields = forewordOf(tree).fields

  it('parses without messages', () => {
    expect(file.messages.map(String)).toEqual([])
  })

  it('reads the era and the drafting rules with their title', () => {
    expect([tree.era, tree.self, fields.draftingRules]).toEqual(['2020', '本文件', 'GB/T 1.1—2020'])
  })

  it('reads several replaced documents', () => {
    expect(fields.replacedDocuments?.map((document) => document.number)).toEqual(['GB/T 8888—2012', 'GB/T 8889—2013'])
    expect(fields.replaces).toBe('GB/T 8888–2012')
  })

  it('reads 提出 and 归口 written apart', () => {
    expect([fields.proposedBy, fields.administeredBy]).toEqual(['中国示例联合会', '全国示例标准化技术委员会（SAC/TC 999）'])
  })

  it('reads the history of editions statement by statement', () => {
    expect(fields.editions).toEqual([
      {year: 2003, number: 'GB/T 8888—2003', text: '2003年首次发布为GB/T 8888—2003'},
      {year: 2012, text: '2012年第一次修订'}
    ])
  })

  it('reads a lettered change list, with the clauses of this edition and of the old one', () => {
    const list = forewordOf(tree).children.find((node): node is ChangeList => node.type === 'changeList')
    expect(list?.marker).toBe('letter')
    expect(list?.children.map((entry) => [entry.label, entry.action, entry.see, entry.seeOld])).toEqual([
      ['a)', 'added', ['5.3', '5.4'], undefined],
      ['b)', 'changed', ['5.1'], {year: 2012, numbers: ['4.2']}],
      ['c)', 'deleted', undefined, {year: 2012, numbers: ['4.4']}]
    ])
  })
})

describe('the foreword of a 2000-era standard', () => {
  const {tree} = parse('gb-2000.md')
  const fields = forewordOf(tree).fields

  it('has no drafting statement, and reads as of 2000', () => {
    expect([tree.era, tree.self, fields.draftingRules]).toEqual(['2000', '本标准', undefined])
  })

  it('reads `附录A为规范性附录，附录B为资料性附录` and the first edition', () => {
    expect([fields.normativeAppendices, fields.informativeAppendices, fields.firstEdition]).toEqual([['A'], ['B'], true])
    expect([fields.proposedBy, fields.administeredBy]).toEqual(['全国示例标准化技术委员会', '全国示例标准化技术委员会'])
  })
})

describe('an enterprise foreword', () => {
  const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
  const {tree} = parse('2007.md', value)

  it('gets none of the national fields', () => {
    expect([tree.era, tree.self]).toEqual([undefined, undefined])
    expect(Object.keys(forewordOf(tree).fields).sort()).toEqual(
      ['administeredBy', 'approvers', 'departments', 'drafters', 'firstIssued', 'nextReview', 'normativeAppendices', 'proposedBy', 'replaces', 'reviewers', 'revisions'].sort()
    )
  })
})

describe('the README example of a 2020 part', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  const example = /\*\*National foreword\.\*\*[\s\S]*?```markdown\n(?<foreword>[\s\S]*?)```/u.exec(readme)?.groups?.foreword ?? ''
  const source = `---\nnumber: GB/T 8888.1–2021\nreplaces: GB/T 8888.1–2012\ntitle: 冷链物流 第1部分：温度记录\n---\n\n${example}\n# 冷链物流 第1部分：温度记录\n\n## 1 范围\n\n本文件规定了要求。\n`
  const {tree} = parse('readme.md', source)
  const foreword = forewordOf(tree)

  it('reads as the README says', () => {
    expect(example).toContain('# 前言')
    expect([tree.era, tree.self, foreword.fields.draftingRules]).toEqual(['2020', '本文件', 'GB/T 1.1—2020'])
    expect(foreword.fields.partOf).toEqual({designation: 'GB/T 8888', title: '冷链物流', parts: [{number: 'GB/T 8888.1', title: '温度记录'}, {number: 'GB/T 8888.2', title: '冷藏运输'}]})
    expect(foreword.children.find((node) => node.type === 'changeList')?.children.map((entry) => entry.action)).toEqual(['added', 'changed', 'deleted'])
    expect(foreword.fields.editions?.map((edition) => edition.year)).toEqual([2003, 2012])
    expect([foreword.fields.proposedBy, foreword.fields.administeredBy, foreword.fields.patentNotice]).toEqual(['全国示例标准化技术委员会（SAC/TC 999）', '全国示例标准化技术委员会（SAC/TC 999）', true])
  })
})
