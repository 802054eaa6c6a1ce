/**
 * Every rule, shown to fire on a broken copy of a valid source with the right
 * place, severity and message, and to stay silent on the valid sources and on
 * the changes it allows. The cases themselves are in `cases.ts`.
 */
import {describe, expect, it} from 'vitest'
import {checkEditions, checkStandard, rules, type Edition} from '@stdkit/check'
import {allowed, cases} from './cases.js'
import {useLanguage} from '@stdkit/messages'
import {edition, fixtures, format, isFixture, pathOf, pointOf, read, replaceOnce, severityOf, years, type Source} from './helpers.js'

/**
 * Checks a copy of a source as `stdkit check` would: a real edition together
 * with the other real editions (so the history rules compare it with its
 * neighbours), a synthetic fixture on its own.
 */
function checkCopy(source: Source, text: string, path: string = pathOf(source)): {copy: Edition; others: Array<Edition>} {
  const copy = edition(source, text, path)
  if (source === 'national') {
    // The 2021 national edition is checked with the 2012 edition it replaces, so the rules across editions apply.
    const others = [edition('national-2012')]
    checkEditions([...others, copy])
    return {copy, others}
  }
  if (isFixture(source)) {
    checkStandard(copy.tree, copy.file)
    return {copy, others: []}
  }
  const others = years.filter((year) => year !== source).map((year) => edition(year))
  checkEditions([...others, copy])
  return {copy, others}
}

/** Every edition a check saw. */
const all = ({copy, others}: {copy: Edition; others: Array<Edition>}): Array<Edition> => [copy, ...others]

/** The valid sources (the four real editions together, and each fixture), checked once. */
const valid: ReadonlyArray<Edition> = [...all(checkCopy('2007', read('2007'))), ...fixtures.flatMap((fixture) => all(checkCopy(fixture, read(fixture))))]

it('speaks Chinese by default, naming the clause by its number', () => {
  useLanguage('zh')
  try {
    const copy = edition('minimal', replaceOnce(read('minimal'), '### 4.2 ', '### 4.3 '))
    checkStandard(copy.tree, copy.file)
    expect(copy.file.messages.map((message) => message.reason)).toContain('4 下的编号 4.3 有误，应为 4.2')
    expect(rules.find((rule) => rule.id === 'clause-numbering')?.description).toBe('条的编号延续其上级的编号，并接续前一个同级条（4.1、4.2；附录A 中为 A.1、A.2）。')
  } finally {
    useLanguage('en')
  }
})

it('has cases only for rules that exist', () => {
  const ids = new Set(rules.map((rule) => rule.id))
  const named = [...cases.map((one) => one.rule), ...allowed.flatMap((one) => one.rules)]
  expect(named.filter((id) => !ids.has(id))).toEqual([])
})

describe.each(rules.map((rule) => rule.id))('%s', (id) => {
  const own = cases.filter((one) => one.rule === id)

  it('has at least one case that breaks it', () => {
    expect(own.length, `add a case for ${id} to test/cases.ts`).toBeGreaterThan(0)
  })

  it('gives no message on the valid sources', () => {
    const found = valid.flatMap((one) => one.file.messages.filter((message) => message.ruleId === id))
    expect(found.map(format)).toEqual([])
  })

  it.each(own.map((one) => [`${one.source}: ${one.broken}`, one] as const))('fires on a broken copy (%s)', (_, one) => {
    const text = one.mutate(read(one.source))
    if (one.path === undefined) expect(text, 'the mutation changed nothing').not.toBe(read(one.source))
    const path = one.path ?? pathOf(one.source)
    const {copy, others} = checkCopy(one.source, text, path)
    const ofRule = (each: Edition) => each.file.messages.filter((message) => message.ruleId === id)
    expect(others.flatMap(ofRule).map(format), 'messages on the other, unchanged editions').toEqual([])
    const found = ofRule(copy)
    const actual = found.map((message) => ({
      place: `${message.file}:${message.line}:${message.column}`,
      severity: severityOf(message),
      reason: message.reason
    }))
    const wanted = one.expect.map((expected) => {
      const {line, column} = pointOf(text, expected.at)
      return {place: `${path}:${line}:${column}`, severity: expected.severity, reason: expect.stringContaining(expected.says)}
    })
    expect(actual).toEqual(wanted)
    for (const message of found) expect(message.source).toBe('stdkit')
  })
})

describe.each(allowed.map((one) => [one.changed, one] as const))('accepts %s', (_, one) => {
  it(`without a message of ${one.rules.join(', ')}`, () => {
    const text = one.mutate(read(one.source))
    if (one.path === undefined) expect(text, 'the change changed nothing').not.toBe(read(one.source))
    const found = all(checkCopy(one.source, text, one.path)).flatMap((each) => each.file.messages.filter((message) => one.rules.includes(message.ruleId ?? '')))
    expect(found.map(format)).toEqual([])
  })
})
