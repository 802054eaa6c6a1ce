/**
 * 技术内容的读取：图、公式、式中和说明、代码、合并单元格、表注和表脚注、
 * 脚注、参考文献、索引、完整的术语条目、符号和缩略语、上下标和强调。
 * 每项规定读出的树的形状、节点在源文件中的位置，以及诊断的规则编号和位置。
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseStandard} from '@stdkit/parse'
import {eachNode, toText, type Nodes, type Standard} from '@stdkit/tree'
import {useLanguage} from '@stdkit/messages'

useLanguage('en')

const front = '---\nnumber: Q/ZX 99.1—2026\ntitle: 示例\n---\n\n# 示例\n\n'

function parse(body: string): {tree: Standard; file: VFile; source: string} {
  const source = `${front}${body}`
  const file = new VFile({path: 'input.md', value: source})
  return {tree: parseStandard(file), file, source}
}

/** 去掉位置后的节点，便于比较形状。 */
function shape(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

/** 第一个给定类型的节点。 */
function first<T extends Nodes['type']>(tree: Standard, type: T): Extract<Nodes, {type: T}> {
  let found: Nodes | undefined
  eachNode(tree, (node) => {
    if (!found && node.type === type) found = node
  })
  if (!found) throw new Error(`no ${type}`)
  return found as Extract<Nodes, {type: T}>
}

/** 节点在源文件中所覆盖的文字。 */
function sourceOf(source: string, node: Nodes): string {
  return source.slice(node.position?.start.offset, node.position?.end.offset)
}

const diagnostics = (file: VFile) => file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.column])

describe('图', () => {
  const body = '## 4 要求\n\n![组成](figures/a.svg)\n\n说明：\n\n1——总接地排；\n\n2——引入线。\n\n注：以实测为准。\n\n^a^　仅用于直流。\n\n图1　接地系统的组成\n\n见图1和图2。\n'
  it('由图片段、说明、注、脚注和图题组成一个编号的图，编号、图题和标识取自图题', () => {
    const {tree, file, source} = parse(body)
    const figure = first(tree, 'figure')
    expect(shape(figure)).toEqual({
      type: 'figure',
      number: '1',
      caption: '接地系统的组成',
      id: 'figure-1',
      children: [
        {type: 'image', url: 'figures/a.svg', alt: '组成'},
        {
          type: 'definitionList',
          kind: 'key',
          children: [
            {type: 'definitionItem', children: [{type: 'definitionTerm', children: [{type: 'text', value: '1'}]}, {type: 'definitionDescription', children: [{type: 'text', value: '总接地排；'}]}]},
            {type: 'definitionItem', children: [{type: 'definitionTerm', children: [{type: 'text', value: '2'}]}, {type: 'definitionDescription', children: [{type: 'text', value: '引入线。'}]}]}
          ]
        },
        {type: 'note', children: [{type: 'text', value: '以实测为准。'}]},
        {type: 'tableFootnote', label: 'a', children: [{type: 'text', value: '仅用于直流。'}]}
      ]
    })
    expect(sourceOf(source, figure)).toMatch(/^!\[组成\][^]*图1　接地系统的组成$/u)
    expect(diagnostics(file)).toEqual([])
  })
  it('“图1”“图2”是引用图的交叉引用，图1解析到其标识，不存在的图2不解析', () => {
    const {tree} = parse(body)
    const references: Array<unknown> = []
    eachNode(tree, (node) => {
      if (node.type === 'crossReference') references.push([node.kind, node.target, node.targetId])
    })
    expect(references).toEqual([
      ['figure', '1', 'figure-1'],
      ['figure', '2', undefined]
    ])
  })
  it('分图：图片下一行写分图序号和分图题', () => {
    const {tree} = parse('## 4 要求\n\n![正视](f/front.png)\na)　正视图\n\n![侧视](f/side.jpg)\nb)　侧视图\n\n图A.2　机柜\n')
    const figure = first(tree, 'figure')
    expect(figure.number).toBe('A.2')
    expect(shape(figure.children)).toEqual([
      {type: 'image', url: 'f/front.png', alt: '正视', label: 'a)', caption: '正视图'},
      {type: 'image', url: 'f/side.jpg', alt: '侧视', label: 'b)', caption: '侧视图'}
    ])
  })
  it('没有图题的图片为不编号的图，警告 figure-caption；越出文件夹或扩展名不对的路径报错 image-path，位置在图片', () => {
    const {tree, file} = parse('## 4 要求\n\n![甲](../a.svg)\n\n![乙](https://x.org/b.gif)\n\n正文。\n')
    const figure = first(tree, 'figure')
    expect(figure.number).toBeUndefined()
    expect(figure.id).toBeUndefined()
    expect(figure.children).toHaveLength(2)
    expect(diagnostics(file)).toEqual([
      ['image-path', true, 10, 1],
      ['image-path', true, 12, 1],
      ['figure-caption', false, 10, 1]
    ])
  })
})

describe('公式', () => {
  it('$$ 的信息串为编号，其后的“式中：”为 where 定义列表；“见公式（1）”“式（1）”引用公式', () => {
    const {tree, file, source} = parse('## 4 要求\n\n电阻按公式（1）计算，见式（1）。\n\n$$ （1）\nR = \\frac{U}{I}\n$$\n\n式中：\n\n$R$——电阻；\n\n$U$——电压。\n')
    const formula = first(tree, 'formula')
    expect(shape(formula)).toEqual({type: 'formula', value: 'R = \\frac{U}{I}', number: '1', id: 'formula-1'})
    expect(sourceOf(source, formula)).toBe('$$ （1）\nR = \\frac{U}{I}\n$$')
    const where = first(tree, 'definitionList')
    expect(where.kind).toBe('where')
    expect(shape(where.children[0])).toEqual({
      type: 'definitionItem',
      children: [{type: 'definitionTerm', children: [{type: 'inlineMath', value: 'R'}]}, {type: 'definitionDescription', children: [{type: 'text', value: '电阻；'}]}]
    })
    const references: Array<unknown> = []
    eachNode(tree, (node) => {
      if (node.type === 'crossReference') references.push([node.kind, node.target, node.targetId, toText(node)])
    })
    expect(references).toEqual([
      ['formula', '1', 'formula-1', '公式（1）'],
      ['formula', '1', 'formula-1', '式（1）']
    ])
    expect(diagnostics(file)).toEqual([])
  })
  it('一行的 $$…$$ 段为不编号的公式；行内 $…$ 为 inlineMath，\\$ 为美元符号', () => {
    const {tree} = parse('## 4 要求\n\n$$E = mc^2$$\n\n价格为\\$5，$x_1$为变量。\n')
    const formula = first(tree, 'formula')
    expect(shape(formula)).toEqual({type: 'formula', value: 'E = mc^2'})
    const paragraph = first(tree, 'paragraph')
    expect(shape(paragraph.children)).toEqual([{type: 'text', value: '价格为$5，'}, {type: 'inlineMath', value: 'x_1'}, {type: 'text', value: '为变量。'}])
  })
  it('编号写错时报错 formula-number，公式不编号', () => {
    const {tree, file} = parse('## 4 要求\n\n$$ 第一式\nx\n$$\n')
    expect(first(tree, 'formula').number).toBeUndefined()
    expect(diagnostics(file)).toEqual([['formula-number', true, 10, 1]])
  })
})

describe('代码', () => {
  it('围栏代码保留语言和原样的值；缩进代码也读作代码；不再有 code-block 警告', () => {
    const value = '{\n\t"a": 1,  \n\n  "b": "```"\n}'
    const {tree, file} = parse(`## 4 要求\n\n\`\`\`\`json\n${value}\n\`\`\`\`\n\n    缩进的代码\n`)
    const codes: Array<unknown> = []
    eachNode(tree, (node) => {
      if (node.type === 'code') codes.push(shape(node))
    })
    expect(codes).toEqual([
      {type: 'code', lang: 'json', value},
      {type: 'code', value: '缩进的代码'}
    ])
    expect(diagnostics(file)).toEqual([])
  })
})

describe('表', () => {
  const body =
    '## 4 要求\n\n表1　限值\n\n| 类别 | 电阻 | < |\n| --- | --- | --- |\n| ^ | 新建 | 改建 |\n| 交换<br/>设备 | ≤1^a^ | \\< |\n\n注1：第一条。\n\n注2：第二条。\n\n^a^　脚注。\n\n正文。\n'
  it('< 并入左边的单元格，^ 并入上面的单元格，被并入的单元格不出现；<br> 为换行；\\< 为字符', () => {
    const {tree, file} = parse(body)
    const table = first(tree, 'table')
    const rows = table.children.filter((child) => child.type === 'tableRow')
    expect(rows.map((row) => row.children.map((cell) => [toText(cell), cell.colSpan, cell.rowSpan]))).toEqual([
      [
        ['类别', undefined, 2],
        ['电阻', 2, undefined]
      ],
      [
        ['新建', undefined, undefined],
        ['改建', undefined, undefined]
      ],
      [
        ['交换\n设备', undefined, undefined],
        ['≤1a', undefined, undefined],
        ['<', undefined, undefined]
      ]
    ])
    expect(shape(rows[2]?.children[0]?.children)).toEqual([{type: 'text', value: '交换'}, {type: 'break'}, {type: 'text', value: '设备'}])
    expect(table.headerRows).toBe(1)
    expect(diagnostics(file)).toEqual([])
  })
  it('紧随表的注和脚注属于这个表，别的段结束它们', () => {
    const {tree, source} = parse(body)
    const table = first(tree, 'table')
    expect(shape(table.children.filter((child) => child.type !== 'tableRow'))).toEqual([
      {type: 'note', number: 1, children: [{type: 'text', value: '第一条。'}]},
      {type: 'note', number: 2, children: [{type: 'text', value: '第二条。'}]},
      {type: 'tableFootnote', label: 'a', children: [{type: 'text', value: '脚注。'}]}
    ])
    expect(sourceOf(source, table)).toMatch(/^表1　限值[^]*\^a\^　脚注。$/u)
    const clause = first(tree, 'clause')
    expect(clause.children.map((child) => child.type)).toEqual(['table', 'paragraph'])
  })
  it('表头行全空时没有表头行（headerRows 为 0），空行不保留', () => {
    const {tree} = parse('## 4 要求\n\n|  |  |\n| --- | --- |\n| a | b |\n')
    const table = first(tree, 'table')
    expect(table.headerRows).toBe(0)
    expect(table.children).toHaveLength(1)
  })
  it('全为合并单元格的行、左边或上面没有单元格的 < 和 ^ 报错 table-span，位置在行或单元格', () => {
    const {file} = parse('## 4 要求\n\n| < | b |\n| --- | --- |\n| ^ | ^ |\n')
    expect(diagnostics(file)).toEqual([
      ['table-span', true, 10, 1],
      ['table-span', true, 12, 1]
    ])
  })
})

describe('脚注', () => {
  it('[^标签] 在调用处为 footnote，按首次调用的顺序编号，内容为定义的文字', () => {
    const {tree, file, source} = parse('## 4 要求\n\n甲[^b]，乙[^a]，再甲[^b]。\n\n[^a]: 乙的脚注。\n[^b]: 甲的脚注。\n')
    const notes: Array<unknown> = []
    eachNode(tree, (node) => {
      if (node.type === 'footnote') notes.push([node.number, toText(node), sourceOf(source, node)])
    })
    expect(notes).toEqual([
      [1, '甲的脚注。', '[^b]'],
      [2, '乙的脚注。', '[^a]'],
      [1, '甲的脚注。', '[^b]']
    ])
    expect(diagnostics(file)).toEqual([])
  })
  it('没有定义的调用报错 footnote（在调用处），没有调用的定义警告 footnote', () => {
    const {file} = parse('## 4 要求\n\n正文[^x]。\n\n[^y]: 无人调用。\n')
    expect(diagnostics(file)).toEqual([
      ['footnote', false, 12, 1],
      ['footnote', true, 10, 3]
    ])
  })
})

describe('术语条目', () => {
  it('许用术语、缩略语、条目注和来源', () => {
    const {tree, file} = parse(
      '## 3 术语和定义\n\n### 3.1 接地装置 earth-termination system\n\n许用术语：接地系统；地网\n\n缩略语：ETS\n\n导体的总和。\n\n注1到条目：包括接地线。\n\n[来源：GB/T 20000.1—2014，3.1，有修改]\n'
    )
    const term = first(tree, 'term')
    expect(term.admitted).toEqual(['接地系统', '地网'])
    expect(term.abbreviations).toEqual(['ETS'])
    expect(term.children.map((child) => child.type)).toEqual(['paragraph', 'note', 'termSource'])
    expect(shape(term.children[1])).toEqual({type: 'note', number: 1, toEntry: true, children: [{type: 'text', value: '包括接地线。'}]})
    const source = term.children[2]
    expect(source?.type === 'termSource' && source.modified).toBe(true)
    expect(source && shape('children' in source ? source.children : [])).toEqual([
      {type: 'standardReference', code: 'GB/T', designation: 'GB/T 20000.1', year: 2014, children: [{type: 'text', value: 'GB/T 20000.1—2014'}]},
      {type: 'text', value: '，3.1'}
    ])
    expect(diagnostics(file)).toEqual([])
  })
  it('转义的 \\[来源：…] 是普通的段', () => {
    const {tree} = parse('## 3 术语和定义\n\n### 3.1 接地装置\n\n定义。\n\n\\[来源：某处]\n')
    expect(first(tree, 'term').children.map((child) => child.type)).toEqual(['paragraph', 'paragraph'])
  })
})

describe('符号和缩略语、参考文献、索引', () => {
  it('缩略语章的每段“ETS　接地端子系统”为 symbols 定义列表的一项', () => {
    const {tree} = parse('## 4 缩略语\n\nETS　接地端子系统\n\nMET  总接地端子\n')
    const clause = first(tree, 'clause')
    expect(clause.role).toBe('abbreviations')
    const list = first(tree, 'definitionList')
    expect(list.kind).toBe('symbols')
    expect(list.children.map((item) => item.children.map((part) => toText(part)))).toEqual([
      ['ETS', '接地端子系统'],
      ['MET', '总接地端子']
    ])
  })
  it('## 参考文献 的 [N] 段为带标签的条目，其余段为不带标签的条目；## 索引 为空的 termIndex，有内容时报错 term-index', () => {
    const {tree, file} = parse('## 4 要求\n\n正文。\n\n## 参考文献 {#refs}\n\n[1]　GB/T 7714—2015　著录规则\n\n手册，2020。\n\n## 索引\n\n多余的内容。\n')
    const bibliography = first(tree, 'bibliography')
    expect(bibliography.id).toBe('refs')
    expect(bibliography.children.map((entry) => [entry.type, 'label' in entry ? entry.label : undefined, toText(entry)])).toEqual([
      ['bibliographyEntry', '[1]', '[1]　GB/T 7714—2015　著录规则'],
      ['bibliographyEntry', undefined, '手册，2020。']
    ])
    expect(shape(tree.children.at(-1))).toEqual({type: 'termIndex', id: 'index'})
    expect(diagnostics(file)).toEqual([['term-index', true, 20, 1]])
  })
})

describe('行内格式', () => {
  it('上标、下标、强调和加粗；范围 10~20 和 \\^ 为文字；强调不再警告', () => {
    const {tree, file} = parse('## 4 要求\n\nH~2~O，10 m^2^，10^-3^，10~20 ℃，a\\^b^，*R*和**粗**。\n')
    const paragraph = first(tree, 'paragraph')
    expect(shape(paragraph.children)).toEqual([
      {type: 'text', value: 'H'},
      {type: 'subscript', children: [{type: 'text', value: '2'}]},
      {type: 'text', value: 'O，10 m'},
      {type: 'superscript', children: [{type: 'text', value: '2'}]},
      {type: 'text', value: '，10'},
      {type: 'superscript', children: [{type: 'text', value: '-3'}]},
      {type: 'text', value: '，10~20 ℃，a^b^，'},
      {type: 'emphasis', children: [{type: 'text', value: 'R'}]},
      {type: 'text', value: '和'},
      {type: 'strong', children: [{type: 'text', value: '粗'}]},
      {type: 'text', value: '。'}
    ])
    expect(diagnostics(file)).toEqual([])
  })
})
