/**
 * Hostile command lines, generated with fast-check from the commands' own
 * arguments: known options with good and bad values, misspelt and unknown
 * options, repeated ones, ones missing their value, positionals of any text,
 * control characters included. Whatever the line, the CLI exits with 0, 1 or
 * 2, prints no stack and no raw control character in its messages, and a
 * usage error (2) has printed nothing and changed nothing. A fixed seed keeps
 * a failure reproducible; serve and --watch, which run until stopped, and
 * PDFs, which take seconds, are left out.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {run, snapshot, workspace} from './support.js'

const numRuns = process.env.CI ? 400 : 150

/** Any short text, control characters among them (but NUL, which no command line can hold). */
const anyText = fc.string({unit: 'binary-ascii', maxLength: 10}).map((text) => text.replaceAll('\u0000', ''))

/** Mostly one of the values a user would give, sometimes any text. */
const mostly = (...values: Array<string>): fc.Arbitrary<string> => fc.oneof({weight: 4, arbitrary: fc.constantFrom(...values)}, {weight: 1, arbitrary: anyText})

const edition = mostly('q-zx-75.1861@2006', 'q-zx-75.1861@2007', 'q-zx-75.1861@2003', 'q-zx-9@2007', 'standards/q-zx-75.1861/2005.md', 'standards')
const year = mostly('2008', '2020', 'abc', '2020.5', '20100', '-1', '')
const date = mostly('2007-09-11', '2007-09-18', '2008-02-30', '2008-3-1', '')
const root = fc.constantFrom('standards', 'nowhere', 'standards/q-zx-75.1861/2007.md', '.', '')

interface Spec {
  /** The positionals, each one value. */
  positionals: ReadonlyArray<fc.Arbitrary<string>>
  /** Each option with its values; a boolean option has none. */
  options: Readonly<Record<string, fc.Arbitrary<string> | undefined>>
  /** Always given first, to keep the command fast. */
  fixed?: ReadonlyArray<string>
}

const specs: Readonly<Record<string, Spec>> = {
  check: {positionals: [mostly('standards', 'standards/q-zx-75.1861/2007.md', 'standards/README.md')], options: {format: fc.constantFrom('text', 'json', 'html', ''), reporter: fc.constantFrom('text', 'line', 'github', 'xml'), frail: undefined, quiet: undefined}},
  diff: {positionals: [edition, edition], options: {root, format: fc.constantFrom('text', 'json', 'html'), color: undefined, 'no-color': undefined, all: undefined}},
  history: {positionals: [mostly('q-zx-75.1861', 'Q/ZX 75.1861', 'q-zx-1'), mostly('4.2', 'A', 'service-etiquette', '99.9')], options: {root, format: fc.constantFrom('text', 'json', 'xml')}},
  new: {positionals: [mostly('Q/ZX 75.1900', 'Q/ZX', 'GB/T 1.1')], options: {title: mostly('测试标准'), year, root}},
  revise: {positionals: [mostly('q-zx-75.1861', 'q-zx-75.1760', 'q-zx-1')], options: {year, root}},
  release: {positionals: [edition], options: {issued: date, effective: date, force: undefined, root}},
  fmt: {positionals: [mostly('standards', 'standards/q-zx-75.1760/2006.md')], options: {check: undefined}},
  rules: {positionals: [], options: {}},
  build: {positionals: [root], options: {out: fc.constantFrom('site', 'out', '.', 'standards', ''), only: fc.constantFrom('q-zx-75.1760', 'q-zx-75.1861@2007', 'q-zx-9', '@')}, fixed: ['--format', 'json']}
}

/** A name one edit away: a letter dropped, doubled or swapped with the next. */
function misspelt(name: string): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({max: name.length - 1}), fc.constantFrom('drop', 'double', 'swap')).map(([at, how]) => {
    if (how === 'drop') return name.slice(0, at) + name.slice(at + 1)
    if (how === 'double') return name.slice(0, at + 1) + name.slice(at)
    return at + 1 < name.length ? name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2) : `${name}s`
  })
}

/** One option as written: known with a value or none, misspelt, unknown, or cut short at the end. */
function option(spec: Spec): fc.Arbitrary<ReadonlyArray<string>> {
  const names = Object.keys(spec.options)
  const known = names.length === 0 ? [] : [fc.constantFrom(...names).chain((name) => {
    const values = spec.options[name]
    return values === undefined ? fc.constant([`--${name}`]) : fc.oneof(values.map((value) => [`--${name}`, value]), values.map((value) => [`--${name}=${value}`]), fc.constant([`--${name}`]))
  })]
  const wrong = [
    ...(names.length === 0 ? [] : [fc.constantFrom(...names).chain(misspelt).map((name) => [`--${name}`])]),
    fc.stringMatching(/^[a-z][a-z-]{0,8}$/u).map((name) => [`--${name}`]),
    anyText.map((text) => [`-${text}`])
  ]
  return fc.oneof(...known.map((arbitrary) => ({weight: 3 * wrong.length, arbitrary})), ...wrong.map((arbitrary) => ({weight: 1, arbitrary})))
}

const commandLine: fc.Arbitrary<Array<string>> = fc.constantFrom(...Object.keys(specs)).chain((name) => {
  const spec = specs[name] as Spec
  const command = fc.oneof({weight: 6, arbitrary: fc.constant(name)}, {weight: 1, arbitrary: misspelt(name)})
  return fc
    .tuple(command, fc.tuple(...spec.positionals), fc.oneof({weight: 3, arbitrary: fc.constant(spec.positionals.length)}, {weight: 1, arbitrary: fc.nat({max: spec.positionals.length})}), fc.array(option(spec), {maxLength: 3}))
    .map(([word, positionals, count, options]) => [word, ...(spec.fixed ?? []), ...positionals.slice(0, count), ...options.flat()])
})

describe('any command line', () => {
  it('exits with 0, 1 or 2 without a stack, and a usage error has done nothing', async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, fc.boolean(), async (args, broken) => {
        const folder = workspace()
        // A source with an error makes the commands that read the library fail (exit 1) rather than succeed.
        if (broken) {
          const file = path.join(folder, 'standards/q-zx-75.1861/2007.md')
          writeFileSync(file, readFileSync(file, 'utf8').replace('见附录A', '见附录F'))
        }
        const before = snapshot(folder)
        const {code, stdout, stderr} = await run(args, folder)
        expect([0, 1, 2], stderr).toContain(code)
        expect(`${stdout}\n${stderr}`).not.toMatch(/^\s+at .+/mu)
        expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u)
        if (code === 2) {
          expect(stdout, stderr).toBe('')
          expect(snapshot(folder), stderr).toEqual(before)
        }
      }),
      {seed: 1861, numRuns}
    )
  }, 300_000)
})
