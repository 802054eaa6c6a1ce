/**
 * `stdkit diff` with an edition of a git revision (`HEAD:standards/…/2007.md`)
 * against the working copy, in a scratch repository holding the library.
 */
import {execFileSync} from 'node:child_process'
import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {revisionOf} from '../lib/revision.js'
import {repository, run, workspace} from './support.js'

const edition = 'standards/q-zx-75.1861/2007.md'

/** A scratch repository: the library committed, then 2007's ringing made stricter in the working copy. */
function repositoryWithEdit(): string {
  const folder = workspace()
  cpSync(path.join(repository, 'standards/t-zxbz-15'), path.join(folder, 'standards/t-zxbz-15'), {recursive: true})
  const git = (...args: Array<string>) => execFileSync('git', ['-c', 'user.name=stdkit', '-c', 'user.email=stdkit@example.com', ...args], {cwd: folder})
  git('init', '-q')
  git('add', '.')
  git('commit', '-qm', 'The library')
  const file = path.join(folder, edition)
  const text = readFileSync(file, 'utf8')
  expect(text).toContain('接听用户电话应在铃响三声之内')
  writeFileSync(file, text.replace('接听用户电话应在铃响三声之内', '接听用户电话应在铃响两声之内'))
  return folder
}

let shared: string | undefined
const scratch = (): string => (shared ??= repositoryWithEdit())

describe('stdkit diff <revision>:<path>', () => {
  it('compares the committed edition with the working copy', async () => {
    const {code, stdout, stderr} = await run(['diff', `HEAD:${edition}`, edition, '--no-color'], scratch())
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain('接听用户电话应在铃响[-三-]{+两+}声之内')
    expect(stdout).toMatch(/modified|修改/u)
  })

  it('names the revision as written in the diff tree, and takes a path from the working folder', async () => {
    const {code, stdout} = await run(['diff', 'HEAD:./2007.md', '2007.md', '--format', 'json'], path.join(scratch(), 'standards/q-zx-75.1861'))
    expect(code).toBe(0)
    const document = JSON.parse(stdout) as {diff: {old: {source: string; year: number}; summary: {provisions: {modified: number}}}}
    expect(document.diff.old).toMatchObject({source: 'HEAD:./2007.md', year: 2007})
    expect(document.diff.summary.provisions.modified).toBe(1)
  })

  it('finds no change between an edition and its own revision, its figures read from that revision', async () => {
    const folder = scratch()
    const technical = 'standards/t-zxbz-15/2026.md'
    const same = await run(['diff', `HEAD:${technical}`, technical, '--format', 'json'], folder)
    expect(same.code).toBe(0)
    const counts = (stdout: string) => (JSON.parse(stdout) as {diff: {summary: {provisions: Record<string, number>}}}).diff.summary.provisions
    expect(counts(same.stdout)).toMatchObject({modified: 0, added: 0, removed: 0})
    // A figure redrawn in the working copy only: the revision's is the committed picture.
    const figure = path.join(folder, 'standards/t-zxbz-15/figures/electrode-depth.svg')
    const committed = readFileSync(figure, 'utf8')
    writeFileSync(figure, committed.replace('</svg>', '<rect x="0" y="0" width="1" height="1"/></svg>'))
    try {
      const redrawn = await run(['diff', `HEAD:${technical}`, technical, '--format', 'json'], folder)
      expect(redrawn.code).toBe(0)
      expect(counts(redrawn.stdout).modified).toBe(1)
    } finally {
      writeFileSync(figure, committed)
    }
  })

  it('refuses an unknown revision, a path not in it and a folder outside a repository, with exit 2', async () => {
    const unknown = await run(['diff', `nosuch:${edition}`, edition], scratch())
    expect(unknown).toMatchObject({code: 2, stdout: ''})
    expect(unknown.stderr).toBe(`stdkit: cannot read nosuch:${edition}: git knows no revision nosuch\n`)
    const missing = await run(['diff', 'HEAD:standards/q-zx-75.1861/2099.md', edition], scratch())
    expect(missing).toMatchObject({code: 2, stdout: ''})
    expect(missing.stderr).toBe('stdkit: cannot read HEAD:standards/q-zx-75.1861/2099.md: there is no file standards/q-zx-75.1861/2099.md in revision HEAD\n')
    const folder = await run(['diff', 'HEAD:standards/q-zx-75.1861', edition], scratch())
    expect(folder).toMatchObject({code: 2})
    expect(folder.stderr).toContain('there is no file standards/q-zx-75.1861 in revision HEAD')
    const outside = await run(['diff', `HEAD:${edition}`, edition], workspace())
    expect(outside).toMatchObject({code: 2, stdout: ''})
    expect(outside.stderr).toBe(`stdkit: cannot read HEAD:${edition}: the current folder is not in a git repository\n`)
  })

  it('says so when git is not installed', () => {
    const bin = path.join(repository, 'packages/cli/bin/stdkit.js')
    let result: {status: number | null; stderr: string} = {status: 0, stderr: ''}
    try {
      execFileSync(process.execPath, [bin, 'diff', `HEAD:${edition}`, edition], {cwd: scratch(), env: {PATH: path.join(scratch(), 'no-programs'), STDKIT_LANG: 'en'}, stdio: 'pipe'})
    } catch (error) {
      const failed = error as {status: number | null; stderr: Buffer}
      result = {status: failed.status, stderr: failed.stderr.toString('utf8')}
    }
    expect(result).toEqual({status: 2, stderr: `stdkit: cannot read HEAD:${edition}: git is not installed\n`})
  })

  it('takes a file of that name for the file, and a drive letter for no revision', async () => {
    expect(revisionOf('HEAD:standards/x/2007.md')).toEqual({spec: 'HEAD:standards/x/2007.md', revision: 'HEAD', path: 'standards/x/2007.md'})
    expect(revisionOf(':2007.md')).toEqual({spec: ':2007.md', revision: '', path: '2007.md'})
    expect(revisionOf('C:\\standards\\x\\2007.md')).toBeUndefined()
    expect(revisionOf('c:/standards/x/2007.md')).toBeUndefined()
    expect(revisionOf('standards/x/2007.md')).toBeUndefined()
    expect(revisionOf('q-zx-75.1861@2007')).toBeUndefined()
    const folder = scratch()
    writeFileSync(path.join(folder, 'HEAD:2007.md'), readFileSync(path.join(folder, edition)))
    const {code, stdout} = await run(['diff', 'HEAD:2007.md', edition, '--format', 'json'], folder)
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as {diff: {summary: {provisions: {modified: number}}}}).diff.summary.provisions.modified).toBe(0)
  })
})
