import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {importDocx, parseFile, renderDocx} from 'stdkit'
import {repository, run, snapshot, workspace} from './support.js'

const corpus = path.join(repository, 'test/fixtures/import')
const technical = path.join(corpus, 'technical/document.docx')
const drafting = path.join(corpus, 'drafting-tool/document.docx')

/** An empty folder to import into. */
const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'stdkit-import-'))

/** An edition of the library exported by the Word publisher, written as `<name>.docx` in `folder`. */
async function exported(folder: string, year: number, name = `q-zx-75.1861-${year}`): Promise<string> {
  const file = path.join(folder, `${name}.docx`)
  writeFileSync(file, await renderDocx(await parseFile(path.join(repository, `standards/q-zx-75.1861/${year}.md`))))
  return file
}

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], {stdio: 'ignore', timeout: 60_000})
    return true
  } catch {
    // In CI a missing LibreOffice fails the conversion test rather than skipping it (.ci/run installs it).
    if (process.env.CI) return true
    console.warn('the .doc conversion test is skipped: no LibreOffice (apt-get install libreoffice-writer-nogui)')
    return false
  }
})()

describe('stdkit import', () => {
  it('writes the edition the cover names and its figures, reports what it recognised, and checks the result', async () => {
    const folder = scratch()
    copyFileSync(technical, path.join(folder, 'ops.docx'))
    const {code, stdout, stderr} = await run(['import', 'ops.docx'], folder)
    expect(code).toBe(0)
    const expected = await importDocx(new Uint8Array(readFileSync(technical)))
    const edition = path.join(folder, 'standards/t-sdny-21/2025.md')
    expect(readFileSync(edition, 'utf8')).toBe(expected.source)
    const figure = path.join(folder, 'standards/t-sdny-21/figures/image1.png')
    expect(readFileSync(figure)).toEqual(readFileSync(path.join(corpus, 'technical/figures/image1.png')))
    expect(stdout).toContain(`ops.docx → ${path.join('standards', 't-sdny-21', '2025.md')}`)
    expect(stdout).toMatch(/cover: .*number.*title/u)
    expect(stdout).toMatch(/recognised: 4 chapters, \d+ clauses, 1 appendix, 2 terms, 1 table, 1 figure, 1 formula, 1 footnote, 0 record rows/u)
    expect(stdout).toContain('figure files: 1')
    expect(stdout).toContain('imported 1 file: 1 edition and 1 figure file written')
    expect(stdout).toContain('checking standards/t-sdny-21:')
    // What could not be placed is listed with its place, as the messages of the import carry it.
    for (const message of expected.messages) expect(stderr).toContain(message.message)
    // The checker's verdict on the written edition.
    expect(stderr).toMatch(/2025\.md/u)
  })

  it('lists each paragraph it could not place with its place in the Word file, and exits 1 when the result has errors', async () => {
    const folder = scratch()
    // A line on the cover that is none of its fields, set in as the document's first paragraph.
    const parts = unzipSync(new Uint8Array(readFileSync(drafting)))
    const xml = strFromU8(parts['word/document.xml']!)
    parts['word/document.xml'] = strToU8(xml.replace('<w:body>', '<w:body><w:p><w:r><w:t>内部资料　注意保管</w:t></w:r></w:p>'))
    writeFileSync(path.join(folder, 'marked.docx'), zipSync(parts))
    const {code, stdout, stderr} = await run(['import', 'marked.docx', '--year', '2024'], folder)
    expect(stdout).toContain('not placed: 1 paragraph')
    expect(stderr).toMatch(/warning {2}cover paragraph 1 \("内部资料 ?\u3000?注意保管"\).*import-unplaced/u)
    // The cover says 2025: the edition written as 2024.md is an error of the checker.
    expect(stderr).toContain('edition-file')
    expect(code).toBe(1)
    expect(existsSync(path.join(folder, 'standards/yd-t-9992/2024.md'))).toBe(true)
  })

  it('takes the folder, the standard and the year from the command line when given', async () => {
    const folder = scratch()
    const {code, stdout} = await run(['import', drafting, '--root', 'library', '--standard', 'yd-t-9992', '--year', '2025'], folder)
    expect(code).toBe(0)
    expect(stdout).toContain(path.join('library', 'yd-t-9992', '2025.md'))
    expect(existsSync(path.join(folder, 'library/yd-t-9992/2025.md'))).toBe(true)
  })

  it('names the cover fields it recognised as the cover names them, in Chinese by default', async () => {
    const folder = scratch()
    const {code, stdout} = await run(['import', drafting, '--root', 'library', '--standard', 'yd-t-9992', '--year', '2025'], folder, {env: {STDKIT_LANG: 'zh'}})
    expect(code).toBe(0)
    expect(stdout).toMatch(/封面：.*标准编号.*标准名称/u)
    expect(stdout).not.toMatch(/封面：.*\b(number|title)\b/u)
  })

  it('imports several files in one go, a standard\'s editions', async () => {
    const folder = scratch()
    const files = [await exported(folder, 2006), await exported(folder, 2007)]
    const {code, stdout, stderr} = await run(['import', ...files.map((file) => path.basename(file))], folder)
    expect(stdout).toContain('imported 2 files: 2 editions')
    for (const year of [2006, 2007]) {
      const source = readFileSync(path.join(folder, `standards/q-zx-75.1861/${year}.md`), 'utf8')
      expect(source).toContain(`number: Q/ZX 75.1861–${year}`)
    }
    // Checked together, so the rules across editions apply: the imported record and history carry on from 2006 to 2007.
    expect(stdout).toContain('checking standards/q-zx-75.1861:')
    expect(stderr).toContain(`${path.join('standards', 'q-zx-75.1861', '2006.md')}: no issues found`)
    expect(stderr).toContain(`${path.join('standards', 'q-zx-75.1861', '2007.md')}: no issues found`)
    expect(code).toBe(0)
  })

  it('never overwrites an existing edition without --force, and overwrites it with', async () => {
    const folder = workspace()
    const file = await exported(folder, 2007)
    const edition = path.join(folder, 'standards/q-zx-75.1861/2007.md')
    const before = snapshot(path.join(folder, 'standards'))
    const refused = await run(['import', path.basename(file)], folder)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`${path.join('standards', 'q-zx-75.1861', '2007.md')} already exists: nothing written; add --force`)
    expect(snapshot(path.join(folder, 'standards'))).toEqual(before)
    const forced = await run(['import', path.basename(file), '--force'], folder)
    expect(forced.stdout).toContain('imported 1 file')
    expect(readFileSync(edition, 'utf8')).toBe((await importDocx(new Uint8Array(readFileSync(file)))).source)
  })

  it('keeps another edition\'s figure as published, giving this edition\'s picture a name of its own', async () => {
    const folder = scratch()
    const figures = path.join(folder, 'standards/t-sdny-21/figures')
    mkdirSync(figures, {recursive: true})
    writeFileSync(path.join(figures, 'image1.png'), 'an older picture')
    const {stdout} = await run(['import', technical], folder)
    expect(stdout).toContain('imported 1 file')
    expect(readFileSync(path.join(figures, 'image1.png'), 'utf8')).toBe('an older picture')
    expect(readFileSync(path.join(figures, 'image1-2025.png'))).toEqual(readFileSync(path.join(corpus, 'technical/figures/image1.png')))
    const source = readFileSync(path.join(folder, 'standards/t-sdny-21/2025.md'), 'utf8')
    expect(source).toContain('](figures/image1-2025.png)')
    expect(source).not.toContain('](figures/image1.png)')
  })

  it('refuses what is not a Word document with its message and exit 2, writing nothing, even beside good files', async () => {
    const folder = scratch()
    writeFileSync(path.join(folder, 'notes.docx'), 'plain text, not a zip')
    copyFileSync(technical, path.join(folder, 'good.docx'))
    const {code, stdout, stderr} = await run(['import', 'good.docx', 'notes.docx'], folder)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^stdkit: cannot import notes\.docx: .+\(nothing written\)\n$/u)
    expect(stdout).toBe('')
    expect(existsSync(path.join(folder, 'standards'))).toBe(false)
  })

  it('judges its arguments before reading anything', async () => {
    const folder = scratch()
    copyFileSync(technical, path.join(folder, 'a.docx'))
    copyFileSync(drafting, path.join(folder, 'b.docx'))
    writeFileSync(path.join(folder, 'c.pdf'), '%PDF-1.7')
    const cases: Array<[Array<string>, RegExp]> = [
      [['import', 'a.docx', 'b.docx', '--year', '2025'], /--year is for one file only/u],
      [['import', 'missing.docx'], /no such file: missing\.docx/u],
      [['import', 'c.pdf'], /c\.pdf is not a Word file/u],
      [['import', 'a.docx', '--standard', '../elsewhere'], /is not a standard's folder name/u],
      [['import', 'a.docx', '--year', '25'], /year/u],
      [['import', 'a.docx', 'a.docx'], /would both be imported as/u]
    ]
    for (const [args, message] of cases) {
      const {code, stderr} = await run(args, folder)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toMatch(message)
    }
    expect(existsSync(path.join(folder, 'standards'))).toBe(false)
  })

  it('names LibreOffice when a .doc needs it and it is not installed', async () => {
    const folder = scratch()
    writeFileSync(path.join(folder, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    const {code, stderr} = await run(['import', 'old.doc'], folder, {env: {STDKIT_LANG: 'en', STDKIT_SOFFICE: path.join(folder, 'no-such-soffice')}})
    expect(code).toBe(1)
    expect(stderr).toContain('old.doc is a Word 97–2003 .doc file; converting it needs LibreOffice (soffice), which was not found')
    expect(existsSync(path.join(folder, 'standards'))).toBe(false)
  })

  it.skipIf(!hasSoffice)('converts a .doc with LibreOffice and imports it', async () => {
    const folder = scratch()
    execFileSync('soffice', [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'doc', '--outdir', folder, drafting], {stdio: 'ignore', timeout: 180_000})
    const {stdout, stderr} = await run(['import', 'document.doc'], folder)
    expect(stderr).toContain('converted document.doc to .docx with LibreOffice')
    expect(stdout).toContain(`document.doc → ${path.join('standards', 'yd-t-9992', '2025.md')}`)
    expect(readFileSync(path.join(folder, 'standards/yd-t-9992/2025.md'), 'utf8')).toMatch(/^number: YD\/T 9992—2025$/mu)
    // The same Word 97–2003 file under a .docx name is converted as well.
    const other = scratch()
    copyFileSync(path.join(folder, 'document.doc'), path.join(other, 'named.docx'))
    const named = await run(['import', 'named.docx'], other)
    expect(named.stderr).toContain('converted named.docx to .docx with LibreOffice')
    expect(existsSync(path.join(other, 'standards/yd-t-9992/2025.md'))).toBe(true)
  })
})
