import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkLibrary, checkSources, findSources, findStandard, libraryFiles, loadLibrary, readSource, resolveEdition} from '@stdkit/library'
import {copyEditions} from '../../../test/library.js'
import {useLanguage} from '@stdkit/messages'

// These tests read the English of its refusals; the CLI's tests hear their Chinese.
useLanguage('en')


const libraryFolder = copyLibrary()

function copyLibrary(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-library-'))
  copyEditions(folder)
  return folder
}

describe('@stdkit/library', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/library')).sort()).toEqual([
      'checkLibrary',
      'checkSources',
      'editionFilePattern',
      'editionFiles',
      'findSources',
      'findStandard',
      'imagesOf',
      'libraryFiles',
      'loadEdition',
      'loadLibrary',
      'readImages',
      'readSource',
      'resolveEdition'
    ])
  })

  it('checks a normative reference against the standards beside it, as the build does', async () => {
    const folder = copyLibrary()
    const source = path.join(folder, 'standards/q-zx-75.1861/2007.md')
    // The library holds Q/ZX 75.1760 in its 2006 edition only: a reference dated 2009 leads nowhere.
    writeFileSync(source, readFileSync(source, 'utf8').replace('Q/ZX 75.1760　国内工程开通工作规程', 'Q/ZX 75.1760—2009　国内工程开通工作规程'))
    const [checked] = await checkSources(['standards/q-zx-75.1861/2007.md'], folder)
    const library = await loadLibrary('standards', folder)
    checkLibrary(library)
    const built = findStandard(library, 'q-zx-75.1861')?.editions.at(-1)?.file
    const found = (file: typeof checked) => file?.messages.filter((message) => message.ruleId === 'normative-reference').map((message) => `${message.line}:${message.column} ${message.reason}`)
    expect(found(checked)).toHaveLength(1)
    expect(found(checked)).toEqual(found(built))
  })

  it('builds what check reads: hidden folders and installed packages are passed over by both', async () => {
    const folder = copyLibrary()
    for (const name of ['..a', '.drafts', 'node_modules']) {
      mkdirSync(path.join(folder, 'standards', name))
      writeFileSync(path.join(folder, 'standards', name, '2020.md'), 'not a standard\n')
    }
    const library = await loadLibrary('standards', folder)
    expect(library.standards.map((standard) => standard.slug)).toEqual(['q-zx-75.1760', 'q-zx-75.1861', 't-zxbz-12.1', 't-zxbz-12.2'])
    expect((await findSources(['standards'], folder)).filter((file) => file.includes('2020'))).toEqual([])
  })

  it('loads every standard and its editions, oldest first', async () => {
    const library = await loadLibrary('standards', libraryFolder)
    const standard = library.standards.find((item) => item.slug === 'q-zx-75.1861')
    expect(standard?.editions.map((edition) => [edition.year, edition.source, edition.file.path])).toEqual([
      [2004, 'q-zx-75.1861/2004.md', 'standards/q-zx-75.1861/2004.md'],
      [2005, 'q-zx-75.1861/2005.md', 'standards/q-zx-75.1861/2005.md'],
      [2006, 'q-zx-75.1861/2006.md', 'standards/q-zx-75.1861/2006.md'],
      [2007, 'q-zx-75.1861/2007.md', 'standards/q-zx-75.1861/2007.md']
    ])
    checkLibrary(library)
    expect(libraryFiles(library).flatMap((file) => file.messages.map(String))).toEqual([])
  })

  it('finds edition files in folders, and takes files as given', async () => {
    const found = await findSources(['standards', 'standards/q-zx-75.1861/2005.md'], libraryFolder)
    expect(found).toContain('standards/q-zx-75.1861/2007.md')
    expect(found.filter((file) => file.endsWith('2005.md'))).toHaveLength(1)
    expect(found.every((file) => /\d{4}\.md$/u.test(file))).toBe(true)
    await expect(findSources(['no-such-folder'], libraryFolder)).rejects.toThrow('No such file or folder: no-such-folder')
  })

  it('resolves editions by file or by <standard>@<year>', async () => {
    expect(await resolveEdition('q-zx-75.1861@2006', 'standards', libraryFolder)).toBe('standards/q-zx-75.1861/2006.md')
    expect(await resolveEdition('standards/q-zx-75.1861/2005.md', 'standards', libraryFolder)).toBe('standards/q-zx-75.1861/2005.md')
    await expect(resolveEdition('q-zx-75.1861@2003', 'standards', libraryFolder)).rejects.toThrow('No edition 2003 of q-zx-75.1861 (it has 2004, 2005, 2006, 2007)')
    await expect(resolveEdition('q-zx-9@2003', 'standards', libraryFolder)).rejects.toThrow('No standard q-zx-9 in standards')
    await expect(resolveEdition('nothing.md', 'standards', libraryFolder)).rejects.toThrow('No such edition: nothing.md')
  })

  it('finds a standard by folder name or designation', async () => {
    const library = await loadLibrary('standards', libraryFolder)
    expect(findStandard(library, 'Q/ZX 75.1861')?.slug).toBe('q-zx-75.1861')
    expect(findStandard(library, 'q-zx-75.1861')?.editions).toHaveLength(4)
    expect(findStandard(library, 'Q/ZX 1')).toBeUndefined()
  })

  it('checks one edition against the editions beside it', async () => {
    const folder = copyLibrary()
    const earlier = path.join(folder, 'standards/q-zx-75.1861/2006.md')
    // Change an old row of the 2006 record: 2007 no longer carries it unchanged.
    writeFileSync(earlier, readFileSync(earlier, 'utf8').replace('| 首次发布 | 客户支持中心 |', '| 首次发布 | 质量部 |'))
    const [file, ...rest] = await checkSources(['standards/q-zx-75.1861/2007.md'], folder)
    expect(rest).toEqual([])
    expect(file?.path).toBe('standards/q-zx-75.1861/2007.md')
    expect(file?.messages.map((message) => message.ruleId)).toContain('edition-record')
  })
  it('reports a source that is not a regular file without opening it: a FIFO would wait for a writer for ever', async () => {
    const folder = copyLibrary()
    const fifo = path.join(folder, 'standards/q-zx-75.1760/2006.md')
    rmSync(fifo)
    execFileSync('mkfifo', [fifo])
    const file = await readSource('standards/q-zx-75.1760/2006.md', folder)
    expect(file.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([
      'unreadable: Cannot read the file: it is a named pipe (FIFO), expected a Markdown file'
    ])
    const library = await loadLibrary('standards', folder)
    checkLibrary(library)
    expect(libraryFiles(library).filter((item) => item.messages.some((message) => message.ruleId === 'unreadable')).map((item) => item.path)).toEqual([
      'standards/q-zx-75.1760/2006.md'
    ])
  }, 10_000)
})

describe('loadEdition with a reader of its own', () => {
  it('reads the source and the images it names through it, by absolute path', async () => {
    const {loadEdition} = await import('@stdkit/library')
    const cwd = mkdtempSync(path.join(tmpdir(), 'stdkit-read-'))
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80"><rect width="120" height="80"/></svg>'
    const source = readFileSync(new URL('../../../standards/t-zxbz-15/2026.md', import.meta.url), 'utf8')
    const asked: Array<string> = []
    const read = async (file: string): Promise<Uint8Array | string> => {
      asked.push(path.relative(cwd, file))
      return file.endsWith('.md') ? Buffer.from(source) : file.endsWith('.svg') ? Buffer.from(svg) : 'unreadable'
    }
    // Nothing on the disk: everything comes from the reader.
    const edition = await loadEdition('nowhere/t-zxbz-15/2026.md', 'nowhere', cwd, {read})
    expect(edition.year).toBe(2026)
    expect(edition.source).toBe('t-zxbz-15/2026.md')
    expect(asked).toContain(path.join('nowhere', 't-zxbz-15', '2026.md'))
    expect(asked).toContain(path.join('nowhere', 't-zxbz-15', 'figures', 'bonding-mesh.svg'))
    const rules = edition.file.messages.map((message) => message.ruleId)
    // The SVGs read as pictures; the PNG the reader cannot give is an image that cannot be read.
    expect(rules.filter((rule) => rule === 'image-unreadable').length).toBeGreaterThan(0)
    expect(rules.every((rule) => rule === 'image-unreadable')).toBe(true)
  })
})
