import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkStandard} from '@stdkit/check'
import {toMarkdown} from '@stdkit/markdown'
import type {Appendix, Clause, Figure, Foreword, List, Nodes, Standard, Table, Term} from '@stdkit/tree'
import {eachNode} from '@stdkit/tree'
import type {WordBlock, WordDocument, WordParagraph, WordRun, WordTable} from '../lib/model.js'
import {recognise} from '../lib/recognise.js'

let counter = 0
type Extra = Partial<Omit<WordParagraph, 'kind' | 'place' | 'runs'>> & {runs?: Array<WordRun>; run?: Partial<WordRun>}
/** A paragraph of one run (or the runs given). */
const p = (value: string, extra: Extra = {}): WordParagraph => {
  const {runs, run, ...rest} = extra
  return {kind: 'paragraph', place: {paragraph: ++counter, words: value.slice(0, 10)}, runs: runs ?? [{text: value, ...run}], ...rest}
}
const styled = (name: string, value: string, extra: Extra = {}): WordParagraph => p(value, {style: {id: name, name}, ...extra})
const table = (rows: Array<Array<string | {text: string; colSpan?: number; rowSpan?: number}>>, header = true): WordTable => ({
  kind: 'table',
  place: {paragraph: ++counter, words: ''},
  rows: rows.map((cells, index) => ({
    header: header && index === 0,
    cells: cells.map((cell) => {
      const value = typeof cell === 'string' ? {text: cell} : cell
      return {colSpan: value.colSpan ?? 1, rowSpan: value.rowSpan ?? 1, blocks: [p(value.text)]}
    })
  }))
})
const doc = (...blocks: Array<WordBlock>): WordDocument => ({blocks, properties: {}})

/** The cover of the publisher's layout: ICS, category, code, type, number, 代替, title, dates, issuer, the section's end. */
const cover = (): Array<WordBlock> => [
  p('ICS 03.120'),
  p('管理标准'),
  p('Q/ZX'),
  p('样例通讯股份有限公司企业标准'),
  p('Q/ZX 75.2001–2010'),
  p('代替Q/ZX 75.2001–2009'),
  p('来访接待工作规范'),
  p('Reception work specification'),
  p('', {runs: [{text: '2010-03-01发布'}, {text: '\t2010-03-15实施'}]}),
  p('样例通讯股份有限公司\u3000发布', {sectionEnd: true})
]
const contents = (): Array<WordBlock> => [styled('标准文件_目次、标准名称标题', '目\u3000\u3000次'), p('前言\tI', {contents: true}), p('1\u3000范围\t1', {contents: true})]
const foreword = (): Array<WordBlock> => [
  styled('标准文件_前言、引言标题', '前言'),
  p('本标准自实施之日起代替Q/ZX 75.2001–2009。'),
  p('本标准附录A为规范性附录。'),
  p('本标准由行政部提出，质量部归口管理。本标准下次审查/升版时间：2012年03月。'),
  p('本次标准修订部门：行政部、质量部'),
  p('本次标准修订人：张明'),
  p('本次发布批准人：李强'),
  p('本标准于2009年1月首次发布，于2010年2月第一次修订。'),
  p('为便于理解，将历次修订记录保留如下：'),
  styled('标准文件_正文表标题', '历次修订记录'),
  table([
    ['标准编号', '修改前文件编号', '主要修订内容', '修订部门', '修订人', '批准人'],
    ['Q/ZX 75.2001–2010', 'Q/ZX 75.2001–2009', '1. 增加了访客登记要求； 2. 删除了旧表格；', '行政部、质量部', '张明', '李强'],
    ['Q/ZX 75.2001–2009', '', '首次发布', '行政部', '张明', '李强']
  ])
]

const find = <T extends Nodes>(tree: Standard, type: T['type']): Array<T> => {
  const out: Array<T> = []
  eachNode(tree, (node) => {
    if (node.type === type) out.push(node as T)
  })
  return out
}
const errorsOf = (tree: Standard): Array<string> => {
  const file = new VFile({path: 'q-zx-75.2001/2010.md', value: toMarkdown(tree)})
  checkStandard(tree, file)
  return file.messages.filter((message) => message.fatal === true).map((message) => `${message.ruleId}: ${message.reason}`)
}

describe('recognise: the cover, the 目次 and the foreword', () => {
  const result = recognise(
    doc(...cover(), ...contents(), ...foreword(), styled('标准文件_正文标准名称', '来访接待工作规范'), styled('标准文件_章标题', '1\u3000范围'), p('本标准规定了来访接待的要求。'), styled('标准文件_章标题', '2\u3000规范性引用文件'), p('本标准没有规范性引用文件。'), styled('标准文件_章标题', '3\u3000术语和定义'), p('本标准没有需要界定的术语和定义。'), styled('标准文件_章标题', '4\u3000要求'), p('接待人员应提前准备，登记表见附录A。'), styled('标准文件_附录标识', '', {runs: [{text: '附录A'}, {text: '', break: true}, {text: '（规范性附录）'}, {text: '', break: true}, {text: '来访登记表'}]}), p('登记表的内容见下。'))
  )
  it('reads every field of the cover, whatever its order on the page', () => {
    const c = result.tree.cover
    expect(c).toMatchObject({
      code: 'Q/ZX',
      number: 'Q/ZX 75.2001–2010',
      designation: 'Q/ZX 75.2001',
      year: 2010,
      replaces: 'Q/ZX 75.2001–2009',
      title: '来访接待工作规范',
      titleEnglish: 'Reception work specification',
      category: '管理标准',
      ics: ['03.120'],
      issuer: '样例通讯股份有限公司',
      issued: '2010-03-01',
      effective: '2010-03-15'
    })
    expect(result.recognised.cover).toEqual(expect.arrayContaining(['number', 'replaces', 'title', 'title-en', 'category', 'ics', 'issuer', 'issued', 'effective']))
    expect(result.standard).toBe('q-zx-75.2001')
    expect(result.year).toBe(2010)
  })
  it('drops the 目次 and the body title, and types the foreword’s sentences', () => {
    const [node] = find<Foreword>(result.tree, 'foreword')
    expect(node?.fields).toMatchObject({replaces: 'Q/ZX 75.2001–2009', normativeAppendices: ['A'], proposedBy: '行政部', nextReview: '2012-03', firstIssued: '2009-01', revisions: ['2010-02']})
    expect(JSON.stringify(result.tree)).not.toContain('前言\\tI')
    const records = find<Nodes>(result.tree, 'revisionRecord')
    expect(records).toHaveLength(2)
    expect(records[0]).toMatchObject({changes: ['增加了访客登记要求', '删除了旧表格'], departments: ['行政部', '质量部'], revisers: ['张明']})
    expect(result.recognised.records).toBe(2)
  })
  it('reads the chapters and the appendix set on three lines, and checks without errors', () => {
    const chapters = result.tree.children.filter((child): child is Clause => child.type === 'clause')
    expect(chapters.map((chapter) => [chapter.number, chapter.title])).toEqual([
      ['1', '范围'],
      ['2', '规范性引用文件'],
      ['3', '术语和定义'],
      ['4', '要求']
    ])
    const [appendix] = find<Appendix>(result.tree, 'appendix')
    expect(appendix).toMatchObject({letter: 'A', status: 'normative', labelStyle: 'gbt-2000', title: '来访登记表'})
    expect(result.messages).toEqual([])
    expect(errorsOf(result.tree)).toEqual([])
  })
})

const body = (...blocks: Array<WordBlock>) => recognise(doc(...cover(), styled('标准文件_前言、引言标题', '前言'), p('本标准自实施之日起代替Q/ZX 75.2001–2009。'), ...blocks))
const clauses = (tree: Standard): Array<string> => find<Clause>(tree, 'clause').map((clause) => `${clause.number}|${clause.title ?? ''}`)

describe('recognise: chapters and clauses', () => {
  it('from Word’s built-in headings and outline levels, numbering the unnumbered', () => {
    const result = body(styled('Heading 1', '1 范围'), p('正文。'), styled('标题 2', '1.1 总则'), p('正文。'), p('适用对象', {outlineLevel: 1}), p('正文。'))
    expect(clauses(result.tree)).toEqual(['1|范围', '1.1|总则', '1.2|适用对象'])
  })
  it('from automatic numbering', () => {
    const result = body(p('范围', {numbering: {text: '1', level: 0, format: 'decimal'}, run: {bold: true}}), p('正文。'), p('通用要求', {numbering: {text: '1.1', level: 1, format: 'decimal'}}), p('正文。'))
    expect(clauses(result.tree)).toEqual(['1|范围', '1.1|通用要求'])
  })
  it('from typed numbers set as headings (黑体 or bold, short, no final 。), in every spacing', () => {
    const result = body(
      p('1　范围', {run: {font: '黑体'}}),
      p('正文。'),
      p('2 服务礼仪', {run: {bold: true}}),
      p('正文。'),
      p('2.1仪容仪表', {run: {font: 'SimHei'}}),
      p('正文。'),
      p('2.2', {run: {font: 'SimHei'}}),
      p('无标题条款的正文。'),
      p('2.3　应按时到达现场，并向客户说明来意。')
    )
    expect(clauses(result.tree)).toEqual(['1|范围', '2|服务礼仪', '2.1|仪容仪表', '2.2|', '2.3|'])
    const untitled = find<Clause>(result.tree, 'clause').find((clause) => clause.number === '2.3')
    expect(untitled?.children[0]).toMatchObject({type: 'paragraph', children: [{type: 'text', value: '应按时到达现场，并向客户说明来意。'}]})
  })
  it('misses: a plain sentence starting with a number, a number that does not continue the numbering, a long bold line', () => {
    const result = body(
      styled('标准文件_章标题', '1\u3000范围'),
      p('2 个工作日内应给出答复。'),
      p('7.4 测量结果', {run: {bold: true}}),
      p('1 本条是一段很长的加粗文字，它不是标题，因为它读起来是一个完整的句子而且很长很长', {run: {bold: true}})
    )
    expect(clauses(result.tree)).toEqual(['1|范围'])
    expect(find<Nodes>(result.tree, 'paragraph')).toHaveLength(4)
  })
})

describe('recognise: terms, lists, notes, tables, figures, formulas, footnotes, code', () => {
  const result = body(
    styled('标准文件_章标题', '1\u3000术语和定义'),
    p('下列术语和定义适用于本标准。'),
    styled('标准文件_术语条一', '1.1'),
    p('', {runs: [{text: '来访者', font: '黑体'}, {text: '\u3000visitor', font: '黑体'}]}),
    p('访客'),
    p('进入公司办公区域的外部人员。'),
    p('注1到条目：包括供应商。'),
    p('[来源：接待手册，2.1，有修改]'),
    styled('标准文件_章标题', '2\u3000要求'),
    p('接待应包括：'),
    p('——登记；'),
    p('·核对证件；'),
    p('——引导。'),
    p('问候', {numbering: {text: 'a)', level: 0, format: 'lowerLetter'}}),
    p('1)\u3000微笑；'),
    p('2)\u3000握手。'),
    p('注：接待时应礼貌。'),
    p('示例：“您好”。'),
    styled('标准文件_正文表标题', '表1　接待时限'),
    table([
      ['类别', '时限', {text: '', colSpan: 1}],
      [{text: '来访', rowSpan: 2}, '5 min', '甲'],
      ['10 min', '乙']
    ]),
    p('注：时限自到达起计。', {style: {id: 'n', name: '标准文件_注：'}}),
    p('', {runs: [{text: '', image: {name: 'image1.png', mediaType: 'image/png', data: new Uint8Array([1, 2, 3]), alt: '接待流程'}}]}),
    p('注：流程示意。'),
    styled('标准文件_正文图标题', '图1　接待流程'),
    p('', {runs: [{text: '\t'}, {text: '', math: {tex: 'T = t_1 + t_2', display: false}}, {text: '\t（1）'}]}),
    p('', {runs: [{text: '接待时间见规定'}, {text: '', footnote: [p('', {runs: [{text: ')', superscript: true}, {text: '\u3000'}, {text: '以公司公告为准。'}]})]}, {text: ')', superscript: true}, {text: '。'}]}),
    p('visit --log', {run: {monospace: true}}),
    p('  --date today', {run: {monospace: true}})
  )
  it('reads a term entry: number, term, English, admitted term, definition, note to entry, source', () => {
    const [term] = find<Term>(result.tree, 'term')
    expect(term).toMatchObject({number: '1.1', term: '来访者', english: 'visitor', admitted: ['访客']})
    expect(term?.children.map((child) => child.type)).toEqual(['paragraph', 'note', 'termSource'])
    expect(term?.children[2]).toMatchObject({modified: true})
  })
  it('reads lists with their nesting, from typed markers and numbering', () => {
    const lists = find<List>(result.tree, 'list').filter((list) => list.marker === 'dash' || list.marker === 'letter')
    expect(lists.map((list) => [list.marker, list.children.map((item) => item.label)])).toEqual([
      ['dash', ['——', '——']],
      ['letter', ['a)']]
    ])
    expect(lists[0]?.children[0]?.children[1]).toMatchObject({type: 'list', marker: 'dot'})
    expect(lists[1]?.children[0]?.children[1]).toMatchObject({type: 'list', marker: 'number', children: [{label: '1)'}, {label: '2)'}]})
    expect(find<Nodes>(result.tree, 'note').length).toBeGreaterThanOrEqual(3)
    expect(find<Nodes>(result.tree, 'example')).toHaveLength(1)
  })
  it('reads a table with its caption, merged cells and note', () => {
    const [node] = find<Table>(result.tree, 'table')
    expect(node).toMatchObject({number: '1', caption: '接待时限', headerRows: 1})
    expect(node?.children[1]).toMatchObject({type: 'tableRow', children: [{rowSpan: 2}, {}, {}]})
    expect(node?.children.at(-1)).toMatchObject({type: 'note'})
  })
  it('reads a figure with its image file, note and caption, a numbered formula, a footnote and a listing', () => {
    const [figure] = find<Figure>(result.tree, 'figure')
    expect(figure).toMatchObject({number: '1', caption: '接待流程', children: [{type: 'image', url: 'figures/image1.png', alt: '接待流程'}, {type: 'note'}]})
    expect(result.images).toEqual([{path: 'figures/image1.png', data: new Uint8Array([1, 2, 3])}])
    expect(find<Nodes>(result.tree, 'formula')).toMatchObject([{value: 'T = t_1 + t_2', number: '1'}])
    expect(find<Nodes>(result.tree, 'footnote')).toMatchObject([{number: 1, children: [{type: 'text', value: '以公司公告为准。'}]}])
    expect(find<Nodes>(result.tree, 'code')).toMatchObject([{value: 'visit --log\n  --date today'}])
    expect(result.recognised).toMatchObject({chapters: 2, terms: 1, tables: 1, figures: 1, formulas: 1, footnotes: 1, unplaced: 0})
  })
})

describe('recognise: what fits nowhere', () => {
  it('keeps it as a paragraph where it stood and says where it was', () => {
    const stray = p('内部资料，注意保密')
    const result = recognise(doc(...cover(), stray, styled('标准文件_章标题', '1\u3000范围'), p('正文。')))
    expect(result.messages).toMatchObject([{rule: 'import-unplaced', severity: 'warning', place: stray.place}])
    expect(result.recognised.unplaced).toBe(1)
    expect(toMarkdown(result.tree)).toContain('内部资料，注意保密')
  })
  it('says when the cover has no number', () => {
    const result = recognise(doc(p('某某规范'), styled('标准文件_章标题', '1\u3000范围'), p('正文。')))
    expect(result.messages.map((message) => message.rule)).toContain('import-cover')
  })
})

describe('recognise: documents other programs wrote', () => {
  it('drops a 目次 of lines without page numbers set over sections of its own, up to the heading it starts with', () => {
    const result = recognise(
      doc(
        ...cover().slice(0, -1),
        p('样例通讯股份有限公司\u3000发布', {runs: [{text: '样例通讯股份有限公司\u3000发布'}, {text: '', pageBreak: true}]}),
        p('目\u3000\u3000次'),
        p('', {sectionEnd: true}),
        p('前言 '),
        p('1\u3000范围 '),
        p('', {sectionEnd: true}),
        p('前言', {run: {font: 'SimHei'}, alignment: 'center'}),
        p('本标准自实施之日起代替Q/ZX 75.2001–2009。'),
        p('1\u3000范围', {run: {font: 'SimHei'}}),
        p('本标准规定了来访接待的要求。')
      )
    )
    expect(clauses(result.tree)).toEqual(['1|范围'])
    expect(find<Foreword>(result.tree, 'foreword')[0]?.children).toHaveLength(1)
    expect(result.messages).toEqual([])
  })
  it('reads the dates set apart by spaces, and a title with no number before it', () => {
    const dated = recognise(doc(p('Q/ZX 75.2001–2010'), p('来访接待工作规范'), p('2010-03-01发布 2010-03-15实施'), p('样例通讯股份有限公司\u3000发布', {sectionEnd: true})))
    expect(dated.tree.cover).toMatchObject({title: '来访接待工作规范', issued: '2010-03-01', effective: '2010-03-15', issuer: '样例通讯股份有限公司'})
    const untitled = recognise(doc(p('来访接待工作规范', {style: {id: 'Title', name: 'Title'}}), styled('Heading 1', '前言'), p('本标准规定了来访接待的要求。')))
    expect(untitled.tree.cover.title).toBe('来访接待工作规范')
    expect(untitled.messages.map((message) => message.rule)).toEqual(['import-cover'])
  })
  it('reads term entries set as headings with their term and English equivalent (pandoc)', () => {
    const result = body(styled('Heading 2', '1 术语和定义'), p('下列术语和定义适用于本标准。'), styled('Heading 3', '1.1 来访者 visitor'), p('进入公司办公区域的外部人员'))
    expect(find<Term>(result.tree, 'term')).toMatchObject([{number: '1.1', term: '来访者', english: 'visitor', children: [{type: 'paragraph'}]}])
  })
  it('keeps the path a drawing names when it is a safe figures/… file of the image’s type, else names the file after the part', () => {
    const figure = (number: number, name: string, mediaType: string, source: string | undefined): Array<WordBlock> => [
      p('', {runs: [{text: '', image: {name, mediaType, data: new Uint8Array([number]), alt: `图示${number}`, source}}]}),
      p(`图${number}\u3000图示${number}`)
    ]
    const result = body(
      styled('标准文件_章标题', '1\u3000要求'),
      ...figure(1, 'image1.svg', 'image/svg+xml', 'figures/layout-plan.svg'),
      ...figure(2, 'image2.png', 'image/png', 'figures/sub/站点.png'),
      ...figure(3, 'image3.png', 'image/png', '../outside.png'),
      ...figure(4, 'image4.png', 'image/png', 'figures/../../etc/x.png'),
      ...figure(5, 'image5.png', 'image/png', 'figures/.hidden.png'),
      ...figure(6, 'image6.png', 'image/png', 'figures/wrong-type.svg'),
      ...figure(7, 'image7.jpeg', 'image/jpeg', 'Picture 7'),
      ...figure(8, 'image8.png', 'image/png', 'figures/layout-plan.svg'),
      ...figure(9, 'image9.png', 'image/png', 'figures/layout-plan.png')
    )
    const urls: Array<string> = []
    eachNode(result.tree, (node) => {
      if (node.type === 'image') urls.push((node as Nodes & {url: string}).url)
    })
    expect(urls).toEqual([
      'figures/layout-plan.svg',
      'figures/sub/站点.png',
      'figures/image3.png',
      'figures/image4.png',
      'figures/image5.png',
      'figures/image6.png',
      'figures/image7.jpeg',
      'figures/image8.png',
      'figures/layout-plan.png'
    ])
    expect(result.images.map((image) => [image.path, image.data[0]])).toEqual(urls.map((url, index) => [url, index + 1]))
  })
  it('reads a sub-figure’s label on its image’s line, skips the description repeated under it, and a number inside a formula', () => {
    const image = {name: 'image2.png', mediaType: 'image/png', data: new Uint8Array([4]), alt: '门禁布置'}
    const result = body(
      styled('标准文件_章标题', '1\u3000要求'),
      p('', {runs: [{text: '', image}, {text: '', break: true}, {text: 'a)\u3000正门'}]}),
      p('门禁布置', {style: {id: 'ImageCaption', name: 'Image Caption'}}),
      p('图1\u3000门禁布置'),
      p('', {runs: [{text: '', math: {tex: '（ 2 ） v = s / t', display: true}}]})
    )
    expect(find<Figure>(result.tree, 'figure')).toMatchObject([{number: '1', caption: '门禁布置', children: [{type: 'image', label: 'a)', caption: '正门'}]}])
    expect(find<Nodes>(result.tree, 'formula')).toMatchObject([{value: 'v = s / t', number: '2'}])
    expect(result.recognised.unplaced).toBe(0)
  })
})

describe('recognise: covers and bodies set by hand', () => {
  it('reads several issuers, one a line with 发布 after the last, and a document type set apart for its width', () => {
    const result = recognise(
      doc(
        p('CCS A 12'),
        p('中华人民共和国国家标准'),
        p('GB/T 99980—2025'),
        p('来访接待服务规范'),
        p('2025-04-25发布\u3000\u3000\u3000\u30002025-11-01实施'),
        p('', {runs: [{text: '甲管理局'}, {text: '', break: true}, {text: '乙委员会\u3000发布'}], sectionEnd: true})
      )
    )
    expect(result.tree.cover).toMatchObject({code: 'GB/T', ccs: 'A 12', issuer: '甲管理局', issuers: ['甲管理局', '乙委员会'], issued: '2025-04-25', effective: '2025-11-01'})
    expect(result.recognised.cover).not.toContain('document-type')
    const spaced = recognise(doc(p('团\u3000体\u3000标\u3000准'), p('T/ABC 8—2025'), p('冷库作业规范', {sectionEnd: true})))
    expect(spaced.tree.cover.documentType).toBe('团体标准')
    const other = recognise(doc(p('某某集团公司内部规范'), p('Q/ABC 8—2025'), p('冷库作业规范', {sectionEnd: true})))
    expect(other.recognised.cover).not.toContain('document-type')
  })
  it('reads a term typed on one bold line with a long English equivalent', () => {
    const result = body(p('1　术语和定义', {run: {bold: true}}), p('下列术语和定义适用于本标准。'), p('1.1　账物相符　consistency of records and stock', {run: {bold: true}}), p('账面数量与实物数量一致的状态'))
    expect(find<Term>(result.tree, 'term')).toMatchObject([{number: '1.1', term: '账物相符', english: 'consistency of records and stock'}])
  })
  it('drops the index’s entries, and keeps what follows them with a message', () => {
    const stray = p('本标准由行政部负责解释。')
    const result = body(styled('标准文件_章标题', '1\u3000范围'), p('正文。'), styled('标准文件_索引标题', '索引'), p('汉语拼音索引'), p('来访者\t1.1'), stray)
    expect(result.tree.children.map((child) => child.type)).toEqual(['foreword', 'clause', 'termIndex'])
    expect(toMarkdown(result.tree)).toContain('本标准由行政部负责解释。')
    expect(toMarkdown(result.tree)).not.toContain('来访者')
    expect(result.messages).toMatchObject([{rule: 'import-unplaced', place: stray.place}])
  })
  it('reads a table inside a cell as lines of the cell, and says an empty table was left out', () => {
    const inner = table([['甲', '乙']], false)
    const outer: WordTable = {kind: 'table', place: {paragraph: ++counter, words: ''}, rows: [{header: true, cells: [{colSpan: 1, rowSpan: 1, blocks: [p('项目')]}]}, {header: false, cells: [{colSpan: 1, rowSpan: 1, blocks: [inner]}]}]}
    const empty: WordTable = {kind: 'table', place: {paragraph: ++counter, words: ''}, rows: []}
    const result = body(styled('标准文件_章标题', '1\u3000要求'), outer, empty, p('正文。'))
    const [node] = find<Table>(result.tree, 'table')
    expect(node?.children[1]).toMatchObject({children: [{children: [{value: '甲'}, {type: 'break'}, {value: '乙'}]}]})
    expect(find<Table>(result.tree, 'table')).toHaveLength(1)
    expect(result.messages).toMatchObject([{rule: 'import-unplaced', place: empty.place}])
  })
})

describe('recognise: spaces and breaks', () => {
  it('reads tabs and runs of full-width spaces set for alignment as one, and a manual break as the end of a paragraph', () => {
    const result = body(
      styled('标准文件_章标题', '2\u3000规范性引用文件'),
      p('下列文件对于本文件的应用是必不可少的。'),
      p('GB/T 1.1—2020\t标准化工作导则'),
      p('Q/ZX 75.1760\u3000\u3000\u3000国内工程开通工作规程'),
      p('', {runs: [{text: '第一行。'}, {text: '', break: true}, {text: '第二行。'}]})
    )
    expect(find<Nodes>(result.tree, 'normativeReference')).toMatchObject([{designation: 'GB/T 1.1', year: 2020, title: '标准化工作导则'}, {designation: 'Q/ZX 75.1760', title: '国内工程开通工作规程'}])
    const texts = find<Nodes>(result.tree, 'paragraph').map((node) => JSON.stringify(node))
    expect(texts.filter((text) => text.includes('第一行') || text.includes('第二行'))).toHaveLength(2)
  })
})

describe('recognise: labels the drafting tool numbers', () => {
  it('reads a note, a table caption and a list item whose label is automatic numbering, and a marker set apart by tabs', () => {
    const result = body(
      styled('标准文件_章标题', '1\u3000要求'),
      p('接待时应礼貌。', {style: {id: 'n', name: '标准文件_注：'}, numbering: {text: '注：', level: 0, format: 'none'}}),
      p('接待时限', {style: {id: 't', name: '标准文件_正文表标题'}, numbering: {text: '表1', level: 0, format: 'decimal'}}),
      table([['类别', '时限'], ['来访', '5 min']]),
      p('a)\t\t登记访客；'),
      p('核对证件。', {numbering: {text: 'b)', level: 0, format: 'lowerLetter'}})
    )
    expect(find<Nodes>(result.tree, 'note')).toMatchObject([{children: [{type: 'text', value: '接待时应礼貌。'}]}])
    expect(find<Table>(result.tree, 'table')).toMatchObject([{number: '1', caption: '接待时限'}])
    expect(find<List>(result.tree, 'list')).toMatchObject([{marker: 'letter', children: [{label: 'a)', children: [{children: [{value: '登记访客；'}]}]}, {label: 'b)', children: [{children: [{value: '核对证件。'}]}]}]}])
  })
})

describe('recognise: the drafting tool’s term style', () => {
  it('reads a term whose number and term share the 术语条 paragraph', () => {
    const result = body(styled('标准文件_章标题', '1\u3000术语和定义'), p('下列术语和定义适用于本标准。'), p('来访者\u3000visitor', {style: {id: 'T1', name: '标准文件_术语条一'}, numbering: {text: '1.1', level: 1, format: 'decimal'}}), p('进入公司办公区域的外部人员'))
    expect(find<Term>(result.tree, 'term')).toMatchObject([{number: '1.1', term: '来访者', english: 'visitor', children: [{type: 'paragraph'}]}])
  })
})

describe('recognise: every field of a cover', () => {
  it('reads several replaced numbers, ICS numbers, a filing number, an adopted document, a draft’s stage and a classification', () => {
    const result = recognise(
      doc(
        p('ICS 03.120；35.240'),
        p('A 12'),
        p('备案号：12345—2025'),
        p('YD'),
        p('中华人民共和国通信行业标准'),
        p('YD/T 9999—2025'),
        p('代替YD/T 9999—2015，YD/T 9998—2016'),
        p('来访接待服务规范'),
        p('Reception service specification'),
        p('（ISO 9999:2020，MOD）'),
        p('（征求意见稿）'),
        p('2025年4月25日发布\t2025年11月1日实施'),
        p('中华人民共和国工业和信息化部\u3000发布', {sectionEnd: true})
      )
    )
    expect(result.tree.cover).toMatchObject({
      code: 'YD/T',
      number: 'YD/T 9999—2025',
      replaces: 'YD/T 9999—2015',
      replacedNumbers: ['YD/T 9999—2015', 'YD/T 9998—2016'],
      ics: ['03.120', '35.240'],
      classification: 'A 12',
      filing: '12345—2025',
      adoption: {document: 'ISO 9999:2020', degree: 'MOD'},
      stage: 'comments',
      status: 'draft',
      titleEnglish: 'Reception service specification',
      issued: '2025-04-25',
      effective: '2025-11-01',
      issuer: '中华人民共和国工业和信息化部'
    })
    expect(result.standard).toBe('yd-t-9999')
    expect(result.messages).toEqual([])
  })
})

describe('recognise: a cover laid out in a table, a document with no cover page', () => {
  it('reads the cover’s lines from a table’s cells', () => {
    const layout = table([['ICS 03.120', 'Q/ZX'], [{text: 'Q/ZX 75.2001–2010', colSpan: 2}]], false)
    const result = recognise(doc(layout, p('来访接待工作规范'), p('2010-03-01发布\t2010-03-15实施'), p('样例通讯股份有限公司\u3000发布', {sectionEnd: true}), styled('标准文件_章标题', '1\u3000范围'), p('正文。')))
    expect(result.tree.cover).toMatchObject({number: 'Q/ZX 75.2001–2010', ics: ['03.120'], title: '来访接待工作规范', issuer: '样例通讯股份有限公司'})
    expect(result.messages).toEqual([])
  })
  it('ends the cover at the first chapter when nothing else ends it', () => {
    const result = recognise(doc(p('Q/ZX 75.2001–2010'), p('来访接待工作规范'), p('1　范围', {run: {bold: true}}), p('本标准规定了来访接待的要求。')))
    expect(clauses(result.tree)).toEqual(['1|范围'])
    expect(result.tree.cover.title).toBe('来访接待工作规范')
  })
})

describe('recognise: the drafting tool’s untitled clauses', () => {
  it('reads a clause set in the 无标题条 style, its number from automatic numbering, with its text', () => {
    const result = body(
      styled('标准文件_章标题', '1\u3000要求'),
      p('接待人员应着工装。', {style: {id: 'U1', name: '标准文件_一级无标题条'}, numbering: {text: '1.1', level: 1, format: 'decimal'}}),
      p('接待人员应佩戴工牌。', {style: {id: 'U1', name: '标准文件_一级无标题条'}, numbering: {text: '1.2', level: 1, format: 'decimal'}})
    )
    expect(clauses(result.tree)).toEqual(['1|要求', '1.1|', '1.2|'])
    expect(find<Clause>(result.tree, 'clause')[1]?.children).toMatchObject([{type: 'paragraph', children: [{type: 'text', value: '接待人员应着工装。'}]}])
  })
})

describe('recognise: sentences that only look like labels', () => {
  it('leaves a sentence starting 附录A, 表1 or 图1 with no table or image, and a bold sentence, as paragraphs', () => {
    const result = body(
      styled('标准文件_章标题', '1\u3000要求'),
      p('附录A给出了登记表的示例。'),
      p('表1　接待时限见公司公告'),
      p('图1　流程见公司网站'),
      p('接待人员应当面核对访客证件，并在系统中完成登记。', {run: {bold: true}})
    )
    expect(find<Appendix>(result.tree, 'appendix')).toEqual([])
    expect(find<Table>(result.tree, 'table')).toEqual([])
    expect(find<Figure>(result.tree, 'figure')).toEqual([])
    expect(find<Clause>(result.tree, 'clause')[0]?.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
    expect(result.messages).toEqual([])
  })
})

describe('recognise: tracked changes', () => {
  it('says a document with tracked changes was read as if they were accepted', () => {
    const result = recognise({...doc(...cover(), styled('标准文件_章标题', '1\u3000范围'), p('正文。')), tracked: true})
    expect(result.messages).toMatchObject([{rule: 'import-tracked', severity: 'info'}])
    expect(recognise(doc(...cover(), styled('标准文件_章标题', '1\u3000范围'), p('正文。'))).messages).toEqual([])
  })
})
