/**
 * Technical content in the edition PDF, read back with pdfjs-dist: figure and
 * table captions, formula numbers, 说明 and 式中, a footnote's text on the
 * page of its call, `表1（续）` over the header repeated on the next page, the
 * bibliography and the index in the 目次 and the outline; formulas drawn as
 * mathematics, never as their LaTeX; a missing image stops the typesetting
 * at the image; the same tree gives the same bytes.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {beforeAll, describe, expect, it} from 'vitest'
import {PdfError, renderEditionPdf} from '@stdkit/pdf'
import {useLanguage} from '@stdkit/messages'
import {images, technical} from './technical-fixture.js'

useLanguage('en')

const readImage = (url: string) => images[url]
const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '')

interface Read {
  pages: Array<string>
  outline: Array<string>
}

async function read(bytes: Buffer): Promise<Read> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const pages: Array<string> = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')))
  }
  const outline = ((await document.getOutline()) ?? []).map((item) => item.title)
  return {pages, outline}
}

let pdf: Buffer
let doc: Read
beforeAll(async () => {
  pdf = await renderEditionPdf(technical, {readImage})
  doc = await read(pdf)
}, 120_000)

const pageOf = (text: string) => doc.pages.findIndex((page) => page.includes(squeeze(text)))

describe('technical content in the edition PDF', () => {
  it('prints the captions of figures and tables, the sub-figure titles, the key and the 式中 list', () => {
    const all = doc.pages.join('')
    for (const text of ['图1接地系统的组成', '图2机柜的视图', 'a)正视图', 'b)侧视图', '表1接地电阻限值', '说明：', '1——总接地排；', '式中：', '——接地电阻，单位为欧姆（Ω）；', '注：引入线的长度以实测为准。']) {
      expect(all, text).toContain(squeeze(text))
    }
    // The caption comes under its figure: after the key and the notes.
    expect(all.indexOf('图1接地系统的组成')).toBeGreaterThan(all.indexOf('引入线的长度以实测为准'))
  })

  it('numbers formulas （1） and （2） and never prints their LaTeX', () => {
    const all = doc.pages.join('')
    expect(all).toContain('（1）')
    expect(all).toContain('（2）')
    for (const source of ['\\frac', '\\sqrt', 'U_0', '\\sum', 'P_{']) expect(all).not.toContain(source)
    // The CJK word inside a formula is set as text of the formula, in its place.
    expect(all).toContain('总')
  })

  it('sets a footnote to the text at the foot of the page its call is on, numbered through the document', () => {
    for (const [call, text] of [
      ['计算1)。', '1)计算时取雷雨季节的实测数值。'],
      ['第二个脚注的调用2)在这里。', '2)第二个脚注的文字。']
    ] as const) {
      const page = pageOf(call)
      expect(page, call).toBeGreaterThan(0)
      expect(doc.pages[page]).toContain(squeeze(text))
      // Below the text of the page: the footnote is the last thing before the folio.
      expect((doc.pages[page] ?? '').indexOf(squeeze(text))).toBeGreaterThan((doc.pages[page] ?? '').indexOf(call))
    }
  })

  it('repeats the header rows of a table that runs on under 表1（续）', () => {
    const first = pageOf('表1接地电阻限值')
    const next = pageOf('表1（续）')
    expect(next).toBe(first + 1)
    const page = doc.pages[next] ?? ''
    expect(page.indexOf('表1（续）')).toBeLessThan(page.indexOf('设备类别'))
    expect(page).toContain('接地电阻/Ω新建改建')
    // The notes and footnotes close the table, inside its frame.
    expect(doc.pages.join('')).toContain('注1：限值为土壤电阻率不大于100Ω·m时的数值。')
  })

  it('prints a complete term entry: admitted and abbreviated terms, the note to entry, the source', () => {
    const all = doc.pages.join('')
    expect(all).toContain('接地装置earth-terminationsystem接地系统ETS埋入地中')
    expect(all).toContain('注1到条目：接地装置包括接地体和接地线。')
    expect(all).toContain('[来源：GB/T20000.1—2014，3.1，有修改]')
    expect(all).not.toContain('许用术语')
  })

  it('puts the bibliography and the index on pages of their own, in the 目次 and the outline', () => {
    expect(doc.outline).toEqual(['3\u3000术语和定义', '4\u3000接地要求', '参考文献', '索引'])
    const bibliography = pageOf('参考文献[1]GB/T7714—2015')
    expect(bibliography).toBeGreaterThan(0)
    // Its heading is the first thing on its page, after the running header and the folio.
    expect(doc.pages[bibliography]).toMatch(/^Q\/ZX99\.1–2024\d+参考文献\[1\]/u)
    const index = doc.pages.findIndex((page) => page.includes('索引汉语拼音索引'))
    expect(index).toBe(bibliography + 1)
    // Terms in pinyin order (deng before jie), then the English index.
    expect(doc.pages[index]).toMatch(/汉语拼音索引等电位连接·+3\.2接地装置·+3\.1英文对应词索引bonding·+3\.2earth-terminationsystem·+3\.1/u)
    expect(doc.pages[1]).toMatch(/参考文献·+\d+索引·+\d+/u)
  })

  it('keeps a listing line for line, in the monospace face, wrapping a long line', async () => {
    const all = doc.pages.join('')
    expect(all).toContain('{"接地":true,"limit":4,')
    expect(pdf.includes('NotoSansMono')).toBe(true)
    expect(pdf.includes('NotoSerif-Italic')).toBe(true)
  })

  it('gives the same bytes for the same tree', async () => {
    expect((await renderEditionPdf(technical, {readImage})).equals(pdf)).toBe(true)
  })

  it('stops at an image it cannot read, with a message at the image', async () => {
    const figure = structuredClone(technical)
    const error = await renderEditionPdf(figure, {readImage: (url) => (url.endsWith('.png') ? undefined : images[url]), path: 'q-zx-99.1/2024.md'}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PdfError)
    const [message] = (error as PdfError).file.messages
    expect(message?.ruleId).toBe('pdf-image')
    expect(message?.reason).toContain('figures/front.png')
  })

  it('reads the images beside the source when given its path', async () => {
    const folder = fileURLToPath(new URL('../../../test-output/pdf/technical/', import.meta.url))
    mkdirSync(path.join(folder, 'figures'), {recursive: true})
    for (const [url, bytes] of Object.entries(images)) writeFileSync(path.join(folder, url), bytes)
    const beside = await renderEditionPdf(technical, {path: path.join(folder, '2024.md')})
    expect(beside.equals(pdf)).toBe(true)
  })
})

const pdftoppm = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm'

describe.runIf(existsSync(pdftoppm))('technical pages as images', () => {
  it('draws the figure and the formulas as vectors, inside the margins', () => {
    const artifacts = fileURLToPath(new URL('../../../test-output/pdf/', import.meta.url))
    mkdirSync(artifacts, {recursive: true})
    const file = path.join(artifacts, 'technical.pdf')
    writeFileSync(file, pdf)
    for (const [name, text] of [['figure', '图1接地系统的组成'], ['formula', '式中：']] as const) {
      const page = pageOf(text) + 1
      execFileSync(pdftoppm, ['-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(artifacts, `technical-${name}`)])
      execFileSync(pdftoppm, ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', file, path.join(artifacts, `technical-${name}`)])
      const data = readFileSync(path.join(artifacts, `technical-${name}.pgm`))
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(data.subarray(0, 64).toString('latin1'))
      const width = Number(header?.[1])
      const height = Number(header?.[2])
      const pixels = data.subarray(Buffer.byteLength(header?.[0] ?? '', 'latin1'))
      let dark = 0
      let outside = 0
      const margin = Math.round((20 / 72) * 50)
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if ((pixels[y * width + x] ?? 255) >= 128) continue
          if (x < margin || y < margin || x >= width - margin || y >= height - margin) outside++
          else dark++
        }
      }
      expect(outside).toBe(0)
      // The figure's black disc and rules, the formulas' glyphs: far more ink than the captions alone.
      expect(dark, name).toBeGreaterThan(name === 'figure' ? 3000 : 1000)
    }
  })
})
