/**
 * The quality department's cycle on a copy of the library: revise Q/ZX
 * 75.1861 to 2008, edit three provisions (one technical, one editorial, one
 * moved), release with an empty change list, publish; then a release whose
 * record claims what did not happen is refused and changes nothing.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyLibrary, reportedRows, stdkit} from './support.js'

function library(): string {
  return copyLibrary('stdkit-cycle-')
}

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  writeFileSync(file, after)
}

const snapshot = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder, {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')])
  )

describe('the revision cycle', () => {
  it('revises, edits, releases and publishes a new edition', async () => {
    const folder = library()
    const draft = path.join(folder, 'standards/q-zx-75.1861/2008.md')
    const revised = await stdkit(['revise', 'q-zx-75.1861', '--year', '2008'], folder)
    expect(revised.code).toBe(0)
    const text = readFileSync(draft, 'utf8')
    expect(text).toContain('number: Q/ZX 75.1861–2008')
    expect(text).toContain('replaces: Q/ZX 75.1861–2007')
    expect(text).toContain('status: draft')
    expect(text).toContain('本标准自实施之日起代替Q/ZX 75.1861–2007。')
    expect(text).toContain('| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | | |')
    // Only the draft's own facts differ from the edition it starts from.
    const previous = readFileSync(path.join(folder, 'standards/q-zx-75.1861/2007.md'), 'utf8')
    expect(text.slice(text.indexOf('## 1 范围'))).toBe(previous.slice(previous.indexOf('## 1 范围')))
    // A draft checks without errors: its missing dates and history are warnings.
    expect((await stdkit(['check', 'standards'], folder)).code).toBe(0)

    edit(draft, (value) => {
      let next = value.replace('接听用户电话应在铃响三声之内', '接听用户电话应在铃响两声之内')
      next = next.replace('仪表举止端庄、落落大方，不矫揉造作', '仪表举止端庄、落落大方；不矫揉造作')
      const start = next.indexOf('### 4.5 保密与安全')
      const end = next.indexOf('## 5 工程现场行为规范')
      const moved = next.slice(start, end).replace('### 4.5 保密与安全', '### 6.7 保密与安全')
      next = next.slice(0, start) + next.slice(end)
      const at = next.indexOf('## 7 网规网优现场行为规范')
      return next.slice(0, at) + moved + next.slice(at)
    })

    const dates = ['--issued', '2008-03-10', '--effective', '2008-03-17']
    const unnamed = await stdkit(['release', 'q-zx-75.1861@2008', ...dates], folder)
    expect(unnamed.code).toBe(1)
    expect(unnamed.stderr).toContain('the foreword does not name its 修订部门、修订人、审核人、批准人 yet (【待填写…】): give --departments, --drafters, --reviewers, --approver')
    expect(reportedRows(unnamed.stderr)).toEqual([expect.stringMatching(/^standards\/q-zx-75\.1861\/2008\.md:\d+:1 error .+ release-people stdkit$/u)])
    const people = ['--departments', '销售体系工程服务部售后管理部', '--drafters', '李明、张华', '--reviewers', '周海涛', '--approver', '徐慧俊']
    const released = await stdkit(['release', 'q-zx-75.1861@2008', ...dates, ...people], folder)
    expect(released.stderr).toBe('')
    expect(released.code).toBe(0)
    expect(released.stdout).toContain('revision record drafted from the changes:')
    const final = readFileSync(draft, 'utf8')
    expect(final).not.toContain('status: draft')
    expect(final).toContain('于2007年8月第三次修订，于2008年3月第四次修订。')
    expect(final).toContain('本次标准修订部门：销售体系工程服务部售后管理部\n\n本次标准修订人：李明、张华\n\n本次标准审核人：周海涛\n\n本次发布批准人：徐慧俊\n')
    expect(final).toContain('| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | 更改了接听用户电话的铃响次数（见4.4 a），2007年版的4.4 a））；将保密与安全移至6.7（2007年版的4.5）。 | 销售体系工程服务部售后管理部 | 李明、张华 | 徐慧俊 |')

    const check = await stdkit(['check', 'standards'], folder)
    expect(check.code).toBe(0)
    expect(check.stderr).not.toMatch(/warning|error/u)
    const built = await stdkit(['build'], folder)
    expect(built.code).toBe(0)
    const diffs = readdirSync(path.join(folder, 'out/q-zx-75.1861/diff'))
    for (const year of [2004, 2005, 2006, 2007]) {
      for (const ext of ['json', 'html', 'pdf']) expect(diffs).toContain(`${year}..2008.${ext}`)
    }
    const diff = JSON.parse(readFileSync(path.join(folder, 'out/q-zx-75.1861/diff/2007..2008.json'), 'utf8')) as {diff: {recordCheck: {claims: Array<{status: string}>}}}
    expect(diff.diff.recordCheck.claims.map((claim) => claim.status)).toEqual(['confirmed', 'confirmed'])
  }, 180_000)

  it('refuses a release whose record claims what did not happen, changing nothing', async () => {
    const folder = library()
    expect((await stdkit(['revise', 'q-zx-75.1861', '--year', '2008'], folder)).code).toBe(0)
    const draft = path.join(folder, 'standards/q-zx-75.1861/2008.md')
    edit(draft, (value) =>
      value
        .replace('接听用户电话应在铃响三声之内', '接听用户电话应在铃响两声之内')
        .replace('| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | | |', '| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | 增加了无人机巡检的行为规范。 | 售后管理部 | 王文阁、陈华春 | |')
    )
    const before = snapshot(folder)
    const people = ['--departments', '销售体系工程服务部售后管理部', '--drafters', '王文阁、陈华春', '--reviewers', '周海涛', '--approver', '徐慧俊']
    const refused = await stdkit(['release', 'q-zx-75.1861@2008', '--issued', '2008-03-10', '--effective', '2008-03-17', ...people], folder)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Not released: 1 recorded claim is not borne out by the changes; correct the record, or release with --force')
    const row = readFileSync(draft, 'utf8').split('\n').findIndex((line) => line.startsWith('| Q/ZX 75.1861–2008 |')) + 1
    expect(reportedRows(refused.stderr)).toEqual([expect.stringMatching(new RegExp(`^standards/q-zx-75\\.1861/2008\\.md:${row}:1 error recorded claim not borne out by the changes: 增加了无人机巡检的行为规范 — .+ release-claim stdkit$`, 'u'))])
    expect(refused.stderr).toContain('standards/q-zx-75.1861/2008.md was left as it was')
    expect(snapshot(folder)).toEqual(before)

    const forced = await stdkit(['release', 'q-zx-75.1861@2008', '--issued', '2008-03-10', '--effective', '2008-03-17', '--force', ...people], folder)
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('released with --force: 1 recorded claim is not borne out:')
  }, 120_000)

  it('refuses a release that would leave errors, changing nothing', async () => {
    const folder = library()
    expect((await stdkit(['revise', 'q-zx-75.1861', '--year', '2008'], folder)).code).toBe(0)
    const before = snapshot(folder)
    const people = ['--departments', '售后管理部', '--drafters', '李明', '--reviewers', '周海涛', '--approver', '徐慧俊']
    const refused = await stdkit(['release', 'q-zx-75.1861@2008', '--issued', '2008-03-10', '--effective', '2008-03-01', ...people], folder)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('cover-effective')
    expect(snapshot(folder)).toEqual(before)
  }, 60_000)
})

describe('a new standard', () => {
  it('is scaffolded as a draft that checks clean apart from its placeholders', async () => {
    const folder = library()
    const created = await stdkit(['new', 'Q/ZX 75.1900', '--title', '现场安全作业规范', '--year', '2026'], folder)
    expect(created).toMatchObject({code: 0, stdout: 'created standards/q-zx-75.1900/2026.md: a draft; fill in the placeholders (【待填写…】) that `stdkit check` lists\n'})
    const check = await stdkit(['check', '--format', 'json', 'standards/q-zx-75.1900/2026.md'], folder)
    expect(check.code).toBe(0)
    const [report] = (JSON.parse(check.stdout) as {files: Array<{messages: Array<{ruleId: string; severity: string}>}>}).files
    const rules = new Set(report?.messages.map((message) => message.ruleId))
    expect(rules).toEqual(new Set(['placeholder', 'cover-date', 'foreword-history']))
    expect(report?.messages.every((message) => message.severity === 'warning')).toBe(true)
    expect(report?.messages.filter((message) => message.ruleId === 'placeholder').length).toBeGreaterThanOrEqual(8)
  })

  it('is not created over an existing standard', async () => {
    expect(await stdkit(['new', 'Q/ZX 75.1861', '--title', '重复'], library())).toMatchObject({code: 2})
  })
})
