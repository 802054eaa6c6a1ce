/**
 * The technical standard of the library, T/ZXBZ 15, from its sources to what
 * a reviewer reads: it checks without a message, builds with its figures
 * beside its pages, typesets its formulas (never as TeX), prints its
 * footnotes, tables and figures in the PDF, and its comparison shows what
 * the change list says and nothing that only moved or was renumbered.
 */
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {diffSchema, type DiffDocument} from '@stdkit/diff'
import {standardSchema} from '@stdkit/tree'
import {schemaErrors} from './schemas.js'
import {repository, stdkit} from './support.js'

/** The text of each page, as pdfjs-dist reads it back (the PDF package's dependency). */
async function pageTexts(bytes: Buffer): Promise<Array<string>> {
  const require = createRequire(new URL('../packages/pdf/package.json', import.meta.url))
  interface Document {
    numPages: number
    getPage(number: number): Promise<{getTextContent(): Promise<{items: Array<{str: string} | object>}>}>
  }
  const {getDocument} = (await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as {getDocument: (source: object) => {promise: Promise<Document>}}
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const pages: Array<string> = []
  for (let number = 1; number <= document.numPages; number++) {
    let text = ''
    for (const item of (await (await document.getPage(number)).getTextContent()).items) if ('str' in item) text += item.str
    pages.push(text.replace(/[\s\u3000]+/gu, ''))
  }
  return pages
}

const pdftoppm = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm'

/** Share of dark pixels in a band of a page (rows `from` to `to`, fractions of the height), rendered in grey by pdftoppm. */
function ink(pdf: string, page: number, from: number, to: number): number {
  const pgm = execFileSync(pdftoppm, ['-r', '30', '-gray', '-f', String(page), '-l', String(page), pdf])
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('pdftoppm gave no PGM')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  let dark = 0
  const [top, bottom] = [Math.floor(height * from), Math.floor(height * to)]
  for (let row = top; row < bottom; row++) for (let column = 0; column < width; column++) if ((pixels[row * width + column] ?? 255) < 128) dark++
  return dark / ((bottom - top) * width)
}

describe('T/ZXBZ 15, a technical standard', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-technical-'))
  cpSync(path.join(repository, 'standards/t-zxbz-15'), path.join(folder, 'standards/t-zxbz-15'), {recursive: true})
  const out = path.join(folder, 'out')
  const read = (name: string): string => readFileSync(path.join(out, name), 'utf8')
  let build: {code: number; stdout: string; stderr: string}

  beforeAll(async () => {
    if (!existsSync(pdftoppm) && process.env.CI) throw new Error(`pdftoppm not found at ${pdftoppm}: CI must install Debian's poppler-utils package`)
    build = await stdkit(['build', 'standards', '--out', 'out'], folder)
  })

  it('checks without a message', async () => {
    const result = await stdkit(['check', 'standards', '--frail'], folder)
    expect(result.stderr.split('\n').filter((line) => /\d+:\d+/u.test(line))).toEqual([])
    expect(result.code).toBe(0)
  })

  it('builds, copying beside the pages the figures the editions name, and no other file', () => {
    expect(build.stderr).toBe('')
    expect(build.code).toBe(0)
    expect(readdirSync(path.join(out, 't-zxbz-15/figures')).sort()).toEqual(['bonding-mesh.svg', 'bonding-star.png', 'earthing-system-2022.svg', 'earthing-system-2026.svg', 'electrode-depth.svg'])
    expect(readFileSync(path.join(out, 't-zxbz-15/figures/bonding-star.png'))).toEqual(readFileSync(path.join(folder, 'standards/t-zxbz-15/figures/bonding-star.png')))
  })

  it('shows figures with their size and alternative text, formulas as MathML, never TeX', () => {
    const page = read('t-zxbz-15/2026.html')
    expect(page).toMatch(/<img src="figures\/earthing-system-2026\.svg"[^>]* alt="接地系统的组成示意"/u)
    expect(page).toMatch(/<img src="figures\/bonding-star\.png"[^>]* width="240" height="200"|<img src="figures\/bonding-star\.png"[^>]* height="200"[^>]* width="240"/u)
    expect(page).toContain('图2　等电位连接方式')
    expect(page.match(/<math[^>]*display="block"/gu)?.length).toBe(3)
    // TeX stays in the formulas' alternative text only.
    expect(page.replace(/alttext="[^"]*"/gu, '')).not.toMatch(/\\frac|\\sqrt|\\mathrm/u)
    // The listing line by line, its indentation kept.
    expect(page).toContain('<span class="line">{</span>\n<span class="line">  "site": "示例机房",</span>')
  })

  it('prints the PDF with its captions, formula numbers, a footnote on the page of its call and the listing line by line, no TeX', async () => {
    const pages = await pageTexts(readFileSync(path.join(out, 't-zxbz-15/2026.pdf')))
    const all = pages.join('')
    for (const text of ['图1接地系统的组成', '图2等电位连接方式', '图3垂直接地体的埋设', '表1接地电阻限值', '表B.1季节系数', '（1）', '（2）', '（A.1）', '参考文献', '索引']) expect(all).toContain(text)
    expect(all).not.toMatch(/\\frac|\\sqrt|\\mathrm|\$\$/u)
    const call = pages.findIndex((page) => page.includes('焊接连接一次'))
    expect(pages[call]).toContain('土壤条件较差时，连接间距宜缩小至12m。')
    expect(all).toContain('"resistance_ohm":0.8,')
  })

  it('draws the figures in the PDF (the page of 图1 has ink where the figure stands)', () => {
    if (!existsSync(pdftoppm)) return
    const pdf = path.join(out, 't-zxbz-15/2026.pdf')
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8').split('\f')
    const page = text.findIndex((content) => /图1\s+接地系统的组成/u.test(content)) + 1
    expect(page).toBeGreaterThan(0)
    expect(ink(pdf, page, 0.25, 0.6)).toBeGreaterThan(0.01)
  })

  it('publishes JSON that its schemas validate, every technical node included', () => {
    for (const year of [2022, 2026]) expect(schemaErrors(standardSchema(), JSON.parse(read(`t-zxbz-15/${year}.json`)))).toEqual([])
    expect(schemaErrors(diffSchema(), JSON.parse(read('t-zxbz-15/diff/2022..2026.json')))).toEqual([])
    for (const type of ['"figure"', '"image"', '"formula"', '"inlineMath"', '"code"', '"definitionList"', '"tableFootnote"', '"footnote"', '"termSource"', '"bibliography"', '"termIndex"', '"superscript"', '"break"']) expect(read('t-zxbz-15/2026.json')).toContain(`"type": ${type}`)
  })

  it('compares the editions as the change list says, renumbered figures and the references that follow them being no change', () => {
    const diff = JSON.parse(read('t-zxbz-15/diff/2022..2026.json')) as DiffDocument
    const changed = diff.diff.provisions.filter((change) => !change.kinds.includes('unchanged')).map((change) => change.id)
    expect(changed).toEqual(expect.arrayContaining(['foreword', 'earth-termination', 'composition-general', 'ring-electrode', 'resistance', 'conductors', 'bonding', 'record-content']))
    for (const id of ['acceptance', 'measuring-resistance', 'measuring-resistivity', 'record-correction', 'season-factors', 'spd']) expect(changed).not.toContain(id)
    expect(diff.diff.recordCheck?.claims.map((claim) => claim.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed'])
  })
})
