import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {main, type Io} from '@stdkit/cli'
import {standardSchema} from '@stdkit/tree'

const repository = fileURLToPath(new URL('../../../', import.meta.url))
const edition2007 = 'standards/q-zx-75.1861/2007.md'

/** A scratch copy of the library to run the CLI in. */
function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-cli-'))
  cpSync(path.join(repository, 'standards'), path.join(folder, 'standards'), {recursive: true})
  return folder
}

async function run(args: ReadonlyArray<string>, cwd = repository): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: Io = {cwd, stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text)}
  const code = await main(args, io)
  return {code, stdout, stderr}
}

function edit(folder: string, file: string, from: string, to: string): void {
  const target = path.join(folder, file)
  const value = readFileSync(target, 'utf8')
  expect(value).toContain(from)
  writeFileSync(target, value.replace(from, to))
}

/** Every file under a folder with its bytes, to compare two builds or a folder before and after. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(folder, {recursive: true, encoding: 'utf8'}).sort()) {
    const full = path.join(folder, name)
    if (statSync(full).isFile()) files[name] = readFileSync(full, 'utf8')
  }
  return files
}

describe('help', () => {
  for (const command of [[], ['build'], ['check'], ['fmt'], ['rules']]) {
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
    expect(stderr).toContain('Unknown argument: bogus')
  })

  it('with a path that does not exist', async () => {
    const {code, stderr} = await run(['check', 'no/such/place'])
    expect(code).toBe(2)
    expect(stderr).toBe('stdkit: No such file or folder: no/such/place\n')
  })
})

describe('stdkit check', () => {
  it('passes the four editions with exit 0', async () => {
    const {code, stderr} = await run(['check', 'standards'])
    expect(code).toBe(0)
    expect(stderr.match(/no issues found/gu)).toHaveLength(4)
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
    const [report] = JSON.parse(stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
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
    expect(stdout).toBe('built 4 editions of 1 standard into out/ (5 files)\n')
    const validate = new Ajv({strict: false}).compile(standardSchema())
    for (const year of [2004, 2005, 2006, 2007]) {
      const document: unknown = JSON.parse(readFileSync(path.join(folder, `out/q-zx-75.1861/${year}.json`), 'utf8'))
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    }
    expect(JSON.parse(readFileSync(path.join(folder, 'out/schema/standard.schema.json'), 'utf8'))).toEqual(standardSchema())
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
    expect(fmt.stdout).toBe(`formatted: ${edition2007}\n1 of 4 files rewritten\n`)
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
})

describe('stdkit rules', () => {
  it('lists every rule with its severity', async () => {
    const {code, stdout} = await run(['rules'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^cross-reference\s+error\s+Every cross-reference/mu)
    expect(stdout).toMatch(/^reference-cited\s+warning\s+/mu)
  })
})
