/**
 * Golden fixtures: `fixtures/<case>/input.md` is parsed, and the tree and the
 * parser's messages are compared with `fixtures/<case>/output.json`.
 * Run with `UPDATE=1` to regenerate the outputs, then review their diff.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseStandard} from '@stdkit/parse'
import {useLanguage} from '@stdkit/messages'

// The parser's tests read its English messages; the CLI's tests hear its Chinese.
useLanguage('en')

const fixtures = new URL('fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

describe('fixtures', () => {
  const cases = readdirSync(fixtures).sort()
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(5)
  })
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')
      const file = new VFile({path: `${name}/input.md`, value: input})
      const tree = parseStandard(file)
      const messages = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
      const actual = `${JSON.stringify({tree, messages}, null, 2)}\n`
      const expected = new URL(`${name}/output.json`, fixtures)
      if (update || !existsSync(expected)) writeFileSync(expected, actual)
      expect(actual).toBe(readFileSync(expected, 'utf8'))
    })
  }
})
