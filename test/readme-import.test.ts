/**
 * The README's routine for bringing a library in, run as it is written there,
 * line by line, in an empty folder whose archive/ holds the Word files it
 * names: the library's own editions as the Word publisher writes them.
 * `npx stdkit …` lines run the CLI; `npm start` builds (JSON and HTML here,
 * the PDFs being the build's own business, tested with it).
 */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {renderDocx} from '@stdkit/docx'
import {parseStandard} from '@stdkit/parse'
import {repository, stdkit} from './support.js'

const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')

/** The lines of the first `sh` block of the README's "Bringing a library in" section. */
function routine(): Array<string> {
  const section = readme.slice(readme.indexOf('## Bringing a library in'))
  const block = /```sh\n(?<body>[\s\S]*?)```/u.exec(section)?.groups?.body ?? ''
  return block.split('\n').filter((line) => line.trim() !== '')
}

/** A command line's words, split at spaces, a trailing comment dropped. */
const words = (line: string): Array<string> => line.replace(/\s+#.*$/u, '').trim().split(/\s+/u)

describe("the README's routine for bringing a library in", () => {
  it('imports every edition of a standard, checks them, compares them and builds, as written', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-bring-in-'))
    const lines = routine()
    expect(lines[0]).toMatch(/^npx stdkit import /u)
    // The Word files the import line names, written by the Word publisher from the library's editions.
    mkdirSync(path.join(folder, 'archive'))
    for (const file of words(lines[0] ?? '').slice(3)) {
      const [, slug, year] = /^archive\/(.+)-(\d{4})\.docx$/u.exec(file) ?? []
      expect(slug, file).toBe('q-zx-75.1861')
      const source = path.join(repository, 'standards', slug ?? '', `${year}.md`)
      const tree = parseStandard(new VFile({path: source, value: readFileSync(source, 'utf8')}))
      writeFileSync(path.join(folder, file), await renderDocx(tree))
    }
    for (const line of lines) {
      const [program, ...rest] = words(line)
      const args = program === 'npx' && rest[0] === 'stdkit' ? rest.slice(1) : program === 'npm' && rest[0] === 'start' ? ['build', '--format', 'json,html'] : undefined
      expect(args, `a line the routine cannot run: ${line}`).toBeDefined()
      const result = await stdkit(args ?? [], folder)
      expect(result.code, `${line}\n${result.stdout}\n${result.stderr}`).toBe(0)
      if (args?.[0] === 'import') expect(result.stdout).toContain('imported 2 files: 2 editions')
      if (args?.[0] === 'diff') expect(result.stdout).not.toBe('')
    }
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/2007.html'))).toBe(true)
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/diff/2006..2007.json'))).toBe(true)
  }, 300_000)
})
