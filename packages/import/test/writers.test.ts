import {readFileSync} from 'node:fs'
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Math as WordMath,
  MathFraction,
  MathRun,
  MathSuperScript,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalMergeType
} from 'docx'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {renderDocx} from '@stdkit/docx'
import {readDocx, type WordBlock, type WordParagraph, type WordTable} from '@stdkit/import'
import {checkTex} from '@stdkit/math'
import {parseStandard} from '@stdkit/parse'

const root = (path: string) => new URL(`../../../${path}`, import.meta.url)
const parse = (path: string) => parseStandard(new VFile({path, value: readFileSync(root(path), 'utf8')}))
const text = (paragraph: WordParagraph): string => paragraph.runs.map((run) => run.text).join('')
const paragraphs = (blocks: ReadonlyArray<WordBlock>): Array<WordParagraph> => blocks.filter((block): block is WordParagraph => block.kind === 'paragraph')
/** Every paragraph, those in table cells too, in reading order. */
function allParagraphs(blocks: ReadonlyArray<WordBlock>, into: Array<WordParagraph> = []): Array<WordParagraph> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') into.push(block)
    else for (const row of block.rows) for (const cell of row.cells) allParagraphs(cell.blocks, into)
  }
  return into
}

/** A 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

describe('a document written by the docx library', async () => {
  const clause = (level: number, words: string) => new Paragraph({text: words, numbering: {reference: 'clauses', level}})
  const listItem = (level: number, words: string, instance = 0) => new Paragraph({text: words, numbering: {reference: 'items', level, instance}})
  const document = new Document({
    creator: '标准化室',
    title: '仓储作业规范',
    footnotes: {1: {children: [new Paragraph('本规范所称仓库不含冷库。')]}},
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            {level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 4},
            {level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1},
            {level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3', start: 1}
          ]
        },
        {
          reference: 'items',
          levels: [
            {level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', start: 1},
            {level: 1, format: LevelFormat.DECIMAL, text: '%2)', start: 1}
          ]
        }
      ]
    },
    sections: [
      {
        children: [
          new TableOfContents('目次', {hyperlink: true, headingStyleRange: '1-2'}),
          new Paragraph({text: '范围', heading: HeadingLevel.HEADING_1}),
          new Paragraph({children: [new TextRun('本规范适用于仓储作业'), new FootnoteReferenceRun(1), new TextRun('。')]}),
          clause(0, '一般要求'),
          clause(1, '人员'),
          clause(2, '培训'),
          clause(2, '上岗'),
          clause(1, '设备'),
          clause(0, '作业要求'),
          clause(1, '入库'),
          listItem(0, '核对单据；'),
          listItem(1, '数量；'),
          listItem(1, '规格；'),
          listItem(0, '验收货物。'),
          listItem(0, '新列表首项', 1),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({text: '加粗', bold: true, font: '黑体', size: 28}), new TextRun({text: '上标', superScript: true}), new TextRun({text: '\t制表'})]
          }),
          new Paragraph({
            children: [
              new TextRun('保留'),
              new InsertedTextRun({text: '插入', id: 1, author: '甲', date: '2024-01-01T00:00:00Z'}),
              new DeletedTextRun({text: '删除', id: 2, author: '甲', date: '2024-01-01T00:00:00Z'}),
              new ExternalHyperlink({link: 'https://example.org', children: [new TextRun('链接')]})
            ]
          }),
          new Paragraph({children: [new WordMath({children: [new MathRun('v='), new MathFraction({numerator: [new MathRun('s')], denominator: [new MathRun('t')]}), new MathSuperScript({children: [new MathRun('x')], superScript: [new MathRun('2')]})]})]}),
          new Paragraph({children: [new ImageRun({type: 'png', data: png, transformation: {width: 120, height: 60}, altText: {name: '图1', description: '货架示意', title: '货架'}})]}),
          new Paragraph({children: [new PageBreak(), new TextRun('换页')]}),
          new Table({
            rows: [
              new TableRow({tableHeader: true, children: [new TableCell({rowSpan: 2, children: [new Paragraph('类别')]}), new TableCell({columnSpan: 2, children: [new Paragraph('数值')]})]}),
              new TableRow({tableHeader: true, children: [new TableCell({children: [new Paragraph('上限')]}), new TableCell({children: [new Paragraph('下限')]})]}),
              new TableRow({
                children: [
                  new TableCell({verticalMerge: VerticalMergeType.RESTART, children: [new Paragraph('温度')]}),
                  new TableCell({children: [new Paragraph('30')]}),
                  new TableCell({children: [new Paragraph('5')]})
                ]
              }),
              new TableRow({
                children: [new TableCell({verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph('')]}), new TableCell({children: [new Paragraph('28')]}), new TableCell({children: [new Paragraph('8')]})]
              })
            ]
          })
        ]
      }
    ]
  })
  const doc = readDocx(new Uint8Array(await Packer.toBuffer(document)))
  const read = allParagraphs(doc.blocks)
  const find = (words: string) => read.find((paragraph) => text(paragraph) === words)

  it('reads the core properties, the headings and the rebuilt clause and list numbers', () => {
    expect(doc.properties).toEqual({title: '仓储作业规范', creator: '标准化室'})
    expect(find('范围')).toMatchObject({style: {name: 'Heading 1'}, outlineLevel: 0})
    const numbered = read.filter((paragraph) => paragraph.numbering !== undefined).map((paragraph) => [paragraph.numbering?.text, text(paragraph)])
    expect(numbered).toEqual([
      ['4', '一般要求'], ['4.1', '人员'], ['4.1.1', '培训'], ['4.1.2', '上岗'], ['4.2', '设备'], ['5', '作业要求'], ['5.1', '入库'],
      ['a)', '核对单据；'], ['1)', '数量；'], ['2)', '规格；'], ['b)', '验收货物。'], ['a)', '新列表首项']
    ])
  })

  it('reads the table of contents as contents, a footnote, formatting, tracked changes and links', () => {
    expect(read.filter((paragraph) => paragraph.contents).length).toBeGreaterThan(0)
    expect(find('范围')?.contents).toBeUndefined()
    const withNote = find('本规范适用于仓储作业。')
    expect(withNote?.runs.find((run) => run.footnote)?.footnote?.map(text)).toEqual(['本规范所称仓库不含冷库。'])
    const formatted = find('加粗上标\t制表')
    expect(formatted?.alignment).toBe('center')
    expect(formatted?.runs.slice(0, 2)).toMatchObject([{text: '加粗', bold: true, font: '黑体', size: 14}, {text: '上标', superscript: true}])
    expect(find('保留插入链接')).toBeDefined()
    expect(doc.tracked).toBe(true)
    expect(find('换页')?.runs[0]).toEqual({text: '', pageBreak: true})
  })

  it('reads the formula as TeX that compiles, the image with its size and description, and the merged table', () => {
    const math = read.flatMap((paragraph) => paragraph.runs).find((run) => run.math)?.math
    expect(math).toEqual({tex: 'v = \\frac{s}{t} x^{2}', display: false})
    expect(checkTex(math!.tex)).toBeUndefined()
    const image = read.flatMap((paragraph) => paragraph.runs).find((run) => run.image)?.image
    expect(image).toMatchObject({mediaType: 'image/png', width: 120, height: 60, alt: '货架示意'})
    expect(Buffer.from(image!.data).equals(png)).toBe(true)
    const table = doc.blocks.find((block): block is WordTable => block.kind === 'table')!
    expect(table.rows.map((row) => [row.header, row.cells.map((cell) => [cell.colSpan, cell.rowSpan, text(cell.blocks[0] as WordParagraph)])])).toEqual([
      [true, [[1, 2, '类别'], [2, 1, '数值']]],
      [true, [[1, 1, '上限'], [1, 1, '下限']]],
      [false, [[1, 2, '温度'], [1, 1, '30'], [1, 1, '5']]],
      [false, [[1, 1, '28'], [1, 1, '8']]]
    ])
  })
})

describe('a document written by stdkit’s Word publisher', () => {
  it('reads the constructs fixture with the drafting tool’s style names and a formula that compiles', async () => {
    const tree = parse('test/fixtures/constructs/2007.md')
    const svg = new Uint8Array(readFileSync(root('test/fixtures/constructs/figures/kingfisher.svg')))
    // What reading the edition from disk would have found of its image.
    const image = (node: {type: string; children?: Array<unknown>}): void => {
      if (node.type === 'image') Object.assign(node, {file: {mediaType: 'image/svg+xml', width: 240, height: 200, sha256: '0'.repeat(64)}})
      for (const inner of node.children ?? []) image(inner as typeof node)
    }
    image(tree)
    const doc = readDocx(await renderDocx(tree, {readImage: async () => svg}))
    const read = allParagraphs(doc.blocks)
    const byText = (words: string) => read.find((paragraph) => text(paragraph) === words)
    expect(byText('1　范围')).toMatchObject({style: {name: '标准文件_章标题'}, outlineLevel: 0})
    expect(byText('4.1　杜鹃条款')).toMatchObject({style: {name: '标准文件_一级条标题'}, outlineLevel: 1})
    expect(read.filter((paragraph) => paragraph.contents).map(text)).toContain('4.1　杜鹃条款\t')
    const footnote = read.flatMap((paragraph) => paragraph.runs).find((run) => run.footnote)?.footnote
    expect(footnote?.map(text).join('')).toContain('云雀脚注之文字。')
    const formulas = read.flatMap((paragraph) => paragraph.runs).flatMap((run) => (run.math ? [run.math.tex] : []))
    expect(formulas.length).toBeGreaterThan(0)
    for (const tex of formulas) expect(checkTex(tex), tex).toBeUndefined()
    expect(formulas).toContain('E = m c^{2} + \\text{鸵鸟公式}')
    // The SVG, not the PNG Word would fall back on, at the placed size.
    const placed = read.flatMap((paragraph) => paragraph.runs).find((run) => run.image)?.image
    expect(placed).toMatchObject({mediaType: 'image/svg+xml', width: 240, height: 200})
    expect(Buffer.from(placed!.data).equals(svg)).toBe(true)
    const merged = doc.blocks.filter((block): block is WordTable => block.kind === 'table').find((table) => table.rows[0]?.cells[0]?.rowSpan === 2)
    expect(merged?.rows[0]?.cells.map((cell) => [cell.colSpan, cell.rowSpan])).toEqual([[1, 2], [2, 1]])
  })

  it('reads the seed standard in linear time and the same way every time', async () => {
    const bytes = await renderDocx(parse('standards/q-zx-75.1861/2007.md'))
    readDocx(bytes)
    const started = performance.now()
    const first = readDocx(bytes)
    const once = performance.now() - started
    const second = readDocx(bytes)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    expect(allParagraphs(first.blocks).length).toBeGreaterThan(50)
    // Ten copies of the body read in roughly ten times the time, not a hundred.
    const body = new TextDecoder().decode((await import('fflate')).unzipSync(bytes)['word/document.xml'])
    const inner = /<w:body>([\s\S]*)<w:sectPr/.exec(body)![1]!
    const files = (await import('fflate')).unzipSync(bytes)
    files['word/document.xml'] = new TextEncoder().encode(body.replace(inner, inner.repeat(10)))
    const larger = (await import('fflate')).zipSync(files)
    const start10 = performance.now()
    const tenfold = readDocx(larger)
    const ten = performance.now() - start10
    expect(allParagraphs(tenfold.blocks).length).toBe(allParagraphs(first.blocks).length * 10)
    expect(ten).toBeLessThan(Math.max(once, 5) * 40)
  })
})
