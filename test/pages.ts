/**
 * Page images kept as golden files: a page of a PDF rendered grey by
 * poppler's pdftoppm, read back, and compared with the kept PNG with a
 * tolerance (anti-aliasing and a glyph's hinting may move a few pixels; a
 * missing line, a moved block or another font moves thousands).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {crc32, deflateSync, inflateSync} from 'node:zlib'

export const pdftoppm = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm'
export const pdftotext = process.env.PDFTOTEXT_PATH ?? path.join(path.dirname(pdftoppm), 'pdftotext')

/** Whether poppler's tools are there: in CI their absence is a failure, elsewhere the tests are skipped with a note. */
export function popplerAvailable(): boolean {
  if (existsSync(pdftoppm) && existsSync(pdftotext)) return true
  if (process.env.CI) throw new Error(`pdftoppm or pdftotext not found beside ${pdftoppm}: CI must install Debian's poppler-utils package`)
  console.warn(`page-image tests skipped: no pdftoppm at ${pdftoppm} (apt-get install poppler-utils)`)
  return false
}

/** A grey image: one byte a pixel, 0 black, 255 white. */
export interface Grey {
  width: number
  height: number
  pixels: Uint8Array
}

/** The text of each page of a PDF, as pdftotext reads it (pages split at form feeds). */
export function pdfPages(file: string): Array<string> {
  // In the order of the page's content, not of its columns as pdftotext guesses them.
  const pages = execFileSync(pdftotext, ['-raw', '-enc', 'UTF-8', file, '-'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}).split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** Page `page` (from 1) of a PDF rendered grey at `dpi` (`pdftoppm -gray`, a binary PGM read back). */
export function renderPage(file: string, page: number, dpi = 50): Grey {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-page-'))
  try {
    execFileSync(pdftoppm, ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, path.join(folder, 'page')])
    const data = readFileSync(path.join(folder, 'page.pgm'))
    // Binary PGM: "P5", width, height, maximum value, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(data.subarray(0, 64).toString('latin1'))
    if (!header) throw new Error('not a PGM image')
    return {width: Number(header[1]), height: Number(header[2]), pixels: new Uint8Array(data.subarray(Buffer.byteLength(header[0], 'latin1')))}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** A grey image as an 8-bit grey PNG, rows unfiltered: the same pixels give the same bytes. */
export function writeGreyPng(image: Grey): Uint8Array {
  const chunk = (type: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(4)
    head.writeUInt32BE(body.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), body])))
    return Buffer.concat([head, Buffer.from(type, 'latin1'), body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(image.width, 0)
  header.writeUInt32BE(image.height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const raw = Buffer.alloc((image.width + 1) * image.height)
  for (let y = 0; y < image.height; y++) raw.set(image.pixels.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, {level: 9})),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** Reads an 8-bit grey, non-interlaced PNG (what writeGreyPng writes). */
export function readGreyPng(bytes: Uint8Array): Grey {
  const data = Buffer.from(bytes)
  if (!data.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error('not a PNG image')
  let width = 0
  let height = 0
  const chunks: Array<Buffer> = []
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at)
    const type = data.toString('latin1', at + 4, at + 8)
    const body = data.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      if (body[8] !== 8 || body[9] !== 0 || body[12] !== 0) throw new Error('not an 8-bit grey, non-interlaced PNG')
    } else if (type === 'IDAT') chunks.push(body)
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(chunks))
  const pixels = new Uint8Array(width * height)
  // Each row: a filter byte, then the row filtered against the pixel to its left (a) and above (b).
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)]
    for (let x = 0; x < width; x++) {
      const value = raw[y * (width + 1) + 1 + x] ?? 0
      const a = x > 0 ? (pixels[y * width + x - 1] ?? 0) : 0
      const b = y > 0 ? (pixels[(y - 1) * width + x] ?? 0) : 0
      const c = x > 0 && y > 0 ? (pixels[(y - 1) * width + x - 1] ?? 0) : 0
      const predicted =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : Number.NaN
      if (Number.isNaN(predicted)) throw new Error(`unknown PNG filter ${filter}`)
      pixels[y * width + x] = (value + predicted) & 0xff
    }
  }
  return {width, height, pixels}
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)]
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** Dark pixels (below 128): how much ink a page holds. */
export const ink = (image: Grey): number => image.pixels.reduce((count, value) => count + (value < 128 ? 1 : 0), 0)

/**
 * How far a page is from its golden image: the share of pixels whose grey
 * differs by more than a quarter of the scale (1 when the sizes differ).
 */
export function difference(page: Grey, golden: Grey): number {
  if (page.width !== golden.width || page.height !== golden.height) return 1
  let differing = 0
  for (let index = 0; index < page.pixels.length; index++) if (Math.abs((page.pixels[index] ?? 0) - (golden.pixels[index] ?? 0)) > 64) differing++
  return differing / page.pixels.length
}

