/**
 * The README's routine for issuing a new edition, run as it is written there,
 * line by line, in a scratch copy of the library: `npx stdkit …` lines run the
 * CLI, `npm start` builds, and the comment that says to edit the draft is
 * where this test edits it.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyLibrary, repository, stdkit} from './support.js'

const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')

/** The lines of the first `sh` block of the README's "Issuing a new edition" section. */
function routine(): Array<string> {
  const section = readme.slice(readme.indexOf('## Issuing a new edition'))
  const block = /```sh\n(?<body>[\s\S]*?)```/u.exec(section)?.groups?.body ?? ''
  return block.split('\n').filter((line) => line.trim() !== '')
}

/** A command line's words, as a POSIX shell splits them (quotes, no expansions); a trailing comment dropped. */
function words(line: string): Array<string> {
  const out: Array<string> = []
  for (const match of line.matchAll(/\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|(?<comment>#.*)|(?<bare>[^\s"'#]+))/gu)) {
    if (match.groups?.comment !== undefined) break
    out.push(match.groups?.double ?? match.groups?.single ?? match.groups?.bare ?? '')
  }
  return out
}

describe("the README's routine", () => {
  it('revises, edits, compares, releases and publishes the next edition as written', async () => {
    const folder = copyLibrary('stdkit-routine-')
    const lines = routine()
    expect(lines.some((line) => line.startsWith('npx stdkit revise'))).toBe(true)
    let draft: string | undefined
    for (const line of lines) {
      if (line.startsWith('#')) {
        if (!line.includes('edit the draft')) continue
        // The author's edit: one requirement made stricter.
        expect(draft && existsSync(draft)).toBe(true)
        const text = readFileSync(draft ?? '', 'utf8')
        expect(text).toContain('接听用户电话应在铃响三声之内')
        writeFileSync(draft ?? '', text.replace('接听用户电话应在铃响三声之内', '接听用户电话应在铃响两声之内'))
        continue
      }
      const [program, ...rest] = words(line)
      const args = program === 'npx' && rest[0] === 'stdkit' ? rest.slice(1) : program === 'npm' && rest[0] === 'start' ? ['build'] : undefined
      expect(args, `a line the routine cannot run: ${line}`).toBeDefined()
      const result = await stdkit(args ?? [], folder)
      expect(result.code, `${line}\n${result.stderr}`).toBe(0)
      if (args?.[0] === 'revise') draft = path.join(folder, /standards\/\S+\.md/u.exec(result.stdout)?.[0] ?? '')
      if (args?.[0] === 'diff') expect(result.stdout).toMatch(/三.*两|两.*三/u)
    }
    const released = readFileSync(draft ?? '', 'utf8')
    expect(released).not.toContain('status: draft')
    expect(released).not.toContain('【待填写')
    // The people are the ones the README's release line names, not the previous edition's.
    const release = words(lines.find((line) => line.startsWith('npx stdkit release')) ?? '')
    const drafters = release[release.indexOf('--drafters') + 1] ?? ''
    expect(drafters).not.toBe('')
    const row = released.split('\n').find((line) => line.startsWith('| Q/ZX 75.1861–2008 |')) ?? ''
    expect(row).toContain(drafters)
    expect(row).not.toContain('王文阁')
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/2008.html'))).toBe(true)
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/diff/2007..2008.pdf'))).toBe(true)
  }, 300_000)
})
