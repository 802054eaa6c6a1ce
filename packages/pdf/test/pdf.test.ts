/**
 * The PDFs read back: text extraction with pdfjs-dist gives every heading and
 * paragraph in reading order with no stray spaces in Chinese text; the outline
 * follows the clause tree; the 目次's page numbers are where the headings are;
 * fonts are embedded subsets; the same tree gives the same bytes; links land
 * as annotations over their text; a character no font has stops the
 * typesetting with a message at its place.
 */
import {readFileSync} from 'node:fs'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {diffEditions} from '@stdkit/diff'
import {parseStandard} from '@stdkit/parse'
import {PdfError, renderEditionPdf, renderRedlinePdf} from '@stdkit/pdf'
import {toText, type Appendix, type Clause, type Standard} from '@stdkit/tree'
import {useLanguage} from '@stdkit/messages'

// These tests read the English of its refusals; the CLI's tests hear their Chinese.
useLanguage('en')

const load = (year: number): Standard => {
  const path = `standards/q-zx-75.1861/${year}.md`
  return parseStandard(new VFile({path, value: readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')}))
}

interface Read {
  pages: Array<string>
  outline: Array<{title: string; page: number; items: Array<unknown>}>
}

type OutlineNode = {title: string; dest: unknown; items: Array<OutlineNode>}

async function read(bytes: Buffer): Promise<Read & {titles: (depth?: number) => Array<string>}> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const pages: Array<string> = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  const raw = ((await document.getOutline()) ?? []) as Array<OutlineNode>
  const pageOf = async (dest: unknown): Promise<number> => {
    const explicit = (typeof dest === 'string' ? await document.getDestination(dest) : dest) as Array<unknown> | null
    return explicit ? (await document.getPageIndex(explicit[0] as {num: number; gen: number})) : -1
  }
  const convert = async (nodes: Array<OutlineNode>): Promise<Read['outline']> =>
    Promise.all(nodes.map(async (node) => ({title: node.title, page: await pageOf(node.dest), items: await convert(node.items)})))
  const outline = await convert(raw)
  const titles = (depth = 1): Array<string> => {
    const walk = (nodes: Read['outline'], level: number): Array<string> =>
      nodes.flatMap((node) => [node.title, ...(level < depth ? walk(node.items as Read['outline'], level + 1) : [])])
    return walk(outline, 1)
  }
  return {pages, outline, titles}
}

/** Text as a reader sees it, without the line breaks and spaces that layout adds. */
const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '')

const editions = [2004, 2005, 2006, 2007]
const pdfs = new Map<number, Buffer>()
beforeAll(async () => {
  for (const year of editions) pdfs.set(year, await renderEditionPdf(load(year)))
}, 120_000)

describe.each(editions)('the %i edition', (year) => {
  it('carries every heading and paragraph of the source, in reading order', async () => {
    const {pages} = await read(pdfs.get(year) as Buffer)
    const tree = load(year)
    const all = squeeze(pages.join(''))
    let from = 0
    const expectInOrder = (text: string) => {
      const at = all.indexOf(squeeze(text), from)
      expect(at, `not found after offset ${from}: ${text}`).toBeGreaterThanOrEqual(0)
      from = at
    }
    const visit = (node: Standard['children'][number] | Clause | Appendix): void => {
      if (node.type === 'clause') expectInOrder(`${node.number}${node.title ?? ''}`)
      if (node.type === 'appendix') expectInOrder(node.title)
      if (!('children' in node)) return
      for (const child of node.children) {
        if (child.type === 'clause') visit(child)
        else if (child.type === 'paragraph' || child.type === 'note') expectInOrder(toText(child))
        else if (child.type === 'list') for (const item of child.children) expectInOrder(toText(item.children[0] ?? {type: 'text', value: ''}))
      }
    }
    for (const node of tree.children) if (node.type !== 'introduction') visit(node as Clause)
  })

  it('has no stray spaces inside Chinese text', async () => {
    const {pages} = await read(pdfs.get(year) as Buffer)
    // Lines joined back, and nothing else: each paragraph must read exactly as in the source.
    const flowing = pages.join('').replace(/\n/gu, '')
    let checked = 0
    const check = (text: string) => {
      if (!/[\u4e00-\u9fff]/u.test(text)) return
      expect(flowing, text).toContain(text)
      checked++
    }
    const walk = (nodes: ReadonlyArray<Standard['children'][number] | Clause['children'][number]>): void => {
      for (const node of nodes) {
        if (node.type === 'paragraph') check(toText(node))
        else if (node.type === 'list') for (const item of node.children) check(toText(item.children[0] ?? {type: 'text', value: ''}))
        else if ('children' in node && node.type !== 'table') walk(node.children as ReadonlyArray<Clause['children'][number]>)
      }
    }
    walk(load(year).children)
    expect(checked).toBeGreaterThan(50)
  })

  it('has an outline that mirrors the foreword, chapters, clauses and appendices', async () => {
    const tree = load(year)
    const {titles} = await read(pdfs.get(year) as Buffer)
    const expected = tree.children.flatMap((node) =>
      node.type === 'foreword' ? ['前言'] : node.type === 'clause' ? [`${node.number}\u3000${node.title ?? ''}`] : node.type === 'appendix' ? [`附录${node.letter}\u3000${node.title}`] : []
    )
    expect(titles(1)).toEqual(expected)
  })

  it('has a 目次 whose page numbers are the pages the headings land on', async () => {
    const {pages, outline} = await read(pdfs.get(year) as Buffer)
    const tocPage = pages.findIndex((text) => squeeze(text).includes('目次'))
    expect(tocPage).toBe(1)
    // The body's page 1 is the page its first chapter is on.
    const firstChapter = outline.find((node) => /^1\u3000/u.test(node.title))
    const bodyStart = firstChapter?.page ?? -1
    expect(squeeze(pages[bodyStart] ?? '')).toMatch(/1$|^.*?1范围/u)
    const entries = (pages[tocPage] ?? '')
      .split('\n')
      .map((line) => /^(\d+(?:\.\d+)?|附录[A-Z](?:（[^）]+）)?)(\p{Script=Han}[^·]*?)·{3,}(\d+|[IVX]+)$/u.exec(squeeze(line)))
      .filter((match) => match !== null)
    expect(entries.length).toBeGreaterThan(8)
    for (const [, number, , folio] of entries) {
      if (!number || !folio || number.startsWith('附录')) continue
      const node = outline.flatMap((item) => [item, ...(item.items as Read['outline'])]).find((item) => item.title.startsWith(`${number}\u3000`))
      expect(node, number).toBeDefined()
      expect(String((node?.page ?? 0) - bodyStart + 1), `${number} is on page ${folio}`).toBe(folio)
    }
  })
})

describe('the document', () => {
  it('embeds every font as a subset', () => {
    const text = (pdfs.get(2007) as Buffer).toString('latin1')
    const fonts = [...text.matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/gu)].map((match) => match[1])
    expect(new Set(fonts)).toEqual(new Set(['NotoSerifSC-Regular', 'NotoSansSC-Regular', 'NotoSansSC-Medium'].map((name) => expect.stringMatching(new RegExp(`^[A-Z]{6}\\+${name}$`, 'u')))))
    expect(text.match(/\/FontFile2 /gu)?.length).toBe(new Set(fonts).size)
    expect((pdfs.get(2007) as Buffer).length).toBeLessThan(1_000_000)
  })

  it('carries its document info, dated from the edition', async () => {
    const document = await getDocument({data: new Uint8Array(pdfs.get(2007) as Buffer)}).promise
    const {info} = (await document.getMetadata()) as unknown as {info: Record<string, string>}
    expect(info).toMatchObject({Title: '售后工程师现场服务行为规范', Subject: 'Q/ZX 75.1861–2007', Author: '中兴通讯股份有限公司', CreationDate: "D:20070911000000Z"})
    expect(info.Keywords).toContain('Q/ZX 75.1861')
  })

  it('is byte-identical from one run to the next', async () => {
    expect((await renderEditionPdf(load(2007))).equals(pdfs.get(2007) as Buffer)).toBe(true)
  })

  it('names a character no font covers, and where it is', async () => {
    const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8').replace('推行普通话', '推行普通话🀄')
    const tree = parseStandard(new VFile({path: 'broken.md', value}))
    const lines = value.split('\n')
    const line = lines.findIndex((text) => text.includes('🀄')) + 1
    // At the text that holds it: the list item's, after its label.
    const column = (lines[line - 1] ?? '').indexOf('推行普通话') + 1
    expect(column).toBeGreaterThan(1)
    const error = await failure(renderEditionPdf(tree, {path: 'broken.md'}))
    expect(error.message).toBe('cannot typeset broken.md: no glyph for "🀄" (U+1F004) in the embedded fonts')
    expect(messagesOf(error)).toEqual([{line, column, reason: 'no glyph for "🀄" (U+1F004) in the embedded fonts', ruleId: 'pdf-glyph', source: 'stdkit', fatal: true}])
  })

  it('names each character no font covers, a title\'s at the cover field', async () => {
    const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
      .replace('title: 售后工程师现场服务行为规范', 'title: 售后工程师现场服务行为规范🀅')
      .replace('推行普通话', '推行普通话🀄')
    const tree = parseStandard(new VFile({path: 'broken.md', value}))
    const lineOf = (text: string) => value.split('\n').findIndex((each) => each.includes(text)) + 1
    const error = await failure(renderEditionPdf(tree, {path: 'broken.md'}))
    expect(error.message).toBe('cannot typeset broken.md: no glyph for "🀅" (U+1F005) in the embedded fonts, and 1 more')
    expect(messagesOf(error).map(({line, ruleId}) => [line, ruleId])).toEqual([[lineOf('title: '), 'pdf-glyph'], [lineOf('🀄'), 'pdf-glyph']])
  })
})

/** What a promise fails with: a PdfError. */
async function failure(promise: Promise<unknown>): Promise<PdfError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason)
  expect(error).toBeInstanceOf(PdfError)
  return error as PdfError
}

/** A failure's messages, as the reporter reads them. */
function messagesOf(error: PdfError): Array<{line: number | undefined; column: number | undefined; reason: string; ruleId: string | undefined; source: string | undefined; fatal: boolean | null | undefined}> {
  expect(error.file.path).toBe('broken.md')
  return error.file.messages.map(({line, column, reason, ruleId, source, fatal}) => ({line, column, reason, ruleId, source, fatal}))
}

/**
 * The links of a PDF, page by page: where each goes, the text under it (the
 * text items its box overlaps, on its baseline: a link's text is an item of
 * its own, the content of a `Link` of the structure) and the line of text it
 * lies on (every item on that baseline, left to right).
 */
async function links(bytes: Buffer): Promise<Array<{page: number; text: string; line: string; dest?: string; url?: string}>> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const found: Array<{page: number; text: string; line: string; dest?: string; url?: string}> = []
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [{str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width}] : []))
    for (const annotation of (await page.getAnnotations()) as Array<{subtype: string; rect: [number, number, number, number]; dest?: unknown; url?: string; unsafeUrl?: string}>) {
      if (annotation.subtype !== 'Link') continue
      const [x1, y1, x2, y2] = annotation.rect
      const onLine = items.filter((item) => item.y >= y1 && item.y <= y2).sort((a, b) => a.x - b.x)
      const text = onLine.filter((item) => item.x < x2 && item.x + item.width > x1).map((item) => item.str).join('')
      const url = annotation.url ?? annotation.unsafeUrl
      found.push({page: number, text, line: onLine.map((item) => item.str).join(''), ...(typeof annotation.dest === 'string' ? {dest: annotation.dest} : {}), ...(url === undefined ? {} : {url})})
    }
  }
  return found
}

describe('links', () => {
  it('go from a reference to another standard to its PDF, from a cross-reference and a 目次 entry to their destinations', async () => {
    const path = 'standards/q-zx-75.1861/2007.md'
    const value = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8').replace('并按Q/ZX 75.1760的规定', '并按Q/ZX 75.1760–2006的规定')
    const tree = parseStandard(new VFile({path, value}))
    const asked: Array<[string, number | undefined]> = []
    const bytes = await renderEditionPdf(tree, {
      standardLink: (designation, year) => {
        asked.push([designation, year])
        return designation === 'Q/ZX 75.1760' ? `../q-zx-75.1760/${year ?? 'latest'}.pdf` : undefined
      }
    })
    // A dated reference is asked for by its year, an undated one without.
    expect(asked).toContainEqual(['Q/ZX 75.1760', 2006])
    expect(asked).toContainEqual(['Q/ZX 75.1771', undefined])
    const found = await links(bytes)
    // Another standard's PDF, where the library has it; no link where it has not.
    expect(found.filter((link) => link.url !== undefined)).toEqual([{page: expect.any(Number), text: 'Q/ZX 75.1760–2006', line: expect.stringContaining('Q/ZX 75.1760–2006的规定'), url: '../q-zx-75.1760/2006.pdf'}])
    // A cross-reference, to the clause it names.
    const clause = (number: string, nodes: ReadonlyArray<Standard['children'][number] | Clause['children'][number]> = tree.children): Clause | undefined =>
      nodes.flatMap((node) => (node.type === 'clause' ? [node, clause(number, node.children)] : [])).find((node) => node?.number === number)
    const target = clause('5.2')?.id
    expect(target).toBeDefined()
    expect(found).toContainEqual({page: expect.any(Number), text: '5.2', line: expect.stringContaining('要求见5.2。'), dest: target})
    // The 目次's entries, to their headings, on the 目次's page.
    expect(found).toContainEqual({page: 2, text: '前言', line: expect.stringMatching(/^前言 ·+ II$/u), dest: 'foreword'})
    expect(found).toContainEqual({page: 2, text: expect.stringMatching(new RegExp(`^1[\\s\u3000]${clause('1')?.title ?? '-'}$`, 'u')), line: expect.any(String), dest: clause('1')?.id})
    // Their destinations are in the document.
    const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
    const destinations = await document.getDestinations()
    for (const name of [target, 'foreword', clause('1')?.id]) expect(destinations[name ?? ''], name).toBeDefined()
    // Every cross-reference leads somewhere in the document: to a clause, an appendix or a table (`见表1`).
    const dests = found.flatMap((link) => (link.dest === undefined ? [] : [link.dest]))
    expect(dests).toContain('table-1')
    for (const name of dests) expect(destinations[name], name).toBeDefined()
  })
})

/** The text set in the column of a table headed `label`, page after page: the items from its left edge to the next column's, the header, the running header and the folios left out. */
async function columnText(bytes: Buffer, label: string): Promise<string> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const items: Array<{str: string; x: number; y: number}> = []
  for (let number = 1; number <= document.numPages; number++) {
    for (const item of (await (await document.getPage(number)).getTextContent()).items) {
      // The type area lies between the running header and the folio: from 70 to 763.89 points above the foot of the page.
      if ('str' in item && item.str.trim() !== '' && item.transform[5] > 60 && item.transform[5] < 770) items.push({str: item.str, x: item.transform[4] as number, y: item.transform[5] as number})
    }
  }
  const header = items.find((item) => item.str === label)
  const left = header?.x ?? Number.NaN
  const right = Math.min(...items.filter((item) => item.y === header?.y && item.x > left + 1).map((item) => item.x))
  return squeeze(items.filter((item) => item.x >= left - 1 && item.x < right - 1 && item.str !== label).map((item) => item.str).join(''))
}

describe('a table row taller than a page', () => {
  it('goes on over the next pages, under the repeated header, losing nothing', async () => {
    const source = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
    const phrases = Array.from({length: 1500}, (_, index) => `增加了第${index + 1}项现场检查要求`)
    const record = source.split('\n').findIndex((line) => line.startsWith('| Q/ZX 75.1861–2007 |'))
    const lines = source.split('\n')
    const cells = (lines[record] ?? '').split(' | ')
    cells[2] = `${phrases.join('；')}。`
    lines[record] = cells.join(' | ')
    const tree = parseStandard(new VFile({path: '2007.md', value: lines.join('\n')}))
    const bytes = await renderEditionPdf(tree)
    const column = await columnText(bytes, '主要修订内容')
    expect(phrases.filter((phrase) => !column.includes(phrase))).toEqual([])
    // The header is repeated on every page the row goes on to.
    const {pages} = await read(bytes)
    const continued = pages.filter((text) => squeeze(text).includes('现场检查要求'))
    expect(continued.length).toBeGreaterThan(10)
    for (const text of continued) expect(squeeze(text)).toContain('标准编号修改前文件编号主要修订内容修订部门修订人批准人')
  })
})

describe('a cover with long fields', () => {
  it('sets the whole title and issuer on the cover, nothing past the edge of the page', async () => {
    const title = `${'售后工程师现场服务行为规范'.repeat(4)}及其附录的说明`
    const issuer = '深圳市中兴通讯技术服务有限责任公司南京分公司'
    const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
      .replace('title: 售后工程师现场服务行为规范', `title: ${title}`)
      .replace('# 售后工程师现场服务行为规范', `# ${title}`)
      .replace('issuer: 中兴通讯股份有限公司', `issuer: ${issuer}`)
    const bytes = await renderEditionPdf(parseStandard(new VFile({path: '2007.md', value})))
    const {pages} = await read(bytes)
    expect(squeeze(pages[0] ?? '')).toContain(title)
    expect(squeeze(pages[0] ?? '')).toContain(`${issuer}企业标准`)
    expect(squeeze(pages[0] ?? '')).toContain(`${issuer}发布`)
    const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
    const cover = (await (await document.getPage(1)).getTextContent()).items
    for (const item of cover) if ('str' in item) expect(item.transform[4] + item.width, item.str).toBeLessThanOrEqual(595.28 - 62 + 0.5)
  })

  it('stops at a title too long for the cover, at the title', async () => {
    const title = '售后工程师现场服务行为规范'.repeat(30)
    const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
      .replace('title: 售后工程师现场服务行为规范', `title: ${title}`)
      .replace('# 售后工程师现场服务行为规范', `# ${title}`)
    const line = value.split('\n').findIndex((text) => text.startsWith('title: ')) + 1
    const tree = parseStandard(new VFile({path: 'broken.md', value}))
    const error = await failure(renderEditionPdf(tree, {path: 'broken.md'}))
    expect(error.message).toBe('cannot typeset broken.md: title too long for the cover: 23 lines where 8 fit')
    expect(messagesOf(error)).toEqual([{line, column: 'title: '.length + 1, reason: 'title too long for the cover: 23 lines where 8 fit', ruleId: 'pdf-layout', source: 'stdkit', fatal: true}])
  })
})

describe('the cover of a national standard', () => {
  // A cover of every field, shared with the other publishers' tests.
  const source = readFileSync(new URL('../../../test/fixtures/cover/national.md', import.meta.url), 'utf8')

  it('prints every field in the order of GB/T 1.1, the type line from the code and the number as written', async () => {
    const bytes = await renderEditionPdf(parseStandard(new VFile({path: '2024.md', value: source})))
    const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
    const items = (await (await document.getPage(1)).getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []))
    // Top to bottom (PDF y grows upwards), then left to right.
    const lines = items
      .map((item) => ({text: item.str, x: item.transform[4] as number, y: item.transform[5] as number}))
      .sort((a, b) => b.y - a.y || a.x - b.x)
      .map((item) => item.text)
    expect(lines).toEqual([
      'ICS 35.240.40',
      'CCS L 70',
      'GB/T',
      '备案号：12345—2024',
      '中华人民共和国国家标准',
      'GB/T 99999.1—2024',
      '代替GB/T 99999.1—2016',
      '代替GB/T 99998—2012',
      '信息技术 示例数据交换格式',
      '第1部分：总则',
      'Information technology—Sample data interchange format—Part 1:',
      'General',
      '（ISO 99999-1:2021，MOD）',
      '（报批稿）',
      '2024-03-15发布',
      '2024-10-01实施',
      '国家市场监督管理总局',
      '发布',
      '国家标准化管理委员会'
    ])
    for (const item of items) expect(item.transform[4] + item.width, item.str).toBeLessThanOrEqual(595.28 - 62 + 0.5)
  })
})

describe('a table no page can hold', () => {
  it('stops the typesetting with its place, rather than losing text', async () => {
    const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8').replace('| 故障级别 | 说明 |', `| 故障级别 | ${'说明'.repeat(3000)} |`)
    // The table begins at its caption.
    const line = value.split('\n').findIndex((text) => text.startsWith('表1\u3000')) + 1
    const tree = parseStandard(new VFile({path: 'broken.md', value}))
    const error = await failure(renderEditionPdf(tree, {path: 'broken.md'}))
    expect(error.message).toBe('cannot typeset broken.md: table header taller than a page, with no room left for its rows')
    expect(messagesOf(error)).toEqual([{line, column: 1, reason: 'table header taller than a page, with no room left for its rows', ruleId: 'pdf-layout', source: 'stdkit', fatal: true}])
  })
})

/** 2007 edited: a term's English equivalent, an appendix's status and a cell of the revision record changed. */
function edited(): Standard {
  const path = 'standards/q-zx-75.1861/2007.md'
  const value = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
    .replace('### 3.2 服务现场 service site', '### 3.2 服务现场 service location')
    .replace('## 附录C（规范性附录）服务禁用语', '## 附录C（资料性附录）服务禁用语')
    .replace('| 售后管理部、固网南京用服部 | 王文阁、陈华春 |', '| 售后管理部、固网南京用服部 | 王文阁、陈华春、李明 |')
  return parseStandard(new VFile({path, value}))
}

describe('a redline', () => {
  it('explains a reference left pointing at a number whose provision moved', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../../diff/test/fixtures/cross-reference-renumbered/${name}.md`, import.meta.url), 'utf8')
    const parse = (value: string, year: number) => parseStandard(new VFile({path: `${year}.md`, value}))
    const now = parse(fixture('new').replace('巡检中发现的问题应按5.2的规定分类', '巡检中发现的问题应按4.2的规定分类'), 2021)
    const text = squeeze((await read(await renderRedlinePdf(diffEditions(parse(fixture('old'), 2019), now), now))).pages.join(''))
    expect(text).toContain('见4.2：现指4.2设备安全，2019年版指4.2巡检内容，请核对')
  })

  it('shows a table moved to an appendix once, as moved, with the cell changed on the way', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../../diff/test/fixtures/table-moved/${name}.md`, import.meta.url), 'utf8')
    const parse = (value: string, year: number) => parseStandard(new VFile({path: `${year}.md`, value}))
    const now = parse(fixture('new'), 2021)
    const text = squeeze((await read(await renderRedlinePdf(diffEditions(parse(fixture('old'), 2019), now), now))).pages.join(''))
    expect(text).toContain('表1→表A.1（移至A），有改动：')
    expect(text).toContain('表A.1，“环境”行，“要求”列：温度、湿度在设备允许的范围内，无凝露')
    // Shown once: the unchanged row is not printed on either side.
    expect(text).not.toContain('无告警，指示灯正常')
  })

  it("shows a term's English equivalent, an appendix's status and the revision record's cells", async () => {
    const diff = diffEditions(load(2007), edited())
    const text = squeeze((await read(await renderRedlinePdf(diff, edited()))).pages.join(''))
    for (const shown of ['英文对应词：servicesiteservicelocation', '附录性质：规范资料性', '修订记录，“Q/ZX75.1861–2007”行，“修订人”列王文阁、陈华春、李明']) expect(text).toContain(shown)
  })

  it('opens with the summary and carries the new text with deletions', async () => {
    const diff = diffEditions(load(2006), load(2007))
    const {pages, titles} = await read(await renderRedlinePdf(diff, load(2007)))
    expect(squeeze(pages[0] ?? '')).toContain('2006版与2007版比较')
    expect(squeeze(pages.join(''))).toContain(squeeze('——增加了网规网优现场行为规范（见第7章）'))
    // Removed text is still there, struck through.
    expect(squeeze(pages.join(''))).toContain('本标准规定了现场服务的职责、工作程序、行为规范和记录要求。')
    expect(titles(1)).toContain('比较概要')
  })
})
