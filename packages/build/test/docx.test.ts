/** The Word edition: one `.docx` per edition beside its PDF, in the build of every format and when a build names `docx`. */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {build, Builder} from '@stdkit/build'
import {copyEditions} from '../../../test/library.js'

const series = 'q-zx-75.1861'

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-docx-'))
  copyEditions(folder)
  return folder
}

describe('--format docx', () => {
  it('writes out/<standard>/<year>.docx for every edition, the same bytes each time', async () => {
    const folder = workspace()
    const first = await build('standards', 'one', {cwd: folder, cache: false, formats: ['docx'], only: {standard: series}})
    const comparisons = ['2004..2005', '2004..2006', '2004..2007', '2005..2006', '2005..2007', '2006..2007'].map((pair) => `${series}/diff/${pair}.docx`)
    expect([...first.written].sort()).toEqual([...[2004, 2005, 2006, 2007].map((year) => `${series}/${year}.docx`), ...comparisons].sort())
    await build('standards', 'two', {cwd: folder, cache: false, formats: ['docx'], only: {standard: series}})
    for (const name of first.written) {
      const bytes = readFileSync(path.join(folder, 'one', name))
      expect(bytes.equals(readFileSync(path.join(folder, 'two', name))), name).toBe(true)
      const document = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array())
      expect(document).toContain('<w:pStyle w:val="StdChapter"/>')
      // A comparison's differences are the word processor's revisions.
      if (name.includes('/diff/')) expect(document).toMatch(/<w:del\s[^>]*[^/]>/u)
    }
  })

  it('writes a comparison made by the build on its own, with the older edition it compares', async () => {
    const folder = workspace()
    const result = await build('standards', 'out', {cwd: folder, cache: false, formats: ['docx'], only: {standard: series, year: 2007}})
    expect(result.written).toContain(`${series}/diff/2006..2007.docx`)
    const document = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(folder, 'out', series, 'diff', '2006..2007.docx'))))['word/document.xml'] ?? new Uint8Array())
    expect(document).toContain('2006版与2007版比较')
    expect(document).toMatch(/<w:delText[^>]*>[^<]+<\/w:delText>/u)
  })

  it('is made by a build that names no format, beside the edition\'s JSON and PDF', async () => {
    const folder = workspace()
    const result = await build('standards', 'out', {cwd: folder, cache: false, only: {standard: series, year: 2007}, formats: undefined})
    expect(result.written.filter((name) => /^[^/]+\/\d{4}\.\w+$/u.test(name)).sort()).toEqual(['docx', 'html', 'json', 'pdf'].map((ending) => `${series}/2007.${ending}`))
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(folder, 'out', series, '2007.docx'))))['[Content_Types].xml'] ?? new Uint8Array())).toContain('wordprocessingml')
  })

  it('is made again when an image it shows changes, though its path and size stay', async () => {
    const folder = workspace()
    // Two 2×1 PNGs of the same size: black, and red.
    const black = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAC0lEQVR4nGNgAAMAAAcAAbKGrPQAAAAASUVORK5CYII=', 'base64')
    const red = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGM4wcAARAAHDwGRMIzpKgAAAABJRU5ErkJggg==', 'base64')
    const figure = path.join(folder, 'standards', series, 'figures', 'flow.png')
    mkdirSync(path.dirname(figure), {recursive: true})
    writeFileSync(figure, black)
    const source = path.join(folder, 'standards', series, '2007.md')
    const text = readFileSync(source, 'utf8')
    expect(text).toContain('\n## 2 规范性引用文件')
    writeFileSync(source, text.replace('\n## 2 规范性引用文件', '\n![现场服务的流程](figures/flow.png)\n\n图1　现场服务的流程\n\n## 2 规范性引用文件'))
    const media = () => {
      const parts = unzipSync(new Uint8Array(readFileSync(path.join(folder, 'out', series, '2007.docx'))))
      return Object.entries(parts).filter(([name]) => name.startsWith('word/media/')).map(([, bytes]) => Buffer.from(bytes))
    }
    const builder = new Builder('standards', 'out', {cwd: folder, cache: path.join(folder, 'cache'), formats: ['docx'], only: {standard: series}})
    try {
      expect((await builder.run()).made).toContain(`${series}/2007.docx`)
      expect(media()).toEqual([black])
      expect((await builder.run()).made).toEqual([])
      writeFileSync(figure, red)
      // The edition, and the comparisons it is in: they show the figure too.
      expect([...(await builder.run()).made].sort()).toEqual([`${series}/2007.docx`, ...['2004..2007', '2005..2007', '2006..2007'].map((pair) => `${series}/diff/${pair}.docx`)])
      expect(media()).toEqual([red])
    } finally {
      await builder.close()
    }
    // A new process takes the Word file of either figure from the build cache, each with its own figure.
    const fresh = new Builder('standards', 'out', {cwd: folder, cache: path.join(folder, 'cache'), formats: ['docx'], only: {standard: series}})
    try {
      expect((await fresh.run()).made).toEqual([])
      expect(media()).toEqual([red])
      writeFileSync(figure, black)
      expect((await fresh.run()).made).toEqual([])
      expect(media()).toEqual([black])
    } finally {
      await fresh.close()
    }
  })
})
