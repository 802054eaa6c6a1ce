/**
 * Every bad input is answered clearly: `stdkit check` and `stdkit build` on
 * each case of the corpus (`bad-inputs/cases.ts`) exit with the expected code,
 * print no stack trace, put every message at a file, line and column with a
 * rule id, report the expected diagnostics, and leave a previous build's
 * output byte for byte as it was.
 */
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cases, type Case} from './bad-inputs/cases.js'
import {stdkit, digestFolder} from './support.js'

const corpus = cases()
const scratch = mkdtempSync(path.join(tmpdir(), 'stdkit-bad-'))
/** A good build every failing build is pointed at. */
const out = path.join(scratch, 'out')
let before = ''

const digest = digestFolder

function materialise(item: Case, index: number): string {
  const folder = path.join(scratch, `case-${index}`)
  mkdirSync(folder, {recursive: true})
  for (const [name, content] of Object.entries(item.files)) {
    const file = path.join(folder, name)
    if (content === null) {
      mkdirSync(file, {recursive: true})
      continue
    }
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, content)
  }
  for (const [name, mode] of Object.entries(item.modes ?? {})) chmodSync(path.join(folder, name), mode)
  return folder
}

/** Whether this process can read a file whatever its mode (root, in CI containers). */
function readsAnything(): boolean {
  const probe = path.join(scratch, 'mode-probe')
  writeFileSync(probe, 'x')
  chmodSync(probe, 0o000)
  try {
    readFileSync(probe)
    return true
  } catch {
    return false
  } finally {
    chmodSync(probe, 0o600)
  }
}

interface JsonReport {
  path: string
  messages: Array<{line: number | null; column: number | null; ruleId: string | null; severity: string; reason: string}>
}

const noCrash = (text: string): void => {
  expect(text).not.toMatch(/unexpected failure|internal error/u)
  expect(text).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/mu)
  expect(text).not.toMatch(/(?:Range|Type|Reference|Syntax)Error|EISDIR|EACCES/u)
}

beforeAll(async () => {
  const built = await stdkit(['build', 'standards', '--out', out, '--format', 'json,html'])
  expect(built.code).toBe(0)
  before = digest(out)
}, 120_000)

afterAll(() => {
  for (const item of readdirSync(scratch)) {
    const folder = path.join(scratch, item)
    try {
      chmodSync(folder, 0o700)
    } catch {}
  }
  rmSync(scratch, {recursive: true, force: true})
})

describe('the corpus of bad inputs', () => {
  it('has at least 200 cases with unique names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    expect(new Set(corpus.map((item) => item.name)).size).toBe(corpus.length)
  })

  it.each(corpus.map((item, index) => [item.name, item, index] as const))('%s', async (_name, item, index) => {
    const folder = materialise(item, index)
    let expected = item.expect
    if (item.modes && Object.values(item.modes).includes(0o000) && readsAnything()) {
      // As root (CI containers) chmod 000 does not stop a read: the file is read, and checks as the edition it is.
      expected = {code: 0, messages: []}
    }

    const checked = await stdkit(['check', 'standards', '--format', 'json'], folder)
    noCrash(checked.stderr)
    expect(checked.code, checked.stderr).toBe(expected.code)
    if (expected.code !== 2) {
      const report = (JSON.parse(checked.stdout) as {files: Array<JsonReport>}).files
      const messages = report.flatMap((file) => file.messages.map((message) => ({...message, path: file.path})))
      for (const message of messages) {
        // Every message names its file, its line and column, and its rule.
        expect(message.path).toMatch(/^standards\//u)
        expect(message.line, message.reason).toBeGreaterThanOrEqual(1)
        expect(message.column, message.reason).toBeGreaterThanOrEqual(1)
        expect(message.ruleId, message.reason).toMatch(/^[a-z-]+$/u)
      }
      if (expected.code === 1) expect(messages.some((message) => message.severity === 'error')).toBe(true)
      for (const wanted of expected.messages) {
        const found = messages.some(
          (message) =>
            message.ruleId === wanted.rule &&
            (wanted.line === undefined || message.line === wanted.line) &&
            (wanted.column === undefined || message.column === wanted.column) &&
            (wanted.path === undefined || message.path === wanted.path)
        )
        expect(found, `${JSON.stringify(wanted)} among\n${messages.map((message) => `${message.path}:${message.line}:${message.column} ${message.ruleId} ${message.reason.slice(0, 120)}`).join('\n')}`).toBe(true)
      }
      if (expected.frail) expect((await stdkit(['check', 'standards', '--frail', '--quiet'], folder)).code).toBe(1)
    }

    // The text report, for people, names the file and the place of each message too (on a sample of the cases).
    if (index % 5 === 0 || expected.code !== 1) {
      const text = await stdkit(['check', 'standards', '--quiet'], folder)
      noCrash(text.stderr)
      expect(text.code).toBe(expected.code)
      if (expected.code === 1) expect(text.stderr).toMatch(/^standards\/.+\n\s*\d+:\d+(?:-\d+:\d+)?\s+error\s/mu)
    }

    const buildCode = expected.build ?? expected.code
    const into = buildCode === 0 ? path.join(folder, 'out') : out
    const built = await stdkit(['build', 'standards', '--out', into, '--format', buildCode === 0 ? 'json' : 'json,html,pdf'], folder)
    noCrash(built.stderr)
    expect(built.code, built.stderr).toBe(buildCode)
    if (buildCode !== 0) expect(digest(out)).toBe(before)
    rmSync(folder, {recursive: true, force: true})
  }, 120_000)
})
