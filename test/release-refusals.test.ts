/**
 * `release` refuses every draft of the hostile corpus (`bad-inputs/drafts.ts`):
 * on a scratch copy of the library it exits with 1, prints the errors
 * `stdkit check` reports as check prints them, and leaves every file byte for
 * byte as it was.
 */
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {badDrafts} from './bad-inputs/drafts.js'
import {copyLibrary, digestFolder, reportedRows, stdkit} from './support.js'

const draftFile = 'standards/q-zx-75.1861/2008.md'
const release = ['release', 'q-zx-75.1861@2008', '--issued', '2008-03-10', '--effective', '2008-03-17']
const people = ['--departments', '售后管理部', '--drafters', '李明', '--reviewers', '周海涛', '--approver', '徐慧俊']
let draft = ''

interface JsonReport {
  path: string
  messages: Array<{line: number; column: number; ruleId: string; severity: string}>
}

beforeAll(async () => {
  const folder = copyLibrary('stdkit-draft-')
  expect((await stdkit(['revise', 'q-zx-75.1861', '--year', '2008'], folder)).code).toBe(0)
  draft = readFileSync(path.join(folder, draftFile), 'utf8')
  rmSync(folder, {recursive: true, force: true})
})

describe('release of a bad draft', () => {
  it('has a corpus', () => {
    expect(badDrafts.length).toBeGreaterThanOrEqual(10)
  })

  it.each(badDrafts.map((item) => [item.name, item] as const))('%s: refused, with the checker’s messages, nothing changed', async (_name, item) => {
    const folder = copyLibrary('stdkit-bad-draft-')
    const broken = item.mutate(draft)
    writeFileSync(path.join(folder, draftFile), broken)
    const checked = await stdkit(['check', '--format', 'json', draftFile], folder)
    expect(checked.code).toBe(1)
    const errors = (JSON.parse(checked.stdout) as {files: Array<JsonReport>}).files.flatMap((file) => file.messages.filter((message) => message.severity === 'error'))
    expect(errors.map((message) => message.ruleId)).toContain(item.rule)

    const before = digestFolder(folder)
    const refused = await stdkit([...release, ...people], folder)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toContain('stdkit: Not released: the draft has errors\n')
    // The draft's errors, and only they, each as check gives it.
    const rows = reportedRows(refused.stderr)
    expect(rows.map((row) => row.replace(/ error .* (\S+) stdkit$/u, ' $1')).sort()).toEqual(errors.map((message) => `${draftFile}:${message.line}:${message.column} ${message.ruleId}`).sort())
    expect(rows.map((row) => / (\S+) stdkit$/u.exec(row)?.[1])).toContain(item.rule)
    expect(refused.stderr).toContain(`${draftFile} was left as it was`)
    expect(refused.stderr).not.toMatch(/^\s+at /mu)
    expect(readFileSync(path.join(folder, draftFile)).equals(Buffer.from(broken))).toBe(true)
    expect(digestFolder(folder)).toBe(before)
    expect(readdirSync(path.join(folder, 'standards/q-zx-75.1861')).sort()).toEqual(['2004.md', '2005.md', '2006.md', '2007.md', '2008.md'])
    rmSync(folder, {recursive: true, force: true})
  }, 60_000)
})
