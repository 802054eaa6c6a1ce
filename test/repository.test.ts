/**
 * The repository as a new user meets it: the README's two commands, CI
 * running exactly the README's test command, and `pnpm exec stdkit`.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rules} from '@stdkit/check'
import {parseStandard} from '@stdkit/parse'
import {copyLibrary, library} from './support.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const readme = readFileSync(new URL('README.md', new URL('../', import.meta.url)), 'utf8')

/** The shell commands of the README's "Set up and run" section. */
function setupCommands(): Array<string> {
  const section = readme.slice(readme.indexOf('## Set up and run'), readme.indexOf('## Use'))
  return [...section.matchAll(/```sh\n(?<command>[^\n]+)\n```/gu)].map((match) => match.groups?.command ?? '')
}

describe('README', () => {
  it('gives two commands: one builds the library, one runs the tests', () => {
    const commands = setupCommands()
    expect(commands).toHaveLength(2)
    expect(commands[0]).toMatch(/pnpm@10 install && npx --yes pnpm@10 start$/u)
    expect(commands[1]).toMatch(/pnpm@10 install && npx --yes pnpm@10 test$/u)
  })

  it('documents every rule of the checker', () => {
    for (const rule of rules) expect(readme, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`)
  })

  it('shows a source example the parser reads without complaint', () => {
    const example = /```markdown\n(?<source>[\s\S]*?)\n```/u.exec(readme)?.groups?.source ?? ''
    const file = new VFile({path: 'README example', value: example})
    const tree = parseStandard(file)
    expect(file.messages.map(String)).toEqual([])
    expect(tree.children.map((node) => node.type)).toEqual(['foreword', 'clause', 'clause', 'clause', 'clause', 'appendix'])
  })

  it('shows a cover of each kind of standard the parser reads without complaint', () => {
    const examples = [...readme.matchAll(/```yaml\n# (?<kind>[a-z]+)[^\n]*\n(?<cover>[\s\S]*?)\n```/gu)]
    expect(examples.map((example) => example.groups?.kind)).toEqual(['national', 'industry', 'local', 'group', 'enterprise'])
    for (const example of examples) {
      const file = new VFile({path: 'README cover', value: `---\n${example.groups?.cover ?? ''}\n---\n`})
      const tree = parseStandard(file)
      expect(file.messages.map(String)).toEqual([])
      expect(tree.cover.kind).toBe(example.groups?.kind)
    }
  })
})

describe('CI', () => {
  it("runs exactly the README's test command", () => {
    const script = readFileSync(new URL('.ci/run', new URL('../', import.meta.url)), 'utf8')
    const commands = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#') && !/^(set|cd) /u.test(line))
    expect(commands.at(-1)).toBe(setupCommands()[1])
  })
})

describe('npx stdkit', () => {
  it('runs the compiled CLI from the repository root', () => {
    const bin = `${root}node_modules/.bin/stdkit`
    expect(existsSync(bin), 'run the set-up command first: its install compiles the CLI').toBe(true)
    const output = execFileSync(bin, ['check', 'standards'], {cwd: library(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    expect(output).toBe('')
    // As the README spells it: npx finds the project's own bin.
    const help = execFileSync('npx', ['stdkit', '--help'], {cwd: root, encoding: 'utf8'})
    expect(help).toContain('stdkit build [root]')
  })

  it('is how every command the README shows is run, after the two set-up commands', () => {
    const lines = [...readme.matchAll(/```sh\n(?<body>[\s\S]*?)```/gu)]
      .flatMap((match) => (match.groups?.body ?? '').split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
    expect(lines.length).toBeGreaterThan(4)
    // xmllint validating a published NISO STS file: packages/sts/test/sts.test.ts runs that line as the README writes it.
    const runnable = /^(?:npx --yes pnpm@10 install && npx --yes pnpm@10 (?:start|test)$|npx stdkit |npm (?:start|test)\b|npm run [a-z:]+\b|apt-get |xmllint --noout --dtdvalid \.\.\/shared\/schemas\/niso-sts-1\.2-interchange-mathml3\/NISO-STS-interchange-1-mathml3\.dtd out\/)/u
    expect(lines.filter((line) => !runnable.test(line))).toEqual([])
    const prose = [...readme.matchAll(/`(?<command>pnpm [^`]*)`/gu)].map((match) => match.groups?.command)
    expect(prose).toEqual([])
  })
})

describe("the README's API example", () => {
  it('runs as written from the repository root', () => {
    const section = readme.slice(readme.indexOf('## The API'))
    const example = /```ts\n(?<code>[\s\S]*?)\n```/u.exec(section)?.groups?.code ?? ''
    expect(example).toContain("from 'stdkit'")
    // The script sits in the repository root, where the README says the example works; its relative paths are the
    // library's, read from a scratch copy so that the example's build does not touch the repository's `out/`.
    const script = path.join(root, `.readme-api-${process.pid}.mjs`)
    const folder = copyLibrary('stdkit-api-')
    writeFileSync(script, example)
    try {
      const output = execFileSync(process.execPath, [script], {cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
      expect(output).toMatch(/\[-|\{\+/u)
      expect(existsSync(path.join(folder, 'out', 'q-zx-75.1861', '2007.json'))).toBe(true)
      expect(existsSync(path.join(folder, 'out', 'index.html'))).toBe(true)
    } finally {
      rmSync(script, {force: true})
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('the tests', () => {
  it("read the library's editions by name, never the whole of standards/ where a user's drafts sit", () => {
    const whole = /join\(repository, 'standards'\)|'standards', repository\)|URL\('standards\/', repository\)/u
    const files = ['test', ...readdirSync(path.join(root, 'packages')).map((name) => `packages/${name}/test`)]
      .filter((folder) => existsSync(path.join(root, folder)))
      .flatMap((folder) => (readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'}) as Array<string>).map((name) => `${folder}/${name}`))
      .filter((name) => /\.ts$/u.test(name) && !name.includes('fixtures/'))
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((name) => whole.test(readFileSync(path.join(root, name), 'utf8')))).toEqual([])
  })
})
