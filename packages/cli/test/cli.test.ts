import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkSchema, checkSchemaId} from '@stdkit/check'
import {diffSchema, diffSchemaId, historySchema, historySchemaId} from '@stdkit/diff'
import {standardSchema} from '@stdkit/tree'
import {libraryEditions} from '../../../test/library.js'
import {schemaErrors} from '../../../test/schemas.js'
import {repository, run, snapshot, workspace} from './support.js'

const edition2007 = 'standards/q-zx-75.1861/2007.md'

/** What a build of the library reports after its summary: Q/ZX 75.1760—2006 cites Q/ZX 75.1861 undated, revised twice since. */
const review = '1 undated citation to review (the standard cited has had an edition issued since the citing one):\n  Q/ZX 75.1760–2006 cites Q/ZX 75.1861 undated: the 2005 edition when issued, since then 2006, 2007; it now leads to 2007; in clause 2, 4.4\n'

function edit(folder: string, file: string, from: string, to: string): void {
  const target = path.join(folder, file)
  const value = readFileSync(target, 'utf8')
  expect(value).toContain(from)
  writeFileSync(target, value.replace(from, to))
}

/** Runs `body` with `STDKIT_CACHE` set to `value` (the build cache the commands read), restoring it after. */
async function withCache<T>(value: string, body: () => Promise<T>): Promise<T> {
  const setting = process.env['STDKIT_CACHE']
  process.env['STDKIT_CACHE'] = value
  try {
    return await body()
  } finally {
    if (setting === undefined) delete process.env['STDKIT_CACHE']
    else process.env['STDKIT_CACHE'] = setting
  }
}

/** The entries of a build cache folder. */
const cacheEntries = (folder: string): Array<string> => readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => /[0-9a-f]{64}$/u.test(name)).sort()

describe('help', () => {
  for (const command of [[], ['build'], ['check'], ['diff'], ['history'], ['import'], ['new'], ['refs'], ['revise'], ['release'], ['serve'], ['fmt'], ['rules']]) {
    it(['stdkit', ...command, '--help'].join(' '), async () => {
      const {code, stdout} = await run([...command, '--help'])
      expect(code).toBe(0)
      expect(stdout).toMatchSnapshot()
    })
  }
})

describe('usage errors exit with 2', () => {
  it('without a command', async () => {
    const {code, stderr} = await run([])
    expect(code).toBe(2)
    expect(stderr).toContain('Name a command')
  })

  it('with an unknown option', async () => {
    const {code, stderr} = await run(['check', '--bogus'])
    expect(code).toBe(2)
    expect(stderr).toBe('stdkit: Unknown option --bogus (stdkit check --help)\n')
  })

  it('with a path that does not exist', async () => {
    const {code, stderr} = await run(['check', 'no/such/place'])
    expect(code).toBe(2)
    expect(stderr).toBe('stdkit: No such file or folder: no/such/place\n')
  })
})

describe('stdkit check', () => {
  it('passes every edition of the library with exit 0', async () => {
    const {code, stderr} = await run(['check', 'standards'])
    expect(code).toBe(0)
    expect(stderr.match(/no issues found/gu)).toHaveLength(8)
  })

  it('reports an error with file, line, column and rule id, and exits with 1', async () => {
    const folder = workspace()
    edit(folder, edition2007, '### 4.2 服务礼仪', '### 4.3 服务礼仪')
    const line = readFileSync(path.join(folder, edition2007), 'utf8').split('\n').indexOf('### 4.3 服务礼仪 {#service-etiquette}') + 1
    const {code, stderr} = await run(['check', edition2007], folder)
    expect(code).toBe(1)
    expect(stderr).toContain(edition2007)
    expect(stderr).toMatch(new RegExp(`${line}:1\\s+error\\s+Unexpected number 4.3 under 4, expected 4.2\\s+clause-numbering\\s+stdkit`, 'u'))
  })

  it('writes JSON for machines', async () => {
    const folder = workspace()
    edit(folder, edition2007, 'issued: 2007-09-11', 'issued: 2007-09-31')
    const {code, stdout} = await run(['check', '--format', 'json', edition2007], folder)
    expect(code).toBe(1)
    const document = JSON.parse(stdout) as {$schema: string; files: Array<{path: string; messages: Array<Record<string, unknown>>}>}
    expect(schemaErrors(checkSchema(), document)).toEqual([])
    expect(document).toMatchObject({$schema: checkSchemaId, schemaVersion: '1.0', summary: {errors: 1, warnings: 0, info: 0}})
    const [report] = document.files
    expect(report?.path).toBe(edition2007)
    expect(report?.messages).toContainEqual({
      line: 7,
      column: 9,
      endLine: 7,
      endColumn: 19,
      severity: 'error',
      ruleId: 'cover-date',
      source: 'stdkit',
      reason: 'Invalid issued date `2007-09-31`, expected a real date written YYYY-MM-DD'
    })
  })

  // A message quotes what it is about; the reporter took minutes to measure a quotation of a quarter of a million characters.
  it.each([
    ['a front-matter key', 'issued: 2007-09-11', `${'k'.repeat(256_000)}: v\nissued: 2007-09-11`, 'cover-field'],
    ['a heading with a stray backtick', '## 1 范围', `## 1 范围${'`'}${'范'.repeat(256_000)}`, 'element-order'],
  ])('quotes briefly a line of 256,000 characters: %s', async (_name, from, to, rule) => {
    const folder = workspace()
    edit(folder, edition2007, from, to)
    const text = await run(['check', edition2007], folder)
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(new RegExp(`\\d+:1(?:-\\d+:\\d+)?\\s+(?:error|warning)\\s+.+….*\\s+${rule}\\s+stdkit`, 'u'))
    for (const line of text.stderr.split('\n')) expect(line.length).toBeLessThan(1000)
    const json = await run(['check', '--format', 'json', edition2007], folder)
    const [report] = (JSON.parse(json.stdout) as {files: Array<{messages: Array<{ruleId: string; reason: string}>}>}).files
    const quoting = report?.messages.find((message) => message.ruleId === rule)
    expect(quoting?.reason).toMatch(/…/u)
    expect(quoting?.reason.length).toBeLessThan(500)
  }, 30_000)

  // The editions compared with the one checked come from the build cache once parsed: the messages are the same bytes.
  it('reports the same with the trees of the build cache as without it', async () => {
    const folder = workspace()
    const edition2006 = 'standards/q-zx-75.1861/2006.md'
    edit(folder, edition2007, '### 4.2 服务礼仪', '### 4.3 服务礼仪')
    edit(folder, edition2006, '注：时间窗口', '> 引用的一段\n\n注：时间窗口')
    const cache = path.join(folder, 'cache')
    const check = (value: string) => withCache(value, async () => [await run(['check', edition2006, edition2007], folder), await run(['check', '--format', 'json', edition2006, edition2007], folder)])
    const without = await check('0')
    expect(existsSync(cache)).toBe(false)
    expect(without[0]?.code).toBe(1)
    expect(without[0]?.stderr).toContain('markdown-construct')
    expect(without[0]?.stderr).toContain('clause-numbering')
    const filling = await check(cache)
    // Every edition of the standard parsed once, its tree kept.
    const entries = cacheEntries(cache)
    expect(entries).toHaveLength(4)
    const reading = await check(cache)
    expect(cacheEntries(cache)).toEqual(entries)
    expect(filling).toEqual(without)
    expect(reading).toEqual(without)
  })

  it('exits with 1 on warnings only with --frail', async () => {
    const folder = workspace()
    edit(folder, edition2007, '注：时间窗口', '注：应注意时间窗口')
    expect((await run(['check', edition2007], folder)).code).toBe(0)
    const frail = await run(['check', '--frail', edition2007], folder)
    expect(frail.code).toBe(1)
    expect(frail.stderr).toContain('note-requirement')
  })
})

describe('stdkit build', () => {
  it('publishes every edition as JSON that validates, and the schema', async () => {
    const folder = workspace()
    const {code, stdout} = await run(['build'], folder)
    expect(code).toBe(0)
    expect(stdout).toBe(`built 8 editions of 4 standards into out/ (75 files)\n${review}`)
    for (const edition of libraryEditions) {
      const document: unknown = JSON.parse(readFileSync(path.join(folder, 'out', edition.replace(/\.md$/u, '.json')), 'utf8'))
      expect(schemaErrors(standardSchema(), document), edition).toEqual([])
    }
    expect(JSON.parse(readFileSync(path.join(folder, 'out/schema/standard.schema.json'), 'utf8'))).toEqual(standardSchema())
    expect(JSON.parse(readFileSync(path.join(folder, 'out/schema/diff.schema.json'), 'utf8'))).toEqual(diffSchema())
    expect(JSON.parse(readFileSync(path.join(folder, 'out/schema/history.schema.json'), 'utf8'))).toEqual(historySchema())
    expect(JSON.parse(readFileSync(path.join(folder, 'out/schema/check.schema.json'), 'utf8'))).toEqual(checkSchema())
  })

  it('publishes a diff for every pair of editions, with the record check for adjacent ones', async () => {
    const folder = workspace()
    expect((await run(['build'], folder)).code).toBe(0)
    const pairs = readdirSync(path.join(folder, 'out/q-zx-75.1861/diff')).filter((name) => name.endsWith('.json')).sort()
    expect(pairs).toEqual(['2004..2005.json', '2004..2006.json', '2004..2007.json', '2005..2006.json', '2005..2007.json', '2006..2007.json'])
    for (const name of pairs) {
      const document = JSON.parse(readFileSync(path.join(folder, 'out/q-zx-75.1861/diff', name), 'utf8')) as {diff: {recordCheck?: {claims: Array<{status: string}>}}}
      expect(schemaErrors(diffSchema(), document), name).toEqual([])
      const adjacent = ['2004..2005.json', '2005..2006.json', '2006..2007.json'].includes(name)
      expect(document.diff.recordCheck !== undefined, name).toBe(adjacent)
      for (const claim of document.diff.recordCheck?.claims ?? []) expect(claim.status, name).toBe('confirmed')
    }
  })

  it('gives byte-identical output from run to run', async () => {
    const folder = workspace()
    expect((await run(['build'], folder)).code).toBe(0)
    const first = snapshot(path.join(folder, 'out'))
    expect((await run(['build', '--out', 'again'], folder)).code).toBe(0)
    expect(snapshot(path.join(folder, 'again'))).toEqual(first)
  })

  it('leaves the previous output untouched when a source is broken', async () => {
    const folder = workspace()
    expect((await run(['build'], folder)).code).toBe(0)
    const before = snapshot(path.join(folder, 'out'))
    edit(folder, edition2007, '见附录A', '见附录F')
    const {code, stderr} = await run(['build'], folder)
    expect(code).toBe(1)
    expect(stderr).toContain('cross-reference')
    expect(stderr).toContain('build stopped: 1 error in the sources; out was left as it was')
    expect(snapshot(path.join(folder, 'out'))).toEqual(before)
    expect(readdirSync(folder).sort()).toEqual(['out', 'standards'])
  })

  it('stops with a usage error when the folder of standards is missing', async () => {
    const {code, stderr} = await run(['build', 'nowhere'], workspace())
    expect(code).toBe(2)
    expect(stderr).toBe('stdkit: No such folder: nowhere\n')
  })

  it('replaces stale files of an earlier build', async () => {
    const folder = workspace()
    expect((await run(['build'], folder)).code).toBe(0)
    writeFileSync(path.join(folder, 'out/stale.json'), '{}')
    expect((await run(['build'], folder)).code).toBe(0)
    expect(existsSync(path.join(folder, 'out/stale.json'))).toBe(false)
    expect(existsSync(path.join(folder, 'out/q-zx-75.1861/2007.json'))).toBe(true)
  })

  it('publishes one standard in the formats asked for', async () => {
    const folder = workspace()
    const {code, stdout} = await run(['build', '--only', 'q-zx-75.1861@2007', '--format', 'json,html'], folder)
    expect(code).toBe(0)
    expect(stdout).toBe(`built 1 edition of 1 standard into out/ (15 files)\n${review}`)
    expect(readdirSync(path.join(folder, 'out/q-zx-75.1861')).sort()).toEqual(['2007.html', '2007.json', 'diff'])
    expect(readdirSync(path.join(folder, 'out/q-zx-75.1861/diff')).filter((name) => name.endsWith('.html')).sort()).toEqual(['2004..2007.html', '2005..2007.html', '2006..2007.html'])
  })

  it('names a wrong --only or --format as a usage error', async () => {
    const folder = workspace()
    expect(await run(['build', '--format', 'odt'], folder)).toMatchObject({code: 2, stderr: 'stdkit: Unexpected format odt, expected json, html, pdf, docx, sts\n'})
    expect(await run(['build', '--only', 'q-zx-9'], folder)).toMatchObject({code: 2, stderr: 'stdkit: No standard q-zx-9 in the library (it has q-zx-75.1760, q-zx-75.1861, t-zxbz-12.1, t-zxbz-12.2)\n'})
  })

  it('refuses an output folder that holds the sources', async () => {
    const folder = workspace()
    for (const out of ['.', 'standards', '..']) {
      const {code, stderr} = await run(['build', '--out', out], folder)
      expect(code).toBe(2)
      expect(stderr).toMatch(/^stdkit: refusing to use .+ as the output folder/u)
    }
    expect(readdirSync(path.join(folder, 'standards'))).toContain('q-zx-75.1861')
  })
})

describe('stdkit fmt', () => {
  it('finds the editions canonical', async () => {
    const {code, stdout} = await run(['fmt', '--check', 'standards'])
    expect(stdout).toBe('')
    expect(code).toBe(0)
  })

  it('lists a file that is not canonical with --check, and rewrites it without', async () => {
    const folder = workspace()
    edit(folder, edition2007, '## 1 范围\n', '## 1   范围\n')
    const check = await run(['fmt', '--check', 'standards'], folder)
    expect(check.code).toBe(1)
    expect(check.stdout).toBe(`not canonical: ${edition2007}\n`)
    const fmt = await run(['fmt', 'standards'], folder)
    expect(fmt.code).toBe(0)
    expect(fmt.stdout).toBe(`formatted: ${edition2007}\n1 of 8 files rewritten\n`)
    expect(readFileSync(path.join(folder, edition2007), 'utf8')).toBe(readFileSync(path.join(repository, edition2007), 'utf8'))
  })

  it('refuses to rewrite a file it cannot read fully', async () => {
    const folder = workspace()
    edit(folder, edition2007, '## 5 工程现场行为规范', '## 工程现场行为规范')
    const broken = readFileSync(path.join(folder, edition2007), 'utf8')
    const {code, stderr} = await run(['fmt', edition2007], folder)
    expect(code).toBe(1)
    expect(stderr).toContain('heading-number')
    expect(readFileSync(path.join(folder, edition2007), 'utf8')).toBe(broken)
  })

  it('refuses to rewrite a file the checker finds errors in', async () => {
    const folder = workspace()
    edit(folder, edition2007, '### 4.2 服务礼仪', '### 4.7  服务礼仪')
    const broken = readFileSync(path.join(folder, edition2007), 'utf8')
    const {code, stderr} = await run(['fmt', edition2007], folder)
    expect(code).toBe(1)
    expect(stderr).toMatch(/error .*clause-numbering/u)
    expect(stderr).toContain('stdkit: 1 file not formatted: fix the errors above first')
    expect(readFileSync(path.join(folder, edition2007), 'utf8')).toBe(broken)
  })

  it('keeps normative references on consecutive lines as separate entries', async () => {
    const folder = workspace()
    edit(folder, edition2007, 'Q/ZX 75.1760　国内工程开通工作规程\n\n', 'Q/ZX 75.1760　国内工程开通工作规程\n')
    expect(await run(['check', '--quiet', edition2007], folder)).toMatchObject({code: 0, stderr: ''})
    const fmt = await run(['fmt', edition2007], folder)
    expect(fmt.code).toBe(0)
    expect(readFileSync(path.join(folder, edition2007), 'utf8')).toBe(readFileSync(path.join(repository, edition2007), 'utf8'))
  })

  it('refuses to rewrite a file with a table inside a list item, which it would drop', async () => {
    const folder = workspace()
    edit(folder, edition2007, '## 5 工程现场行为规范', '## 5 工程现场行为规范\n\n- 条件：\n\n  | 项目 | 内容 |\n  | - | - |\n  | 甲 | 乙 |')
    const broken = readFileSync(path.join(folder, edition2007), 'utf8')
    const {code, stderr} = await run(['fmt', edition2007], folder)
    expect(code).toBe(1)
    expect(stderr).toMatch(/error +Unexpected table inside a list item.*markdown-construct/u)
    expect(readFileSync(path.join(folder, edition2007), 'utf8')).toBe(broken)
  })

  it('keeps a code block byte for byte, its indentation, tabs and blank lines', async () => {
    const folder = workspace()
    const listing = '```json\n{\n  "a": 1,\n\t"b": [2, 3]  \n\n}\n```'
    edit(folder, edition2007, '## 5 工程现场行为规范 {#engineering-site}', `## 5 工程现场行为规范 {#engineering-site}\n\n${listing}`)
    expect((await run(['fmt', edition2007], folder)).code).toBe(0)
    expect(readFileSync(path.join(folder, edition2007), 'utf8')).toContain(`{#engineering-site}\n\n${listing}\n`)
    expect(await run(['fmt', '--check', edition2007], folder)).toMatchObject({code: 0})
  })
})

describe('stdkit release', () => {
  it('takes no empty list of people', async () => {
    const {code, stderr} = await run(['release', 'q-zx-75.1861@2007', '--issued', '2008-03-10', '--effective', '2008-03-17', '--drafters', ' 、'])
    expect(code).toBe(2)
    expect(stderr).toBe('stdkit: Unexpected empty --drafters, expected names separated by 、 or commas\n')
  })
})

describe('stdkit diff', () => {
  it('prints a redline of two editions named <standard>@<year>', async () => {
    const {code, stdout} = await run(['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007', '--no-color'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('Q/ZX 75.1861–2006 → Q/ZX 75.1861–2007')
    expect(stdout).toContain('标准名称：[-现场服务行为管理工作规程-]{+售后工程师现场服务行为规范+}')
    expect(stdout).toContain('——增加了网规网优现场行为规范（见第7章）')
    expect(stdout).toContain('5 工程现场行为规范（2006年版的 7 工程开通现场服务）  [重新编号、标题更改；编辑性]')
    expect(stdout).not.toContain('\u001b[')
  })

  it('colours the redline on request', async () => {
    const {stdout} = await run(['diff', 'standards/q-zx-75.1861/2005.md', 'standards/q-zx-75.1861/2006.md', '--color'])
    expect(stdout).toContain('\u001b[32;4m')
  })

  it('prints the diff tree as JSON', async () => {
    const {code, stdout} = await run(['diff', 'q-zx-75.1861@2004', 'q-zx-75.1861@2007', '--format', 'json'])
    expect(code).toBe(0)
    const document = JSON.parse(stdout) as {$schema: string; schemaVersion: string; diff: {old: {year: number}; new: {year: number}}}
    expect([document.diff.old.year, document.diff.new.year]).toEqual([2004, 2007])
    // Printed, it points to the schema by its absolute URL: no relative path means anything there.
    expect(document.$schema).toBe(diffSchemaId)
    expect(schemaErrors(diffSchema(), document)).toEqual([])
  })

  it('names a missing edition with the ones there are, exit 2', async () => {
    const {code, stderr} = await run(['diff', 'q-zx-75.1861@2003', 'q-zx-75.1861@2007'])
    expect(code).toBe(2)
    expect(stderr).toBe('stdkit: No edition 2003 of q-zx-75.1861 (it has 2004, 2005, 2006, 2007)\n')
  })

  it('refuses editions of two different standards, exit 1', async () => {
    const folder = workspace()
    edit(folder, edition2007, 'number: Q/ZX 75.1861–2007', 'number: Q/ZX 75.1862–2007')
    const {code, stderr} = await run(['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007'], folder)
    expect(code).toBe(1)
    expect(stderr).toBe('stdkit: Cannot compare Q/ZX 75.1861–2006 with Q/ZX 75.1862–2007: they are editions of different standards\n')
  })

  it('refuses an edition whose source has errors, showing them', async () => {
    const folder = workspace()
    edit(folder, edition2007, '## 5 工程现场行为规范', '## 工程现场行为规范')
    const {code, stderr} = await run(['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007'], folder)
    expect(code).toBe(1)
    expect(stderr).toContain('heading-number')
    expect(stderr).toContain('stdkit: cannot compare q-zx-75.1861@2007: its source has errors')
  })
})

describe('the build cache', () => {
  // diff and history take the trees and comparisons a build made, or the last command: what they print is the same bytes.
  it('gives diff and history the same output as without it', async () => {
    const folder = workspace()
    const cache = path.join(folder, 'cache')
    const commands = [
      ['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007', '--no-color'],
      ['diff', 'q-zx-75.1861@2004', 'q-zx-75.1861@2007', '--format', 'json'],
      ['history', 'q-zx-75.1861', '4.2'],
      ['history', 'q-zx-75.1861', '4.2', '--format', 'json']
    ]
    const all = async () => {
      const outputs = []
      for (const command of commands) outputs.push(await run(command, folder))
      return outputs
    }
    const without = await withCache('0', all)
    for (const output of without) expect(output.code).toBe(0)
    const filling = await withCache(cache, all)
    // The trees of the library's eight editions (history reads them all) and the two comparisons.
    expect(cacheEntries(cache)).toHaveLength(10)
    const reading = await withCache(cache, all)
    expect(filling).toEqual(without)
    expect(reading).toEqual(without)
    // After a build, whose cache holds them all, too.
    expect((await withCache(cache, () => run(['build', '--format', 'json'], folder))).code).toBe(0)
    expect(await withCache(cache, all)).toEqual(without)
  }, 60_000)
})

describe('stdkit history', () => {
  it("traces 2007's 4.2 back to 2004", async () => {
    const {code, stdout} = await run(['history', 'q-zx-75.1861', '4.2'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('Q/ZX 75.1861 4.2 服务礼仪 (id service-etiquette)')
    expect(lines.slice(1).map((line) => line.trim().split(/\s+/u).slice(0, 3).join(' '))).toEqual([
      '2004 6.2 服务礼仪',
      '2005 6.2 服务礼仪',
      '2006 6.2 服务礼仪',
      '2007 4.2 服务礼仪'
    ])
    expect(lines[4]).toContain('renumbered')
  })

  it('shows the editions a provision is not in', async () => {
    const {stdout} = await run(['history', 'Q/ZX 75.1861', 'network-planning-optimization'])
    expect(stdout).toContain('2006  —     not in this edition')
    expect(stdout).toMatch(/2007  7 +网规网优现场行为规范  added; technical/u)
  })

  it('gives the timeline as JSON', async () => {
    const {stdout} = await run(['history', 'q-zx-75.1861', '4.2', '--format', 'json'])
    const document = JSON.parse(stdout) as {standard: string; timeline: {id: string; entries: Array<{year: number; number: string}>}}
    expect(schemaErrors(historySchema(), document)).toEqual([])
    expect(document).toMatchObject({$schema: historySchemaId, schemaVersion: '1.0', standard: 'q-zx-75.1861'})
    const {timeline} = document
    expect(timeline.id).toBe('service-etiquette')
    expect(timeline.entries.map((entry) => `${entry.year}:${entry.number}`)).toEqual(['2004:6.2', '2005:6.2', '2006:6.2', '2007:4.2'])
  })

  it('names an unknown standard or provision, exit 2', async () => {
    expect(await run(['history', 'q-zx-1', '4.2'])).toMatchObject({code: 2, stderr: 'stdkit: No standard q-zx-1 in standards (it has q-zx-75.1760, q-zx-75.1861, t-zxbz-12.1, t-zxbz-12.2)\n'})
    expect(await run(['history', 'q-zx-75.1861', '99.9'])).toMatchObject({code: 2, stderr: 'stdkit: No provision 99.9 in any edition of q-zx-75.1861\n'})
  })
})

describe('stdkit refs', () => {
  it('lists who cites a standard, dated or undated, from which edition and where, what it cites, and the citations to review', async () => {
    const {code, stdout} = await run(['refs', 'q-zx-75.1861'])
    expect(code).toBe(0)
    expect(stdout.split('\n')).toEqual([
      'Q/ZX 75.1861 《售后工程师现场服务行为规范》 (editions in the library: 2004, 2005, 2006, 2007)',
      'Cited by 1 standard of the library:',
      '  Q/ZX 75.1760–2006《国内工程开通工作规程》  undated, now the 2007 edition; in clause 2, 4.4',
      'Q/ZX 75.1861–2007 cites:',
      '  Q/ZX 75.1760  undated, now the 2006 edition; in clause 2, 5.1',
      '  Q/ZX 75.1831.1  undated (not in the library); in clause 2, 5.3, 6.4, 7.4',
      '  Q/ZX 75.1831.5  undated (not in the library); in clause 2, 6.2, 6.5, 6.6',
      '  Q/ZX 75.1731.1  undated (not in the library); in clause 2, 5.3, 6.3, 7.3',
      '  Q/ZX 75.1771  undated (not in the library); in clause 2, 5.4',
      ...review.split('\n')
    ])
  })

  it('names the standard by its designation too, and lists each citing edition', async () => {
    const {stdout} = await run(['refs', 'Q/ZX 75.1760'])
    expect(stdout).toContain('Cited by 1 standard of the library:\n  Q/ZX 75.1861–2006《现场服务行为管理工作规程》  undated, now the 2006 edition; in clause 2, 7.1, 7.2\n  Q/ZX 75.1861–2007《售后工程师现场服务行为规范》  undated, now the 2006 edition; in clause 2, 5.1\n')
    expect(stdout).toContain(review)
    const parts = await run(['refs', 't-zxbz-12.1'])
    expect(parts.stdout).toContain('Cited by 1 standard of the library:\n  T/ZXBZ 12.2—2026《数据中心运维　第2部分：变更管理》  undated, now the 2026 edition; in clause 2, clause 3, clause 4, 5.5\n')
    // Both issued on 2026-03-20: nothing to review.
    expect(parts.stdout).not.toContain('to review')
  })

  it('gives the citations as JSON', async () => {
    const {code, stdout} = await run(['refs', 't-zxbz-12.2', '--format', 'json'])
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {standard: {slug: string; editions: Array<number>}; citedBy: Array<unknown>; cites: Array<{to: {slug?: string; designation: string}; dated?: number; edition?: number; places: Array<{id: string; kind: string; number: string}>}>; reviews: Array<unknown>}
    expect(result.standard).toEqual({slug: 't-zxbz-12.2', designation: 'T/ZXBZ 12.2', title: '数据中心运维　第2部分：变更管理', editions: [2026]})
    expect(result.citedBy).toEqual([])
    expect(result.reviews).toEqual([])
    const part1 = result.cites.find((citation) => citation.to.designation === 'T/ZXBZ 12.1')
    expect(part1).toMatchObject({to: {slug: 't-zxbz-12.1', designation: 'T/ZXBZ 12.1'}, edition: 2026})
    expect(part1?.dated).toBeUndefined()
    expect(part1?.places.map((place) => `${place.kind} ${place.number} #${place.id}`)).toEqual(['chapter 2 #clause-2', 'chapter 3 #clause-3', 'chapter 4 #levels', 'clause 5.5 #verification'])
  })

  it('names an unknown standard, exit 2', async () => {
    expect(await run(['refs', 'q-zx-1'])).toMatchObject({code: 2, stdout: '', stderr: 'stdkit: No standard q-zx-1 in standards (it has q-zx-75.1760, q-zx-75.1861, t-zxbz-12.1, t-zxbz-12.2)\n'})
    expect((await run(['refs'])).code).toBe(2)
  })

  it('refuses a library with an edition in error, exit 1, naming it', async () => {
    const folder = workspace()
    edit(folder, edition2007, '### 4.2 服务礼仪', '### 4.3 服务礼仪')
    const {code, stdout, stderr} = await run(['refs', 'q-zx-75.1760'], folder)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('standards/q-zx-75.1861/2007.md')
    expect(stderr).toContain('stdkit: cannot list the citations: 1 edition has errors\n')
  })
})

describe('stdkit rules', () => {
  it('lists every rule with its severity', async () => {
    const {code, stdout} = await run(['rules'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^cross-reference\s+error\s+Every cross-reference/mu)
    expect(stdout).toMatch(/^reference-cited\s+warning\s+/mu)
  })
})
