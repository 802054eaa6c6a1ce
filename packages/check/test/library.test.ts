/** `normative-reference` within a library: a dated reference to a standard the library holds is to an edition it has. */
import {expect, it} from 'vitest'
import {checkEditions, checkStandard} from '@stdkit/check'
import {edition, format} from './helpers.js'

const found = (library: Parameters<typeof checkStandard>[2]) => {
  const copy = edition('national-2020')
  checkStandard(copy.tree, copy.file, library)
  return copy.file.messages.filter((message) => message.ruleId === 'normative-reference').map(format)
}

it('names a dated reference to an edition the library lacks, where the entry is', () => {
  expect(found({library: [[{designation: 'GB/T 7714', year: 2005}, {designation: 'GB/T 7714', year: 2010}]]})).toEqual([
    'packages/check/test/fixtures/national-2020.md:35:1 warning normative-reference Unexpected edition 2015 of GB/T 7714: the library has only 2005、2010; check the year of the dated reference'
  ])
})

it('accepts an edition the library has, a standard it does not hold, and no library', () => {
  expect(found({library: [[{designation: 'GB/T 7714', year: 2005}, {designation: 'GB/T 7714', year: 2015}]]})).toEqual([])
  expect(found({library: [[{designation: 'GB/T 2260', year: 2007}]]})).toEqual([])
  expect(found({})).toEqual([])
})

it('passes the library on when editions are checked together', () => {
  const copy = edition('national-2020')
  checkEditions([copy], {library: [[{designation: 'GB/T 7714', year: 2005}]]})
  expect(copy.file.messages.map((message) => message.ruleId)).toContain('normative-reference')
})
