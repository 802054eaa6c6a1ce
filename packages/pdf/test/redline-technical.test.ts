/**
 * Technical content in the comparison PDF, on the library's standard
 * T/ZXBZ 15 (2022 → 2026), its editions read from disk as a build reads them
 * (images with their files' facts): the page of the changed 图1 holds both
 * images, side by side under the names of their editions; the changed
 * formula (1) is typeset on both sides and its LaTeX is nowhere in the text;
 * the listing keeps its lines; the same comparison gives the same bytes.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {beforeAll, describe, expect, it} from 'vitest'
import {diffEditions, type StandardDiff} from '@stdkit/diff'
import {loadEdition} from '@stdkit/library'
import {useLanguage} from '@stdkit/messages'
import {PdfError, renderRedlinePdf} from '@stdkit/pdf'
import type {Standard} from '@stdkit/tree'

useLanguage('zh')

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const artifacts = path.join(repository, 'test-output/pdf')
const pdftoppm = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm'
const source = 'standards/t-zxbz-15/2026.md'
const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '')

/** One text item of a page: its text, and where it starts, in points from the page's top left. */
interface Item {
  text: string
  x: number
  y: number
}

async function read(bytes: Buffer): Promise<{pages: Array<string>; items: Array<Array<Item>>; height: number}> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const pages: Array<string> = []
  const items: Array<Array<Item>> = []
  let height = 0
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number)
    height = page.view[3] ?? 0
    const content = await page.getTextContent()
    const list = content.items.flatMap((item) => ('str' in item ? [{text: item.str, x: item.transform[4] as number, y: height - (item.transform[5] as number)}] : []))
    items.push(list)
    pages.push(squeeze(list.map((item) => item.text).join('')))
  }
  return {pages, items, height}
}

let diff: StandardDiff
let newer: Standard
let pdf: Buffer
let doc: Awaited<ReturnType<typeof read>>
beforeAll(async () => {
  // One standard's folder of the repository, its editions by name.
  const folder = 'standards/t-zxbz-15'
  const [old, now] = await Promise.all([loadEdition(`${folder}/2022.md`, folder, repository), loadEdition(source, folder, repository)])
  diff = diffEditions(old.tree, now.tree)
  newer = now.tree
  pdf = await renderRedlinePdf(diff, newer, {path: path.join(repository, source)})
  doc = await read(pdf)
  mkdirSync(artifacts, {recursive: true})
  writeFileSync(path.join(artifacts, 't-zxbz-15-2022..2026.pdf'), pdf)
}, 120_000)

/** The page (from 0) holding a text, and the text item that starts it. */
function find(text: string, from = 0): {page: number; item: Item} {
  for (let page = from; page < doc.items.length; page++) {
    const item = doc.items[page]?.find((candidate) => candidate.text.includes(text))
    if (item) return {page, item}
  }
  throw new Error(`not found: ${text}`)
}

describe('technical content in the comparison PDF', () => {
  it('names the two sides of the changed 图1 by their editions, side by side above its caption', () => {
    const old = find('2022版', 2)
    const now = find('2026版', old.page)
    expect(now.page).toBe(old.page)
    // Level with each other, the older on the left half, the newer on the right.
    expect(Math.abs(now.item.y - old.item.y)).toBeLessThan(1)
    expect(old.item.x).toBeLessThan(297)
    expect(now.item.x).toBeGreaterThan(297)
    const caption = doc.pages.findIndex((page) => page.includes('图1接地系统的组成'))
    expect(caption).toBeGreaterThanOrEqual(old.page)
    // The caption is set under the images and the key, as in the edition.
    const page = doc.pages[old.page] ?? ''
    expect(page.indexOf('1——通信设备机架')).toBeGreaterThan(page.indexOf('2026版'))
  })

  it('sets the changed formula (1) as mathematics on both sides, never as its LaTeX', () => {
    const all = doc.pages.join('')
    for (const latex of ['\\frac', '\\sqrt', 'I^2']) expect(all).not.toContain(latex)
    // Nor the inline formulas of the 式中 and the symbols, nor the markup of a superscript.
    for (const markup of ['$S$', '\\mathrm', '$\\rho$', 'mm^2^']) expect(all).not.toContain(markup)
    expect(all).toContain('——接地导体的截面积，单位为平方毫米（mm2）；')
    const label = find('（1）', 2)
    const page = doc.items[label.page] ?? []
    // Two numbers （1）, one beside each side's formula, each under the name of its edition.
    const numbers = page.filter((item) => item.text === '（1）')
    expect(numbers).toHaveLength(2)
    const names = page.filter((item) => item.text === '2022版' || item.text === '2026版').map((item) => item.text)
    expect(names).toEqual(['2022版', '2026版'])
  })

  it('keeps the listing line by line and names no line of it as changed that is not', () => {
    const page = doc.pages.find((text) => text.includes('"site"')) ?? ''
    expect(page).toMatch(/\{"site":"示例机房","date":"(?:2022-07-01)?2026-07-01","method":"three-pole",(?:"resistance":0\.8)?"resistance_ohm":0\.8,"season_factor":1\.2\}/u)
    const items = doc.items.find((list) => list.some((item) => item.text.includes('"site"'))) ?? []
    const line = (text: string) => items.find((item) => item.text.includes(text))?.y
    // One line each, in order: the lines of the listing are not run together.
    const ys = ['"site"', '"date"', '"method"', 'season_factor'].map(line)
    for (const [index, y] of ys.entries()) if (index > 0) expect(y).toBeGreaterThan(ys[index - 1] ?? Infinity)
  })

  it('gives the same bytes for the same comparison', async () => {
    const again = await renderRedlinePdf(diff, newer, {path: path.join(repository, source)})
    expect(again.equals(pdf)).toBe(true)
  })

  it('stops at an image it cannot read, naming the image', async () => {
    const failure = await renderRedlinePdf(diff, newer, {path: path.join(repository, source), readImage: () => undefined}).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(PdfError)
    expect(String((failure as PdfError).message)).toContain('figures/earthing-system-2022.svg')
  })
})

function available(): boolean {
  if (existsSync(pdftoppm)) return true
  if (process.env.CI) throw new Error(`pdftoppm not found at ${pdftoppm}: CI must install Debian's poppler-utils package`)
  console.warn(`page-image tests skipped: no pdftoppm at ${pdftoppm} (apt-get install poppler-utils)`)
  return false
}

/** Dark pixels of a page rendered grey at `dpi`, in a box given in points. */
function ink(page: number, dpi: number, box: {x0: number; y0: number; x1: number; y1: number}): number {
  const scratch = mkdtempSync(path.join(tmpdir(), 'stdkit-redline-'))
  const file = path.join(scratch, 'redline.pdf')
  writeFileSync(file, pdf)
  execFileSync(pdftoppm, ['-gray', '-r', String(dpi), '-f', String(page + 1), '-l', String(page + 1), '-singlefile', file, path.join(scratch, 'page')])
  execFileSync(pdftoppm, ['-png', '-r', '80', '-f', String(page + 1), '-l', String(page + 1), '-singlefile', file, path.join(artifacts, 'redline-figure')])
  const data = readFileSync(path.join(scratch, 'page.pgm'))
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(data.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not a PGM image')
  const width = Number(header[1])
  const pixels = data.subarray(Buffer.byteLength(header[0], 'latin1'))
  const scale = dpi / 72
  let count = 0
  for (let y = Math.round(box.y0 * scale); y < Math.round(box.y1 * scale); y++) {
    for (let x = Math.round(box.x0 * scale); x < Math.round(box.x1 * scale); x++) if ((pixels[y * width + x] ?? 255) < 160) count++
  }
  return count
}

describe.runIf(available())('the changed 图1 as a page image', () => {
  it('draws ink on both halves, between the editions’ names and the key', () => {
    const names = find('2022版', 2)
    const key = find('1——通信设备机架', names.page)
    expect(key.page).toBe(names.page)
    const [top, bottom] = [names.item.y + 12, key.item.y - 12]
    expect(bottom - top).toBeGreaterThan(100)
    const left = ink(names.page, 60, {x0: 80, y0: top, x1: 290, y1: bottom})
    const right = ink(names.page, 60, {x0: 305, y0: top, x1: 530, y1: bottom})
    // Each half holds a drawing of its own (its lines, labels and frame), not a blank box.
    expect(left).toBeGreaterThan(400)
    expect(right).toBeGreaterThan(400)
  })
})
