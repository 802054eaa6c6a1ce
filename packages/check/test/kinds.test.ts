/**
 * National, industry, local, group and enterprise standards (a fictitious
 * national standard in packages/check/test/fixtures/national-cover.md, renumbered
 * under every kind of code) check without false errors; a hyphen before the
 * year and an edition replacing itself are still refused.
 */
import {describe, expect, it} from 'vitest'
import {checkStandard} from '@stdkit/check'
import {edition, read} from './helpers.js'

const path = 'packages/check/test/fixtures/national-cover.md'
const text = (): string => read('national-cover')

/** The fixture renumbered: `designation` for GB/T 99999.1 everywhere, with the dash `dash` in the cover's numbers. */
function renumbered(designation: string, dash = '—'): string {
  return text()
    .replace(/^number: .*$/mu, `number: ${designation}${dash}2024`)
    .replace(/^replaces: .*$/mu, `replaces: ${designation}${dash}2016`)
    .replaceAll('GB/T 99999.1', designation)
}

function check(value: string): Array<string> {
  const {tree, file} = edition('national-cover', value, path)
  checkStandard(tree, file)
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
}

describe('every kind of code', () => {
  it('checks the fixture as written without a message', () => {
    expect(check(text())).toEqual([])
  })

  it.each([
    'GB 7714',
    'GB/T 7714',
    'GB/Z 19667.1',
    'YD/T 4052.1',
    'JR/T 7714',
    'DL/T 19667.1',
    'SJ/T 4052.1',
    'HG/T 7714',
    'YD 4052.1',
    'DB11 19667.1',
    'DB11/T 7714',
    'T/ABC 4052.1',
    'Q/ABC 75.1861'
  ])('%s, with an em dash or an en dash, gives no message', (designation) => {
    expect(check(renumbered(designation, '—'))).toEqual([])
    expect(check(renumbered(designation, '–'))).toEqual([])
  })

  it('accepts a hyphen before the year with a warning naming the dash of the kind', () => {
    expect(check(renumbered('GB/T 7714', '-'))).toEqual([
      '2:9 cover-number-dash Unexpected number `GB/T 7714-2024`: write an em dash (—, U+2014) before the year',
      '3:11 cover-number-dash Unexpected replaced number `GB/T 7714-2016`: write an em dash (—, U+2014) before the year'
    ])
    expect(check(renumbered('Q/ABC 75.1861', '-'))[0]).toBe('2:9 cover-number-dash Unexpected number `Q/ABC 75.1861-2024`: write an en dash (–, U+2013) before the year')
  })

  it('refuses a malformed number', () => {
    expect(check(text().replace('number: GB/T 99999.1—2024', 'number: GB/T 99999.1—24'))).toEqual([
      '2:9 cover-number Unexpected number `GB/T 99999.1—24`: expected a code, a space, the number, a dash and the year, as in `GB/T 7714—2015`'
    ])
  })

  it('refuses an edition that replaces itself, whatever its dash', () => {
    // The foreword, which still names the 2016 edition, disagrees too; the cover's rule is the one asserted here.
    expect(check(text().replace('replaces: GB/T 99999.1—2016', 'replaces: GB/T 99999.1–2024')).filter((message) => message.includes(' cover-'))).toEqual([
      '3:11 cover-replaces Unexpected replaced number `GB/T 99999.1–2024`, the number of this edition, expected an earlier edition'
    ])
  })

  it('checks each of several replaced numbers', () => {
    const several = text().replace('replaces: GB/T 99999.1—2016', 'replaces:\n  - GB/T 99999.1—2016\n  - GB/T 99998 2012')
    expect(check(several)).toEqual(['4:3 cover-number Unexpected replaced number `GB/T 99998 2012`: expected a code, a space, the number, a dash and the year, as in `GB/T 7714—2015`'])
  })
})
