import {readFileSync} from 'node:fs'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseStandard} from '@stdkit/parse'
import {toText, type Standard} from '@stdkit/tree'
import {useLanguage} from '@stdkit/messages'

// The parser's tests read its English messages; the CLI's tests hear its Chinese.
useLanguage('en')

const editions = ['2004', '2005', '2006', '2007'].map((year) => {
  const path = `standards/q-zx-75.1861/${year}.md`
  const value = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
  return {year, value, path}
})

function parse(value: string, path = 'input.md'): {tree: Standard; file: VFile} {
  const file = new VFile({path, value})
  return {tree: parseStandard(file), file}
}

describe('@stdkit/parse', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/parse')).sort()).toEqual([
      'changeLead',
      'changeListEntry',
      'markdownProcessor',
      'parseStandard',
      'remarkStandard',
      'splitChanges',
      'splitNames',
      'stdkitPreset'
    ])
  })
})

describe.each(editions)('edition $year', ({value, path}) => {
  const {tree, file} = parse(value, path)

  it('parses without messages', () => {
    expect(file.messages.map(String)).toEqual([])
  })

  it('keeps the source position of every node', () => {
    const unplaced: Array<string> = []
    visit(tree, (node) => {
      if (!node.position) unplaced.push(`${node.type} ${JSON.stringify(node).slice(0, 80)}`)
    })
    expect(unplaced).toEqual([])
  })

  it('places every reference on its exact source text', () => {
    let count = 0
    visit(tree, (node) => {
      if (node.type !== 'crossReference' && node.type !== 'standardReference') return
      const {start, end} = node.position ?? {}
      expect(value.slice(start?.offset, end?.offset)).toBe(toText(node))
      count++
    })
    expect(count).toBeGreaterThan(5)
  })

  it('nests clauses by number', () => {
    visit(tree, 'clause', (node, _, parent) => {
      if (parent?.type === 'clause') expect(node.number.startsWith(`${parent.number}.`)).toBe(true)
      expect(node.depth).toBe(node.number.split('.').length)
    })
  })

  it('resolves every cross-reference to an id in the tree', () => {
    const ids = new Set<string>()
    visit(tree, (node) => {
      if ('id' in node && typeof node.id === 'string') ids.add(node.id)
    })
    visit(tree, 'crossReference', (node) => {
      expect(node.targetId === undefined ? undefined : ids.has(node.targetId)).toBe(true)
    })
  })
})

describe('the 2007 edition', () => {
  const {tree} = parse(editions[3]?.value ?? '')

  it('reads the cover and the foreword fields', () => {
    expect(tree.cover).toMatchObject({
      code: 'Q/ZX',
      number: 'Q/ZX 75.1861–2007',
      designation: 'Q/ZX 75.1861',
      year: 2007,
      replaces: 'Q/ZX 75.1861–2006',
      title: '售后工程师现场服务行为规范',
      issued: '2007-09-11',
      effective: '2007-09-18',
      status: 'published'
    })
    const foreword = tree.children.find((node) => node.type === 'foreword')
    expect(foreword?.fields).toMatchObject({
      normativeAppendices: ['A', 'B', 'C'],
      nextReview: '2009-08',
      drafters: ['王文阁', '陈华春'],
      approvers: ['徐慧俊'],
      firstIssued: '2004-10',
      revisions: ['2005-06', '2006-04', '2007-08']
    })
  })

  it('reads the revision record newest first, changes as items', () => {
    const foreword = tree.children.find((node) => node.type === 'foreword')
    const history = foreword?.children.find((node) => node.type === 'revisionHistory')
    expect(history?.children.map((record) => [record.number, record.date, record.changes.length])).toEqual([
      ['Q/ZX 75.1861–2007', '2007-08', 4],
      ['Q/ZX 75.1861–2006', '2006-04', 2],
      ['Q/ZX 75.1861–2005', '2005-06', 1],
      ['Q/ZX 75.1861–2004', '2004-10', 1]
    ])
  })

  it('types the normative references', () => {
    const references: Array<string> = []
    visit(tree, 'normativeReference', (node) => {
      references.push(node.designation)
    })
    expect(references).toEqual(['Q/ZX 75.1760', 'Q/ZX 75.1831.1', 'Q/ZX 75.1831.5', 'Q/ZX 75.1731.1', 'Q/ZX 75.1771'])
  })

  it('labels the appendices', () => {
    const appendices = tree.children.filter((node) => node.type === 'appendix')
    expect(appendices.map((node) => [node.letter, node.status, node.title])).toEqual([
      ['A', 'normative', '坐、立、行的宜与忌'],
      ['B', 'normative', '服务常用语'],
      ['C', 'normative', '服务禁用语']
    ])
  })
})

describe('parser diagnostics', () => {
  it('reports a missing front matter as an error', () => {
    const {file} = parse('# 前言\n\n文本。\n')
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toContainEqual(['cover-required', true])
  })

  it('reports invalid YAML with its place', () => {
    const {file} = parse('---\nnumber: [unclosed\ntitle: x\n---\n\n# 前言\n')
    const message = file.messages.find((item) => item.ruleId === 'cover-yaml')
    expect(message?.fatal).toBe(true)
    expect(message?.line).toBeGreaterThanOrEqual(2)
  })

  it('places cover fields on their line', () => {
    const {tree} = parse('---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\nissued: 2020-01-02\n---\n')
    expect(tree.cover.positions?.issued?.start).toMatchObject({line: 4, column: 9})
  })

  it('reports unknown cover fields', () => {
    const {file} = parse('---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\ncolour: red\n---\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['cover-field', 4, 1]])
  })
  it('reads GFM tables only: web addresses, tildes and task markers stay text', () => {
    const source = (body: string) => `---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 前言\n\n${body}\n`
    for (const body of ['见 www.zte.com.cn 或 https://example.com/a。', '~~删除~~的字。', '[ ] 未做']) {
      const {tree, file} = parse(source(body))
      expect(file.messages.filter((message) => message.ruleId === 'markdown-construct')).toEqual([])
      expect(toText(tree.children[0] as Standard['children'][number])).toContain(body)
    }
  })

  // Long headings are read in time growing with their length (a pattern tried at every offset took minutes at 100,000).
  it.each([
    ['spaces before the end', `a${' '.repeat(100_000)}b`, 'heading-number'],
    ['ideographic spaces before the end', `a${'\u3000'.repeat(100_000)}b`, 'heading-number'],
    ['unclosed anchors', '{#'.repeat(50_000), 'anchor-format']
  ])('reads a heading of 100,000 characters: %s', (_name, title, rule) => {
    const {file} = parse(`---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 前言\n\n## ${title}\n`)
    expect(file.messages.map((message) => message.ruleId)).toContain(rule)
  }, 20_000)

  it('reads the anchor after the last closing brace but one', () => {
    const {tree} = parse('---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 前言\n\n# 示例\n\n## 1 范围 {x} {#scope}  \n')
    expect(tree.children[1]).toMatchObject({type: 'clause', title: '范围 {x}', anchor: 'scope'})
  })

  const row = (cells: number, prefix = 'c'): string => `| ${Array.from({length: cells}, (_, index) => `${prefix}${index}`).join(' | ')} |`
  const tableSource = (table: string): string => `---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 前言\n\n${table}\n\n## 1 范围\n\n本标准适用于示例。\n`

  // GFM tables are read in time growing with the square of their width: 50,000 columns took over a minute.
  it('leaves out the rows of a table of 50,000 columns, and reads the rest', () => {
    const {tree, file} = parse(tableSource(`${row(50_000, 'h')}\n|${' - |'.repeat(50_000)}\n${row(50_000)}`))
    const wide = file.messages.filter((message) => message.ruleId === 'table-width')
    expect(wide.map((message) => [message.line, message.column, message.reason])).toEqual([
      [8, 1, 'Unexpected table row of 50000 cells, expected at most 100 columns: 3 rows are left out']
    ])
    expect(tree.children.map((node) => node.type)).toEqual(['foreword', 'clause'])
  }, 20_000)

  it('leaves out a row too wide in a narrow table, and keeps rows of 100 cells', () => {
    const {file} = parse(tableSource(`${row(100, 'h')}\n|${' - |'.repeat(100)}\n${row(100)}\n${row(101)}\n${row(100)}`))
    expect(file.messages.filter((message) => message.ruleId === 'table-width').map((message) => message.line)).toEqual([11])
  })

  it('counts no cells in a paragraph of pipes, nor escaped pipes in a row', () => {
    const {file} = parse(tableSource(`段落${'|'.repeat(500)}\n\n| a | b |\n| - | - |\n| ${'\\|'.repeat(500)} | b |`))
    expect(file.messages.filter((message) => message.ruleId === 'table-width')).toEqual([])
  })
})

describe('what the parser would otherwise lose', () => {
  const source = (body: string) => `---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 示例\n\n${body}\n`

  it('reads normative references on consecutive lines as one entry per line', () => {
    const {tree, file} = parse(source('## 2 规范性引用文件\n\n下列文件适用于本标准。\nQ/ZX 75.1760　国内工程开通工作规程\nQ/ZX 75.1771–2006　国内工程验收工作规程'))
    expect(file.messages.map(String)).toEqual([])
    const chapter = tree.children[0]
    expect(chapter?.type === 'clause' && chapter.children.map((node) => (node.type === 'normativeReference' ? [node.designation, node.title, node.position?.start.line] : [node.type, toText(node)]))).toEqual([
      ['paragraph', '下列文件适用于本标准。'],
      ['Q/ZX 75.1760', '国内工程开通工作规程', 11],
      ['Q/ZX 75.1771', '国内工程验收工作规程', 12]
    ])
  })

  it('reports a table inside a list item as an error, not a warning', () => {
    const {file} = parse(source('## 4 要求\n\n- 条件如下：\n\n  | 项目 | 内容 |\n  | - | - |\n  | a | b |'))
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([['markdown-construct', true, 12]])
  })

  it('reports a third level of list items, which it leaves out, as an error', () => {
    const {file} = parse(source('## 4 要求\n\n- 一\n  - 二\n    - 三'))
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([['list-depth', true, 12]])
  })

  it('reports a heading it leaves out inside a block quote as an error', () => {
    const {file} = parse(source('## 4 要求\n\n> ## 要求二'))
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['markdown-construct', false],
      ['markdown-construct', true]
    ])
  })
})

describe('the cover of every kind of standard', () => {
  const national = [
    '---',
    'number: GB/T 99999.1—2024',
    'replaces:',
    '  - GB/T 99999.1—2016',
    '  - GB/T 99998—2012',
    'title: 信息技术 示例数据交换格式 第1部分：总则',
    "title-en: 'Information technology—Sample data interchange format—Part 1: General'",
    'ics: 35.240.40；01.140.20',
    'ccs: L 70',
    'filing: 12345—2024',
    'adoption: ISO 99999-1:2021，MOD',
    'stage: 报批稿',
    'issuer:',
    '  - 国家市场监督管理总局',
    '  - 国家标准化管理委员会',
    'issued: 2024-03-15',
    'effective: 2024-10-01',
    '---',
    ''
  ].join('\n')

  it('reads every key, with the number as written', () => {
    const {tree, file} = parse(national)
    expect(file.messages.map(String)).toEqual([])
    expect(tree.cover).toMatchObject({
      code: 'GB/T',
      number: 'GB/T 99999.1—2024',
      designation: 'GB/T 99999.1',
      year: 2024,
      replaces: 'GB/T 99999.1—2016',
      replacedNumbers: ['GB/T 99999.1—2016', 'GB/T 99998—2012'],
      titleEnglish: 'Information technology—Sample data interchange format—Part 1: General',
      ics: ['35.240.40', '01.140.20'],
      ccs: 'L 70',
      filing: '12345—2024',
      adoption: {document: 'ISO 99999-1:2021', degree: 'MOD'},
      stage: 'approval',
      issuer: '国家市场监督管理总局',
      issuers: ['国家市场监督管理总局', '国家标准化管理委员会'],
      kind: 'national',
      documentType: '中华人民共和国国家标准',
      series: {designation: 'GB/T 99999', title: '信息技术 示例数据交换格式'},
      part: {number: '1', title: '总则'}
    })
    expect(tree.cover.positions?.ics?.start).toMatchObject({line: 8, column: 6})
    expect(tree.cover.positions?.issuer?.start).toMatchObject({line: 14, column: 3})
    expect(tree.cover.positions?.adoption?.start).toMatchObject({line: 11, column: 11})
  })

  it('keeps one issuer and one replaced number without lists, and reads a number as written', () => {
    const {tree, file} = parse('---\nnumber: YD/T 1234-2015\nreplaces: YD/T 1234-2008\ntitle: 示例\nics: [33.040, 35.240.40]\nissuer: 中华人民共和国工业和信息化部\nstage: comments\n---\n')
    expect(file.messages.map(String)).toEqual([])
    expect(tree.cover).toMatchObject({number: 'YD/T 1234-2015', replaces: 'YD/T 1234-2008', ics: ['33.040', '35.240.40'], stage: 'comments', kind: 'industry', documentType: '中华人民共和国通信行业标准'})
    expect(tree.cover).not.toHaveProperty('issuers')
    expect(tree.cover).not.toHaveProperty('replacedNumbers')
  })

  it.each([
    ['DB11/T 1000—2013', 'local', '北京市地方标准'],
    ['T/ABC 12—2021', 'group', '团体标准'],
    ['Q/ABC 3—2020', 'enterprise', '某某有限公司企业标准'],
    ['GB 4943.1—2022', 'national', '中华人民共和国国家标准']
  ])('derives the kind of %s', (number, kind, documentType) => {
    const {tree} = parse(`---\nnumber: ${number}\ntitle: 示例\nissuer: 某某有限公司\n---\n`)
    expect(tree.cover).toMatchObject({kind, documentType})
  })

  it('takes the type line the source overrides', () => {
    const {tree} = parse('---\nnumber: T/ABC 12—2021\ntitle: 示例\ndocument-type: 某某协会团体标准\n---\n')
    expect(tree.cover.documentType).toBe('某某协会团体标准')
  })

  it.each([
    ['stage: 讨论稿', 'cover-stage', 2, 8, 'Unexpected draft stage `讨论稿`'],
    ['adoption: ISO 690:2010', 'cover-adoption', 2, 11, 'Unexpected adoption `ISO 690:2010`'],
    ['adoption: ISO 690:2010, EQV', 'cover-adoption', 2, 11, 'Unexpected adoption `ISO 690:2010, EQV`'],
    ['ics: 35.24.4', 'cover-ics', 2, 6, 'Unexpected ICS number `35.24.4`'],
    ['ccs: L70x', 'cover-classification', 2, 6, 'Unexpected classification `L70x`'],
    ['filing: 备案', 'cover-filing', 2, 9, 'Unexpected filing number `备案`'],
    ['issuer: {a: 1}', 'cover-field', 2, 1, 'Unexpected value of `issuer`, expected text or a list']
  ])('refuses `%s` at its place', (line, rule, row, column, says) => {
    const {file} = parse(`---\n${line}\nnumber: GB/T 99999.1—2024\ntitle: 示例\n---\n`)
    const found = file.messages.filter((message) => message.ruleId !== 'cover-field' || rule === 'cover-field')
    expect(found.map((message) => [message.ruleId, message.line, message.column, message.fatal])).toEqual([[rule, row, column, true]])
    expect(found[0]?.reason).toContain(says)
  })

  it('keeps an unknown key as written, with a warning', () => {
    const {tree, file} = parse('---\nnumber: GB/T 99999.1—2024\ntitle: 示例\nreviewed-by:\n  - 甲\n  - 乙  # two\nnote: 35.240\n---\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['cover-field', 4, false],
      ['cover-field', 7, false]
    ])
    expect(tree.cover.extraFields).toEqual([
      {key: 'reviewed-by', source: 'reviewed-by:\n  - 甲\n  - 乙  # two'},
      {key: 'note', source: 'note: 35.240'}
    ])
  })
})

describe('cross-references in a list of clauses', () => {
  const targets = (text: string): Array<string> => {
    const value = ['---', 'number: Q/ZX 99.1–2021', 'title: 示例', '---', '', '# 前言', '', '为了示例，特制定本标准。', '', '# 示例', '', '## 1 范围', '', text, ''].join('\n')
    const found: Array<string> = []
    visit(parse(value).tree, 'crossReference', (node) => void found.push(node.target))
    return found
  }

  it('reads every clause of a list after 见, 按 …: `见4.2、6.2`, `见5.3和5.4`', () => {
    expect(targets('要求见4.2、6.2。')).toEqual(['4.2', '6.2'])
    expect(targets('按5.3和5.4的规定，并见A.1、A.2及7.1。')).toEqual(['5.3', '5.4', 'A.1', 'A.2', '7.1'])
  })

  it('reads no number of a list that no 见 or 按 introduces', () => {
    expect(targets('系数取1.5、2.5或3.5。')).toEqual([])
    expect(targets('电压为3.3和5.0 V。')).toEqual([])
  })
})
