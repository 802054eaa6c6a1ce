/**
 * A command line is judged whole before any command acts on it: a misspelt
 * option or command, a value outside its choices, a year that is not one, a
 * missing or empty argument stop the CLI with exit 2, one line naming what
 * was meant, and nothing done: the folder it runs in is as it was, nothing
 * printed on standard output.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, snapshot, workspace} from './support.js'

/** Runs `args` in a scratch library and checks that it was refused as a usage error that changed nothing. */
async function refused(args: ReadonlyArray<string>): Promise<string> {
  const folder = workspace()
  const before = snapshot(folder)
  const {code, stdout, stderr} = await run(args, folder)
  expect({code, stdout}, stderr).toEqual({code: 2, stdout: ''})
  expect(snapshot(folder), 'the folder changed').toEqual(before)
  expect(stderr).toMatch(/^stdkit: [^\n]+\n$/u)
  return stderr
}

describe('a misspelt option stops the command before it acts', () => {
  it.each([
    [['fmt', 'standards', '--chek'], '--chek (did you mean --check?)'],
    [['build', '--ony', 'q-zx-75.1861'], '--ony (did you mean --only?)'],
    [['release', 'q-zx-75.1861@2007', '--issued', '2007-09-11', '--effective', '2007-09-18', '--forse'], '--forse (did you mean --force?)'],
    [['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007', '--fromat', 'json'], '--fromat (did you mean --format?)'],
    [['check', '--no-colr', '--frial'], 'Unknown options --colr, --frial (did you mean --frail?)'],
    [['revise', 'q-zx-75.1861', '--yaer', '2010'], '--yaer (did you mean --year?)']
  ])('stdkit %j', async (args, says) => {
    expect(await refused(args)).toContain(says)
  })

  it('names the command meant by a misspelt one, or the commands there are', async () => {
    expect(await refused(['buidl'])).toBe('stdkit: Unknown command buidl: did you mean build?\n')
    expect(await refused(['publish'])).toBe('stdkit: Unknown command publish, expected one of build, check, diff, history, import, new, refs, revise, release, serve, fmt, rules\n')
  })

  it('names a dashed unknown option once, and the letters of a cluster as options', async () => {
    expect(await refused(['rules', '--dry-run'])).toBe('stdkit: Unknown option --dry-run (stdkit rules --help)\n')
    expect(await refused(['check', '-qz'])).toBe('stdkit: Unknown option -z (stdkit check --help)\n')
  })

  it('refuses an argument a command does not take', async () => {
    expect(await refused(['rules', 'extra'])).toBe('stdkit: Unexpected argument extra (stdkit rules --help)\n')
  })
})

describe('values are judged before anything is written', () => {
  it('names the choices of --format', async () => {
    expect(await refused(['diff', 'q-zx-75.1861@2006', 'q-zx-75.1861@2007', '--format', 'html'])).toBe(
      'stdkit: Unexpected value: --format "html", expected one of "text", "json" (stdkit diff --help)\n'
    )
  })

  it.each([
    [['revise', 'q-zx-75.1861', '--year', 'abc'], 'Unexpected --year abc, expected a year of four digits'],
    [['revise', 'q-zx-75.1861', '--year', '20100'], 'Unexpected --year 20100, expected a year of four digits'],
    [['new', 'Q/ZX 75.1900', '--title', '测试', '--year', '2020.5'], 'Unexpected --year 2020.5, expected a year of four digits'],
    [['new', 'Q/ZX 75.1900', '--title', '测试', '--year', '2020', '--year', '2021'], '--year is given 2 times, expected once']
  ])('refuses a year that is not one: stdkit %j', async (args, says) => {
    expect(await refused(args)).toContain(says)
  })

  it.each([
    [['release', 'q-zx-75.1861@2007', '--issued', 'abc', '--effective', '2007-09-18'], 'Unexpected --issued abc, expected a real date written YYYY-MM-DD'],
    [['release', 'q-zx-75.1861@2007', '--issued', '2007-09-11', '--effective', '2007-02-30'], 'Unexpected --effective 2007-02-30, expected a real date written YYYY-MM-DD']
  ])('refuses a date that is not one: stdkit %j', async (args, says) => {
    expect(await refused(args)).toContain(says)
  })

  it.each([
    [['history', 'q-zx-75.1861', '4.2', '--root', 'standards', '--root', 'other'], '--root is given 2 times, expected once'],
    [['check', '--format'], 'Expected a value after --format'],
    [['build', '--out'], 'Expected a value after --out'],
    [['build', '--format'], 'Expected a value after --format'],
    [['check', '--format='], 'Expected a value for --format, not an empty one'],
    [['diff', '', 'q-zx-75.1861@2007'], 'Expected a value for <old>, not an empty one'],
    [['serve', '--port', 'abc'], 'Expected a number after --port']
  ])('refuses an option given twice, or without its value: stdkit %j', async (args, says) => {
    expect(await refused(args)).toContain(says)
  })

  it('names a missing positional by name', async () => {
    expect(await refused(['diff', 'q-zx-75.1861@2006'])).toBe('stdkit: Missing <new>: stdkit diff <old> <new>\n')
    expect(await refused(['history'])).toBe('stdkit: Missing <standard> and <clause>: stdkit history <standard> <clause>\n')
  })

  it('refuses a file where the folder of standards should be', async () => {
    const folder = workspace()
    writeFileSync(path.join(folder, 'afile'), 'not a folder\n')
    const before = snapshot(folder)
    expect(await run(['new', 'Q/ZX 75.1900', '--title', '测试', '--root', 'afile'], folder)).toEqual({code: 2, stdout: '', stderr: 'stdkit: Not a folder: afile\n'})
    expect(snapshot(folder)).toEqual(before)
  })
})

describe('stdkit --version', () => {
  it('prints the version of the CLI package', async () => {
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    expect(await run(['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })
})

describe('an option of several values', () => {
  it('takes one value each time it is given, leaving the positionals after it alone', async () => {
    const folder = workspace()
    const {code, stdout} = await run(['build', '--format', 'json', 'standards', '--format', 'html', '--only', 'q-zx-75.1760'], folder)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^built 1 edition of 1 standard into out\/ \(9 files\)\n1 undated citation to review .*\n  Q\/ZX 75\.1760–2006 cites Q\/ZX 75\.1861 undated/u)
  })
})
