/**
 * Every Word document of the library, opened by a real word processor
 * (LibreOffice, headless, through UNO: test/word-processor.py, one soffice
 * for the whole file). The library's standards are built with `--format docx`
 * twice (the bytes must be the same); then each edition's .docx must open,
 * convert to PDF and to text, read as the tree's text, carry the drafting
 * tool's heading styles with their outline levels, and print as enough pages
 * with its title; each comparison's .docx, with all its revisions accepted,
 * must read as the newer edition and, with all rejected, as the older (its
 * renumbered provisions mapped).
 *
 * Golden page images: a few pages of the PDFs LibreOffice makes, rendered by
 * `pdftoppm -gray -r 50`, are compared with the PNGs kept in
 * test/word-pages/. After a deliberate change of the layout, look at the new
 * pages and keep them with
 *
 *     STDKIT_UPDATE_WORD_PAGES=1 npx vitest run test/word.test.ts
 *
 * (the pages are written to test/word-pages/ instead of compared).
 */
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {diffEditions, type StandardDiff} from '@stdkit/diff'
import {loadEdition} from '@stdkit/library'
import {documentWords} from '@stdkit/messages'
import {appendixName, appendixStatusLabel, type Appendix, type Node, type Standard} from '@stdkit/tree'
import {libraryEditions, technicalEditions} from './library.js'
import {repository, stdkit} from './support.js'
import {difference, ink, pdfPages, popplerAvailable, readGreyPng, renderPage, writeGreyPng} from './pages.js'
import {openInWordProcessor, wordProcessorAvailable, type WordDocument, type WordJob, type WordParagraph, type WordResult} from './word-processor.js'
import {expectedLines, inlineContent, normalise, squeeze, starMathLetters, texLetters} from './word-text.js'

/** Every edition of the library, named (a user's own drafts in standards/ change nothing here), with the technical standard's: `<standard>/<year>`. */
const editions = [...libraryEditions, ...technicalEditions].map((name) => name.replace(/\.md$/u, '')).sort()
/** The folders of those standards: their figures are copied with the editions. */
const standardFolders = [...new Set(editions.map((edition) => edition.split('/')[0] as string))]
/** Every comparison the build makes: each pair of editions of a standard, `<standard>/<old>..<new>`. */
const comparisons = editions.flatMap((edition) => {
  const [standard, year] = edition.split('/') as [string, string]
  return editions.filter((other) => other.startsWith(`${standard}/`) && other < edition).map((older) => `${standard}/${older.split('/')[1]}..${year}`)
})
const run = wordProcessorAvailable()
const poppler = run && popplerAvailable()
const goldenFolder = path.join(repository, 'test/word-pages')
const updateGoldens = Boolean(process.env.STDKIT_UPDATE_WORD_PAGES)

let library = ''
let out = ''
let again = ''
let scratch = ''
const trees = new Map<string, Standard>()
const results = new Map<string, WordResult>()
const docs = new Map<string, WordDocument>()
const files = (edition: string, kind: string, extension: string) => path.join(scratch, `${edition.replace(/[/.]/gu, '_')}.${kind}.${extension}`)
const paragraphs = (key: string): Array<WordParagraph> => docs.get(key)?.paragraphs ?? []

beforeAll(async () => {
  if (!run) return
  // The real library, copied so that nothing is written beside it.
  library = mkdtempSync(path.join(tmpdir(), 'stdkit-word-'))
  for (const edition of editions) {
    mkdirSync(path.join(library, 'standards', path.dirname(edition)), {recursive: true})
    copyFileSync(path.join(repository, 'standards', `${edition}.md`), path.join(library, 'standards', `${edition}.md`))
  }
  for (const folder of standardFolders) {
    const figures = path.join(repository, 'standards', folder, 'figures')
    if (existsSync(figures)) cpSync(figures, path.join(library, 'standards', folder, 'figures'), {recursive: true})
  }
  out = mkdtempSync(path.join(tmpdir(), 'stdkit-word-out-'))
  again = mkdtempSync(path.join(tmpdir(), 'stdkit-word-again-'))
  scratch = mkdtempSync(path.join(tmpdir(), 'stdkit-word-lo-'))
  for (const folder of [out, again]) {
    const built = await stdkit(['build', 'standards', '--format', 'docx', '--out', folder], library)
    if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`)
  }
  for (const edition of editions) trees.set(edition, (await loadEdition(`standards/${edition}.md`, `standards/${edition.split('/')[0]}`, library)).tree)
  const jobs: Array<{key: string; job: WordJob & {json: string}}> = editions.map((edition) => ({
    key: edition,
    job: {docx: path.join(out, `${edition}.docx`), text: files(edition, 'edition', 'txt'), pdf: files(edition, 'edition', 'pdf'), json: files(edition, 'edition', 'json')}
  }))
  for (const comparison of comparisons) {
      const [standard, pair] = comparison.split('/') as [string, string]
      const docx = path.join(out, standard, 'diff', `${pair}.docx`)
      jobs.push(
        {key: `${comparison}:accept`, job: {docx, changes: 'accept', text: files(comparison, 'accept', 'txt'), json: files(comparison, 'accept', 'json')}},
        {key: `${comparison}:reject`, job: {docx, changes: 'reject', json: files(comparison, 'reject', 'json')}}
      )
    }
  const answers = await openInWordProcessor(jobs.map(({job}) => job))
  for (const [index, {key, job}] of jobs.entries()) {
    const result = answers[index] ?? {ok: false, error: 'no answer'}
    results.set(key, result)
    if (result.ok && existsSync(job.json)) docs.set(key, JSON.parse(readFileSync(job.json, 'utf8')) as WordDocument)
  }
}, 300_000)

afterAll(() => {
  for (const folder of [library, out, again, scratch]) if (folder) rmSync(folder, {recursive: true, force: true})
})

/** The text of a job as the word processor wrote it, normalised. */
const textOf = (file: string): Array<string> => normalise(readFileSync(file, 'utf8').split('\n'))

/** Images placed as pictures: PNG, JPEG and SVG (with a PNG fallback) read from beside the source; the rest are written as their text. */
const placed = (tree: Standard) => {
  const kinds = new Map<string, string>()
  const visit = (node: Node): void => {
    if (node.type === 'image') {
      const image = node as Node & {url: string; file?: {mediaType: string}}
      if (image.file) kinds.set(image.url, image.file.mediaType)
    }
    for (const child of (node as Node & {children?: Array<Node>}).children ?? []) visit(child)
  }
  visit(tree)
  return (url: string) => ['image/png', 'image/jpeg', 'image/svg+xml'].includes(kinds.get(url) ?? '')
}

/** The drafting tool's heading styles by depth: a chapter, then the sub-clauses; in an appendix, its own. */
const bodyHeadings = ['标准文件_章标题', '标准文件_一级条标题', '标准文件_二级条标题', '标准文件_三级条标题', '标准文件_四级条标题', '标准文件_五级条标题']
const appendixHeadings = ['标准文件_附录标识', '标准文件_附录一级条标题', '标准文件_附录二级条标题', '标准文件_附录三级条标题', '标准文件_附录四级条标题', '标准文件_附录五级条标题']

/** The headings an edition must show in the navigation pane, in order: their text, style and outline level. */
function headings(tree: Standard): Array<{text: string; style: string; outline: number}> {
  const found: Array<{text: string; style: string; outline: number}> = []
  const visit = (node: Node, appendix: boolean): void => {
    const named = node as Node & {number?: string; title?: string; letter?: string; children?: Array<Node>}
    if (node.type === 'clause' || node.type === 'term') {
      const depth = (named.number ?? '').split('.').length
      const text = node.type === 'term' ? (named.number ?? '') : [named.number, named.title].filter(Boolean).join('')
      const style = node.type === 'term' ? '标准文件_术语条一' : ((appendix ? appendixHeadings : bodyHeadings)[depth - 1] ?? '')
      found.push({text, style, outline: Math.min(depth, 6)})
    }
    // An appendix's label: its name, its status and its title on lines of one paragraph.
    if (node.type === 'appendix') {
      const label = node as Appendix
      found.push({text: [appendixName(label), appendixStatusLabel(label), label.title].join(''), style: '标准文件_附录标识', outline: 1})
    }
    for (const child of named.children ?? []) visit(child, appendix || node.type === 'appendix')
  }
  visit(tree, false)
  return found
}

/** The title of a table of contents, as GB/T 1.1 names it. */
const contentsTitle = '目次'

/**
 * What the 目次 lists, squeezed, in order, as GB/T 1.1 lists it: 前言 and 引言,
 * the chapters and their first-level clauses, the appendices' labels, 参考文献
 * and 索引 (not the terms, nor the appendices' clauses).
 */
function contentsEntries(tree: Standard): Array<string> {
  const words = documentWords()
  const entries: Array<string> = []
  const visit = (node: Node): void => {
    const named = node as Node & {number?: string; title?: string; children?: Array<Node>}
    if (node.type === 'foreword') entries.push(words.edition.foreword)
    if (node.type === 'introduction') entries.push(words.edition.introduction)
    if (node.type === 'clause' && (named.number ?? '').split('.').length <= 2) entries.push([named.number, named.title].filter(Boolean).join(''))
    if (node.type === 'appendix') entries.push([appendixName(node as Appendix), appendixStatusLabel(node as Appendix), (node as Appendix).title].join(''))
    if (node.type === 'bibliography') entries.push(words.technical.bibliography)
    if (node.type === 'termIndex') entries.push(words.technical.index)
    if (node.type !== 'appendix') for (const child of named.children ?? []) visit(child)
  }
  // The front matter first, as the document sets it.
  for (const child of [...tree.children.filter((child) => child.type === 'foreword' || child.type === 'introduction'), ...tree.children.filter((child) => child.type !== 'foreword' && child.type !== 'introduction')]) visit(child)
  return entries.map(squeeze)
}

/** Paragraphs with their section's page style: those after the first section (a comparison's summary page). */
const afterFirstSection = (list: Array<WordParagraph>): Array<WordParagraph> => {
  const first = list[0]?.page
  const at = list.findIndex((paragraph) => paragraph.page !== first)
  return at < 0 ? [] : list.slice(at)
}

/** An edition's paragraphs without its 目次: the title and the entries of the table of contents. */
const withoutContents = (list: Array<WordParagraph>): Array<WordParagraph> => {
  const start = list.findIndex((paragraph) => paragraph.index !== null)
  const end = list.findLastIndex((paragraph) => paragraph.index !== null)
  if (start < 0) return list
  const title = squeeze(list[start - 1]?.text ?? '') === contentsTitle ? start - 1 : start
  return [...list.slice(0, title), ...list.slice(end + 1)]
}

const texts = (list: Array<WordParagraph>): Array<string> => normalise(list.map((paragraph) => paragraph.text))

/**
 * The older edition's lines as "reject all" leaves them: a pure renumbering
 * is no revision, so the provisions' new numbers stand where the old ones
 * stood, in their headings and in the references to them.
 */
function renumbered(lines: Array<string>, diff: StandardDiff): Array<string> {
  const map = new Map<string, string>()
  for (const provision of diff.provisions) if (provision.old && provision.new && provision.old.number !== provision.new.number) map.set(provision.old.number, provision.new.number)
  if (map.size === 0) return lines
  const numbers = [...map.keys()].sort((a, b) => b.length - a.length).map((number) => number.replace(/\./gu, '\\.'))
  const dotted = numbers.filter((number) => number.includes('.'))
  const chapters = numbers.filter((number) => /^\d+$/u.test(number))
  const appendices = numbers.filter((number) => /^[A-Z]$/u.test(number))
  // Sub-clauses anywhere (`6.1`, `A.2`); chapters where their heading or 第…章 names them; appendices where 附录… names them: all at once, so that 6→4 and 4→6 swap.
  const patterns = [
    ...(dotted.length > 0 ? [`(?<![\\dA-Z.])(?:${dotted.join('|')})(?![\\d.])`] : []),
    ...(chapters.length > 0 ? [`^(?:${chapters.join('|')})(?![\\d.)）])(?=.)`, `(?<=第)(?:${chapters.join('|')})(?=章)`] : []),
    ...(appendices.length > 0 ? [`(?<=附录)(?:${appendices.join('|')})(?![A-Z\\d.])`] : [])
  ]
  const pattern = new RegExp(patterns.join('|'), 'gu')
  return lines.map((line) => line.replace(pattern, (number) => map.get(number) ?? number))
}

describe.runIf(run)('every edition of the library as a .docx, opened by LibreOffice', () => {
  it('builds the same bytes twice', () => {
    const documents = readdirSync(out, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.docx')).sort()
    expect(documents.filter((name) => !name.includes('diff'))).toEqual(editions.map((edition) => `${edition}.docx`))
    for (const name of documents) expect(readFileSync(path.join(again, name)).equals(readFileSync(path.join(out, name))), name).toBe(true)
  })

  describe.each(editions)('%s', (edition) => {
    it('opens and converts to PDF and to text without errors', () => {
      const result = results.get(edition)
      expect(result?.error).toBeUndefined()
      expect(result?.ok).toBe(true)
      expect(result?.revisions).toBe(0)
      expect(existsSync(files(edition, 'edition', 'pdf'))).toBe(true)
    })

    it('reads as the tree: every block in order, with the cover, labels, markers and captions', () => {
      const tree = trees.get(edition) as Standard
      const text = textOf(files(edition, 'edition', 'txt'))
      // The 目次 stands after the cover: its title, then its entries as a word processor reads the field, checked below.
      const contents = texts(paragraphs(edition).filter((paragraph) => paragraph.index !== null))
      expect(contents.length, 'the 目次 has entries').toBeGreaterThan(0)
      const at = text.findIndex((line, index) => contents.every((entry, offset) => text[index + offset] === entry))
      expect(at, 'the 目次 is one block of the text').toBeGreaterThan(0)
      expect(text[at - 1], 'the 目次 under its title').toBe(contentsTitle)
      const actual = [...text.slice(0, at - 1), ...text.slice(at + contents.length)]
      expect(actual).toEqual(expectedLines(tree, placed(tree)))
      expect(actual.length).toBeGreaterThan(50)
      expect(text.slice(0, at - 1), 'the 目次 right after the cover').toEqual(expectedLines(tree, placed(tree)).slice(0, at - 1))
      // The 目次 lists exactly the headings GB/T 1.1 lists there, in the edition's order (before updating it, without page numbers; after, with them).
      expect(contents.map((entry) => entry.replace(/(?:\d+|[IVXLC]+)$/u, ''))).toEqual(contentsEntries(tree))
    })

    it('holds its formulas as Word math, its pictures and its footnotes', () => {
      const tree = trees.get(edition) as Standard
      const expected = inlineContent(tree, placed(tree))
      const list = paragraphs(edition).filter((paragraph) => paragraph.index === null)
      const formulas = list.flatMap((paragraph) => paragraph.math)
      // Each formula an equation of the math module, reading as its TeX prints (letters and digits in order).
      expect(formulas.map(starMathLetters)).toEqual(expected.formulas.map(texLetters))
      expect(formulas.every((formula) => formula.trim() !== '')).toBe(true)
      expect(list.reduce((sum, paragraph) => sum + paragraph.pictures, 0)).toBe(expected.pictures)
      // Each footnote a Word footnote, called where the tree calls it, with its text.
      expect(list.flatMap((paragraph) => paragraph.footnotes).map(squeeze)).toEqual(expected.footnotes)
    })

    it('gives its headings the drafting tool’s styles with outline levels by depth', () => {
      const tree = trees.get(edition) as Standard
      // The document's own paragraphs, not the 目次's entries that repeat the headings.
      const list = paragraphs(edition).filter((paragraph) => !paragraph.table && paragraph.index === null)
      let cursor = 0
      const wrong: Array<string> = []
      for (const heading of headings(tree)) {
        const at = list.findIndex((paragraph, index) => index >= cursor && squeeze(paragraph.text) === squeeze(heading.text))
        if (at < 0) {
          wrong.push(`${heading.text}: not found`)
          continue
        }
        cursor = at + 1
        const paragraph = list[at] as WordParagraph
        if (paragraph.style !== heading.style || paragraph.outline !== heading.outline)
          wrong.push(`${heading.text}: ${paragraph.style} level ${paragraph.outline}, expected ${heading.style} level ${heading.outline}`)
      }
      expect(wrong).toEqual([])
      expect(headings(tree).length).toBeGreaterThan(3)
      // The body's text is 标准文件_段, outside the navigation pane.
      const body = list.filter((paragraph) => paragraph.style === '标准文件_段')
      expect(body.length).toBeGreaterThan(3)
      expect(body.every((paragraph) => paragraph.outline === 0)).toBe(true)
    })

    it.runIf(poppler)('prints as the pages it should, its title on them', () => {
      const tree = trees.get(edition) as Standard
      const pages = pdfPages(files(edition, 'edition', 'pdf'))
      // The cover, the front matter, the body, each appendix and the bibliography and index on pages of their own.
      const own = tree.children.filter((child) => ['appendix', 'bibliography', 'termIndex'].includes(child.type)).length
      const front = tree.children.some((child) => child.type === 'foreword' || child.type === 'introduction') ? 1 : 0
      expect(pages.length).toBeGreaterThanOrEqual(2 + front + own)
      expect(pages.length).toBeLessThanOrEqual(3 * (2 + front + own) + 10)
      expect(squeeze(pages[0] ?? '')).toContain(squeeze(tree.cover.title))
      // The body's first page opens with the title again, under the running header of the number.
      expect(pages.some((page, index) => index > 0 && squeeze(page).includes(squeeze(tree.cover.title)))).toBe(true)
    })
  })
})

describe.runIf(run)('every comparison of the library as a .docx: accept all, reject all', () => {
  const rows: Array<{comparison: string; revisions: number; types: string; accept: boolean; reject: boolean}> = []

  describe.each(comparisons)('%s', (comparison) => {
    const [standard, pair] = comparison.split('/') as [string, string]
    const [old, now] = (pair.split('..') as [string, string]).map((year) => `${standard}/${year}`) as [string, string]
    const row = {comparison, revisions: 0, types: '', accept: false, reject: false}
    rows.push(row)

    it('holds revisions, and accepting all of them gives the newer edition’s text', () => {
      const result = results.get(`${comparison}:accept`)
      expect(result?.error).toBeUndefined()
      const doc = docs.get(`${comparison}:accept`) as WordDocument
      row.revisions = doc.revisions
      row.types = Object.entries(doc.revisionTypes).map(([type, count]) => `${type} ${count}`).join(', ')
      expect(doc.revisions).toBeGreaterThan(0)
      expect(doc.remaining).toBe(0)
      expect(texts(afterFirstSection(doc.paragraphs))).toEqual(texts(withoutContents(paragraphs(now))))
      // And it converts to text, the newer edition's title in it.
      expect(textOf(files(comparison, 'accept', 'txt')).join('')).toContain(squeeze((trees.get(now) as Standard).cover.title))
      row.accept = true
    })

    it('rejecting all of them gives the older edition’s text, its renumbered provisions under their new numbers', () => {
      const result = results.get(`${comparison}:reject`)
      expect(result?.error).toBeUndefined()
      const doc = docs.get(`${comparison}:reject`) as WordDocument
      expect(doc.remaining).toBe(0)
      const diff = diffEditions(trees.get(old) as Standard, trees.get(now) as Standard)
      expect(texts(afterFirstSection(doc.paragraphs))).toEqual(renumbered(texts(withoutContents(paragraphs(old))), diff))
      row.reject = true
    })
  })

  it('reports the revisions per comparison', () => {
    console.log(
      ['comparison                 revisions  accept  reject  kinds', ...rows.map((row) => `${row.comparison.padEnd(27)}${String(row.revisions).padStart(9)}  ${(row.accept ? 'ok' : 'FAIL').padEnd(6)}  ${(row.reject ? 'ok' : 'FAIL').padEnd(6)}  ${row.types}`)].join('\n')
    )
    expect(rows).toHaveLength(comparisons.length)
  })
})

/** The pages kept as golden images: an edition, the text that finds the page in its PDF, and the name it is kept under. */
const goldenPages: Array<{edition: string; name: string; find: (pages: Array<string>, tree: Standard) => number}> = [
  {edition: 'q-zx-75.1861/2007', name: 'q-zx-75.1861-2007-cover', find: () => 0},
  {
    edition: 'q-zx-75.1861/2007',
    name: 'q-zx-75.1861-2007-table',
    // The first page of the body (after the foreword) that holds a table's caption.
    find: (pages, tree) => {
      const body = pages.findIndex((page, index) => index > 0 && squeeze(page).includes(squeeze(tree.cover.title)))
      return pages.findIndex((page, index) => index >= body && /表\s*\d+/u.test(page))
    }
  },
  // The first appendix's first page (not the 目次, which lists it).
  {
    edition: 'q-zx-75.1861/2007',
    name: 'q-zx-75.1861-2007-appendix',
    find: (pages) => pages.findIndex((page) => squeeze(page).includes('附录A（规范性附录）') && !squeeze(page).includes(contentsTitle))
  },
  // Figure 2 with its sub-figures, on a page with a formula, its 式中： and a table.
  {edition: 't-zxbz-15/2026', name: 't-zxbz-15-2026-figure', find: (pages) => pages.findIndex((page) => /图\s*2\s/u.test(page) && !squeeze(page).includes(contentsTitle))},
  // The 目次 after the cover, its entries listed before the field is updated.
  {edition: 't-zxbz-15/2026', name: 't-zxbz-15-2026-contents', find: (pages) => pages.findIndex((page, index) => index > 0 && squeeze(page).includes(contentsTitle))},
  // The page with the first footnote at its foot.
  {
    edition: 't-zxbz-15/2026',
    name: 't-zxbz-15-2026-footnote',
    find: (pages, tree) => {
      const note = inlineContent(tree, () => true).footnotes[0]?.replace(/^\)/u, '') ?? '\u0000'
      return pages.findIndex((page) => squeeze(page).includes(note))
    }
  }
]

describe.runIf(poppler)('pages of the Word documents as images, against the kept ones', () => {
  it.each(goldenPages)('$name', ({edition, name, find}) => {
    const pdf = files(edition, 'edition', 'pdf')
    const index = find(pdfPages(pdf), trees.get(edition) as Standard)
    expect(index, 'the page is found').toBeGreaterThanOrEqual(0)
    const page = renderPage(pdf, index + 1)
    // A page with its text set, not a blank one.
    expect(ink(page)).toBeGreaterThan(500)
    const golden = path.join(goldenFolder, `${name}.png`)
    if (updateGoldens || !existsSync(golden)) {
      if (!updateGoldens && process.env.CI) throw new Error(`no golden page ${golden}: keep one with STDKIT_UPDATE_WORD_PAGES=1`)
      mkdirSync(goldenFolder, {recursive: true})
      writeFileSync(golden, writeGreyPng(page))
      console.warn(`kept ${path.relative(repository, golden)} (page ${index + 1}): look at it before committing it`)
      return
    }
    // Anti-aliasing may move a few pixels; a missing line or block, another font or a shifted page moves far more.
    expect(difference(page, readGreyPng(readFileSync(golden)))).toBeLessThan(0.005)
  })
})

// Keep the last run's PDFs where a person can look at them.
describe.runIf(run)('artifacts', () => {
  it('leaves the PDFs in test-output/word', () => {
    const artifacts = path.join(repository, 'test-output/word')
    mkdirSync(artifacts, {recursive: true})
    for (const edition of editions) copyFileSync(files(edition, 'edition', 'pdf'), path.join(artifacts, `${edition.replace('/', '-')}.pdf`))
    writeFileSync(path.join(artifacts, 'results.json'), JSON.stringify(Object.fromEntries(results), null, 1))
    expect(readdirSync(artifacts).length).toBeGreaterThanOrEqual(editions.length)
  })
})
