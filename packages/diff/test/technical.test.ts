/**
 * Technical content compared: figures and their images, formulas, listings,
 * definition lists, tables' merged cells, notes and footnotes, footnotes to
 * the text and the parts of a term entry. The trees are a parsed edition with
 * such nodes put into its clauses, as the parser makes them.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffEditions, type BlockChange, type ProvisionChange, type Reason, type StandardDiff} from '@stdkit/diff'
import type {Clause, ClauseContent, CrossReference, DefinitionList, Figure, Formula, Image, PhrasingContent, Standard, Table, TableCell, Term, Text} from '@stdkit/tree'
import {parse} from './helpers.js'

const source = readFileSync(new URL('fixtures/table/old.md', import.meta.url), 'utf8')
const base = parse(source, 'table/old.md')

const text = (value: string): Text => ({type: 'text', value})
const paragraph = (...children: Array<PhrasingContent>): ClauseContent => ({type: 'paragraph', children})
const reference = (kind: CrossReference['kind'], target: string, printed: string): PhrasingContent => ({
  type: 'crossReference',
  kind,
  target,
  targetId: `${kind}-${target}`,
  children: [{type: 'text', value: printed}]
})

function image(url: string, sha256: string | undefined, extra: Partial<Image> = {}): Image {
  return {type: 'image', url, alt: '接地系统', ...(sha256 === undefined ? {} : {file: {mediaType: 'image/svg+xml', width: 400, height: 300, sha256}}), ...extra}
}

function figure(number: string, caption: string, ...children: Figure['children']): Figure {
  return {type: 'figure', number, caption, id: `figure-${number}`, children}
}

function formula(number: string | undefined, value: string): Formula {
  return {type: 'formula', value, ...(number === undefined ? {} : {number, id: `formula-${number}`})}
}

const cell = (value: string, spans: Partial<TableCell> = {}): TableCell => ({type: 'tableCell', ...spans, children: [text(value)]})

function table(rows: Array<Array<TableCell>>, ...parts: Table['children']): Table {
  return {type: 'table', number: '2', caption: '接地电阻限值', id: 'table-2', headerRows: 1, children: [...rows.map((cells) => ({type: 'tableRow' as const, children: cells})), ...parts]}
}

/** A copy of the base edition whose clause `number` holds `content` after its own text (for `2007`, the newer edition). */
function edition(content: Record<string, Array<ClauseContent>>, year = 2019, change?: (tree: Standard) => void): Standard {
  const tree = structuredClone(base)
  tree.cover = {...tree.cover, year, number: `Q/ZX 99.1–${year}`}
  const visit = (nodes: Array<ClauseContent | Standard['children'][number]>): void => {
    for (const node of nodes) {
      if (node.type !== 'clause') continue
      const added = content[node.number]
      if (added) node.children.push(...structuredClone(added))
      visit(node.children)
    }
  }
  visit(tree.children)
  change?.(tree)
  return tree
}

function compare(old: Record<string, Array<ClauseContent>>, now: Record<string, Array<ClauseContent>>, change?: (tree: Standard) => void): StandardDiff {
  return diffEditions(edition(old), edition(now, 2021, change))
}

function of(diff: StandardDiff, id: string): ProvisionChange {
  const found = diff.provisions.find((change) => change.id === id)
  if (!found) throw new Error(`no provision ${id}`)
  return found
}

const changedBlocks = (change: ProvisionChange): Array<BlockChange> => change.blocks.filter((block) => block.kind !== 'equal')

/** The reasons of a changed block; none for an equal one. */
const reasonsOf = (block: BlockChange | undefined): Array<Reason> => (block === undefined || block.kind === 'equal' ? [] : block.reasons)

/** Every provision of the comparison is unchanged. */
function unchanged(diff: StandardDiff): Array<string> {
  return diff.provisions.filter((change) => !change.kinds.includes('unchanged')).map((change) => `${change.id}: ${change.kinds.join(',')} ${change.reasons.map((reason) => reason.message).join('; ')}`)
}

describe('figures and images', () => {
  const grounding = figure('1', '接地系统的组成', image('figures/grounding.svg', 'a'.repeat(64)))

  it('sees an image whose file changed as a technical change, with both images kept', () => {
    const diff = compare({'4.2': [grounding]}, {'4.2': [figure('1', '接地系统的组成', image('figures/grounding.svg', 'b'.repeat(64)))]})
    const change = of(diff, 'clause-4.2')
    expect(change.kinds).toEqual(['modified'])
    expect(change.classification).toBe('technical')
    const [block] = changedBlocks(change)
    expect(block).toMatchObject({kind: 'modified', block: 'image', label: '图1'})
    expect(block?.oldImage?.file?.sha256).toBe('a'.repeat(64))
    expect(block?.newImage?.file?.sha256).toBe('b'.repeat(64))
    expect(change.reasons).toEqual([{classification: 'technical', code: 'image', message: '图的内容改变：图1'}])
  })

  it('keeps the images of an unchanged figure on its block', () => {
    const diff = compare({'4.2': [grounding]}, {'4.2': [grounding]})
    const block = of(diff, 'clause-4.2').blocks.find((one) => one.block === 'image')
    expect(block).toMatchObject({kind: 'equal', oldImage: {url: 'figures/grounding.svg'}, newImage: {url: 'figures/grounding.svg'}})
  })

  it('does not take a moved file with the same content for a change', () => {
    const diff = compare({'4.2': [grounding]}, {'4.2': [figure('1', '接地系统的组成', image('images/earth.svg', 'a'.repeat(64)))]})
    expect(unchanged(diff)).toEqual([])
  })

  it('compares unread images by their path', () => {
    const diff = compare({'4.2': [figure('1', '组成', image('figures/a.svg', undefined))]}, {'4.2': [figure('1', '组成', image('figures/b.svg', undefined))]})
    expect(of(diff, 'clause-4.2').reasons.map((reason) => reason.code)).toEqual(['image'])
  })

  it('names a sub-figure by its figure and label, and a retitled sub-figure is editorial', () => {
    const sub = (caption: string) => figure('1', '机柜', image('figures/front.svg', 'c'.repeat(64), {label: 'a)', caption}))
    const diff = compare({'4.2': [sub('正视图')]}, {'4.2': [sub('前视图')]})
    const change = of(diff, 'clause-4.2')
    expect(changedBlocks(change)).toMatchObject([{block: 'image', label: '图1 a)', old: 'a)\u3000正视图', new: 'a)\u3000前视图'}])
    expect(change.classification).toBe('editorial')
  })

  it('does not see a figure renumbered by one inserted before it, nor the references that follow it, as changed', () => {
    const cited = paragraph(text('接地装置的组成见'), reference('figure', '1', '图1'), text('。'))
    const inserted = figure('1', '机房布置', image('figures/room.svg', 'd'.repeat(64)))
    const renumbered = figure('2', '接地系统的组成', image('figures/grounding.svg', 'a'.repeat(64)))
    const diff = compare(
      {'4.1': [cited], '4.2': [grounding]},
      {'4.1': [paragraph(text('接地装置的组成见'), reference('figure', '2', '图2'), text('。'))], '4.2': [inserted, renumbered]}
    )
    expect(of(diff, 'clause-4.1').kinds).toEqual(['unchanged'])
    const change = of(diff, 'clause-4.2')
    expect(changedBlocks(change).map((block) => `${block.kind} ${block.block} ${block.label}`)).toEqual(['added figure 图1', 'added image 图1'])
    expect(change.reasons.map((reason) => reason.message)).toEqual(['新增图 图1', '新增图片 图1'])
  })

  it('sees a reference that points at another figure as a change', () => {
    const two = [grounding, figure('2', '机房布置', image('figures/room.svg', 'd'.repeat(64)))]
    const diff = compare(
      {'4.1': [paragraph(text('见'), reference('figure', '1', '图1'))], '4.2': two},
      {'4.1': [paragraph(text('见'), reference('figure', '2', '图2'))], '4.2': two}
    )
    expect(of(diff, 'clause-4.1').reasons.map((reason) => reason.code)).toEqual(['cross-reference'])
  })

  it('compares a figure key entry by entry, and a figure note as a note of the figure', () => {
    const keyed = (explanation: string, note: string) =>
      figure('1', '接地系统的组成', image('figures/grounding.svg', 'a'.repeat(64)), {
        type: 'definitionList',
        kind: 'key',
        children: [
          {type: 'definitionItem', children: [{type: 'definitionTerm', children: [text('1')]}, {type: 'definitionDescription', children: [text('总接地排；')]}]},
          {type: 'definitionItem', children: [{type: 'definitionTerm', children: [text('2')]}, {type: 'definitionDescription', children: [text(explanation)]}]}
        ]
      }, {type: 'note', children: [text(note)]})
    const diff = compare({'4.2': [keyed('接地引入线。', '引入线的长度以实测为准。')]}, {'4.2': [keyed('接地母线。', '引入线的长度应以实测为准。')]})
    const blocks = changedBlocks(of(diff, 'clause-4.2'))
    expect(blocks.map((block) => `${block.block} ${block.label}`)).toEqual(['definition 2', 'note 图1 注'])
    expect(reasonsOf(blocks[1])[0]).toMatchObject({classification: 'editorial', code: 'modal'})
    expect(reasonsOf(blocks[1])[0]?.message).toContain('图1 注改变')
  })
})

describe('formulas', () => {
  const ohm = formula('1', 'R = \\frac{U}{I}')

  it('sees a changed formula as a technical change with both LaTeX values', () => {
    const diff = compare({'4.2': [ohm]}, {'4.2': [formula('1', 'R = \\frac{U}{2I}')]})
    const change = of(diff, 'clause-4.2')
    expect(change.classification).toBe('technical')
    expect(changedBlocks(change)).toMatchObject([{kind: 'modified', block: 'formula', label: '公式（1）', oldFormula: 'R = \\frac{U}{I}', newFormula: 'R = \\frac{U}{2I}'}])
    expect(change.reasons).toEqual([{classification: 'technical', code: 'formula', message: '公式（1）改变：R = \\frac{U}{I} → R = \\frac{U}{2I}'}])
  })

  it('does not see a formula renumbered by one inserted before it, nor 见公式（1） → 见公式（2）, as changed', () => {
    const cited = (number: string) => paragraph(text('按'), reference('formula', number, `公式（${number}）`), text('计算。'))
    const diff = compare({'4.1': [cited('1')], '4.2': [ohm]}, {'4.1': [cited('2')], '4.2': [formula('1', 'P = UI'), formula('2', 'R = \\frac{U}{I}')]})
    expect(of(diff, 'clause-4.1').kinds).toEqual(['unchanged'])
    expect(changedBlocks(of(diff, 'clause-4.2')).map((block) => `${block.kind} ${block.label}`)).toEqual(['added 公式（1）'])
  })

  it('compares a 式中 entry by entry: a changed unit is technical', () => {
    const where = (unit: string): DefinitionList => ({
      type: 'definitionList',
      kind: 'where',
      children: [{type: 'definitionItem', children: [{type: 'definitionTerm', children: [{type: 'inlineMath', value: 'R'}]}, {type: 'definitionDescription', children: [text(`接地电阻，单位为${unit}。`)]}]}]
    })
    const diff = compare({'4.2': [ohm, where('欧姆（Ω）')]}, {'4.2': [ohm, where('千欧（kΩ）')]})
    expect(changedBlocks(of(diff, 'clause-4.2'))).toMatchObject([{block: 'definition', label: 'R', old: '$R$——接地电阻，单位为欧姆（Ω）。'}])
  })
})

describe('listings', () => {
  it('says which line of a listing changed, a technical change', () => {
    const code = (value: string): ClauseContent => ({type: 'code', lang: 'json', value})
    const diff = compare({'4.2': [code('{\n  "port": 8080,\n  "tls": true\n}')]}, {'4.2': [code('{\n  "port": 8443,\n  "tls": true\n}')]})
    const change = of(diff, 'clause-4.2')
    expect(change.reasons).toEqual([{classification: 'technical', code: 'code', message: '代码第2行改变'}])
    expect(changedBlocks(change)).toMatchObject([{kind: 'modified', block: 'code'}])
  })
})

describe('tables', () => {
  const header = [cell('设备类别', {rowSpan: 2}), cell('接地电阻/Ω', {colSpan: 2})]
  const second = [cell('新建'), cell('改建')]

  it('compares tables by their cell grid, so a change of span is a change', () => {
    const diff = compare({'4.2': [table([header, second, [cell('交换设备'), cell('≤1'), cell('≤4')]])]}, {
      '4.2': [table([[cell('设备类别', {rowSpan: 2}), cell('接地电阻/Ω'), cell('')], second, [cell('交换设备'), cell('≤1'), cell('≤4')]])]
    })
    const [block] = changedBlocks(of(diff, 'clause-4.2'))
    expect(block?.block === 'table' && block.kind === 'modified' ? block.rows : undefined).toEqual([
      {kind: 'modified', old: ['设备类别', '接地电阻/Ω', '<'], new: ['设备类别', '接地电阻/Ω', ''], cells: [{column: 2, old: '<', new: '', runs: [{op: 'delete', value: '<'}]}]},
      {kind: 'equal', new: ['^', '新建', '改建']},
      {kind: 'equal', new: ['交换设备', '≤1', '≤4']}
    ])
    expect(of(diff, 'clause-4.2').reasons).toEqual([{classification: 'editorial', code: 'structure', message: '表2，第1行，第3列：单元格的合并改变'}])
  })

  it('keeps a table note and a table footnote as blocks named with the table, the footnote able to change a requirement', () => {
    const limits = (note: string, footnote: string) =>
      table([header, second, [cell('交换设备'), cell('≤1'), cell('≤4')]], {type: 'note', number: 1, children: [text(note)]}, {type: 'tableFootnote', label: 'a', children: [text(footnote)]})
    const diff = compare({'4.2': [limits('限值为土壤电阻率不大于100 Ω·m时的数值。', '雷暴日多的地区取0.5 Ω。')]}, {
      '4.2': [limits('限值为土壤电阻率不大于200 Ω·m时的数值。', '雷暴日多的地区取0.4 Ω。')]
    })
    const change = of(diff, 'clause-4.2')
    const blocks = changedBlocks(change)
    expect(blocks.map((block) => `${block.block} ${block.label} ${block.kind !== 'equal' ? block.classification : ''}`)).toEqual(['note 表2 注1 editorial', 'footnote 表2 a technical'])
    expect(reasonsOf(blocks[1])).toEqual([{classification: 'technical', code: 'footnote', message: '表2 a改变：数字、日期或限值改变：0.5 → 0.4'}])
    expect(change.classification).toBe('technical')
  })
})

describe('footnotes to the text', () => {
  const called = (note: string): ClauseContent => paragraph(text('接地电阻应定期测量'), {type: 'footnote', number: 1, children: [text(note)]}, text('。'))

  it('compares a footnote on its own, an editorial change, leaving the sentence that calls it unchanged', () => {
    const diff = compare({'4.1': [called('测量方法见附录A。')]}, {'4.1': [called('测量方法按附录A，每年2次。')]})
    const blocks = changedBlocks(of(diff, 'clause-4.1'))
    expect(blocks.map((block) => `${block.block} ${block.label}`)).toEqual(['footnote 脚注1)'])
    expect(blocks[0]?.kind !== 'equal' && blocks[0]?.classification).toBe('editorial')
    expect(reasonsOf(blocks[0]).every((reason) => reason.code === 'footnote')).toBe(true)
  })
})

describe('term entries', () => {
  function termed(tree: Standard, change: (term: Term) => void): void {
    const chapter = tree.children.find((node): node is Clause => node.type === 'clause' && node.number === '3')
    const term = chapter?.children.find((node): node is Term => node.type === 'term')
    if (term) change(term)
  }

  it('sees a changed source, admitted term or abbreviation of a term entry as a change of the entry', () => {
    const source = (year: string) => ({type: 'termSource' as const, children: [{type: 'standardReference' as const, code: 'GB/T', designation: 'GB/T 20000.1', children: [text(`GB/T 20000.1—${year}`)]}, text('，3.1')]})
    const old = edition({}, 2019, (tree) => termed(tree, (term) => term.children.push(source('2002'))))
    for (const edit of [
      (term: Term) => {
        term.children.push(source('2014'))
      },
      (term: Term) => {
        term.children.push(source('2002'))
        term.admitted = ['例检']
      },
      (term: Term) => {
        term.children.push(source('2002'))
        term.abbreviations = ['INS']
      }
    ]) {
      const diff = diffEditions(old, edition({}, 2021, (tree) => termed(tree, edit)))
      expect(of(diff, 'term-3.1').kinds).toEqual(['modified'])
    }
  })
})
