/**
 * The PDF as a document of record, read back with poppler (Debian's
 * poppler-utils) and pdfjs-dist: every edition of the test library and a
 * comparison are tagged (a structure tree of headings, paragraphs, lists,
 * tables, figures and formulas with their alternate texts, the 目次, in
 * Chinese), every character on their pages is in the structure or is the
 * running header and folio; their page labels are the folios printed; the
 * closing line (终结线) ends the last page; table columns are as wide as
 * their content needs; a comparison links its references as the edition
 * does and keeps a deleted table's title.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {diffEditions} from '@stdkit/diff'
import {parseStandard} from '@stdkit/parse'
import {columnWidths, renderEditionPdf, renderRedlinePdf} from '@stdkit/pdf'
import {printedNumber, toText, type Paragraph, type PhrasingContent, type Standard} from '@stdkit/tree'
import {libraryEditions, repository, technicalEditions} from '../../../test/library.js'

const tool = (name: string) => process.env[`${name.toUpperCase()}_PATH`] ?? `/usr/bin/${name}`
const tools = {pdfinfo: tool('pdfinfo'), pdftotext: tool('pdftotext'), pdftoppm: tool('pdftoppm'), pdftohtml: tool('pdftohtml')}

/** Whether poppler's tools are there: in CI their absence is a failure, elsewhere the tests are skipped with a note. */
function popplerAvailable(): boolean {
  const missing = Object.values(tools).filter((file) => !existsSync(file))
  if (missing.length === 0) return true
  if (process.env.CI) throw new Error(`${missing.join(', ')} not found: CI must install Debian's poppler-utils package`)
  console.warn(`structure tests skipped: no ${missing.join(', ')} (apt-get install poppler-utils)`)
  return false
}

const poppler = popplerAvailable()
const run = (file: string, args: ReadonlyArray<string>): string => execFileSync(file, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '')

/** An element of the structure tree as `pdfinfo -struct-text` prints it: its type, its children, and its content in order (its text and its children). */
interface Element {
  type: string
  children: Array<Element>
  content: Array<string | Element>
}

/** The structure tree of a PDF: its root's elements under an element of no type. */
function structure(file: string): Element {
  const root: Element = {type: '', children: [], content: []}
  const stack: Array<{depth: number; element: Element}> = [{depth: -1, element: root}]
  for (const line of run(tools.pdfinfo, ['-struct-text', file]).split('\n')) {
    const body = line.trim()
    // Attributes (`/Scope /Column`) and annotations (`Object 23 0`) are not elements.
    if (body === '' || body.startsWith('/') || /^Object \d+ \d+$/u.test(body)) continue
    const depth = (line.length - line.trimStart().length) / 2
    while ((stack.at(-1)?.depth ?? -1) >= depth) stack.pop()
    const parent = (stack.at(-1) as {element: Element}).element
    if (body.startsWith('"')) parent.content.push(body.slice(1, -1))
    else {
      const element: Element = {type: body.replace(/ \((?:block|inline)\)$/u, '').replace(/:$/u, ''), children: [], content: []}
      parent.children.push(element)
      parent.content.push(element)
      stack.push({depth, element})
    }
  }
  return root
}

/** The text of an element and its descendants, squeezed. */
const textOf = (element: Element): string => squeeze(element.content.map((part) => (typeof part === 'string' ? part : textOf(part))).join(''))

/** Every element under `element` (itself included), in order. */
const elements = (element: Element): Array<Element> => [element, ...element.children.flatMap(elements)]

/**
 * The page labels of a PDF, read from its bytes: the `/PageLabels` number
 * tree of the catalogue (pdfkit writes its objects uncompressed), each range
 * by its style (`/R` upper roman, `/D` arabic, none: no number) and start.
 */
function pageLabels(bytes: Buffer, pages: number): Array<string> {
  const text = bytes.toString('latin1')
  const reference = /\/PageLabels (\d+) 0 R/u.exec(text)?.[1]
  if (reference === undefined) throw new Error('no /PageLabels in the catalogue')
  const start = text.indexOf(`\n${reference} 0 obj`)
  const object = text.slice(start, text.indexOf('endobj', start))
  const ranges = [...object.matchAll(/(\d+) <<([^>]*)>>/gu)].map((match) => ({from: Number(match[1]), style: /\/S \/(\w)/u.exec(match[2] ?? '')?.[1], first: Number(/\/St (\d+)/u.exec(match[2] ?? '')?.[1] ?? 1)}))
  const roman = (value: number): string =>
    [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']].reduce<[number, string]>(
      ([rest, out], [amount, numeral]) => [rest % (amount as number), out + (numeral as string).repeat(Math.floor(rest / (amount as number)))],
      [value, '']
    )[1]
  return Array.from({length: pages}, (_, page) => {
    const range = ranges.filter((each) => each.from <= page).at(-1)
    if (!range || range.style === undefined) return ''
    const value = range.first + page - range.from
    return range.style === 'R' ? roman(value) : String(value)
  })
}

/** The text of each page, in the order of its content (pdftotext -raw), pages split at form feeds. */
function pageTexts(file: string): Array<string> {
  const pages = run(tools.pdftotext, ['-raw', '-enc', 'UTF-8', file, '-']).split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** The folio of each page: the last line of its text as laid out (pdftotext -layout), where it has one. */
function folios(file: string): Array<string> {
  return run(tools.pdftotext, ['-layout', '-enc', 'UTF-8', file, '-'])
    .split('\f')
    .filter((text, index, all) => index < all.length - 1 || text.trim() !== '')
    .map((text) => text.split('\n').filter((line) => line.trim() !== '').at(-1)?.trim() ?? '')
}

/** How many of each character a text holds. */
function characters(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const char of squeeze(text)) counts.set(char, (counts.get(char) ?? 0) + 1)
  return counts
}

/** A page rendered grey at 72 dpi (a pixel a point), by pdftoppm. */
function pagePixels(file: string, page: number, folder: string): {width: number; height: number; dark: (x: number, y: number) => boolean} {
  const out = path.join(folder, `page-${page}`)
  execFileSync(tools.pdftoppm, ['-gray', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', file, out])
  const data = readFileSync(`${out}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(data.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('pdftoppm gave no PGM')
  const width = Number(header[1])
  const pixels = data.subarray(Buffer.byteLength(header[0], 'latin1'))
  return {width, height: Number(header[2]), dark: (x, y) => (pixels[y * width + x] ?? 255) < 192}
}

/** The type area of the page, in points from the top left: as the layout sets it. */
const area = {left: 76, right: 595.28 - 62, top: 78, bottom: 841.89 - 70}

/**
 * Where the closing line is on a page: the lowest row of dark pixels in the
 * type area and just under it (the folio aside) that is one run, centred, a
 * quarter of the type area wide, with nothing under it; undefined when the
 * lowest ink is something else.
 */
function closingLine(image: ReturnType<typeof pagePixels>): {y: number; from: number; to: number} | undefined {
  for (let y = Math.round(area.bottom + 14); y > area.top; y--) {
    const dark: Array<number> = []
    for (let x = Math.floor(area.left) - 20; x < Math.ceil(area.right) + 2; x++) if (image.dark(x, y)) dark.push(x)
    if (dark.length === 0) continue
    const from = dark[0] as number
    const to = dark.at(-1) as number
    const solid = to - from + 1 === dark.length
    return solid ? {y, from, to} : undefined
  }
  return undefined
}

const folder = poppler ? mkdtempSync(path.join(tmpdir(), 'stdkit-record-')) : ''
afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true})
})

const load = (source: string, value = readFileSync(source, 'utf8')): Standard => parseStandard(new VFile({path: source, value}))
const libraryFile = (edition: string) => path.join(repository, 'standards', edition)

/** Every clause and appendix of a tree, with its depth, a chapter's being 1. */
function sections(nodes: ReadonlyArray<{type: string}>, depth = 1): Array<{node: {type: string; number?: string; title?: string}; depth: number}> {
  return nodes.flatMap((node) => {
    if (node.type !== 'clause' && node.type !== 'appendix') return []
    const children = (node as unknown as {children: ReadonlyArray<{type: string}>}).children
    return [{node, depth}, ...sections(children, node.type === 'appendix' ? 2 : depth + 1)]
  })
}

/** Every node of a tree of a type, in order (tables and lists not looked into for more of themselves). */
function nodesOf<T>(nodes: ReadonlyArray<{type: string}>, type: string): Array<T> {
  return nodes.flatMap((node) => {
    if (node.type === type) return [node as T]
    const children = (node as {children?: unknown}).children
    return Array.isArray(children) ? nodesOf<T>(children as ReadonlyArray<{type: string}>, type) : []
  })
}

const editions = [...libraryEditions, ...technicalEditions]

describe.runIf(poppler)('every edition of the test library, tagged', () => {
  const pdfs = new Map<string, string>()
  beforeAll(async () => {
    for (const edition of editions) {
      const source = libraryFile(edition)
      const file = path.join(folder, `${edition.replace(/\W/gu, '-')}.pdf`)
      writeFileSync(file, await renderEditionPdf(load(source), {path: source}))
      pdfs.set(edition, file)
    }
  }, 240_000)

  it.each(editions)('%s: Chinese, marked, its headings, paragraphs, lists and tables in the structure', (edition) => {
    const file = pdfs.get(edition) as string
    const bytes = readFileSync(file)
    const tree = load(libraryFile(edition))
    expect(run(tools.pdfinfo, [file])).toMatch(/^Tagged:\s+yes$/mu)
    expect(bytes.toString('latin1')).toContain('/Lang (zh-CN)')
    expect(bytes.toString('latin1')).toMatch(/\/MarkInfo \d+ 0 R/u)
    expect(bytes.toString('latin1')).toMatch(/\/Marked true/u)
    const root = structure(file)
    expect(root.children.map((element) => element.type)).toEqual(['Document'])
    const all = elements(root)
    const texts = (type: string) => all.filter((element) => element.type === type).map(textOf)
    // The cover, a section of paragraphs, its title among them.
    const cover = root.children[0]?.children[0]
    expect(cover?.type).toBe('Sect')
    expect(cover?.children.every((element) => element.type === 'P')).toBe(true)
    expect(textOf(cover as Element)).toContain(squeeze(tree.cover.title))
    // The 目次: a first-level heading, then an item for each entry.
    expect(texts('H1')).toContain('目次')
    const toc = all.find((element) => element.type === 'TOC')
    expect(toc?.children.length).toBeGreaterThan(3)
    for (const item of toc?.children ?? []) expect(item.type).toBe('TOCI')
    // A heading of its clause's depth for every titled clause, a first-level heading for every appendix.
    const found = sections(tree.children)
    expect(found.length).toBeGreaterThan(3)
    for (const {node, depth} of found) {
      if (node.type === 'appendix') expect(texts('H1').some((text) => text.includes(squeeze(node.title ?? ''))), node.title).toBe(true)
      else if (node.title !== undefined) expect(texts(`H${Math.min(depth, 6)}`), `${node.number} ${node.title}`).toContain(squeeze(`${node.number}${node.title}`))
    }
    // Every paragraph's text in a paragraph of the structure, or in the body of a list item: its text on either side of
    // a footnote's call (whose text is a note) and of an inline formula (a formula, its TeX its alternate text).
    const paragraphs = [...texts('P'), ...texts('LBody')].join('\n')
    const sourceParagraphs = nodesOf<Paragraph>(tree.children, 'paragraph')
    expect(sourceParagraphs.length).toBeGreaterThan(3)
    for (const paragraph of sourceParagraphs) {
      const pieces: Array<Array<PhrasingContent>> = [[]]
      for (const child of paragraph.children) {
        if (child.type === 'footnote' || child.type === 'inlineMath') pieces.push([])
        else pieces.at(-1)?.push(child)
      }
      for (const piece of pieces) expect(paragraphs, toText(paragraph)).toContain(squeeze(toText({type: 'paragraph', children: piece})))
    }
    // Lists: each item its label and its body, the labels those of the source.
    const lists = nodesOf<{children: Array<{label: string; children: Array<{type: string}>}>}>(tree.children, 'list')
    const items = all.filter((element) => element.type === 'LI')
    for (const item of items) expect(item.children.map((child) => child.type)).toEqual(['Lbl', 'LBody'])
    const labels = items.map((item) => textOf(item.children[0] as Element))
    for (const list of lists) for (const item of list.children) expect(labels).toContain(squeeze(item.label))
    if (lists.length > 0) expect(all.filter((element) => element.type === 'L').length).toBeGreaterThanOrEqual(lists.length)
    // Tables: one for each of the source's (the revision record too), rows of data cells under a row of header cells where it has a header.
    const tables = all.filter((element) => element.type === 'Table')
    const sourceTables = nodesOf<{headerRows: number}>(tree.children, 'table')
    const records = nodesOf(tree.children, 'revisionHistory').length
    expect(tables.length).toBe(sourceTables.length + records)
    const headed = tables.filter((table) => {
      const rows = table.children.filter((child) => child.type === 'TR')
      expect(rows.length).toBeGreaterThan(1)
      expect(rows.slice(1).flatMap((row) => row.children.map((cell) => cell.type))).toContain('TD')
      return rows[0]?.children.every((cell) => cell.type === 'TH')
    })
    expect(headed.length).toBe(sourceTables.filter((table) => table.headerRows > 0).length + records)
  })

  it.each(editions)('%s: every character on its pages is in the structure, or is the running header or folio', (edition) => {
    const file = pdfs.get(edition) as string
    const pages = pageTexts(file)
    const labels = pageLabels(readFileSync(file), pages.length)
    const header = printedNumber(load(libraryFile(edition)).cover.number)
    // The pages' text less each page's header and folio (the cover has neither).
    const shown = characters(pages.join(''))
    labels.forEach((label, index) => {
      if (index === 0) return
      for (const char of squeeze(`${header}${label}`)) shown.set(char, (shown.get(char) ?? 0) - 1)
    })
    const tagged = characters(textOf(structure(file)))
    const differing = [...new Set([...shown.keys(), ...tagged.keys()])].filter((char) => (shown.get(char) ?? 0) !== (tagged.get(char) ?? 0))
    expect(differing.map((char) => `${char}: ${shown.get(char) ?? 0} on the pages, ${tagged.get(char) ?? 0} tagged`)).toEqual([])
  })

  it.each(editions)('%s: page labels are the folios printed, the cover unnumbered', (edition) => {
    const file = pdfs.get(edition) as string
    const pages = pageTexts(file)
    const labels = pageLabels(readFileSync(file), pages.length)
    expect(labels[0]).toBe('')
    expect(labels[1]).toBe('I')
    expect(labels).toContain('1')
    const printed = folios(file)
    expect(printed.length).toBe(pages.length)
    printed.forEach((folio, index) => {
      if (index > 0) expect(folio, `page ${index + 1}`).toBe(labels[index])
    })
    // The cover has no folio: its last line is its issuer's.
    expect(printed[0]).toMatch(/发布$/u)
    // The body starts at 1 on the page of the first chapter; the front matter before it is roman.
    const first = labels.indexOf('1')
    expect(squeeze(pages[first] ?? '')).toMatch(/1范围/u)
    expect(labels.slice(1, first).every((label) => /^[IVXLC]+$/u.test(label))).toBe(true)
  })

  it.each(editions)('%s: ends with the closing line, centred, a quarter of the type area wide', (edition) => {
    const file = pdfs.get(edition) as string
    const count = pageTexts(file).length
    const line = closingLine(pagePixels(file, count, folder))
    expect(line, 'the lowest ink of the last page is not a solid line').toBeDefined()
    const {from, to} = line as {from: number; to: number}
    const quarter = (area.right - area.left) / 4
    expect(Math.abs(to - from + 1 - quarter)).toBeLessThan(3)
    expect(Math.abs((from + to) / 2 - (area.left + area.right) / 2)).toBeLessThan(2)
  })

  it('gives figures their captions and formulas their TeX as alternate text', async () => {
    const file = pdfs.get('t-zxbz-15/2026.md') as string
    const document = await getDocument({data: new Uint8Array(readFileSync(file)), useSystemFonts: false}).promise
    const found: Array<{role: string; alt?: string}> = []
    const walk = (node: {role?: string; alt?: string; children?: Array<unknown>}): void => {
      if (node.role === 'Figure' || node.role === 'Formula') found.push({role: node.role, ...(node.alt === undefined ? {} : {alt: node.alt})})
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    for (let number = 1; number <= document.numPages; number++) walk(((await (await document.getPage(number)).getStructTree()) ?? {}) as Parameters<typeof walk>[0])
    const tree = load(libraryFile('t-zxbz-15/2026.md'))
    const formulas = [...nodesOf<{value: string}>(tree.children, 'formula'), ...nodesOf<{value: string}>(tree.children, 'inlineMath')]
    expect(formulas.length).toBeGreaterThan(2)
    for (const formula of formulas) expect(found).toContainEqual({role: 'Formula', alt: formula.value})
    const figures = found.filter((item) => item.role === 'Figure')
    expect(figures.length).toBeGreaterThan(0)
    for (const figure of figures) expect(figure.alt).toMatch(/^图\d+\u3000\S/u)
  })

  it('sets the revision record with its short columns on one line: the approver, the revisers', () => {
    const file = pdfs.get('q-zx-75.1861/2007.md') as string
    const labels = pageLabels(readFileSync(file), pageTexts(file).length)
    const page = labels.indexOf('II') + 1
    const words = [...run(tools.pdftotext, ['-f', String(page), '-l', String(page), '-bbox', file, '-']).matchAll(/<word [^>]*>([^<]*)<\/word>/gu)].map((match) => match[1])
    // A word is text on one line with no gap: a name split over lines would be several.
    for (const cell of ['批准人', '修订人', '徐慧俊', '王文阁、陈华春', 'Q/ZX', '75.1861–2007']) expect(words, cell).toContain(cell)
  })
})

describe('column widths', () => {
  it('keeps short columns whole and gives the rest to the long ones, never under their longest word', () => {
    // A number, a long text, a department, a name, the width they share.
    const widths = columnWidths([90, 900, 125, 40], [90, 40, 30, 20], 450)
    expect(widths[0]).toBe(90)
    expect(widths[3]).toBe(40)
    expect(widths.reduce((sum, value) => sum + value, 0)).toBeCloseTo(450, 6)
    expect(widths[1]).toBeGreaterThan(widths[2] as number)
    expect(widths[2]).toBeGreaterThan(30)
  })

  it('spreads the room left when everything fits, and narrows alike when the longest words cannot fit', () => {
    expect(columnWidths([50, 100], [20, 20], 300)).toEqual([100, 200])
    const cramped = columnWidths([300, 300], [300, 300], 300)
    expect(cramped).toEqual([150, 150])
  })
})

describe.runIf(poppler)('a comparison, tagged and linked', () => {
  const fixture = (name: string) => path.join(repository, 'packages/pdf/test/fixtures/table-deleted', `${name}.md`)
  let file = ''
  let bytes: Buffer
  beforeAll(async () => {
    const old = load(fixture('old'))
    const now = load(fixture('new'))
    bytes = await renderRedlinePdf(diffEditions(old, now), now, {path: fixture('new'), standardLink: (designation, year) => (designation === 'Q/ZX 75.1760' ? `../q-zx-75.1760/${year ?? 'latest'}.pdf` : undefined)})
    file = path.join(folder, 'redline.pdf')
    writeFileSync(file, bytes)
  }, 120_000)

  it('is tagged: Chinese, its headings, paragraphs, list items and tables in the structure', () => {
    expect(run(tools.pdfinfo, [file])).toMatch(/^Tagged:\s+yes$/mu)
    expect(bytes.toString('latin1')).toContain('/Lang (zh-CN)')
    const all = elements(structure(file))
    const texts = (type: string) => all.filter((element) => element.type === type).map(textOf)
    expect(texts('H1')[0]).toContain('比较')
    expect(texts('H1')).toContain('4巡检要求')
    expect(texts('H2')).toContain('4.2巡检内容')
    expect(texts('P')).toContain('巡检项目由维护主管按机房的设备确定。')
    const items = all.filter((element) => element.type === 'LI')
    expect(items.length).toBeGreaterThanOrEqual(2)
    for (const item of items) expect(item.children.map((child) => child.type)).toEqual(['LBody'])
    expect(texts('LBody').some((text) => text.startsWith('a)机房每月'))).toBe(true)
    expect(all.filter((element) => element.type === 'Table').length).toBeGreaterThan(1)
  })

  it("keeps a deleted table's title in its caption, struck through", () => {
    const captions = elements(structure(file)).filter((element) => element.type === 'Caption').map(textOf)
    expect(captions).toContain('表1巡检项目')
    // pdftohtml gives each piece of text with its font, and the font its colour: the caption in the colour of a deletion.
    const xml = run(tools.pdftohtml, ['-xml', '-i', '-stdout', file])
    const colours = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*color="(#[0-9a-f]+)"/gu)].map((match) => [match[1], match[2]]))
    const pieces = [...xml.matchAll(/<text top="(\d+)"[^>]*font="(\d+)"[^>]*>([^<]*)<\/text>/gu)].map((match) => ({top: match[1], colour: colours.get(match[2] ?? ''), text: match[3] ?? ''}))
    const title = pieces.find((piece, index) => piece.text === '巡检项目' && pieces[index - 2]?.text === '表1' && pieces[index - 2]?.top === piece.top)
    expect(title, 'the caption, 表1 and its title on one line').toBeDefined()
    expect(pieces.filter((piece) => piece.top === title?.top && squeeze(piece.text) !== '').map((piece) => [piece.text, piece.colour])).toEqual([
      ['表1', '#a4161a'],
      ['巡检项目', '#a4161a']
    ])
  })

  it('links its cross-references to their provisions and its references to other standards to their PDFs', async () => {
    const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
    const destinations = await document.getDestinations()
    const found: Array<{dest?: string; url?: string}> = []
    for (let number = 1; number <= document.numPages; number++) {
      for (const annotation of (await (await document.getPage(number)).getAnnotations()) as Array<{subtype: string; dest?: unknown; url?: string; unsafeUrl?: string}>) {
        if (annotation.subtype !== 'Link') continue
        const url = annotation.url ?? annotation.unsafeUrl
        found.push({...(typeof annotation.dest === 'string' ? {dest: annotation.dest} : {}), ...(url === undefined ? {} : {url})})
      }
    }
    const tree = load(fixture('new'))
    const clause = sections(tree.children).find(({node}) => node.number === '5.1')?.node as {id: string} | undefined
    expect(found).toContainEqual({dest: clause?.id})
    expect(found).toContainEqual({url: '../q-zx-75.1760/latest.pdf'})
    for (const {dest} of found) if (dest !== undefined) expect(destinations[dest], dest).toBeDefined()
    // pdftohtml lists the links over their text: the cross-reference's text is `5.1`, in the sentence that names it.
    const xml = run(tools.pdftohtml, ['-xml', '-i', '-stdout', file])
    expect(xml).toMatch(/<a href="[^"]*#\d+">[^<]*按5\.1<\/a>的规定记入设备档案/u)
    expect(xml).toMatch(/<a href="\.\.\/q-zx-75\.1760\/latest\.pdf">Q\/ZX 75\.1760/u)
  })

  it('labels its pages as it numbers them: the summary in roman, the newer edition from 1', () => {
    const pages = pageTexts(file)
    const labels = pageLabels(bytes, pages.length)
    expect(labels[0]).toBe('I')
    expect(labels).toContain('1')
    const printed = folios(file)
    expect(printed.length).toBe(pages.length)
    printed.forEach((folio, index) => expect(folio, `page ${index + 1}`).toBe(labels[index]))
  })

  it('ends with the closing line after the newer edition', () => {
    const line = closingLine(pagePixels(file, pageTexts(file).length, folder))
    expect(line).toBeDefined()
    const {from, to} = line as {from: number; to: number}
    expect(Math.abs(to - from + 1 - (area.right - area.left) / 4)).toBeLessThan(3)
  })
})
