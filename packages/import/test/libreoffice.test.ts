/**
 * Word files written by LibreOffice, not by stdkit: each `.docx` in
 * fixtures/libreoffice was made from the flat ODT beside it with
 *   soffice -env:UserInstallation=file:///tmp/lo --headless --convert-to docx --outdir . NAME.fodt
 * (LibreOffice 7.4), so the numbering, merges, footnote, formula and image are
 * as LibreOffice writes them.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readDocx, type WordBlock, type WordParagraph, type WordTable} from '@stdkit/import'
import {checkTex} from '@stdkit/math'

const fixture = (name: string) => readDocx(new Uint8Array(readFileSync(new URL(`fixtures/libreoffice/${name}.docx`, import.meta.url))))
const text = (paragraph: WordParagraph): string => paragraph.runs.map((run) => run.text).join('')
const paragraphs = (blocks: ReadonlyArray<WordBlock>): Array<WordParagraph> => blocks.filter((block): block is WordParagraph => block.kind === 'paragraph')

describe('Word files written by LibreOffice', () => {
  it('rebuilds automatic multilevel numbering of headings and lists, and reads the footnote', () => {
    const read = paragraphs(fixture('numbered').blocks)
    expect(read.map((paragraph) => [paragraph.numbering?.text ?? '', paragraph.outlineLevel ?? '', text(paragraph)])).toEqual([
      ['1', 0, '范围'],
      ['', '', '本文件规定了仓储作业的基本要求。'],
      ['2', 0, '一般要求'],
      ['2.1', 1, '人员'],
      ['2.1.1', 2, '培训'],
      ['2.1.2', 2, '上岗'],
      ['2.2', 1, '设备'],
      ['', '', '设备应满足下列要求：'],
      ['a)', '', '货架稳固；'],
      ['1)', '', '承重合格；'],
      ['2)', '', '间距合理；'],
      ['b)', '', '叉车完好。'],
      ['—', '', '防火；'],
      ['—', '', '防潮。'],
      ['3', 0, '作业要求'],
      ['', '', 'int count = 0;']
    ])
    expect(read[0]?.style?.name).toBe('Heading 1')
    expect(read[0]?.runs[0]?.bold).toBe(true)
    expect(read[1]?.runs[1]?.footnote?.map(text)).toEqual(['仓储作业不含危险品的储存。'])
    expect(read[10]?.numbering).toEqual({text: '2)', level: 1, format: 'decimal'})
    expect(read[15]?.runs[0]).toMatchObject({font: 'Courier New', monospace: true})
  })

  it('reads a table with merged cells and header rows, a formula as TeX and an image', () => {
    const doc = fixture('objects')
    const table = doc.blocks.find((block): block is WordTable => block.kind === 'table')!
    expect(table.place).toEqual({paragraph: 2, words: '类别'})
    expect(table.rows.map((row) => [row.header, row.cells.map((cell) => [cell.colSpan, cell.rowSpan, text(cell.blocks[0] as WordParagraph)])])).toEqual([
      [true, [[1, 2, '类别'], [2, 1, '限值']]],
      [true, [[1, 1, '上限'], [1, 1, '下限']]],
      [false, [[1, 2, '常温库'], [1, 1, '30'], [1, 1, '5']]],
      [false, [[1, 1, '28'], [1, 1, '8']]]
    ])
    const runs = paragraphs(doc.blocks).flatMap((paragraph) => paragraph.runs)
    const math = runs.find((run) => run.math)?.math
    expect(math).toEqual({tex: 'H = \\frac{Q}{\\rho S}', display: true})
    expect(checkTex(math!.tex)).toBeUndefined()
    const image = runs.find((run) => run.image)?.image
    expect(image).toMatchObject({mediaType: 'image/png', width: 151, height: 76, alt: '货架布置示意'})
    expect(Buffer.from(image!.data.subarray(1, 4)).toString('latin1')).toBe('PNG')
    expect(paragraphs(doc.blocks).map(text).at(-1)).toBe('图1　货架布置')
  })

  it('marks the table of contents, rebuilds Chinese chapter numbers and appendix labels, and reads breaks and direct formatting', () => {
    const read = paragraphs(fixture('contents').blocks)
    expect(read.map((paragraph) => [paragraph.contents === true, paragraph.style?.name, paragraph.numbering?.text ?? '', text(paragraph)])).toEqual([
      [true, 'TOC Heading', '', '目次'],
      [true, 'TOC 1', '', '第一章总则\t1'],
      [true, 'TOC 1', '', '第二章管理\t2'],
      [false, 'Heading 1', '第一章', '总则'],
      [false, 'Normal', '', '加粗的黑体与正文换行之后\t制表之后'],
      [false, 'Heading 1', '第二章', '管理'],
      [false, 'Normal', '附录A', '（规范性）记录格式'],
      [false, 'Normal', '附录B', '（资料性）参考做法']
    ])
    expect(read[4]?.runs.slice(0, 3)).toEqual([{text: '加粗的黑体', bold: true, font: '黑体', size: 12}, {text: '与正文', font: 'Noto Serif CJK SC', size: 12}, {text: '', break: true}])
    expect(read[5]?.runs.at(-1)).toEqual({text: '', pageBreak: true})
  })
})
