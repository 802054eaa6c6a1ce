/**
 * A build run again: after an edit it makes only what the edit touches, from
 * the trees, comparisons and outputs it kept, and gives the bytes of a fresh
 * build; the build cache does the same across processes.
 */
import {createHash} from 'node:crypto'
import {appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, Builder, defaultFormats, publishers, type Publisher} from '@stdkit/build'
import {copyEditions} from '../../../test/library.js'


function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-builder-'))
  copyEditions(folder)
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

/** Changes one line of an edition's text, as an author would. */
function edit(folder: string, source: string, from: string, to: string): void {
  const file = path.join(folder, 'standards', source)
  const text = readFileSync(file, 'utf8')
  expect(text).toContain(from)
  writeFileSync(file, text.replace(from, to))
}

const series = 'q-zx-75.1861'
/** The endings of the files a default build makes of each edition (`.json`, `.pdf`, `.docx`) and of each comparison. */
const endings = (kind: 'edition' | 'comparison') => defaultFormats.flatMap((format) => (publishers[format] as Publisher)[kind]?.extension ?? [])
/** What an edit to the 2007 edition touches: its JSON, PDF and Word files, the three comparisons it is in, the standard's pages, the index and the search's index. */
const touchedBy2007 = [
  ...endings('edition').map((ending) => `${series}/2007${ending}`),
  ...['2004..2007', '2005..2007', '2006..2007'].flatMap((pair) => endings('comparison').map((ending) => `${series}/diff/${pair}${ending}`)),
  ...[2004, 2005, 2006, 2007].map((year) => `${series}/${year}.html`),
  ...['2004..2005', '2004..2006', '2004..2007', '2005..2006', '2005..2007', '2006..2007'].map((pair) => `${series}/diff/${pair}.html`),
  'index.html',
  'search-index.js'
].sort()

describe('Builder', () => {
  it('run again after an edit, makes only what the edit touches, and the bytes of a fresh build', async () => {
    const folder = workspace()
    const builder = new Builder('standards', 'out', {cwd: folder, cache: false})
    const first = await builder.run()
    expect(first.made).toEqual(first.written)
    expect(first.written).toHaveLength(75)
    expect((await builder.run()).made).toEqual([])

    edit(folder, `${series}/2007.md`, '不适合手机及其它终端设备。', '不适合手机、平板电脑及其它终端设备。')
    const again = await builder.run()
    expect([...again.made].sort()).toEqual(touchedBy2007)
    expect(again.written).toHaveLength(75)

    edit(folder, 'q-zx-75.1760/2006.md', '本标准', '本企业标准')
    expect([...(await builder.run()).made].sort()).toEqual(['index.html', 'q-zx-75.1760/2006.docx', 'q-zx-75.1760/2006.html', 'q-zx-75.1760/2006.json', 'q-zx-75.1760/2006.pdf', 'q-zx-75.1760/2006.sts.xml', 'search-index.js'])

    await build('standards', 'fresh', {cwd: folder, cache: false})
    expect(digests(path.join(folder, 'out'))).toEqual(digests(path.join(folder, 'fresh')))
  }, 120_000)

  it('takes what an earlier process made from the build cache, byte for byte', async () => {
    const folder = workspace()
    const first = await build('standards', 'out', {cwd: folder, cache: 'cache'})
    expect(first.made).toHaveLength(75)
    const before = digests(path.join(folder, 'out'))
    const again = await new Builder('standards', 'again', {cwd: folder, cache: 'cache'}).run()
    expect(again.made).toEqual([])
    expect(digests(path.join(folder, 'again'))).toEqual(before)

    edit(folder, `${series}/2007.md`, '不适合手机及其它终端设备。', '不适合手机、平板电脑及其它终端设备。')
    const edited = await build('standards', 'out', {cwd: folder, cache: 'cache'})
    expect([...edited.made].sort()).toEqual(touchedBy2007)
    await build('standards', 'fresh', {cwd: folder, cache: false})
    expect(digests(path.join(folder, 'out'))).toEqual(digests(path.join(folder, 'fresh')))
  }, 120_000)

  it('makes the pages again when the formats change, so they link only the files the build makes', async () => {
    const folder = workspace()
    const page = (out: string) => readFileSync(path.join(folder, out, series, '2007.html'), 'utf8')
    await build('standards', 'pages', {cwd: folder, cache: 'cache', formats: ['html']})
    expect(page('pages')).not.toContain('2007.docx')
    const all = await build('standards', 'all', {cwd: folder, cache: 'cache', only: {standard: series}})
    expect(all.made).toContain(`${series}/2007.html`)
    expect(page('all')).toContain('<a href="2007.docx">')
    const again = await build('standards', 'pages', {cwd: folder, cache: 'cache', formats: ['html']})
    expect(again.made).toEqual([])
    expect(page('pages')).not.toContain('2007.docx')
  }, 120_000)

  it('makes again what a damaged or altered entry of the build cache held, rather than publish it', async () => {
    const folder = workspace()
    const first = await build('standards', 'out', {cwd: folder, cache: 'cache', formats: ['json', 'html']})
    const before = digests(path.join(folder, 'out'))
    const cache = path.join(folder, 'cache')
    const entries = (readdirSync(cache, {recursive: true, encoding: 'utf8'}) as Array<string>).filter((name) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/u.test(name))
    expect(entries.length).toBeGreaterThan(first.written.length)
    for (const name of entries) appendFileSync(path.join(cache, name), '<script>alert(1)</script>')
    const again = await build('standards', 'again', {cwd: folder, cache: 'cache', formats: ['json', 'html']})
    expect([...again.made].sort()).toEqual([...again.written].sort())
    expect(digests(path.join(folder, 'again'))).toEqual(before)
  }, 120_000)

  it('stops on an error without writing, and once mended makes what changed since its last good run', async () => {
    const folder = workspace()
    const builder = new Builder('standards', 'out', {cwd: folder, cache: false})
    await builder.run()
    const before = digests(path.join(folder, 'out'))
    edit(folder, `${series}/2007.md`, '### 4.2 服务礼仪', '### 4.3 服务礼仪')
    const broken = await builder.run()
    expect(broken.written).toEqual([])
    expect(broken.files.flatMap((file) => file.messages.map((message) => message.ruleId))).toContain('clause-numbering')
    expect(digests(path.join(folder, 'out'))).toEqual(before)

    edit(folder, `${series}/2007.md`, '### 4.3 服务礼仪', '### 4.2 服务礼仪')
    expect((await builder.run()).made).toEqual([])
    edit(folder, `${series}/2007.md`, '不适合手机及其它终端设备。', '不适合手机、平板电脑及其它终端设备。')
    expect([...(await builder.run()).made].sort()).toEqual(touchedBy2007)
  }, 120_000)

  it('gives a file the parser messages of a tree it reuses, from memory or from the cache', async () => {
    const folder = workspace()
    edit(folder, `${series}/2007.md`, '不适合手机及其它终端设备。', '不适合`手机`及其它终端设备。')
    const messages = (result: Awaited<ReturnType<Builder['run']>>) =>
      result.files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.ruleId} ${String(message.fatal)} ${message.reason}`))
    const builder = new Builder('standards', 'out', {cwd: folder, cache: 'cache', formats: ['json']})
    const first = messages(await builder.run())
    expect(first.some((message) => message.includes('markdown-construct false'))).toBe(true)
    expect(messages(await builder.run())).toEqual(first)
    expect(messages(await new Builder('standards', 'out', {cwd: folder, cache: 'cache', formats: ['json']}).run())).toEqual(first)
  }, 60_000)
})

describe('citations between the standards', () => {
  it('makes the pages of a standard again when a standard citing it cites it otherwise, and only those of the standards concerned', async () => {
    const folder = workspace()
    const pages = {cwd: folder, cache: 'cache', formats: ['html']} as const
    const page = (out: string) => readFileSync(path.join(folder, out, 'q-zx-75.1760', '2006.html'), 'utf8')
    await build('standards', 'out', pages)
    expect(page('out')).toContain('Q/ZX 75.1861–2007《售后工程师现场服务行为规范》</a>：不注日期引用，适用于本版（最新版本）——见<a href="../q-zx-75.1861/2007.html#clause-2">第2章</a>、<a href="../q-zx-75.1861/2007.html#engineering-preparation">5.1</a>')

    // 2007 cites Q/ZX 75.1760—2006 in 5.1 now, dated, beside its undated entry in chapter 2.
    edit(folder, `${series}/2007.md`, '并按Q/ZX 75.1760的规定做好开工准备', '并按Q/ZX 75.1760—2006的规定做好开工准备')
    const again = await build('standards', 'out', pages)
    expect([...again.made].sort()).toEqual(['index.html', 'q-zx-75.1760/2006.html', ...[2004, 2005, 2006, 2007].map((year) => `${series}/${year}.html`), ...['2004..2005', '2004..2006', '2004..2007', '2005..2006', '2005..2007', '2006..2007'].map((pair) => `${series}/diff/${pair}.html`), 'search-index.js'].sort())
    expect(page('out')).toContain('<a href="../q-zx-75.1861/2007.html#clause-2">第2章</a></li>')
    expect(page('out')).toContain('Q/ZX 75.1861–2007《售后工程师现场服务行为规范》</a>：注日期引用本版——见<a href="../q-zx-75.1861/2007.html#engineering-preparation">5.1</a>')

    await build('standards', 'fresh', {...pages, cache: false})
    expect(digests(path.join(folder, 'out'))).toEqual(digests(path.join(folder, 'fresh')))
  }, 120_000)

  it('names the undated citations a newer edition of the standard they cite calls for reviewing', async () => {
    const folder = workspace()
    const {reviews} = await build('standards', 'out', {cwd: folder, cache: false, formats: ['json']})
    // Q/ZX 75.1760—2006, issued in January 2006, cites Q/ZX 75.1861 undated: revised in April 2006 and in 2007 since.
    expect(reviews.map(({citation, drafted, newer}) => ({from: citation.from.number, to: citation.to.designation, drafted, newer}))).toEqual([
      {from: 'Q/ZX 75.1760–2006', to: 'Q/ZX 75.1861', drafted: 2005, newer: [2006, 2007]}
    ])
    edit(folder, `${series}/2007.md`, '### 4.2 服务礼仪', '### 4.3 服务礼仪')
    expect((await build('standards', 'out', {cwd: folder, cache: false, formats: ['json']})).reviews).toEqual([])
  }, 120_000)
})
