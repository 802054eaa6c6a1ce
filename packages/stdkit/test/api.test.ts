import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import * as stdkit from 'stdkit'
import {copyEditions} from '../../../test/library.js'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
/** The id of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid as number
const source = (year: number) => path.join(repository, `standards/q-zx-75.1861/${year}.md`)

describe('stdkit', () => {
  it('exposes one entry point', () => {
    expect(Object.keys(stdkit).sort()).toEqual([
      'BuildError',
      'Builder',
      'DiffError',
      'ImportError',
      'OutputError',
      'PdfError',
      'Preview',
      'WorkflowError',
      'build',
      'canonicalSource',
      'check',
      'checkLibrary',
      'checkOutput',
      'checkSources',
      'chineseNumber',
      'citationIndex',
      'citationReviews',
      'diff',
      'findSources',
      'findStandard',
      'findTimeline',
      'formats',
      'hasErrors',
      'importDocx',
      'lineage',
      'loadEdition',
      'loadLibrary',
      'parse',
      'parseFile',
      'publish',
      'recordItems',
      'release',
      'renderComparisonDocx',
      'renderDiffJson',
      'renderDocx',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
      'renderPdf',
      'renderRedline',
      'renderRedlinePdf',
      'renderSts',
      'replaceFolder',
      'resolveEdition',
      'revise',
      'rules',
      'scaffold',
      'slugOf',
      'splitNames',
      'stdkitJson',
      'stdkitPreset',
      'writeAtomically'
    ])
  })

  it('imports a Word edition back to its source, and refuses what is not one', async () => {
    const edition = await stdkit.parseFile(source(2007))
    const result = await stdkit.importDocx(await stdkit.renderDocx(edition))
    expect(result.standard).toBe('q-zx-75.1861')
    expect(result.year).toBe(2007)
    const back = stdkit.parse(result.source, 'standards/q-zx-75.1861/2007.md')
    expect(back.tree.cover.number).toBe('Q/ZX 75.1861–2007')
    expect(back.tree.cover.title).toBe(edition.tree.cover.title)
    expect(result.recognised.chapters).toBeGreaterThanOrEqual(4)
    expect(result.recognised.records).toBe(4)
    await expect(stdkit.importDocx(new TextEncoder().encode('not a Word file'))).rejects.toBeInstanceOf(stdkit.ImportError)
  })

  it('writes revision counts and folder names', () => {
    expect([1, 4, 10, 12, 20, 23].map(stdkit.chineseNumber)).toEqual(['一', '四', '十', '十二', '二十', '二十三'])
    expect(stdkit.slugOf('Q/ZX 75.1861')).toBe('q-zx-75.1861')
  })

  it('parses, checks, diffs and renders', async () => {
    const old = await stdkit.parseFile(source(2006))
    const now = stdkit.parse(readFileSync(source(2007), 'utf8'), 'standards/q-zx-75.1861/2007.md')
    expect(stdkit.check(old, now)).toEqual({ok: true, messages: []})
    const comparison = stdkit.diff(old, now)
    expect(comparison.changeList.map((item) => item.text)).toContain('——增加了网规网优现场行为规范（见第7章）；')
    expect(stdkit.renderMarkdown(now)).toBe(readFileSync(source(2007), 'utf8'))
    expect(JSON.parse(stdkit.renderJson(now)).standard.cover.number).toBe('Q/ZX 75.1861–2007')
    expect(JSON.parse(stdkit.renderDiffJson(comparison)).diff.new.year).toBe(2007)
    expect(stdkit.renderRedline(comparison)).toContain('[-现场服务行为管理工作规程-]{+售后工程师现场服务行为规范+}')
    const html = stdkit.renderHtml(now, [old])
    expect(html).toContain('<h1>售后工程师现场服务行为规范</h1>')
    expect(html).toContain('href="2006.html#service-etiquette"')
    expect((await stdkit.renderPdf(now)).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await stdkit.renderRedlinePdf(comparison, now)).subarray(0, 5).toString()).toBe('%PDF-')
    const docx = await stdkit.renderDocx(now)
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK')
    expect(await stdkit.renderDocx(now.tree)).toEqual(docx)
    const document = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array())
    expect(document).toContain('售后工程师现场服务行为规范')
    expect(document).toContain('<w:pStyle w:val="StdChapter"/>')
    const sts = await stdkit.renderSts(now)
    expect(sts).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE standard PUBLIC "-\/\/NISO\/\/DTD NISO STS Interchange/u)
    expect(sts).toContain('<main>售后工程师现场服务行为规范</main>')
    expect(await stdkit.renderSts(now.tree)).toBe(sts)
  }, 60_000)

  it('writes an edition loaded from a library as Word, its figures read beside its file: PNG as it is, SVG with a PNG fallback', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-api-docx-'))
    cpSync(path.join(repository, 'standards/t-zxbz-15'), path.join(folder, 'standards/t-zxbz-15'), {recursive: true})
    const edition = await stdkit.loadEdition('standards/t-zxbz-15/2026.md', 'standards', folder)
    expect(edition.file.messages.map(String)).toEqual([])
    const parts = unzipSync(await stdkit.renderDocx(edition))
    const media = Object.entries(parts).filter(([name]) => name.startsWith('word/media/'))
    const figure = (name: string) => readFileSync(path.join(repository, 'standards/t-zxbz-15/figures', name))
    const source = readFileSync(path.join(repository, 'standards/t-zxbz-15/2026.md'), 'utf8')
    const svgs = [...new Set([...source.matchAll(/\]\(figures\/([^)]+\.svg)\)/gu)].map((match) => match[1] as string))]
    expect(svgs.length).toBeGreaterThan(0)
    const bytes = media.map(([, data]) => Buffer.from(data))
    // The PNG figure as it is, each SVG figure as it is, each with a PNG drawn from it.
    expect(bytes).toContainEqual(figure('bonding-star.png'))
    for (const svg of svgs) expect(bytes).toContainEqual(figure(svg))
    expect(media.filter(([name]) => name.endsWith('.svg'))).toHaveLength(svgs.length)
    expect(media.filter(([name]) => name.endsWith('.png'))).toHaveLength(svgs.length + 1)
  }, 60_000)

  it('writes a comparison as Word, its differences tracked changes, each edition’s figures read beside its file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-api-docx-'))
    cpSync(path.join(repository, 'standards/t-zxbz-15'), path.join(folder, 'standards/t-zxbz-15'), {recursive: true})
    const [old, now] = [await stdkit.loadEdition('standards/t-zxbz-15/2022.md', 'standards', folder), await stdkit.loadEdition('standards/t-zxbz-15/2026.md', 'standards', folder)]
    const bytes = await stdkit.renderComparisonDocx(stdkit.diff(old, now), old, now)
    // Trees alone have no folder to read their figures from: they are written as their text.
    expect(await stdkit.renderComparisonDocx(stdkit.diff(old.tree, now.tree), old.tree, now.tree)).not.toEqual(bytes)
    const parts = unzipSync(bytes)
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array())
    expect(document).toContain('2022版与2026版比较')
    expect(document).toMatch(/<w:ins\s[^>]*[^/]>/u)
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/'))).toBe(true)
  }, 60_000)

  it('renders the figures of a parsed file, read beside it, in the edition and comparison PDFs', async () => {
    const technical = (year: number) => path.join(repository, `standards/t-zxbz-15/${year}.md`)
    const [old, now] = [await stdkit.parseFile(technical(2022)), await stdkit.parseFile(technical(2026))]
    expect((await stdkit.renderPdf(now)).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await stdkit.renderRedlinePdf(stdkit.diff(old, now), now)).subarray(0, 5).toString()).toBe('%PDF-')
    // A tree alone has no folder to read its figures from: the PDF says which image it could not read.
    await expect(stdkit.renderPdf(now.tree)).rejects.toThrow(/earthing-system-2026\.svg/u)
  }, 60_000)

  it('reports a broken edition without throwing', () => {
    const broken = stdkit.parse(readFileSync(source(2007), 'utf8').replace('### 4.2 服务礼仪', '### 4.3 服务礼仪'), '2007.md')
    const result = stdkit.check(broken)
    expect(result.ok).toBe(false)
    expect(result.messages.map((message) => message.ruleId)).toContain('clause-numbering')
  })
})

describe('build', () => {
  const workspace = () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-api-'))
    copyEditions(folder)
    return folder
  }

  it('publishes only the formats asked for', async () => {
    const folder = workspace()
    const result = await stdkit.build('standards', 'out', {cwd: folder, formats: ['json']})
    expect(result.written.every((name) => name.endsWith('.json'))).toBe(true)
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/2007.pdf'))).toBe(false)
  }, 60_000)

  it('publishes one edition and its comparisons, keeping the rest of the output', async () => {
    const folder = workspace()
    await stdkit.build('standards', 'out', {cwd: folder, formats: ['json']})
    const before = readdirSync(path.join(folder, 'out/q-zx-75.1861')).sort()
    const progress: Array<string> = []
    const result = await stdkit.build('standards', 'out', {cwd: folder, only: {standard: 'q-zx-75.1861', year: 2005}, formats: ['pdf'], onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`)})
    expect([...result.written].sort()).toEqual([
      'q-zx-75.1861/2005.pdf',
      'q-zx-75.1861/diff/2004..2005.pdf',
      'q-zx-75.1861/diff/2005..2006.pdf',
      'q-zx-75.1861/diff/2005..2007.pdf'
    ])
    expect(progress.at(-1)).toMatch(/^4\/4 /u)
    const after = readdirSync(path.join(folder, 'out/q-zx-75.1861')).sort()
    expect(after).toEqual([...before, '2005.pdf'].sort())
  }, 60_000)

  it('links a PDF to the PDFs of the other standards it cites', async () => {
    const folder = workspace()
    await stdkit.build('standards', 'out', {cwd: folder, formats: ['pdf'], only: {standard: 'q-zx-75.1861', year: 2007}})
    const pdf = readFileSync(path.join(folder, 'out/q-zx-75.1861/2007.pdf'), 'latin1')
    expect(pdf).toContain('/URI (../q-zx-75.1760/2006.pdf)')
    expect(pdf).toContain('/URI (2006.pdf)')
  }, 60_000)

  it('names an edition the library does not have', async () => {
    await expect(stdkit.build('standards', 'out', {cwd: workspace(), only: {standard: 'q-zx-75.1861', year: 2003}})).rejects.toThrow('q-zx-75.1861 没有 2003 年的版本（现有：2004、2005、2006、2007）')
  })
})

describe('replaceFolder', () => {
  it('puts back an output a killed build left between its two renames, and clears its staging', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'stdkit-recover-'))
    // As a build killed after moving the old output aside, before moving the new one in.
    const killed = deadPid()
    mkdirSync(path.join(parent, `.out-out-old-${killed}-1/q`), {recursive: true})
    writeFileSync(path.join(parent, `.out-out-old-${killed}-1/q/a.json`), 'old')
    mkdirSync(path.join(parent, `.out-out-new-${killed}-1`))
    await stdkit.replaceFolder(path.join(parent, 'out'), new Map([['q/b.json', 'new']]), {keep: true})
    expect(readdirSync(parent)).toEqual(['out'])
    expect(readdirSync(path.join(parent, 'out/q')).sort()).toEqual(['a.json', 'b.json'])
  })
})
