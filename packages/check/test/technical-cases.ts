/**
 * Cases of the rules on technical content: figures, tables and formulas,
 * notes and examples, footnotes, the back matter and term sources, each a
 * small edit of a valid source in the syntax the parser reads.
 */
import type {Allowed, Case} from './cases.js'
import {insertBefore, replaceOnce} from './helpers.js'

/** Text added at the end of clause 4.2 of `minimal` (its last), after its table and the table's note. */
const inClause = (added: string) => (source: string) => insertBefore(source, '## 附录A', `${added}\n\n`)
/** Text added at the end of appendix A of `minimal`. */
const inAppendix = (added: string) => (source: string) => `${source.trimEnd()}\n\n${added}\n`
/** Text added at the end of term entry 3.1 of `national-2020`. */
const inTerm = (added: string) => (source: string) => insertBefore(source, '### 3.2 报文 message', `${added}\n\n`)

/** A figure of one image: `![alt](path)`, then its caption. */
const figure = (number: string, title: string, between = '') => `![${title}](figures/room.svg)\n\n${between}图${number}\u3000${title}`

/** The note to table 1 of `minimal`. */
const tableNote = '注：巡检中发现的问题同时记入设备档案。'

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
    mutate: inClause(`机房布置见图2。\n\n${figure('2', '机房布置')}`),
    expect: [{at: '![机房布置]', severity: 'error', says: 'Unexpected figure number 图2, expected 图1'}]
  },
  {
    rule: 'figure-numbering',
    broken: 'a figure of an appendix numbered 1',
    source: 'minimal',
    mutate: inAppendix(figure('1', '记录表样式')),
    expect: [{at: '![记录表样式]', severity: 'error', says: 'Unexpected figure number 图1, expected 图A.1 (figures of appendix A are 图A.1'}]
  },
  {
    rule: 'figure-numbering',
    broken: 'a figure of the body numbered A.1',
    source: 'minimal',
    mutate: inClause(figure('A.1', '机房布置')),
    expect: [{at: '![机房布置]', severity: 'error', says: 'Unexpected figure number 图A.1, expected 图1 (figures of the body are 图1'}]
  },
  {
    rule: 'formula-numbering',
    broken: 'formulas of the body numbered (1) and (3)',
    source: 'minimal',
    mutate: inClause('$$ （1）\nT = 30\n$$\n\n$$ （3）\nN = \\frac{T}{7}\n$$'),
    expect: [{at: '$$ （3）', severity: 'error', says: 'Unexpected formula number (3), expected (2)'}]
  },
  {
    rule: 'figure-cited',
    broken: 'a figure nothing refers to',
    source: 'minimal',
    mutate: inClause(figure('1', '机房布置')),
    expect: [{at: '![机房布置]', severity: 'warning', says: 'Uncited figure 图1'}]
  },
  {
    rule: 'cross-reference',
    broken: 'a reference to a figure the edition does not have',
    source: 'minimal',
    mutate: inClause('机房布置见图3。'),
    expect: [{at: '图3。', severity: 'error', says: 'Unresolved reference `图3`: this edition has no figure 3'}]
  },
  {
    rule: 'cross-reference',
    broken: 'a reference to a formula the edition does not have',
    source: 'minimal',
    mutate: inClause('巡检周数按公式（2）计算。\n\n$$ （1）\nN = \\frac{T}{7}\n$$'),
    expect: [{at: '公式（2）', severity: 'error', says: 'Unresolved reference `公式（2）`: this edition has no formula (2)'}]
  },
  {
    rule: 'note-numbering',
    broken: 'a single note numbered 注1',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, tableNote, '注1：巡检中发现的问题同时记入设备档案。'),
    expect: [{at: '注1：巡检中发现的问题', severity: 'error', says: 'Unexpected note label `注1：`, expected `注：`'}]
  },
  {
    rule: 'note-numbering',
    broken: 'two consecutive notes to a table left unnumbered',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, tableNote, `${tableNote}\n\n注：巡检记录保存一年。`),
    expect: [
      {at: '注：巡检中发现的问题', severity: 'error', says: 'Unexpected note label `注：`, expected `注1：`'},
      {at: '注：巡检记录保存一年。', severity: 'error', says: 'Unexpected note label `注：`, expected `注2：`'}
    ]
  },
  {
    rule: 'note-numbering',
    broken: 'a note to entry of GB/T 1.1—2020 left unnumbered',
    source: 'national-2020',
    mutate: inTerm('注到条目：运行数据包括告警数据。'),
    expect: [{at: '注到条目：', severity: 'error', says: 'Unexpected note label `注到条目：`, expected `注1到条目：`'}]
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
    broken: 'a requirement (不应) in a note to a figure',
    source: 'minimal',
    mutate: inClause(`机房布置见图1。\n\n${figure('1', '机房布置', '注：机柜之间不应堆放杂物。\n\n')}`),
    expect: [{at: '注：机柜之间', severity: 'warning', says: 'Unexpected requirement `不应` in a note to a figure'}]
  },
  {
    rule: 'note-requirement',
    broken: 'a requirement (必须) in a note to entry',
    source: 'national-2020',
    mutate: inTerm('注1到条目：运行数据必须实时上报。'),
    expect: [{at: '注1到条目：', severity: 'warning', says: 'Unexpected requirement `必须` in a note to entry'}]
  },
  {
    rule: 'table-footnote',
    broken: 'a call of footnote a with only a footnote b after the table',
    source: 'minimal',
    mutate: (source) => replaceOnce(replaceOnce(source, '| 无告警，指示灯正常 |', '| 无告警，指示灯正常^a^ |'), tableNote, '^b^　按设备说明书的规定。'),
    expect: [
      {at: '^a^', severity: 'error', says: 'Unexpected footnote call `a` in 表1 without a footnote'},
      {at: '^b^　', severity: 'error', says: 'Unexpected footnote label b of 表1, expected a'},
      {at: '^b^　', severity: 'error', says: 'Uncalled footnote b of 表1'}
    ]
  },
  {
    rule: 'formula',
    broken: 'a display formula and an inline formula that do not compile',
    source: 'minimal',
    mutate: inClause('$$\nN = \\frac{T}{7\n$$\n\n周期$\\foo T$按月计。'),
    expect: [
      {at: '$$\nN = ', severity: 'error', says: 'Unexpected formula `N = \\frac{T}{7` that cannot be typeset: Missing close brace'},
      {at: '$\\foo T$', severity: 'error', says: 'Unexpected formula `\\foo T` that cannot be typeset: Undefined control sequence \\foo'}
    ]
  },
  {
    rule: 'back-matter-order',
    broken: 'the bibliography before an appendix',
    source: 'minimal',
    mutate: (source) => insertBefore(source, '## 附录A', '## 参考文献\n\n[1]　GB/T 7714—2015　信息与文献　参考文献著录规则\n\n'),
    expect: [{at: '## 参考文献', severity: 'error', says: 'Unexpected bibliography before 附录A'}]
  },
  {
    rule: 'back-matter-order',
    broken: 'the index before the bibliography',
    source: 'minimal',
    mutate: inAppendix('## 索引\n\n## 参考文献\n\n[1]　GB/T 7714—2015　信息与文献　参考文献著录规则'),
    expect: [{at: '## 索引', severity: 'error', says: 'Unexpected index before 参考文献'}]
  },
  {
    rule: 'term-source',
    broken: 'a term source that names no document',
    source: 'national-2020',
    mutate: inTerm('[来源：机房运维经验，有修改]'),
    expect: [{at: '[来源：', severity: 'warning', says: 'Unexpected source `机房运维经验` that names no document'}]
  },
  {
    rule: 'term-source',
    broken: 'a term source that names a standard and no clause',
    source: 'national-2020',
    mutate: inTerm('[来源：GB/T 5271.1—2000，有修改]'),
    expect: [{at: '[来源：', severity: 'warning', says: 'Unexpected source `GB/T 5271.1—2000` that names no clause'}]
  }
]

export const technicalAllowed: ReadonlyArray<Allowed> = [
  {
    rules: ['note-numbering'],
    changed: 'two consecutive notes numbered 注1 and 注2',
    source: 'minimal',
    mutate: (source) => replaceOnce(source, tableNote, '注1：巡检中发现的问题同时记入设备档案。\n\n注2：巡检记录保存一年。')
  },
  {
    rules: ['figure-numbering', 'figure-cited', 'formula-numbering', 'formula', 'cross-reference', 'note-numbering'],
    changed: 'figures 1 and A.1 and formulas (1) and (A.1), each cited, all compiling, with a 式中 and a note to the figure',
    source: 'minimal',
    mutate: (source) =>
      inAppendix(`${figure('A.1', '记录表样式')}\n\n$$ （A.1）\nT_{\\max} = 30\n$$`)(
        inClause(`机房布置见图1，记录表样式见图A.1，周数按公式（1）计算。\n\n${figure('1', '机房布置', '注：机柜编号见机柜正面。\n\n')}\n\n$$ （1）\nN = \\frac{T}{7}\n$$\n\n式中：\n\n$N$——周数；\n\n$T$——天数。`)(source)
      )
  },
  {
    rules: ['table-footnote'],
    changed: 'calls of footnotes a and b in a table with their footnotes a and b',
    source: 'minimal',
    mutate: (source) =>
      replaceOnce(
        replaceOnce(replaceOnce(source, '| 无告警，指示灯正常 |', '| 无告警，指示灯正常^a^ |'), '| 温度、湿度在设备允许的范围内 |', '| 温度、湿度在设备允许的范围内^b^ |'),
        tableNote,
        `${tableNote}\n\n^a^　按设备说明书的规定。\n\n^b^　按机房等级确定。`
      )
  },
  {
    rules: ['term-source'],
    changed: 'term sources naming a standard and its clause, and a title and its clause',
    source: 'national-2020',
    mutate: (source) => insertBefore(inTerm('[来源：GB/T 5271.1—2000，01.01.02]')(source), '## 4 报文结构', '[来源：《机房运维手册》，5.2，有修改]\n\n')
  },
  {
    rules: ['back-matter-order'],
    changed: 'the bibliography after the appendices and the index last',
    source: 'minimal',
    mutate: inAppendix('## 参考文献\n\n[1]　GB/T 7714—2015　信息与文献　参考文献著录规则\n\n## 索引')
  }
]
