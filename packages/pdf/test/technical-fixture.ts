/**
 * A standard with every kind of technical content, built as the parser
 * builds it: figures (an SVG, a PNG, sub-figures, a key, notes, footnotes),
 * formulas with 式中, a listing, a table with merged cells, notes and
 * footnotes long enough to run on to a second page, footnotes to the text,
 * complete term entries, a bibliography and the index. Its images are made
 * here; the words are the fixture's own.
 */
import {crc32, deflateSync} from 'node:zlib'
import type {Paragraph, PhrasingContent, Standard, TableCell, TableRow, Text} from '@stdkit/tree'

const t = (value: string): Text => ({type: 'text', value})
const p = (...children: Array<PhrasingContent | string>): Paragraph => ({type: 'paragraph', children: children.map((child) => (typeof child === 'string' ? t(child) : child))})
const cell = (text: string | Array<PhrasingContent>, spans: {colSpan?: number; rowSpan?: number} = {}): TableCell => ({
  type: 'tableCell',
  ...spans,
  children: typeof text === 'string' ? [t(text)] : text
})
const row = (...cells: Array<TableCell>): TableRow => ({type: 'tableRow', children: cells})

/** A PNG of `width` × `height` pixels: a dark frame around a light field. */
export function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, 'latin1')
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
    return Buffer.concat([head, data, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const rows: Array<number> = []
  for (let y = 0; y < height; y++) {
    rows.push(0)
    for (let x = 0; x < width; x++) rows.push(x < 4 || y < 4 || x >= width - 4 || y >= height - 4 ? 20 : 230)
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]))
}

/** An SVG drawing: a box, a line, a circle and a label in Chinese. */
export const grounding = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
<rect x="10" y="10" width="380" height="180" fill="none" stroke="#000" stroke-width="3"/>
<line x1="40" y1="150" x2="360" y2="150" stroke="#000" stroke-width="6"/>
<circle cx="200" cy="90" r="40" fill="#000"/>
<text x="60" y="60" font-size="20">接地排</text>
</svg>`

export const images: Readonly<Record<string, Uint8Array>> = {
  'figures/grounding.svg': new TextEncoder().encode(grounding),
  'figures/front.png': png(160, 90),
  'figures/side.png': png(90, 90)
}

const longRows = Array.from({length: 34}, (_, index) => row(cell(`设备${index + 1}`), cell(`≤${(index % 5) + 1}`), cell('常规巡检')))

export const technical: Standard = {
  type: 'standard',
  cover: {code: 'Q/ZX', number: 'Q/ZX 99.1–2024', designation: 'Q/ZX 99.1', year: 2024, title: '机房接地技术要求', issuer: '示例公司', issued: '2024-03-01', effective: '2024-04-01', status: 'published'},
  children: [
    {
      type: 'clause',
      number: '3',
      depth: 1,
      id: 'clause-3',
      title: '术语和定义',
      role: 'terms',
      children: [
        {
          type: 'term',
          number: '3.1',
          term: '接地装置',
          english: 'earth-termination system',
          admitted: ['接地系统'],
          abbreviations: ['ETS'],
          id: 'earthing',
          children: [
            p('埋入地中并直接与大地接触的导体的总和。'),
            {type: 'note', number: 1, toEntry: true, children: [t('接地装置包括接地体和接地线。')]},
            {type: 'termSource', modified: true, children: [{type: 'standardReference', code: 'GB/T', designation: 'GB/T 20000.1', year: 2014, children: [t('GB/T 20000.1—2014')]}, t('，3.1')]}
          ]
        },
        {type: 'term', number: '3.2', term: '等电位连接', english: 'bonding', id: 'term-3.2', children: [p('使各导体处于相同电位的连接。')]}
      ]
    },
    {
      type: 'clause',
      number: '4',
      depth: 1,
      id: 'clause-4',
      title: '接地要求',
      children: [
        p(
          '接地系统的组成见',
          {type: 'crossReference', kind: 'figure', target: '1', targetId: 'figure-1', children: [t('图1')]},
          '，接地电阻按',
          {type: 'crossReference', kind: 'formula', target: '1', targetId: 'formula-1', children: [t('公式（1）')]},
          '计算',
          {type: 'footnote', number: 1, children: [t('计算时取雷雨季节的实测数值。')]},
          '。面积单位为m',
          {type: 'superscript', children: [t('2')]},
          '，水的分子式为H',
          {type: 'subscript', children: [t('2')]},
          'O，电压',
          {type: 'inlineMath', value: 'U_0 = \\sqrt{2}\\,U'},
          '不大于10 kV。',
          {type: 'emphasis', children: [t('Latin 斜体 text')]},
          {type: 'strong', children: [t('重要的加粗文字')]},
          '，环境温度25 ℃。'
        ),
        {
          type: 'figure',
          number: '1',
          caption: '接地系统的组成',
          id: 'figure-1',
          children: [
            {type: 'image', url: 'figures/grounding.svg', alt: '接地系统的组成'},
            {
              type: 'definitionList',
              kind: 'key',
              children: [
                {type: 'definitionItem', children: [{type: 'definitionTerm', children: [t('1')]}, {type: 'definitionDescription', children: [t('总接地排；')]}]},
                {type: 'definitionItem', children: [{type: 'definitionTerm', children: [t('2')]}, {type: 'definitionDescription', children: [t('接地引入线。')]}]}
              ]
            },
            {type: 'note', children: [t('引入线的长度以实测为准。')]},
            {type: 'tableFootnote', label: 'a', children: [t('仅用于直流电源系统。')]}
          ]
        },
        {
          type: 'figure',
          number: '2',
          caption: '机柜的视图',
          id: 'figure-2',
          children: [
            {type: 'image', url: 'figures/front.png', alt: '正视图', label: 'a)', caption: '正视图'},
            {type: 'image', url: 'figures/side.png', alt: '侧视图', label: 'b)', caption: '侧视图'}
          ]
        },
        {type: 'formula', number: '1', id: 'formula-1', value: 'R = \\frac{U}{I}'},
        {
          type: 'definitionList',
          kind: 'where',
          children: [
            {type: 'definitionItem', children: [{type: 'definitionTerm', children: [{type: 'inlineMath', value: 'R'}]}, {type: 'definitionDescription', children: [t('接地电阻，单位为欧姆（Ω）；')]}]},
            {type: 'definitionItem', children: [{type: 'definitionTerm', children: [{type: 'inlineMath', value: 'U'}]}, {type: 'definitionDescription', children: [t('电压，单位为伏特（V）。')]}]}
          ]
        },
        {type: 'formula', number: '2', id: 'formula-2', value: 'P_{\\text{总}} = \\sum_{i=1}^{n} U_i I_i'},
        p('配置文件的写法如下：'),
        {type: 'code', lang: 'json', value: '{\n  "接地": true,\n\t"limit": 4,\n  "comment": "a very long line of configuration text that will not fit inside the frame of the listing and goes on under itself"\n}'},
        {
          type: 'table',
          number: '1',
          caption: '接地电阻限值',
          id: 'table-1',
          headerRows: 1,
          children: [
            row(cell('设备类别', {rowSpan: 2}), cell('接地电阻/Ω', {colSpan: 2})),
            row(cell('新建'), cell('改建')),
            row(cell([t('交换设备')]), cell([t('≤1'), {type: 'superscript', children: [t('a')]}]), cell('≤4')),
            row(cell([t('传输设备'), {type: 'break'}, t('（含光端机）')]), cell('≤5'), cell('≤10')),
            ...longRows,
            {type: 'note', number: 1, children: [t('限值为土壤电阻率不大于100 Ω·m时的数值。')]},
            {type: 'note', number: 2, children: [t('测量方法见附录A。')]},
            {type: 'tableFootnote', label: 'a', children: [t('雷暴日多的地区取0.5 Ω。')]}
          ]
        },
        {type: 'table', headerRows: 0, children: [row(cell('无表头的左格'), cell('无表头的右格'))]},
        p('第二个脚注的调用', {type: 'footnote', number: 2, children: [t('第二个脚注的文字。')]}, '在这里。')
      ]
    },
    {
      type: 'bibliography',
      id: 'bibliography',
      children: [
        {type: 'bibliographyEntry', label: '[1]', children: [{type: 'standardReference', code: 'GB/T', designation: 'GB/T 7714', year: 2015, children: [t('GB/T 7714—2015')]}, t('\u3000信息与文献　参考文献著录规则')]},
        {type: 'bibliographyEntry', label: '[2]', children: [t('示例作者. 接地技术手册[M]. 北京：示例出版社，2020.')]}
      ]
    },
    {type: 'termIndex', id: 'index'}
  ]
}
