/** The public API of `@stdkit/check`: what it exports, and what every rule documents about itself. */
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {checkStandard, isDate, rules, standardCheck} from '@stdkit/check'
import {edition, format, read, replaceOnce} from './helpers.js'

it('exports exactly the documented API', async () => {
  expect(Object.keys(await import('@stdkit/check')).sort()).toEqual(['checkEditions', 'checkSchema', 'checkSchemaFileName', 'checkSchemaId', 'checkSchemaPath', 'checkSchemaVersion', 'checkStandard', 'isDate', 'placeholderPattern', 'rules', 'standardCheck'])
})

describe('rules', () => {
  it('have unique ids', () => {
    const ids = rules.map((rule) => rule.id)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s is documented', (id, rule) => {
    expect(id).toMatch(/^[a-z][a-z\d]*(?:-[a-z\d]+)*$/u)
    expect(['error', 'warning']).toContain(rule.severity)
    expect(['edition', 'history']).toContain(rule.scope)
    expect(rule.description.trim()).toMatch(/^\S.{20,}\.$/u)
    expect(typeof rule.check).toBe('function')
  })
})

describe('standardCheck', () => {
  it('checks the tree in a unified pipeline, like checkStandard, and leaves the tree as it is', () => {
    const broken = replaceOnce(read('minimal'), '## 4 巡检要求', '## 5 巡检要求')
    const direct = edition('minimal', broken)
    checkStandard(direct.tree, direct.file)
    const piped = edition('minimal', broken)
    const before = structuredClone(piped.tree)
    const result = unified().use(standardCheck).runSync(piped.tree, piped.file)
    expect(result).toEqual(before)
    expect(piped.file.messages.map(format)).toEqual(direct.file.messages.map(format))
    expect(piped.file.messages.map((message) => message.ruleId)).toContain('chapter-numbering')
  })
})

describe('isDate', () => {
  it.each([
    ['2007-09-11', true],
    ['2008-02-29', true],
    ['2007-02-29', false],
    ['2007-09-31', false],
    ['2007-9-11', false],
    ['2007/09/11', false]
  ])('%s → %s', (value, expected) => {
    expect(isDate(value)).toBe(expected)
  })
})
