/** The Word edition: made when a build names `docx`, never by default, one `.docx` per edition beside its PDF. */
import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {build} from '@stdkit/build'
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

  it('is not made by a build that names no format', async () => {
    const folder = workspace()
    const result = await build('standards', 'out', {cwd: folder, cache: false, only: {standard: series, year: 2007}, formats: undefined})
    expect(result.written.some((name) => name.endsWith('.docx'))).toBe(false)
    expect(result.written).toContain(`${series}/2007.json`)
  })
})
