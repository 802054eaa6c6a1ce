/**
 * What cannot be typeset is printed as the checker prints its messages: under
 * the file's path, each at its line and column, with its severity, reason,
 * rule id and `stdkit`; the command exits with 1 and leaves every file as it
 * was.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repository, run, snapshot, workspace} from './support.js'

/**
 * The rows of the reporter's text, each as `file:line:column severity reason
 * rule source` (a span by where it starts): the file is the heading of the
 * block its rows are in.
 */
function printed(stderr: string): Array<string> {
  const rows: Array<string> = []
  let file = ''
  for (const line of stderr.split('\n')) {
    const row = /^(\d+:\d+)(?:-\d+:\d+)?\s+(\S+)\s+(.*?)\s+([a-z][a-z0-9-]*)\s+(stdkit)$/u.exec(line)
    if (row) rows.push(`${file}:${row.slice(1).join(' ')}`)
    else if (line !== '' && !line.includes(' ')) file = line
  }
  return rows
}

/** A copy of the library whose 2007 edition of Q/ZX 75.1861 has a character no embedded font covers. */
function withMahjong(): {folder: string; file: string; line: number; column: number} {
  const folder = workspace()
  const file = 'standards/q-zx-75.1861/2007.md'
  const source = path.join(folder, file)
  writeFileSync(source, readFileSync(source, 'utf8').replace('推行普通话', '推行普通话🀄'))
  const text = readFileSync(source, 'utf8').split('\n')
  const line = text.findIndex((each) => each.includes('🀄')) + 1
  // At the text that holds it: the list item's, after its label `a) `.
  return {folder, file, line, column: (text[line - 1] ?? '').indexOf('推行普通话') + 1}
}

describe('build', () => {
  it('stops at a character no font covers, with its place, writing nothing', async () => {
    const {folder, file, line, column} = withMahjong()
    const before = snapshot(folder)
    const built = await run(['build', '--format', 'pdf', '--only', 'q-zx-75.1861@2007'], folder)
    expect(built.code).toBe(1)
    expect(printed(built.stderr)).toEqual([`${file}:${line}:${column} error no glyph for "🀄" (U+1F004) in the embedded fonts pdf-glyph stdkit`])
    expect(built.stderr).toContain(`stdkit: build stopped: cannot typeset ${file}: no glyph for "🀄" (U+1F004) in the embedded fonts; out was left as it was`)
    expect(snapshot(folder)).toEqual(before)
  })

  it('says the same when the character is met in a worker thread', () => {
    const {folder, file, line, column} = withMahjong()
    const before = snapshot(folder)
    // The compiled command, with workers typesetting: a failure crosses from the worker with its messages.
    const env = {...process.env, STDKIT_CACHE: '0', STDKIT_WORKERS: '2', STDKIT_LANG: 'en'}
    const built = spawnSync(process.execPath, [path.join(repository, 'packages/cli/bin/stdkit.js'), 'build', '--format', 'pdf'], {cwd: folder, env, encoding: 'utf8'})
    expect(built.status).toBe(1)
    // Each PDF that shows it fails; the build reports one of them, at its place in its source.
    expect(printed(built.stderr)).toEqual([`${file}:${line}:${column} error no glyph for "🀄" (U+1F004) in the embedded fonts pdf-glyph stdkit`])
    expect(built.stderr).toContain(`; out was left as it was`)
    expect(snapshot(folder)).toEqual(before)
  }, 120_000)
})
