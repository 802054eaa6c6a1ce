/**
 * Every node type of the tree, from one source, through every writer: its
 * distinctive text must reach the canonical Markdown, the JSON, the HTML, the
 * PDF's text, the Word document's text, the NISO STS XML's text, and an edit to it must show in the diff as a change of its
 * provision. A new node type adds itself to the fixture and to `constructs`.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {strFromU8, unzipSync} from 'fflate'
import {diffEditions, lineage, type StandardDiff} from '@stdkit/diff'
import {renderDocx} from '@stdkit/docx'
import {toMarkdown} from '@stdkit/markdown'
import {renderSite} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {parseStandard} from '@stdkit/parse'
import {renderEditionPdf} from '@stdkit/pdf'
import {renderSts} from '@stdkit/sts'
import {toText, type Content, type Standard, type StandardDocument} from '@stdkit/tree'

interface Construct {
  /** The node type whose text this is. */
  type:
    | Content['type']
    | 'listItem'
    | 'tableCell'
    | 'revisionRecord'
    | 'changeListEntry'
    | 'image'
    | 'tableFootnote'
    | 'definitionItem'
    | 'termSource'
    | 'bibliographyEntry'
  /** What sets it apart: written once in the fixture. */
  text: string
  /** What the newer edition writes instead (default: the text with a character added). */
  edited?: string
  /** Id of the provision the edit shows as a change of, or `record` for the revision record; absent where the differ does not compare it yet. */
  provision?: string
  /** Outputs that do not print it: the JSON holds the index's node, not the index each output generates from the terms. */
  notIn?: ReadonlyArray<string>
}

const constructs: ReadonlyArray<Construct> = [
  {type: 'foreword', text: '前言中的青鸟句子', provision: 'foreword'},
  {type: 'revisionHistory', text: '增加了白鹭条款', provision: 'record'},
  {type: 'revisionRecord', text: '苍鹰部', edited: '苍鹰处', provision: 'record'},
  {type: 'changeList', text: '鹡鸰变化条目', provision: 'foreword'},
  {type: 'changeListEntry', text: '伯劳旧条目', provision: 'foreword'},
  {type: 'introduction', text: '引言中的黄鹂句子', provision: 'introduction'},
  {type: 'clause', text: '雨燕要求', provision: 'clause-4'},
  {type: 'clause', text: '杜鹃条款', provision: 'clause-4.1'},
  {type: 'clause', text: '戴胜细则', provision: 'clause-4.1.1'},
  {type: 'term', text: '鹈鹕术语', provision: 'term-3.1'},
  {type: 'term', text: 'pelican term'},
  {type: 'normativeReference', text: '鸿雁引用文件', provision: 'clause-2'},
  {type: 'appendix', text: '蜂鸟附录', provision: 'appendix-A'},
  {type: 'appendix', text: '信天翁附录', provision: 'appendix-B'},
  {type: 'paragraph', text: '无标题条款的鸬鹚段落', provision: 'clause-4.2.1'},
  {type: 'list', text: '破折号之鹌鹑项', provision: 'clause-4.2.1'},
  {type: 'listItem', text: '圆点之鹧鸪细项', provision: 'clause-4.2.1'},
  {type: 'listItem', text: '字母之斑鸠项', provision: 'clause-4.2.1'},
  {type: 'listItem', text: '数字之鹦鹉细项', provision: 'clause-4.2.1'},
  {type: 'note', text: '单独之孔雀注', provision: 'clause-4.2.1'},
  {type: 'note', text: '编号之天鹅注二', provision: 'clause-4.2.1'},
  {type: 'example', text: '山雀示例', provision: 'clause-4.2.1'},
  {type: 'table', text: '朱鹮记录', provision: 'clause-4.2.1'},
  {type: 'tableCell', text: '丹顶格', provision: 'clause-4.2.1'},
  {type: 'text', text: '啄木鸟之段落', provision: 'clause-A.1'},
  {type: 'crossReference', text: '见4.2.1', edited: '见4.1.1', provision: 'clause-4.1'},
  {type: 'crossReference', text: '、附录A和', edited: '、附录B和', provision: 'clause-4.1'},
  {type: 'crossReference', text: '和表1', edited: '和表A.1', provision: 'clause-4.1'},
  {type: 'standardReference', text: '依据Q/ZX 75.1760', edited: '依据Q/ZX 75.1761', provision: 'clause-4.1'},
  {type: 'term', text: '鹈鹕别名', provision: 'term-3.1'},
  {type: 'term', text: 'PLCN', edited: 'PLCM', provision: 'term-3.1'},
  {type: 'note', text: '鹈鹕条目之注', provision: 'term-3.1'},
  {type: 'termSource', text: '鹈鹕辞典', provision: 'term-3.1'},
  {type: 'crossReference', text: '见图1', edited: '见图2', provision: 'clause-4.1.1'},
  {type: 'crossReference', text: '公式（1）', edited: '公式（2）', provision: 'clause-4.1.1'},
  {type: 'inlineMath', text: '鹬蚌', provision: 'clause-4.1.1'},
  {type: 'figure', text: '蓝鹊结构', provision: 'clause-4.1.1'},
  {type: 'image', text: '鸳鸯分图', provision: 'clause-4.1.1'},
  {type: 'definitionList', text: '绿头鸭说明', provision: 'clause-4.1.1'},
  {type: 'definitionItem', text: '赤麻鸭说明', provision: 'clause-4.1.1'},
  {type: 'note', text: '鸊鷉图注', provision: 'clause-4.1.1'},
  {type: 'formula', text: '鸵鸟公式', provision: 'clause-4.1.1'},
  {type: 'definitionList', text: '鹌鹑符号说明', provision: 'clause-4.1.1'},
  {type: 'code', text: '鹪鹩代码行', provision: 'clause-4.1.1'},
  {type: 'superscript', text: '上标鸮', provision: 'clause-4.2.1'},
  {type: 'subscript', text: '下标隼', provision: 'clause-4.2.1'},
  {type: 'emphasis', text: '斜体鸻', provision: 'clause-4.2.1'},
  {type: 'strong', text: '粗体鸫', provision: 'clause-4.2.1'},
  {type: 'footnote', text: '云雀脚注', provision: 'clause-4.2.1'},
  {type: 'table', text: '鹗合并表', provision: 'clause-4.2.1'},
  {type: 'tableCell', text: '夜鹭合并格', provision: 'clause-4.2.1'},
  {type: 'break', text: '下行鹳格', provision: 'clause-4.2.1'},
  {type: 'note', text: '白鹳表注', provision: 'clause-4.2.1'},
  {type: 'tableFootnote', text: '灰鹤表脚注', provision: 'clause-4.2.1'},
  {type: 'definitionList', text: '鹫缩略语', provision: 'clause-5'},
  {type: 'bibliography', text: '鹞鹰参考书目', provision: 'bibliography'},
  {type: 'bibliographyEntry', text: '[1]'},
  {type: 'termIndex', text: '索引', notIn: ['json']}
]

/** Every type of the content maps: a type added to a map and not here fails to compile. */
const contentTypes = [
  ...['foreword', 'introduction', 'clause', 'appendix', 'bibliography', 'termIndex'] as const,
  ...['paragraph', 'list', 'note', 'example', 'table', 'figure', 'formula', 'code', 'definitionList'] as const,
  ...['term', 'normativeReference', 'revisionHistory', 'changeList'] as const,
  ...['text', 'crossReference', 'standardReference', 'inlineMath', 'footnote', 'superscript', 'subscript', 'emphasis', 'strong', 'break'] as const
] satisfies ReadonlyArray<Content['type']>
const everyType: [Exclude<Content['type'], (typeof contentTypes)[number]>] extends [never] ? true : false = true

const source = readFileSync(new URL('fixtures/constructs/2007.md', import.meta.url), 'utf8')

function parse(value: string): Standard {
  return parseStandard(new VFile({path: 'constructs/2007.md', value}))
}

/** What the test reads of a document pdfjs-dist opened (the PDF package's dependency, not this one's). */
interface PdfDocument {
  numPages: number
  getPage(number: number): Promise<{getTextContent(): Promise<{items: Array<{str: string} | object>}>}>
}

/** PDF text as pdfjs-dist reads it back, as the PDF package's tests do. */
async function pdfText(bytes: Buffer): Promise<string> {
  const require = createRequire(new URL('../packages/pdf/package.json', import.meta.url))
  const {getDocument} = (await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as {getDocument: (source: object) => {promise: Promise<PdfDocument>}}
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  let text = ''
  for (let number = 1; number <= document.numPages; number++) {
    for (const item of (await (await document.getPage(number)).getTextContent()).items) if ('str' in item) text += item.str
  }
  return text
}

/** Text as it reads, lines and spacing aside. */
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/gu, '')

/** What the comparison says of the construct's provision, if it changed. */
function changed(diff: StandardDiff, provision: string): boolean {
  if (provision === 'record') return diff.record.some((row) => row.kind !== 'equal')
  return diff.provisions.some((change) => change.id === provision && !change.kinds.includes('unchanged'))
}

describe('every node type reaches every output', () => {
  const tree = parse(source)
  const outputs: Record<string, string> = {}

  beforeAll(async () => {
    outputs.markdown = toMarkdown(tree)
    // The JSON's text: its strings, and its tree's text read back, where a reference sits inside a sentence.
    const json = toJson(tree)
    outputs.json = `${json}${toText((JSON.parse(json) as StandardDocument).standard)}`
    const site = renderSite({standards: [{slug: 'constructs', editions: [{year: 2007, tree}], diffs: [], lineage: lineage([tree])}]})
    outputs.html = (site.get('constructs/2007.html') ?? '').replace(/<[^>]*>/gu, '')
    // The Word edition's text: the body's runs and its Word math (`m:t`), then its footnotes.
    const docx = unzipSync(await renderDocx(tree))
    const document = ['word/document.xml', 'word/footnotes.xml'].map((name) => strFromU8(docx[name] ?? new Uint8Array())).join('')
    outputs.docx = [...document.matchAll(/<[wm]:t(?: [^>]*)?>([^<]*)<\/[wm]:t>/gu)].map((match) => match[1] ?? '').join('').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')
    // The standards XML's text: its character data, entities read back, MathML aside (its TeX is there as `tex-math`).
    outputs.sts = renderSts(tree)
      .replace(/<mml:math[\s\S]*?<\/mml:math>/gu, '')
      .replace(/<[^>]*>/gu, '')
      .replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')
    outputs.pdf = await pdfText(await renderEditionPdf(tree, {path: fileURLToPath(new URL('fixtures/constructs/2007.md', import.meta.url))}))
  })

  it('reads the list after the lead-in as a change list, and writes it back as written', () => {
    const foreword = tree.children.find((node) => node.type === 'foreword')
    const list = foreword?.children.find((node) => node.type === 'changeList')
    expect(list?.children.map((entry) => [entry.label, entry.action, entry.see, entry.seeOld])).toEqual([
      ['——', 'added', ['4.1'], undefined],
      ['——', 'deleted', undefined, {year: 2006, numbers: ['4.3']}]
    ])
    expect(outputs.markdown).toContain('与Q/ZX 99.1-2006相比，主要技术变化如下：\n\n——增加了鹡鸰变化条目（见4.1）；\n\n——删除了伯劳旧条目（2006年版的4.3）。\n')
  })

  it('has every node type of the content maps in the fixture', () => {
    expect(everyType).toBe(true)
    const types = new Set(constructs.map((construct) => construct.type))
    expect(contentTypes.filter((type) => !types.has(type))).toEqual([])
    for (const construct of constructs) expect(source.split(construct.text).length - 1, construct.text).toBe(1)
  })

  it('formats every construct back to itself: fmt keeps the tree and is stable on its own output', () => {
    const positionless = (value: Standard): unknown => JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === 'position' || key === 'positions' ? undefined : item)))
    const again = parse(outputs.markdown ?? '')
    expect(positionless(again)).toEqual(positionless(tree))
    expect(toMarkdown(again)).toBe(outputs.markdown)
  })

  for (const format of ['markdown', 'json', 'html', 'pdf', 'docx', 'sts']) {
    it(`writes the text of every construct to ${format}`, () => {
      const output = squeeze(outputs[format] ?? '')
      const missing = constructs.filter((construct) => !construct.notIn?.includes(format) && !output.includes(squeeze(construct.text)))
      expect(missing.map((construct) => `${construct.type}: ${construct.text}`)).toEqual([])
    })
  }

  it('shows an edit to every construct as a change of its provision', () => {
    const unseen = constructs.filter((construct) => {
      if (construct.provision === undefined) return false
      const edited = parse(source.replace(construct.text, construct.edited ?? `${construct.text}改`))
      return !changed(diffEditions(tree, {...edited, cover: {...edited.cover, year: 2008}}), construct.provision)
    })
    expect(unseen.map((construct) => `${construct.type}: ${construct.text}`)).toEqual([])
  })
})
