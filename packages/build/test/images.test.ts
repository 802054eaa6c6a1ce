/**
 * Images in a build: copied beside the pages that show them, once each, with
 * the rest of the output; a changed image remakes what shows it; a missing
 * one stops the build with nothing written.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, Builder} from '@stdkit/build'
import {copyEditions} from '../../../test/library.js'

const series = 'q-zx-75.1861'

const svg = (width: number, stroke: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="120" viewBox="0 0 ${width} 120"><rect x="10" y="10" width="${width - 20}" height="100" fill="none" stroke="${stroke}"/></svg>\n`

/** A copy of the library whose 2006 and 2007 editions show one figure, with an image beside it that no edition names. */
function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-images-'))
  copyEditions(folder)
  const figures = path.join(folder, 'standards', series, 'figures')
  mkdirSync(figures, {recursive: true})
  writeFileSync(path.join(figures, 'flow.svg'), svg(320, '#000'))
  writeFileSync(path.join(figures, 'unused.svg'), svg(200, '#000'))
  for (const year of [2006, 2007]) {
    const file = path.join(folder, 'standards', series, `${year}.md`)
    const text = readFileSync(file, 'utf8')
    expect(text).toContain('\n## 2 规范性引用文件')
    writeFileSync(file, text.replace('\n## 2 规范性引用文件', '\n![现场服务的流程](figures/flow.svg)\n\n图1　现场服务的流程\n\n## 2 规范性引用文件'))
  }
  return folder
}

/** Every file under `folder` with a digest of its bytes. */
function digests(folder: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of (readdirSync(folder, {recursive: true, encoding: 'utf8'}) as Array<string>).sort()) {
    try {
      out[name] = createHash('sha256').update(readFileSync(path.join(folder, name))).digest('hex')
    } catch {
      // A folder.
    }
  }
  return out
}

const formats = ['json', 'html'] as const

describe('images in a build', () => {
  it('copies the images the editions name beside their pages, once, and no other', async () => {
    const folder = workspace()
    const result = await build('standards', 'out', {cwd: folder, cache: false, formats})
    expect(result.files.flatMap((file) => file.messages.filter((message) => message.fatal === true).map(String))).toEqual([])
    expect(result.written.filter((name) => name.includes('figures/'))).toEqual([`${series}/figures/flow.svg`])
    const copied = path.join(folder, 'out', series, 'figures', 'flow.svg')
    expect(readFileSync(copied, 'utf8')).toBe(svg(320, '#000'))
    expect(existsSync(path.join(folder, 'out', series, 'figures', 'unused.svg'))).toBe(false)
    const page = readFileSync(path.join(folder, 'out', series, '2007.html'), 'utf8')
    expect(page).toContain('<img src="figures/flow.svg" alt="现场服务的流程" width="320" height="120" loading="lazy">')
  })

  it('copies none when no publisher shows them', async () => {
    const folder = workspace()
    const result = await build('standards', 'out', {cwd: folder, cache: false, formats: ['json']})
    expect(result.written.length).toBeGreaterThan(0)
    expect(result.written.filter((name) => name.includes('figures/'))).toEqual([])
    expect(existsSync(path.join(folder, 'out', series, 'figures'))).toBe(false)
  })

  it('copies only the images of the editions an `only` build publishes', async () => {
    const folder = workspace()
    const old = await build('standards', 'out', {cwd: folder, cache: false, formats, only: {standard: series, year: 2004}})
    expect(old.written.filter((name) => name.includes('figures/'))).toEqual([])
    const shown = await build('standards', 'out', {cwd: folder, cache: false, formats, only: {standard: series, year: 2007}})
    expect(shown.written.filter((name) => name.includes('figures/'))).toEqual([`${series}/figures/flow.svg`])
  })

  it('gives the same bytes build after build', async () => {
    const folder = workspace()
    await build('standards', 'one', {cwd: folder, cache: false, formats})
    await build('standards', 'two', {cwd: folder, cache: false, formats})
    const one = digests(path.join(folder, 'one'))
    expect(one[path.join(series, 'figures', 'flow.svg')]).toBeDefined()
    expect(digests(path.join(folder, 'two'))).toEqual(one)
  })

  it('remakes what shows an image when its content changes, in memory and from the build cache', async () => {
    const folder = workspace()
    const cache = path.join(folder, 'cache')
    const builder = new Builder('standards', 'out', {cwd: folder, cache, formats})
    await builder.run()
    expect((await builder.run()).made).toEqual([])
    // Same path, same size: only its content (its SHA-256) tells it changed.
    writeFileSync(path.join(folder, 'standards', series, 'figures', 'flow.svg'), svg(320, '#c00'))
    const made = (await builder.run()).made
    expect(made).toEqual(expect.arrayContaining([`${series}/figures/flow.svg`, `${series}/2006.json`, `${series}/2007.json`, `${series}/2007.html`, `${series}/diff/2005..2006.json`]))
    expect(made).not.toContain(`${series}/2004.json`)
    expect(made).not.toContain(`${series}/diff/2004..2005.json`)
    expect(readFileSync(path.join(folder, 'out', series, 'figures', 'flow.svg'), 'utf8')).toBe(svg(320, '#c00'))
    expect(readFileSync(path.join(folder, 'out', series, '2007.json'), 'utf8')).toContain(createHash('sha256').update(svg(320, '#c00')).digest('hex'))
    await builder.close()
    // A new process finds the new image's outputs in the cache, and makes those of the old one again.
    const fresh = new Builder('standards', 'out', {cwd: folder, cache, formats})
    expect((await fresh.run()).made).toEqual([])
    writeFileSync(path.join(folder, 'standards', series, 'figures', 'flow.svg'), svg(320, '#00c'))
    expect((await fresh.run()).made).toEqual(expect.arrayContaining([`${series}/figures/flow.svg`, `${series}/2007.json`, `${series}/2007.html`]))
    await fresh.close()
  })

  it('stops at a missing image, writing nothing and leaving the last output as it was', async () => {
    const folder = workspace()
    await build('standards', 'out', {cwd: folder, cache: false, formats})
    const before = digests(path.join(folder, 'out'))
    rmSync(path.join(folder, 'standards', series, 'figures', 'flow.svg'))
    const result = await build('standards', 'out', {cwd: folder, cache: false, formats})
    expect(result.written).toEqual([])
    const missing = result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'image-missing').map((message) => ({file: path.basename(file.path), fatal: message.fatal, line: message.line})))
    expect(missing.map(({file, fatal}) => ({file, fatal}))).toEqual([
      {file: '2006.md', fatal: true},
      {file: '2007.md', fatal: true}
    ])
    for (const {line} of missing) expect(line).toBeGreaterThan(1)
    expect(digests(path.join(folder, 'out'))).toEqual(before)
  })
})
