/**
 * Cases of the rules on technical content: figures, tables and formulas,
 * notes and examples, footnotes, the back matter and term sources. Where the
 * source's syntax for an element is not read yet, the text gets a marker
 * paragraph (`【图】`) and the case's `tree` puts the element in its place,
 * at the marker's position, as the parser would make it.
 */
import type {Position} from 'unist'
import {toText, type Nodes, type PhrasingContent, type Standard, type Table, type Text} from '@stdkit/tree'
import type {Allowed, Case} from './cases.js'
import {insertBefore, replaceOnce} from './helpers.js'

const text = (value: string): Text => ({type: 'text', value})

/** Every parent of the tree with its children, in document order. */
function parents(node: Nodes, visit: (parent: Nodes & {children: Array<Nodes>}) => void): void {
  if (!('children' in node)) return
  visit(node as Nodes & {children: Array<Nodes>})
  for (const child of node.children as Array<Nodes>) parents(child, visit)
}

/** Replaces the paragraph that reads `marker` by the nodes `make` gives, placed at the paragraph's position. */
function put(tree: Standard, marker: string, make: (position: Position | undefined) => Array<Nodes>): void {
  let done = false
  parents(tree, (parent) => {
    const index = parent.children.findIndex((child) => child.type === 'paragraph' && toText(child) === marker)
    const found = parent.children[index]
    if (done || index === -1 || !found) return
    parent.children.splice(index, 1, ...make(found.position).map((node) => ({...node, position: found.position})))
    done = true
  })
  if (!done) throw new Error(`no paragraph ${marker}`)
}

/** Takes the paragraph that reads `marker` out of the tree, and gives its position. */
function take(tree: Standard, marker: string): Position | undefined {
  let position: Position | undefined
  put(tree, marker, (at) => {
    position = at
    return []
  })
  return position
}

/** The first table of the tree. */
function firstTable(tree: Standard): Table {
  let table: Table | undefined
  parents(tree, (parent) => {
    table ??= parent.children.find((child): child is Table => child.type === 'table')
  })
  if (!table) throw new Error('no table')
  return table
}

const figure = (number: string | undefined, caption: string): Nodes => ({
  type: 'figure',
  ...(number === undefined ? {} : {number, id: `figure-${number}`}),
  caption,
  children: [{type: 'image', url: 'figures/room.svg', alt: caption}]
})

const formula = (number: string | undefined, value: string): Nodes => ({type: 'formula', value, ...(number === undefined ? {} : {number, id: `formula-${number}`})})

const figureReference = (target: string, resolved = true): PhrasingContent => ({
  type: 'crossReference',
  kind: 'figure',
  target,
  ...(resolved ? {targetId: `figure-${target}`} : {}),
  children: [text(`图${target}`)]
})

/** A marker paragraph added to clause 4.2 of `minimal` (its last), after its table's note. */
const afterNote = (marker: string) => (source: string) => insertBefore(source, '## 附录A', `${marker}\n\n`)
/** A marker paragraph added to appendix A of `minimal`, at its end. */
const inAppendix = (marker: string) => (source: string) => `${source.trimEnd()}\n\n${marker}\n`
/** A marker paragraph added to term 3.1 of `national-2020`. */
const inTerm = (marker: string) => (source: string) => insertBefore(source, '### 3.2 报文 message', `${marker}\n\n`)

export const technicalCases: ReadonlyArray<Case> = [
  {
    rule: 'table-numbering',
    broken: 'the first table of the body numbered 2',
    source: 'minimal',
    mutate: (source) => replaceOnce(replaceOnce(source, '表1　巡检项目', '表2　巡检项目'), '应符合表1的规定', '应符合表2的规定'),
    expect: [{at: '表2　巡检项目', severity: 'error', says: 'Unexpected table number 表2, expected 表1'}]
  },
  {
    rule: 'table-numbering',
    broken: "an appendix's table numbered as one of the body's",
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '表A.1　巡检记录表', '表2　巡检记录表'),
    expect: [{at: '表2　巡检记录表', severity: 'error', says: 'Unexpected table number 表2, expected 表A.1 (tables of appendix A are 表A.1'}]
  },
  {
    rule: 'table-cited',
    broken: 'the only reference to table 1 reworded',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '巡检项目应符合表1的规定，', '巡检项目应符合下列规定，'),
    expect: [{at: '表1　巡检项目', severity: 'warning', says: 'Uncited table 表1'}]
  },
  {
    rule: 'figure-numbering',
    broken: 'the first figure of the body numbered 2',
    source: 'minimal',
    mutate: afterNote('【图】'),
    tree: (tree) => put(tree, '【图】', () => [figure('2', '机房布置')]),
    expect: [{at: '【图】', severity: 'error', says: 'Unexpected figure number 图2, expected 图1'}]
  },
  {
    rule: 'figure-numbering',
    broken: 'a figure of an appendix numbered 1',
    source: 'minimal',
    mutate: inAppendix('【图】'),
    tree: (tree) => put(tree, '【图】', () => [figure('1', '记录表样式')]),
    expect: [{at: '【图】', severity: 'error', says: 'Unexpected figure number 图1, expected 图A.1 (figures of appendix A are 图A.1'}]
  },
  {
    rule: 'figure-numbering',
    broken: 'a figure of the body numbered A.1',
    source: 'minimal',
    mutate: afterNote('【图】'),
    tree: (tree) => put(tree, '【图】', () => [figure('A.1', '机房布置')]),
    expect: [{at: '【图】', severity: 'error', says: 'Unexpected figure number 图A.1, expected 图1 (figures of the body are 图1'}]
  },
  {
    rule: 'formula-numbering',
    broken: 'formulas of the body numbered (1) and (3)',
    source: 'minimal',
    mutate: (source) => afterNote('【公式2】')(afterNote('【公式1】')(source)),
    tree: (tree) => {
      put(tree, '【公式1】', () => [formula('1', 'T = 30 d')])
      put(tree, '【公式2】', () => [formula('3', 'N = \\frac{T}{7}')])
    },
    expect: [{at: '【公式2】', severity: 'error', says: 'Unexpected formula number (3), expected (2)'}]
  },
  {
    rule: 'figure-cited',
    broken: 'a figure nothing refers to',
    source: 'minimal',
    mutate: afterNote('【图】'),
    tree: (tree) => put(tree, '【图】', () => [figure('1', '机房布置')]),
    expect: [{at: '【图】', severity: 'warning', says: 'Uncited figure 图1'}]
  },
  {
    rule: 'cross-reference',
    broken: 'a reference to a figure the edition does not have',
    source: 'minimal',
    mutate: afterNote('【见图3】'),
    tree: (tree) => put(tree, '【见图3】', (position) => [{type: 'paragraph', children: [text('机房布置见'), {...figureReference('3', false), position}, text('。')]}]),
    expect: [{at: '【见图3】', severity: 'error', says: 'Unresolved reference `图3`: this edition has no figure 3'}]
  },
  {
    rule: 'note-numbering',
    broken: 'a single note numbered 注1',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '注：巡检中发现的问题同时记入设备档案。', '注1：巡检中发现的问题同时记入设备档案。'),
    expect: [{at: '注1：巡检中发现的问题', severity: 'error', says: 'Unexpected note label `注1：`, expected `注：`'}]
  },
  {
    rule: 'note-numbering',
    broken: 'two consecutive notes left unnumbered',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '注：巡检中发现的问题同时记入设备档案。', '注：巡检中发现的问题同时记入设备档案。\n\n注：巡检记录保存一年。'),
    expect: [
      {at: '注：巡检中发现的问题', severity: 'error', says: 'Unexpected note label `注：`, expected `注1：`'},
      {at: '注：巡检记录保存一年。', severity: 'error', says: 'Unexpected note label `注：`, expected `注2：`'}
    ]
  },
  {
    rule: 'note-numbering',
    broken: 'a note to entry of GB/T 1.1—2020 left unnumbered',
    source: 'national-2020',
    mutate: inTerm('【条目注】'),
    tree: (tree) => put(tree, '【条目注】', () => [{type: 'note', toEntry: true, children: [text('运行数据包括告警数据。')]}]),
    expect: [{at: '【条目注】', severity: 'error', says: 'Unexpected note label `注到条目：`, expected `注1到条目：`'}]
  },
  {
    rule: 'example-numbering',
    broken: 'a single example numbered 示例1',
    source: 'national-2020',
    mutate: (source) => replaceOnce(source, '示例：某机房的报文体', '示例1：某机房的报文体'),
    expect: [{at: '示例1：某机房的报文体', severity: 'error', says: 'Unexpected example label `示例1：`, expected `示例：`'}]
  },
  {
    rule: 'note-requirement',
    broken: 'a requirement (应) in a note to a table',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '注：巡检中发现的问题同时记入设备档案。', '注：巡检中发现的问题应同时记入设备档案。'),
    tree: (tree) => {
      // The note after the table is the table's own.
      const table = firstTable(tree)
      parents(tree, (parent) => {
        const index = parent.children.indexOf(table)
        const next = parent.children[index + 1]
        if (index !== -1 && next?.type === 'note') table.children.push(...(parent.children.splice(index + 1, 1) as Array<typeof next>))
      })
    },
    expect: [{at: '注：巡检中发现的问题应', severity: 'warning', says: 'Unexpected requirement `应` in a note to a table'}]
  },
  {
    rule: 'note-requirement',
    broken: 'a requirement (不应) in a note to a figure',
    source: 'minimal',
    mutate: afterNote('【图】'),
    tree: (tree) =>
      put(tree, '【图】', (position) => [
        {type: 'figure', number: '1', id: 'figure-1', caption: '机房布置', children: [{type: 'image', url: 'figures/room.svg', alt: '机房布置'}, {type: 'note', position, children: [text('机柜之间不应堆放杂物。')]}]}
      ]),
    expect: [{at: '【图】', severity: 'warning', says: 'Unexpected requirement `不应` in a note to a figure'}]
  },
  {
    rule: 'note-requirement',
    broken: 'a requirement (必须) in a note to entry',
    source: 'national-2020',
    mutate: inTerm('【条目注】'),
    tree: (tree) => put(tree, '【条目注】', () => [{type: 'note', number: 1, toEntry: true, children: [text('运行数据必须实时上报。')]}]),
    expect: [{at: '【条目注】', severity: 'warning', says: 'Unexpected requirement `必须` in a note to entry'}]
  },
  {
    rule: 'table-footnote',
    broken: 'a call of footnote a with only a footnote b after the table',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '注：巡检中发现的问题同时记入设备档案。', '【脚注】'),
    tree: (tree) => {
      const table = firstTable(tree)
      const row = table.children[1]
      const cell = row?.type === 'tableRow' ? row.children[1] : undefined
      cell?.children.push({type: 'superscript', position: cell.position, children: [text('a')]})
      const position = take(tree, '【脚注】')
      table.children.push({type: 'tableFootnote', label: 'b', position, children: [text('按设备说明书的规定。')]})
    },
    expect: [
      {at: '| 温度、湿度在设备允许的范围内 |', severity: 'error', says: 'Unexpected footnote call `a` in 表1 without a footnote'},
      {at: '【脚注】', severity: 'error', says: 'Unexpected footnote label b of 表1, expected a'},
      {at: '【脚注】', severity: 'error', says: 'Uncalled footnote b of 表1'}
    ]
  },
  {
    rule: 'formula',
    broken: 'a display formula and an inline formula that do not compile',
    source: 'minimal',
    mutate: (source) => afterNote('【内联】')(afterNote('【公式】')(source)),
    tree: (tree) => {
      put(tree, '【公式】', () => [formula(undefined, 'N = \\frac{T}{7')])
      put(tree, '【内联】', (position) => [{type: 'paragraph', children: [text('周期'), {type: 'inlineMath', value: '\\foo T', position}, text('按月计。')]}])
    },
    expect: [
      {at: '【公式】', severity: 'error', says: 'Unexpected formula `N = \\frac{T}{7` that cannot be typeset: Missing close brace'},
      {at: '【内联】', severity: 'error', says: 'Unexpected formula `\\foo T` that cannot be typeset: Undefined control sequence \\foo'}
    ]
  },
  {
    rule: 'back-matter-order',
    broken: 'the bibliography before an appendix',
    source: 'minimal',
    mutate: (source) => insertBefore(source, '## 附录A', '【参考文献】\n\n'),
    tree: (tree) => {
      const position = take(tree, '【参考文献】')
      const index = tree.children.findIndex((node) => node.type === 'appendix')
      tree.children.splice(index, 0, {type: 'bibliography', id: 'bibliography', position, children: []})
    },
    expect: [{at: '【参考文献】', severity: 'error', says: 'Unexpected bibliography before 附录A'}]
  },
  {
    rule: 'back-matter-order',
    broken: 'the index before the bibliography',
    source: 'minimal',
    mutate: (source) => inAppendix('【参考文献】')(inAppendix('【索引】')(source)),
    tree: (tree) => {
      const index = take(tree, '【索引】')
      const bibliography = take(tree, '【参考文献】')
      tree.children.push({type: 'termIndex', id: 'index', position: index}, {type: 'bibliography', id: 'bibliography', position: bibliography, children: []})
    },
    expect: [{at: '【索引】', severity: 'error', says: 'Unexpected index before 参考文献'}]
  },
  {
    rule: 'term-source',
    broken: 'a term source that names no document',
    source: 'national-2020',
    mutate: inTerm('【来源】'),
    tree: (tree) => put(tree, '【来源】', () => [{type: 'termSource', children: [text('机房运维经验，有修改')]}]),
    expect: [{at: '【来源】', severity: 'warning', says: 'Unexpected source `机房运维经验，有修改` that names no document'}]
  },
  {
    rule: 'term-source',
    broken: 'a term source that names a standard and no clause',
    source: 'national-2020',
    mutate: inTerm('【来源】'),
    tree: (tree) =>
      put(tree, '【来源】', () => [{type: 'termSource', modified: true, children: [{type: 'standardReference', code: 'GB/T', designation: 'GB/T 5271.1', year: 2000, children: [text('GB/T 5271.1—2000')]}]}]),
    expect: [{at: '【来源】', severity: 'warning', says: 'Unexpected source `GB/T 5271.1—2000` that names no clause'}]
  }
]

export const technicalAllowed: ReadonlyArray<Allowed> = [
  {
    rules: ['note-numbering'],
    changed: 'two consecutive notes numbered 注1 and 注2',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '注：巡检中发现的问题同时记入设备档案。', '注1：巡检中发现的问题同时记入设备档案。\n\n注2：巡检记录保存一年。')
  },
  {
    rules: ['figure-numbering', 'figure-cited', 'formula-numbering', 'formula', 'cross-reference'],
    changed: 'figures 1 and A.1 and formulas (1) and (A.1), each cited, all compiling',
    source: 'minimal',
    mutate: (source) => inAppendix('【附录的图】')(afterNote('【公式】')(afterNote('【图】')(afterNote('【见图】')(source)))),
    tree: (tree) => {
      put(tree, '【见图】', () => [{type: 'paragraph', children: [text('机房布置见'), figureReference('1'), text('，记录表样式见'), figureReference('A.1'), text('。')]}])
      put(tree, '【图】', () => [figure('1', '机房布置')])
      put(tree, '【公式】', () => [formula('1', 'N = \\frac{T}{7}')])
      put(tree, '【附录的图】', () => [figure('A.1', '记录表样式'), formula('A.1', 'T_{\\max} = 30')])
    }
  },
  {
    rules: ['table-footnote'],
    changed: 'a call of footnote a in a table with its footnote a',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, '注：巡检中发现的问题同时记入设备档案。', '【脚注】'),
    tree: (tree) => {
      const table = firstTable(tree)
      const row = table.children[1]
      if (row?.type === 'tableRow') row.children[1]?.children.push({type: 'superscript', children: [text('a')]})
      table.children.push({type: 'tableFootnote', label: 'a', position: take(tree, '【脚注】'), children: [text('按设备说明书的规定。')]})
    }
  },
  {
    rules: ['term-source'],
    changed: 'term sources naming a standard and its clause, and a title and its clause',
    source: 'national-2020',
    mutate: (source) => insertBefore(inTerm('【来源】')(source), '## 4 报文结构', '【来源2】\n\n'),
    tree: (tree) => {
      put(tree, '【来源】', () => [{type: 'termSource', children: [{type: 'standardReference', code: 'GB/T', designation: 'GB/T 5271.1', year: 2000, children: [text('GB/T 5271.1—2000')]}, text('，01.01.02')]}])
      put(tree, '【来源2】', () => [{type: 'termSource', modified: true, children: [text('《机房运维手册》，5.2')]}])
    }
  },
  {
    rules: ['back-matter-order'],
    changed: 'the bibliography after the appendices and the index last',
    source: 'minimal',
    mutate: (source) => inAppendix('【索引】')(inAppendix('【参考文献】')(source)),
    tree: (tree) => {
      const bibliography = take(tree, '【参考文献】')
      const index = take(tree, '【索引】')
      tree.children.push({type: 'bibliography', id: 'bibliography', position: bibliography, children: []}, {type: 'termIndex', id: 'index', position: index})
    }
  }
]
