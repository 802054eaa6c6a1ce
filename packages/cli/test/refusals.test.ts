/**
 * What the commands refuse, and what cannot be typeset, is printed as the
 * checker prints its messages: under the file's path, each at its line and
 * column, with its severity, reason, rule id and `stdkit`; the command exits
 * with 1 and leaves every file as it was.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {reportedRows} from '../../../test/library.js'
import {repository, run, snapshot, workspace} from './support.js'

const draftFile = 'standards/q-zx-75.1861/2008.md'
const dates = ['--issued', '2008-03-10', '--effective', '2008-03-17']

/** The line of `file` in `folder` that `text` is on. */
function lineOf(folder: string, file: string, text: string): number {
  return readFileSync(path.join(folder, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1
}

/** A copy of the library with a draft of Q/ZX 75.1861 for 2008, its people still placeholders. */
async function withDraft(): Promise<string> {
  const folder = workspace()
  expect((await run(['revise', 'q-zx-75.1861', '--year', '2008'], folder)).code).toBe(0)
  return folder
}

describe('release', () => {
  it('refuses a draft whose people are placeholders, at the first of them, changing nothing', async () => {
    const folder = await withDraft()
    const before = snapshot(folder)
    const refused = await run(['release', 'q-zx-75.1861@2008', ...dates, '--departments', '售后管理部'], folder)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    const line = lineOf(folder, draftFile, '本次标准修订人：【待填写')
    expect(reportedRows(refused.stderr)).toEqual([
      `${draftFile}:${line}:1 error the foreword does not name its 修订人、审核人、批准人 yet (【待填写…】): give --drafters, --reviewers, --approver release-people stdkit`
    ])
    expect(refused.stderr).toContain(`stdkit: Not released: the foreword does not name its 修订人、审核人、批准人 yet`)
    expect(refused.stderr).toContain(`${draftFile} was left as it was`)
    expect(snapshot(folder)).toEqual(before)
  })

  it('words the refusal from the Chinese catalogue by default', async () => {
    const folder = await withDraft()
    const before = snapshot(folder)
    const refused = await run(['release', 'q-zx-75.1861@2008', ...dates], folder, {env: {}})
    expect(refused.code).toBe(1)
    const line = lineOf(folder, draftFile, '本次标准修订部门：【待填写')
    expect(reportedRows(refused.stderr)).toEqual([
      `${draftFile}:${line}:1 错误 前言尚未写明修订部门、修订人、审核人、批准人（【待填写…】）：请给出 --departments、--drafters、--reviewers、--approver release-people stdkit`
    ])
    expect(refused.stderr).toContain(`${draftFile} 保持原样`)
    expect(snapshot(folder)).toEqual(before)
  })

  it('refuses an edition already published, at its cover, changing nothing', async () => {
    const folder = workspace()
    const before = snapshot(folder)
    const refused = await run(['release', 'q-zx-75.1861@2007', ...dates, '--departments', '售后管理部', '--drafters', '李明', '--reviewers', '周海涛', '--approver', '徐慧俊'], folder)
    expect(refused.code).toBe(1)
    const file = 'standards/q-zx-75.1861/2007.md'
    expect(reportedRows(refused.stderr)).toEqual([`${file}:${lineOf(folder, file, 'number: ')}:${'number: '.length + 1} error Q/ZX 75.1861–2007 is not a draft (status: draft): it was released already release-draft stdkit`])
    expect(refused.stderr).toContain(`${file} was left as it was`)
    expect(snapshot(folder)).toEqual(before)
  })

  it('refuses a draft whose record claims what did not happen, at the record row', async () => {
    const folder = await withDraft()
    const draft = path.join(folder, draftFile)
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | | |', '| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | 增加了无人机巡检的行为规范。 | | | |'))
    const before = snapshot(folder)
    const refused = await run(['release', 'q-zx-75.1861@2008', ...dates, '--departments', '售后管理部', '--drafters', '李明', '--reviewers', '周海涛', '--approver', '徐慧俊'], folder)
    expect(refused.code).toBe(1)
    const line = lineOf(folder, draftFile, '| Q/ZX 75.1861–2008 |')
    expect(reportedRows(refused.stderr)).toEqual([expect.stringMatching(new RegExp(`^${draftFile}:${line}:1 error recorded claim not borne out by the changes: 增加了无人机巡检的行为规范 — .+ release-claim stdkit$`, 'u'))])
    expect(refused.stderr).toContain('stdkit: Not released: 1 recorded claim is not borne out by the changes; correct the record, or release with --force')
    expect(snapshot(folder)).toEqual(before)
  })
})

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
    expect(reportedRows(built.stderr)).toEqual([`${file}:${line}:${column} error no glyph for "🀄" (U+1F004) in the embedded fonts pdf-glyph stdkit`])
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
    expect(reportedRows(built.stderr)).toEqual([`${file}:${line}:${column} error no glyph for "🀄" (U+1F004) in the embedded fonts pdf-glyph stdkit`])
    expect(built.stderr).toContain(`; out was left as it was`)
    expect(snapshot(folder)).toEqual(before)
  }, 120_000)
})
