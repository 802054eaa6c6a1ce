/**
 * Pages as images: the cover, the first body page, the revision-record page
 * and a redline page rendered by pdftoppm (Debian's poppler-utils) and
 * checked for simple properties: something is drawn, and nothing enters the
 * page's outer margin. The PNGs stay in `test-output/pdf/` for people to look at.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {diffEditions} from '@stdkit/diff'
import {parseStandard} from '@stdkit/parse'
import {renderEditionPdf, renderRedlinePdf} from '@stdkit/pdf'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const artifacts = path.join(repository, 'test-output/pdf')
const pdftoppm = process.env.PDFTOPPM_PATH ?? '/usr/bin/pdftoppm'

function available(): boolean {
  if (existsSync(pdftoppm)) return true
  if (process.env.CI) throw new Error(`pdftoppm not found at ${pdftoppm}: CI must install Debian's poppler-utils package`)
  console.warn(`page-image tests skipped: no pdftoppm at ${pdftoppm} (apt-get install poppler-utils)`)
  return false
}

const load = (year: number) => {
  const file = `standards/q-zx-75.1861/${year}.md`
  return parseStandard(new VFile({path: file, value: readFileSync(path.join(repository, file), 'utf8')}))
}

/** A grey-scale raster of one page: width, height and one byte a pixel (0 black, 255 white). */
function raster(pdf: string, page: number, name: string): {width: number; height: number; pixels: Uint8Array} {
  const scratch = mkdtempSync(path.join(tmpdir(), 'stdkit-pages-'))
  execFileSync(pdftoppm, ['-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(scratch, 'page')])
  execFileSync(pdftoppm, ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(artifacts, name)])
  const data = readFileSync(path.join(scratch, 'page.pgm'))
  // Binary PGM: "P5", width, height, maximum value, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(data.subarray(0, 64).toString('latin1'))
  if (!header) throw new Error('not a PGM image')
  const [all, width, height] = header
  return {width: Number(width), height: Number(height), pixels: new Uint8Array(data.subarray(Buffer.byteLength(all ?? '', 'latin1')))}
}

function dark(image: ReturnType<typeof raster>, box: {x0: number; y0: number; x1: number; y1: number}): number {
  let count = 0
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) if ((image.pixels[y * image.width + x] ?? 255) < 128) count++
  return count
}

describe.runIf(available())('pages as images', () => {
  const files: Record<string, string> = {}
  beforeAll(async () => {
    mkdirSync(artifacts, {recursive: true})
    files.edition = path.join(artifacts, '2007.pdf')
    writeFileSync(files.edition, await renderEditionPdf(load(2007)))
    files.redline = path.join(artifacts, '2006..2007.pdf')
    writeFileSync(files.redline, await renderRedlinePdf(diffEditions(load(2006), load(2007)), load(2007)))
  }, 120_000)

  // Page numbers in the 2007 PDF: cover, 目次, 前言 with the record, then the body.
  for (const [name, file, page] of [
    ['cover', 'edition', 1],
    ['revision-record', 'edition', 3],
    ['first-body-page', 'edition', 4],
    ['redline', 'redline', 2]
  ] as const) {
    it(`draws the ${name} page inside its margins`, () => {
      const image = raster(files[file] ?? '', page, name)
      const margin = Math.round((20 / 72) * 50)
      const inside = {x0: margin, y0: margin, x1: image.width - margin, y1: image.height - margin}
      expect(dark(image, inside)).toBeGreaterThan(500)
      const outer = dark(image, {x0: 0, y0: 0, x1: image.width, y1: image.height}) - dark(image, inside)
      expect(outer).toBe(0)
      expect(existsSync(path.join(artifacts, `${name}.png`))).toBe(true)
    })
  }
})
