/**
 * Technical content written in the source's syntax (`technical/2022.md`):
 * an edit to each construct shows as a change of its provision and of no
 * other, and a figure or formula renumbered by one inserted before it, with
 * the references that follow it, is no change.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffEditions, type StandardDiff} from '@stdkit/diff'
import {parse} from './helpers.js'

const source = readFileSync(new URL('technical/2022.md', import.meta.url), 'utf8')
const old = parse(source, 'technical/2022.md')

/** The fixture with `edit` applied to the text (each `find` once), as the next edition. */
function compare(...edits: Array<[find: string, replace: string]>): StandardDiff {
  let text = source.replace('GB/T 39901–2022', 'GB/T 39901–2023')
  for (const [find, replace] of edits) {
    expect(text.split(find).length, `${find} once in the fixture`).toBe(2)
    text = text.replace(find, () => replace)
  }
  return diffEditions(old, parse(text, 'technical/2023.md'))
}

/** The provisions a comparison shows as changed, with their reasons' codes. */
const changed = (diff: StandardDiff): Array<string> =>
  diff.provisions.filter((change) => !change.kinds.includes('unchanged')).map((change) => `${change.id} ${change.reasons.map((reason) => reason.code).join(',')}`)

const edits: ReadonlyArray<{construct: string; find: string; replace: string; provision: string; codes: string}> = [
  {construct: 'admitted term', find: '许用术语：运维数据', replace: '许用术语：运维资料', provision: 'term-3.1', codes: 'content'},
  {construct: 'abbreviation', find: '缩略语：OD', replace: '缩略语：ODX', provision: 'term-3.1', codes: 'content'},
  {construct: 'note to entry', find: '告警数据和性能数据。', replace: '告警数据、性能数据。', provision: 'term-3.1', codes: 'wording'},
  {construct: 'term source', find: '，01.01.02，', replace: '，01.01.03，', provision: 'term-3.1', codes: 'number'},
  {construct: 'image alt text', find: '![报文头的组成]', replace: '![报文头的构成]', provision: 'clause-4.1', codes: 'wording'},
  {construct: 'image file', find: '(figures/header.svg)', replace: '(figures/header-2.svg)', provision: 'clause-4.1', codes: 'image'},
  {construct: 'sub-figure title', find: 'a)　正视图', replace: 'a)　前视图', provision: 'clause-4.1', codes: 'wording'},
  {construct: 'key entry', find: '1——同步字；', replace: '1——同步字段；', provision: 'clause-4.1', codes: 'content'},
  {construct: 'figure note', find: '字段按网络字节序排列。', replace: '字段按大端字节序排列。', provision: 'clause-4.1', codes: 'wording'},
  {construct: 'figure footnote', find: '仅用于扩展报文。', replace: '仅用于扩展报文和应答报文。', provision: 'clause-4.1', codes: 'footnote'},
  {construct: 'figure caption', find: '图1　报文头的组成', replace: '图1　报文头的结构', provision: 'clause-4.1', codes: 'wording'},
  {construct: 'formula', find: 'L = 16 + n \\times 4', replace: 'L = 16 + n \\times 8', provision: 'clause-4.1', codes: 'formula'},
  {construct: '式中 entry', find: '$L$——报文长度', replace: '$L$——报文总长度', provision: 'clause-4.1', codes: 'content'},
  {construct: 'inline math', find: '校验值$C_0$取', replace: '校验值$C_1$取', provision: 'clause-4.1', codes: 'number'},
  {construct: 'code line', find: '"length": 24', replace: '"length": 28', provision: 'clause-4.1', codes: 'code'},
  {construct: 'table cell', find: '| 环境数据 | 5 | 1^a^ |', replace: '| 环境数据 | 5 | 2^a^ |', provision: 'clause-5.2', codes: 'number'},
  {construct: 'merged cell', find: '| 数据类别 | 周期/min | < |', replace: '| 数据类别 | 周期/min | 备注 |', provision: 'clause-5.2', codes: 'structure'},
  {construct: 'line break in a cell', find: '<br>（含功耗）', replace: '<br>（含能耗）', provision: 'clause-5.2', codes: 'content'},
  {construct: 'table note', find: '注1：周期为最大值。', replace: '注1：周期为上限值。', provision: 'clause-5.2', codes: 'wording'},
  {construct: 'table footnote', find: '告警持续时取0.5 min。', replace: '告警持续时取0.2 min。', provision: 'clause-5.2', codes: 'footnote'},
  {construct: 'footnote to the text', find: '延迟自采集时刻起算。', replace: '延迟自采集时刻起算，含传输时间。', provision: 'clause-5.2', codes: 'footnote'},
  {construct: 'subscript', find: 'H~2~O', replace: 'H~3~O', provision: 'clause-5.2', codes: 'number'},
  {construct: 'superscript', find: 'm^2^', replace: 'm^3^', provision: 'clause-5.2', codes: 'number'},
  {construct: 'emphasis', find: '*斜体*', replace: '*倾斜*', provision: 'clause-5.2', codes: 'content'},
  {construct: 'strong', find: '**粗体**', replace: '**加粗**', provision: 'clause-5.2', codes: 'content'},
  {construct: 'bibliography entry', find: '机房运行手册[M]', replace: '机房运维手册[M]', provision: 'bibliography', codes: 'wording'}
]

describe('an edit to each construct', () => {
  it('compares the fixture with itself as unchanged', () => {
    expect(changed(compare())).toEqual([])
  })

  it.each(edits.map((edit) => [edit.construct, edit] as const))('%s shows as a change of its provision alone', (_, edit) => {
    expect(changed(compare([edit.find, edit.replace]))).toEqual([`${edit.provision} ${edit.codes}`])
  })
})

describe('parts added', () => {
  it('names an admitted term and a key entry added by what they are', () => {
    const diff = compare(['### 3.2 报文 message\n\n', '### 3.2 报文 message\n\n许用术语：消息\n\n'], ['2——长度字段^a^。', '2——长度字段^a^；\n\n3——校验字段。'])
    expect(diff.provisions.filter((change) => !change.kinds.includes('unchanged')).map((change) => [change.id, change.reasons.map((reason) => reason.message)])).toEqual([
      ['term-3.2', ['新增许用术语']],
      ['clause-4.1', ['仅标点不同', '新增符号说明 3']]
    ])
  })
})

describe('renumbering', () => {
  it('does not see a figure renumbered by one inserted before it, nor the reference that follows it, as changed', () => {
    const diff = compare(
      ['报文头的结构见图1，', '报文的组成见图1，报文头的结构见图2，'],
      ['![报文头的组成](figures/header.svg)', '![报文的组成](figures/message.svg)\n\n图1　报文的组成\n\n![报文头的组成](figures/header.svg)'],
      ['图1　报文头的组成', '图2　报文头的组成']
    )
    // The sentence gains a reference to the new figure; the one to the renumbered figure reads alike on both sides.
    expect(diff.provisions.filter((change) => !change.kinds.includes('unchanged')).map((change) => [change.id, change.reasons.map((reason) => reason.message)])).toEqual([
      ['clause-4.1', ['所指向的条款改变：图2、公式（1） → 图1、图2、公式（1）', '新增图 图1', '新增图片 图1']]
    ])
    const blocks = diff.provisions.find((change) => change.id === 'clause-4.1')?.blocks.filter((block) => block.kind !== 'equal')
    expect(blocks?.map((block) => `${block.kind} ${block.block} ${block.label ?? ''}`)).toEqual([
      'modified paragraph ',
      'added figure 图1',
      'added image 图1'
    ])
  })

  it('does not see a formula renumbered by one inserted before it, nor the reference that follows it, as changed', () => {
    const diff = compare(['报文长度按公式（1）计算', '报文长度按公式（2）计算'], ['$$ （1）\nL = 16', '$$ （1）\nn = k + 1\n$$\n\n$$ （2）\nL = 16'])
    expect(changed(diff)).toEqual(['clause-4.1 provision'])
  })
})
