import {readFileSync} from 'node:fs'
import {strFromU8, unzipSync} from 'fflate'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {paragraphStyles, renderDocx} from '@stdkit/docx'
import {parseStandard} from '@stdkit/parse'
import {printedNumber, type Node, type Standard} from '@stdkit/tree'

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
const parse = (path: string): Standard => parseStandard(new VFile({path, value: read(path)}))

const constructs = parse('test/fixtures/constructs/2007.md')
const seed = parse('standards/q-zx-75.1861/2007.md')

const unzip = (bytes: Uint8Array) => {
  const parts = unzipSync(bytes)
  const part = (name: string) => strFromU8(parts[name] ?? new Uint8Array())
  return {parts, document: part('word/document.xml'), styles: part('word/styles.xml'), core: part('docProps/core.xml')}
}

const unescape = (value: string) => value.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')

/** The document's paragraphs: each one's style id and its text. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gsu)].map((match) => {
    const inner = match[1] ?? match[2] ?? ''
    return {style: /<w:pStyle w:val="([^"]+)"/u.exec(inner)?.[1], text: unescape([...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''))}
  })

/** Every node of a tree, depth first. */
function* nodes(node: Node): Generator<Node> {
  yield node
  for (const child of (node as Node & {children?: Array<Node>}).children ?? []) yield* nodes(child)
}

afterEach(() => {
  vi.useRealTimers()
})

describe('@stdkit/docx', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/docx')).sort()).toEqual(['handlers', 'paragraphStyles', 'renderComparisonDocx', 'renderDocx', 'style'])
  })

  it('names its styles as the drafting tool names them, each heading with its outline level', async () => {
    const {styles} = unzip(await renderDocx(constructs))
    const outline = (name: string) => {
      const found = new RegExp(`<w:style [^>]*w:styleId="([^"]+)"[^>]*>(?:(?!</w:style>).)*?<w:name w:val="${name}"/>((?:(?!</w:style>).)*)</w:style>`, 'su').exec(styles)
      expect(found, name).not.toBeNull()
      return /<w:outlineLvl w:val="(\d)"\/>/u.exec(found?.[2] ?? '')?.[1]
    }
    expect(outline('标准文件_章标题')).toBe('0')
    expect(outline('标准文件_一级条标题')).toBe('1')
    expect(outline('标准文件_二级条标题')).toBe('2')
    expect(outline('标准文件_五级条标题')).toBe('5')
    expect(outline('标准文件_附录标识')).toBe('0')
    expect(outline('标准文件_附录一级条标题')).toBe('1')
    expect(outline('标准文件_前言、引言标题')).toBe('0')
    expect(outline('标准文件_术语条一')).toBe('1')
    expect(outline('标准文件_段')).toBeUndefined()
    expect(outline('标准文件_注：')).toBeUndefined()
    // 黑体 and 宋体 by their Latin names, which a word processor without them knows.
    expect(styles).toContain('w:eastAsia="SimHei"')
    expect(styles).toContain('w:eastAsia="SimSun"')
    expect(new Set(paragraphStyles.map((style) => style.id)).size).toBe(paragraphStyles.length)
  })

  it('lays out the cover with the standard facts, and heads its pages with the number', async () => {
    const {document, parts} = unzip(await renderDocx(seed))
    const texts = paragraphs(document).map((paragraph) => paragraph.text)
    const cover = seed.cover
    for (const fact of [cover.code, printedNumber(cover.number), cover.title, `${cover.issued}发布`, `${cover.effective}实施`, cover.issuer, cover.documentType]) {
      expect(fact, 'a fact the seed states').toBeTruthy()
      expect(texts.join('\n')).toContain(fact)
    }
    if (cover.replaces) expect(texts).toContain(`代替${cover.replaces}`)
    if (cover.titleEnglish) expect(texts).toContain(cover.titleEnglish)
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/u.test(name))
    expect(headers.length).toBeGreaterThan(0)
    for (const header of headers) expect(strFromU8(parts[header] ?? new Uint8Array())).toContain(printedNumber(cover.number))
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(document).toContain('w:fmt="upperRoman"')
  })

  it('writes every heading in its style with its number as text, the appendices on new pages with their label lines', async () => {
    const written = paragraphs(unzip(await renderDocx(constructs)).document)
    let clauses = 0
    for (const node of nodes(constructs)) {
      if (node.type !== 'clause') continue
      const clause = node as Node & {number: string; title?: string}
      const level = clause.number.split('.').length - 1
      const appendix = /^[A-Z]/u.test(clause.number)
      const id = appendix ? ['StdAppendixChapter', 'StdAppendixClause1', 'StdAppendixClause2', 'StdAppendixClause3'][level] : ['StdChapter', 'StdClause1', 'StdClause2', 'StdClause3'][level]
      expect(written, clause.number).toContainEqual({style: id, text: [clause.number, clause.title].filter(Boolean).join('\u3000')})
      clauses++
    }
    expect(clauses).toBeGreaterThan(5)
    const labels = written.filter((paragraph) => paragraph.style === 'StdAppendixLabel')
    expect(labels.map((label) => label.text)).toEqual(
      constructs.children.filter((child) => child.type === 'appendix').map((appendix) => expect.stringMatching(new RegExp(`^附录${appendix.letter}（(规范性|资料性)(附录)?）${appendix.title}$`, 'u')))
    )
    const document = unzip(await renderDocx(constructs)).document
    expect(document.match(/<w:pStyle w:val="StdAppendixLabel"\/><w:pageBreakBefore\/>|<w:pageBreakBefore\/>(?:(?!<\/w:pPr>).)*<w:pStyle w:val="StdAppendixLabel"\/>|<w:pStyle w:val="StdAppendixLabel"\/>(?:(?!<\/w:pPr>).)*<w:pageBreakBefore\/>/gsu)?.length).toBe(labels.length)
    expect(written).toContainEqual({style: 'StdListDash', text: expect.stringMatching(/^——/u)})
    expect(document).toContain('<w:tblHeader/>')
    expect(document).toMatch(/<w:gridSpan w:val="\d"\/>/u)
    expect(document).toContain('<w:vMerge w:val="restart"/>')
    // No cell's text justified (a wrapped cell would spread its characters apart): header cells centred, the others left (the notes below a table set as notes).
    const cells = [...document.matchAll(/<w:tc>((?:(?!<\/w:tc>).)*)<\/w:tc>/gsu)].map((cell) => cell[1] ?? '').filter((cell) => cell.includes('<w:pStyle w:val="StdParagraph"/>'))
    expect(cells.length).toBeGreaterThan(5)
    const alignments = new Set(cells.flatMap((cell) => [...cell.matchAll(/<w:p>(?:(?!<\/w:pPr>).)*?<w:jc w:val="(\w+)"\/>/gsu)].map((match) => match[1])))
    expect([...alignments].sort()).toEqual(['center', 'left'])
    expect(cells.filter((cell) => !/<w:jc w:val="(?:left|center)"\/>/u.test(cell))).toEqual([])
  })

  it('writes the text of every construct, none left out', async () => {
    const {document, parts} = unzip(await renderDocx(constructs))
    // The body's text, then the footnotes' at the foot of the pages.
    const text = [...paragraphs(document), ...paragraphs(strFromU8(parts['word/footnotes.xml'] ?? new Uint8Array()))].map((paragraph) => paragraph.text).join('')
    const types = new Set<string>()
    for (const node of nodes(constructs)) {
      types.add(node.type)
      const value = (node as Node & {value?: string}).value
      // A formula's text is its TeX, written as Word math: see the formulas' own test.
      if (typeof value === 'string' && node.type !== 'code' && node.type !== 'formula' && node.type !== 'inlineMath') for (const part of value.split('\n').filter((line) => line.trim() !== '')) expect(text, node.type).toContain(part)
      if (node.type === 'code') for (const line of (value ?? '').split('\n').filter((line) => line.trim() !== '')) expect(text).toContain(line)
      if (node.type === 'image') expect(text).toContain((node as Node & {alt: string}).alt)
      if (node.type === 'term') expect(text).toContain((node as Node & {term: string}).term)
      if (node.type === 'normativeReference') expect(text).toContain((node as Node & {title: string}).title)
    }
    for (const type of ['formula', 'code', 'image', 'footnote', 'inlineMath', 'table', 'term', 'appendix', 'bibliography', 'definitionList']) expect(types, type).toContain(type)
  })

  it('gives the same bytes for the same edition, whenever it is made', async () => {
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(new Date('2030-05-06T07:08:09Z'))
    const first = await renderDocx(constructs)
    vi.setSystemTime(new Date('2041-11-12T13:14:15Z'))
    const second = await renderDocx(constructs)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const {core} = unzip(first)
    expect(core).toContain('2007-09-01T00:00:00Z')
    expect(core).not.toContain('2030')
  })
})

describe('the package', () => {
  it('puts its content types first and dates its parts on the edition’s day', async () => {
    const bytes = await renderDocx(constructs)
    // The first local file header's name, and its DOS date: 2007-09-01.
    const view = new DataView(bytes.buffer, bytes.byteOffset)
    const nameLength = view.getUint16(26, true)
    expect(new TextDecoder().decode(bytes.subarray(30, 30 + nameLength))).toBe('[Content_Types].xml')
    const dosDate = view.getUint16(12, true)
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2007, 9, 1])
    expect(view.getUint16(10, true)).toBe(0)
  })
})

describe('formulas', () => {
  /** The paragraph of the document that holds a piece of text. */
  const paragraphWith = (xml: string, needle: string) => [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*<\/w:p>/gsu)].map((match) => match[0]).find((paragraph) => paragraph.includes(needle)) ?? ''

  it('writes a display formula as Word math, centred, with its number at the right margin', async () => {
    const {document} = unzip(await renderDocx(constructs))
    const formula = paragraphWith(document, '鸵鸟公式')
    expect(formula).toMatch(/<m:oMath>(?:(?!<\/m:oMath>).)*<m:sSup>(?:(?!<\/m:oMath>).)*<m:t xml:space="preserve">c<\/m:t>(?:(?!<\/m:oMath>).)*<m:t xml:space="preserve">鸵鸟公式<\/m:t>/su)
    expect(formula).toContain('<w:tab w:val="center" w:pos="4678"/><w:tab w:val="right" w:pos="9355"/>')
    expect(formula).toContain('<w:spacing w:line="240" w:lineRule="auto"/>')
    expect(formula).toMatch(/<\/m:oMath><w:r><w:tab\/><\/w:r><w:r><w:t xml:space="preserve">（1）<\/w:t><\/w:r><\/w:p>$/u)
    expect(formula).not.toContain('\\text')
  })

  it('writes inline math as Word math inside its sentence', async () => {
    const {document} = unzip(await renderDocx(constructs))
    expect(paragraphWith(document, '为行内公式')).toMatch(/计算，其中<\/w:t><\/w:r><m:oMath><m:sSub>(?:(?!<\/m:oMath>).)*鹬蚌(?:(?!<\/m:oMath>).)*<\/m:oMath><w:r><w:t xml:space="preserve">为行内公式。/su)
  })

  it('sets an unnumbered formula as a math paragraph, and one that does not compile as its TeX in italics', async () => {
    const tree = parse('test/fixtures/constructs/2007.md')
    const formula = [...nodes(tree)].find((node) => node.type === 'formula') as Node & {value: string; number?: string}
    delete formula.number
    expect(paragraphWith(unzip(await renderDocx(tree)).document, '鸵鸟公式')).toMatch(/<m:oMathPara><m:oMath>.*<\/m:oMath><\/m:oMathPara>/su)
    formula.value = '\\frac{a}{'
    const fallback = paragraphWith(unzip(await renderDocx(tree)).document, '\\frac{a}{')
    expect(fallback).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">\\frac\{a\}\{<\/w:t><\/w:r>/u)
    expect(fallback).not.toContain('<m:oMath')
  })
})

describe('footnotes', () => {
  it('writes a footnote as a Word footnote, numbered as the tree numbers it, and keeps a table footnote in its table', async () => {
    const {parts, document} = unzip(await renderDocx(constructs))
    const footnotes = strFromU8(parts['word/footnotes.xml'] ?? new Uint8Array())
    const called = [...nodes(constructs)].filter((node) => node.type === 'footnote') as Array<Node & {number: number}>
    expect(called.map((footnote) => footnote.number)).toEqual([1])
    // Word numbers its footnotes in the order of their references: the tree's numbers, with the `)` of `1)` after each.
    expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/><\/w:r><w:r><w:rPr><w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">\)<\/w:t>/gu)].map((match) => Number(match[1]))).toEqual([1])
    expect(document).toMatch(/见注释<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/u)
    expect(footnotes).toMatch(/<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="StdFootnote"\/><\/w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteRef\/><\/w:r>.*云雀脚注之文字。.*<\/w:footnote>/su)
    expect(paragraphs(document).map((paragraph) => paragraph.text).join('')).not.toContain('云雀脚注')
    const tableFootnote = [...nodes(constructs)].find((node) => node.type === 'tableFootnote') as (Node & {children: Array<Node & {value?: string}>}) | undefined
    const tableText = tableFootnote?.children.map((child) => child.value ?? '').join('') ?? ''
    expect(tableText).not.toBe('')
    expect(document).toMatch(new RegExp(`<w:tc>(?:(?!</w:tc>).)*${tableText}(?:(?!</w:tc>).)*</w:tc>`, 'su'))
    expect(footnotes).not.toContain(tableText)
  })
})

describe('the 目次', () => {
  it('is a table-of-contents field over the headings, filled in with their entries, after the cover on page I', async () => {
    const {document} = unzip(await renderDocx(constructs))
    const field = /<w:sdt>(?:(?!<\/w:sdt>).)*<\/w:sdt>/su.exec(document)?.[0] ?? ''
    expect(field).toContain('<w:docPartGallery w:val="Table of Contents"/>')
    expect(field).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\t &quot;标准文件_前言、引言标题,1,标准文件_章标题,1,标准文件_一级条标题,2,标准文件_附录标识,1,标准文件_参考文献标题,1,标准文件_索引标题,1&quot; \\z</w:instrText>')
    const entries = paragraphs(field)
      .filter((entry) => entry.style?.startsWith('TOC'))
      .map((entry) => `${entry.style}:${entry.text}`)
    const expected: Array<string> = []
    for (const node of constructs.children) {
      if (node.type === 'foreword') expected.push('TOC1:前言')
      if (node.type === 'introduction') expected.push('TOC1:引言')
      if (node.type === 'clause') {
        expected.push(`TOC1:${[node.number, node.title].filter(Boolean).join('\u3000')}`)
        for (const child of node.children) if (child.type === 'clause') expected.push(`TOC2:${[child.number, child.title].filter(Boolean).join('\u3000')}`)
      }
      if (node.type === 'appendix') expected.push(expect.stringMatching(new RegExp(`^TOC1:附录${node.letter} （(规范性|资料性)(附录)?） ${node.title}$`, 'u')) as unknown as string)
      if (node.type === 'bibliography') expected.push('TOC1:参考文献')
      if (node.type === 'termIndex') expected.push('TOC1:索引')
    }
    expect(expected.length).toBeGreaterThan(8)
    expect(entries).toEqual(expected)
    // Each entry leads to its heading, and its page number is left for the word processor to fill in.
    const anchors = [...field.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]+)">/gu)].map((match) => match[1])
    expect(anchors).toHaveLength(expected.length)
    for (const anchor of anchors) expect(document).toContain(`<w:bookmarkStart w:name="${anchor}"`)
    expect(field).toContain('<w:instrText xml:space="preserve">PAGEREF _Toc1 \\h</w:instrText>')
    // After the cover, titled 目次 in the drafting tool's style, in the front matter's first section, paged I.
    const titles = paragraphs(document)
    const title = titles.findIndex((paragraph) => paragraph.style === 'StdTocTitle')
    expect(titles[title]?.text).toBe('目\u3000\u3000次')
    expect(titles.slice(0, title).map((paragraph) => paragraph.text)).toContain(constructs.cover.title)
    expect(titles.slice(0, title).some((paragraph) => paragraph.style === 'StdForewordTitle')).toBe(false)
    const sections = document.split('</w:sectPr>')
    expect(sections[0]).toContain(constructs.cover.title)
    expect(sections[1]).toContain('目\u3000\u3000次')
    expect(sections[1]).toContain('<w:pgNumType w:start="1" w:fmt="upperRoman"/>')
    expect(sections[2]).toMatch(/^(?:(?!目\u3000\u3000次).)*前言/su)
    expect(unzip(await renderDocx(constructs)).styles).toContain('<w:name w:val="标准文件_目次、标准名称标题"/>')
  })
})

describe('fonts', () => {
  it('names 宋体 and 黑体 with SimSun and SimHei, and the Noto faces as their East Asian fallback, in the font table', async () => {
    const {parts} = unzip(await renderDocx(constructs))
    const table = strFromU8(parts['word/fontTable.xml'] ?? new Uint8Array())
    const entry = (name: string) => new RegExp(`<w:font w:name="${name}">((?:(?!</w:font>).)*)</w:font>`, 'su').exec(table)?.[1] ?? ''
    expect(entry('宋体')).toMatch(/^<w:altName w:val="Noto Serif CJK SC"\/><w:panose1 w:val="02010600030101010101"\/><w:charset w:val="86"\/><w:family w:val="auto"\/><w:pitch w:val="variable"\/><w:sig /u)
    expect(entry('黑体')).toMatch(/^<w:altName w:val="Noto Sans CJK SC"\/><w:panose1 w:val="02010609060101010101"\/><w:charset w:val="86"\/><w:family w:val="modern"\/><w:pitch w:val="fixed"\/><w:sig /u)
    expect(entry('SimSun')).toMatch(/^<w:altName w:val="宋体"\/><w:panose1 w:val="02010600030101010101"\/>/u)
    expect(entry('SimHei')).toMatch(/^<w:altName w:val="黑体"\/><w:panose1 w:val="02010609060101010101"\/>/u)
    expect(entry('Noto Serif CJK SC')).toContain('<w:charset w:val="86"/>')
    expect(entry('Noto Sans CJK SC')).toContain('<w:charset w:val="86"/>')
    // Every face a run or a style names is in the table.
    const xml = `${unzip(await renderDocx(constructs)).styles}${unzip(await renderDocx(constructs)).document}`
    const named = new Set([...xml.matchAll(/<w:rFonts\b[^>]*>/gu)].flatMap((fonts) => [...fonts[0].matchAll(/w:(?:ascii|hAnsi|eastAsia)="([^"]+)"/gu)].map((match) => match[1] ?? '')))
    expect([...named].filter((name) => entry(name) === '')).toEqual([])
    expect(named).toContain('SimSun')
    // The text's East Asian language, by which a word processor without these faces takes Simplified Chinese ones; its Latin words broken as English.
    expect(xml).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')
  })
})

describe('terms', () => {
  it('lays a term entry out as GB/T 1.1 does: its number alone, the term in 黑体 with its English, the other terms, definition, notes and source', async () => {
    const {document} = unzip(await renderDocx(constructs))
    const written = paragraphs(document)
    const start = written.findIndex((paragraph) => paragraph.style === 'StdTerm1')
    expect(written.slice(start, start + 7)).toEqual([
      {style: 'StdTerm1', text: '3.1'},
      {style: 'StdParagraph', text: '鹈鹕术语\u3000pelican term'},
      {style: 'StdParagraph', text: '鹈鹕别名'},
      {style: 'StdParagraph', text: 'PLCN'},
      {style: 'StdParagraph', text: '鹈鹕之定义。'},
      {style: 'StdNote', text: '注1到条目：鹈鹕条目之注。'},
      {style: 'StdParagraph', text: '[来源：鹈鹕辞典，3.1，有修改]'}
    ])
    // The term and its English equivalent in 黑体, the admitted term in the text's 宋体.
    expect(document).toMatch(/<w:rFonts w:ascii="SimHei" w:eastAsia="SimHei" w:hAnsi="SimHei"\/><\/w:rPr><w:t xml:space="preserve">鹈鹕术语<\/w:t><\/w:r><w:r><w:rPr><w:rFonts w:ascii="SimHei" w:eastAsia="SimHei" w:hAnsi="SimHei"\/><\/w:rPr><w:t xml:space="preserve">　pelican term</u)
    expect(document).toMatch(/<w:keepNext\/><\/w:pPr><w:r><w:t xml:space="preserve">鹈鹕别名<\/w:t>/u)
  })

  it('fills the index with the terms in pinyin order and the English equivalents, each linked to its entry', async () => {
    const {document} = unzip(await renderDocx(constructs))
    const written = paragraphs(document)
    const start = written.findIndex((paragraph) => paragraph.style === 'StdIndexTitle')
    expect(written.slice(start).map((paragraph) => paragraph.text)).toEqual(['索引', '汉语拼音索引', '鹈鹕别名3.1', '鹈鹕术语3.1', '英文对应词索引', 'pelican term3.1'])
    const anchors = [...document.split('<w:pStyle w:val="StdIndexTitle"/>')[1]!.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]+)">/gu)].map((match) => match[1])
    expect(anchors).toEqual(['_term_3_1', '_term_3_1', '_term_3_1'])
    expect(document).toMatch(/<w:pStyle w:val="StdTerm1"\/><\/w:pPr><w:bookmarkStart w:name="_term_3_1" w:id="\d+"\/><w:r><w:t xml:space="preserve">3\.1<\/w:t>/u)
  })
})

describe('images', () => {
  // A 1×1 PNG.
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'))
  const withPng = (): Standard => {
    const tree = parseStandard(new VFile({path: 'input.md', value: read('test/fixtures/constructs/2007.md').replace('figures/kingfisher.svg', 'figures/kingfisher.png')}))
    for (const node of nodes(tree)) if (node.type === 'image') Object.assign(node, {file: {mediaType: 'image/png', width: 1200, height: 300, sha256: '0'.repeat(64)}})
    return tree
  }

  it('places a PNG read beside the source, narrowed to the text width, and writes an image it could not read as its text', async () => {
    const urls: Array<string> = []
    const {parts, document} = unzip(await renderDocx(withPng(), {readImage: async (url) => (urls.push(url), png)}))
    expect(urls).toEqual(['figures/kingfisher.png'])
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(1)
    expect(document).toContain('<pic:pic')
    expect(document).toContain(`cx="${600 * 9525}" cy="${150 * 9525}"`)
    // Its paragraph's lines grow with the picture, where the text's line pitch would crop it.
    expect(document).toMatch(/<w:spacing w:line="240" w:lineRule="auto"\/>(?:(?!<\/w:p>).)*<w:drawing>/su)
    expect(document).not.toContain('[翠鸟图像]')
    expect(unzip(await renderDocx(constructs, {readImage: async () => png})).document).toContain('[翠鸟图像]')
  })

  const svg = readFileSync(new URL('../../../test/fixtures/constructs/figures/kingfisher.svg', import.meta.url))
  const withSvg = (): Standard => {
    const tree = parse('test/fixtures/constructs/2007.md')
    for (const node of nodes(tree)) if (node.type === 'image') Object.assign(node, {file: {mediaType: 'image/svg+xml', width: 240, height: 200, sha256: '0'.repeat(64)}})
    return tree
  }

  it('places an SVG as SVG, with a PNG fallback rasterised from it, the same bytes each time', async () => {
    const urls: Array<string> = []
    const bytes = await renderDocx(withSvg(), {readImage: async (url) => (urls.push(url), svg)})
    expect(urls).toEqual(['figures/kingfisher.svg'])
    const {parts, document} = unzip(bytes)
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/')).sort()
    expect(media.map((name) => name.replace(/^.*\./u, ''))).toEqual(['png', 'svg'])
    const [pngName = '', svgName = ''] = media
    expect(Buffer.from(parts[svgName] ?? new Uint8Array()).equals(svg)).toBe(true)
    // The fallback: a PNG twice the placed size, white where the figure is, black on its lines.
    const fallback = parts[pngName] ?? new Uint8Array()
    expect(Buffer.from(fallback.subarray(1, 4)).toString('latin1')).toBe('PNG')
    const header = new DataView(fallback.buffer, fallback.byteOffset)
    expect([header.getUint32(16), header.getUint32(20)]).toEqual([480, 400])
    expect(document).toMatch(/<a:blip r:embed="rId\d+"[^>]*><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip [^>]*r:embed="rId\d+"\/>/u)
    expect(document).toContain(`cx="${240 * 9525}" cy="${200 * 9525}"`)
    expect(document).not.toContain('[翠鸟图像]')
    const again = await renderDocx(withSvg(), {readImage: async () => svg})
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
  })

  it('writes an SVG the rasteriser cannot read as its text', async () => {
    const {parts, document} = unzip(await renderDocx(withSvg(), {readImage: async () => new TextEncoder().encode('<svg')}))
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toEqual([])
    expect(document).toContain('[翠鸟图像]')
  })

  it('gives the same bytes with images too, render after render', async () => {
    const options = {readImage: async () => png}
    const first = await renderDocx(withPng(), options)
    const second = await renderDocx(withPng(), options)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })
})

describe('an edition without a usable date', () => {
  it('is written all the same, dated within what a zip can record, the same bytes each time', async () => {
    const empty = parseStandard(new VFile({path: 'standards/x/draft.md', value: ''}))
    const bytes = await renderDocx(empty)
    expect(unzipSync(bytes)['word/document.xml']).toBeDefined()
    expect(await renderDocx(empty)).toEqual(bytes)
    const early = parse('standards/q-zx-75.1861/2007.md')
    const old = {...early, cover: {...early.cover, issued: '1975-06-01', year: 1975}}
    expect(strFromU8(unzipSync(await renderDocx(old))['docProps/core.xml'] ?? new Uint8Array())).toContain('1975-06-01T00:00:00Z')
  })
})

describe('the 目次 page numbers', () => {
  it('are asked for when Word opens the document: its fields are marked to be updated', async () => {
    const settings = strFromU8(unzipSync(await renderDocx(seed))['word/settings.xml'] ?? new Uint8Array())
    expect(settings).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/u)
  })
})
