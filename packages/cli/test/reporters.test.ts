/**
 * The reporters for editors and CI: `--reporter line` (`file:line:col:
 * severity: message [rule-id]`) and `--reporter github` (GitHub Actions'
 * workflow commands), on a source with errors and warnings.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, githubReport, lineReport} from '../lib/diagnostics.js'
import {repository, run, workspace} from './support.js'

const edition2007 = 'standards/q-zx-75.1861/2007.md'

/** A copy of the library whose 2007 edition has two errors (a number, a date) and a warning (a requirement in a note). */
let folder = ''

beforeAll(() => {
  folder = workspace()
  const file = path.join(folder, edition2007)
  const value = readFileSync(file, 'utf8')
  for (const from of ['### 4.2 服务礼仪', '注：时间窗口', 'issued: 2007-09-11']) expect(value).toContain(from)
  writeFileSync(file, value.replace('### 4.2 服务礼仪', '### 4.3 服务礼仪').replace('注：时间窗口', '注：应注意时间窗口').replace('issued: 2007-09-11', 'issued: 2007-09-31'))
})

/** The problem matcher of the README's VS Code task. */
function problemMatcher(): {regexp: RegExp; groups: Record<string, number>} {
  const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')
  const block = [...readme.matchAll(/```json\n(?<body>[\s\S]*?)\n```/gu)].map((match) => match.groups?.body ?? '').find((body) => body.includes('"problemMatcher"'))
  expect(block, 'the README shows a VS Code task with a problem matcher').toBeDefined()
  const task = (JSON.parse(block ?? '{}') as {tasks: Array<{command: string; problemMatcher: {pattern: Record<string, string | number>}}>}).tasks[0]
  expect(task?.command).toBe('npx stdkit check --reporter line')
  const {regexp, ...groups} = task?.problemMatcher.pattern ?? {}
  return {regexp: new RegExp(String(regexp), 'u'), groups: groups as Record<string, number>}
}

describe('--reporter line', () => {
  it('prints one line a message, in English', async () => {
    const {code, stdout, stderr} = await run(['check', '--reporter', 'line', edition2007], folder)
    expect(code).toBe(1)
    expect(stderr).toBe('')
    expect(stdout).toMatchSnapshot()
  })

  it('prints the messages in the language in use, the severities the same in every language', async () => {
    const {code, stdout} = await run(['check', '--reporter', 'line', '--lang', 'zh', edition2007], folder)
    expect(code).toBe(1)
    expect(stdout).toMatchSnapshot()
    expect(stdout.split('\n').filter(Boolean).every((line) => /: (error|warning|info): /u.test(line))).toBe(true)
  })

  it("matches the README's VS Code problem matcher, line by line, each part in its group", async () => {
    const {regexp, groups} = problemMatcher()
    const {stdout} = await run(['check', '--reporter', 'line', 'standards/q-zx-75.1861'], folder)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    const found = lines.map((line) => {
      const match = regexp.exec(line)
      expect(match, line).not.toBeNull()
      const part = (name: string) => match?.[groups[name] ?? -1]
      return {file: part('file'), line: Number(part('line')), column: Number(part('column')), severity: part('severity'), message: part('message'), code: part('code')}
    })
    expect(found).toContainEqual({file: edition2007, line: 98, column: 1, severity: 'error', message: 'Unexpected number 4.3 under 4, expected 4.2', code: 'clause-numbering'})
    expect(found).toContainEqual(expect.objectContaining({file: edition2007, line: 7, column: 9, severity: 'error', code: 'cover-date'}))
    expect(found).toContainEqual(expect.objectContaining({file: edition2007, severity: 'warning', code: 'note-requirement'}))
    // The message is the reason whole, without the rule id.
    for (const item of found) expect(item.message).not.toMatch(/\[[a-z-]+\]$/u)
  })

  it('points a message about the whole file at 1:1, leaves out a rule id it does not have, and keeps each on one line', () => {
    const file = new VFile({path: 'a/b.md'})
    file.message('first line\nsecond line', {ruleId: 'some-rule', source: 'stdkit'})
    file.info('no rule here', {place: {line: 3, column: 4}})
    expect(lineReport([file])).toBe('a/b.md:1:1: warning: first line second line [some-rule]\na/b.md:3:4: info: no rule here\n')
    const {regexp} = problemMatcher()
    for (const line of lineReport([file]).trimEnd().split('\n')) expect(regexp.test(line), line).toBe(true)
  })

  it('goes with build too, which prints the messages that stop it', async () => {
    const {code, stdout, stderr} = await run(['build', '--reporter', 'line', '--format', 'json'], folder)
    expect(code).toBe(1)
    expect(stdout).toContain(`${edition2007}:98:1: error: Unexpected number 4.3 under 4, expected 4.2 [clause-numbering]\n`)
    expect(stderr).toBe('stdkit: build stopped: 2 errors in the sources; out was left as it was\n')
  })

  it('is for text: with --format json it is a usage error, before anything is checked', async () => {
    const {code, stdout, stderr} = await run(['check', '--format', 'json', '--reporter', 'line', edition2007], folder)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('stdkit: --reporter line is for text output and cannot go with --format json\n')
    expect((await run(['check', '--reporter', 'xml', edition2007], folder)).code).toBe(2)
  })

  it('leaves the default report as it was', async () => {
    const {stdout, stderr} = await run(['check', edition2007], folder)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^standards\/q-zx-75\.1861\/2007\.md\n\s*7:9-7:19\s+error\s+Invalid issued date/u)
  })
})

describe('--reporter github', () => {
  it('prints a workflow command a message, with the span and the rule as title', async () => {
    const {code, stdout} = await run(['check', '--reporter', 'github', edition2007], folder)
    expect(code).toBe(1)
    expect(stdout).toMatchSnapshot()
    expect(stdout).toContain(`::error file=${edition2007},line=7,col=9,endLine=7,endColumn=19,title=cover-date::Invalid issued date`)
  })

  it('escapes what GitHub reads: % \\r \\n in the message, and : , too in a property', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad')
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad')
    // Escaped first, `%` is not escaped twice.
    expect(escapeData('%0A')).toBe('%250A')
    const file = new VFile({path: 'dir,1/a:b.md'})
    file.message('50% off: a, b\nnext', {place: {start: {line: 2, column: 3}, end: {line: 4, column: 5}}, ruleId: 'x-rule', source: 'stdkit'}).fatal = true
    file.info('whole file')
    expect(githubReport([file])).toBe('::notice file=dir%2C1/a%3Ab.md::whole file\n::error file=dir%2C1/a%3Ab.md,line=2,col=3,endLine=4,endColumn=5,title=x-rule::50%25 off: a, b%0Anext\n')
  })

  it('reads back, as GitHub parses a command, to the file, place, rule and message', async () => {
    const {stdout} = await run(['check', '--reporter', 'github', edition2007], folder)
    const unescape = (text: string) => text.replace(/%2C/gu, ',').replace(/%3A/gu, ':').replace(/%0A/gu, '\n').replace(/%0D/gu, '\r').replace(/%25/gu, '%')
    const commands = stdout.trimEnd().split('\n').map((line) => {
      const match = /^::(?<level>[a-z]+) (?<properties>[^:]*)::(?<message>.*)$/u.exec(line)
      expect(match, line).not.toBeNull()
      const properties = Object.fromEntries((match?.groups?.properties ?? '').split(',').map((pair) => pair.split('=')).map(([key, value]) => [key, unescape(value ?? '')]))
      return {level: match?.groups?.level, ...properties, message: unescape(match?.groups?.message ?? '')}
    })
    expect(commands).toContainEqual({level: 'error', file: edition2007, line: '98', col: '1', title: 'clause-numbering', message: 'Unexpected number 4.3 under 4, expected 4.2'})
    expect(commands.map((command) => command.level)).toEqual(expect.arrayContaining(['error', 'warning']))
  })
})
