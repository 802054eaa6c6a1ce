/**
 * The repository as a new user meets it: the README's two commands, CI
 * running exactly the README's test command, and `pnpm exec stdkit`.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rules} from '@stdkit/check'
import {parseStandard} from '@stdkit/parse'

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
})

describe('CI', () => {
  it("runs exactly the README's test command", () => {
    const script = readFileSync(new URL('.ci/run', new URL('../', import.meta.url)), 'utf8')
    const commands = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#') && !/^(set|cd) /u.test(line))
    expect(commands.at(-1)).toBe(setupCommands()[1])
  })
})

describe('pnpm exec stdkit', () => {
  it('runs the compiled CLI from the repository root', () => {
    const bin = `${root}node_modules/.bin/stdkit`
    expect(existsSync(bin), 'run `pnpm install` and `tsc -b` (as `pnpm test` does) first').toBe(true)
    const output = execFileSync(bin, ['check', 'standards'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    expect(output).toBe('')
    const help = execFileSync(bin, ['--help'], {cwd: root, encoding: 'utf8'})
    expect(help).toContain('stdkit build [root]')
  })
})
