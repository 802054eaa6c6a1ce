import {describe, expect, it} from 'vitest'
import {
  designationOf,
  formatStandardNumber,
  normalizeNumber,
  parseStandardNumber,
  printedStandardNumber,
  sameStandardNumber,
  standardNumberSource
} from '@stdkit/tree'

describe('parseStandardNumber', () => {
  it.each([
    ['GB 2312–1980', {code: 'GB', number: '2312', dash: '–', year: 1980}],
    ['GB/T 1.1–2009', {code: 'GB/T', number: '1.1', dash: '–', year: 2009}],
    ['GB/Z 19667.1—2005', {code: 'GB/Z', number: '19667.1', dash: '—', year: 2005}],
    ['YD 5059-2005', {code: 'YD', number: '5059', dash: '-', year: 2005}],
    ['YD/T 1234–2015', {code: 'YD/T', number: '1234', dash: '–', year: 2015}],
    ['JR/T 0068–2020', {code: 'JR/T', number: '0068', dash: '–', year: 2020}],
    ['DL/T 860.1—2004', {code: 'DL/T', number: '860.1', dash: '—', year: 2004}],
    ['SJ/T 11364–2014', {code: 'SJ/T', number: '11364', dash: '–', year: 2014}],
    ['DB11 1000–2013', {code: 'DB11', number: '1000', dash: '–', year: 2013}],
    ['DB11/T 1000–2013', {code: 'DB11/T', number: '1000', dash: '–', year: 2013}],
    ['T/CAS 115–2005', {code: 'T/CAS', number: '115', dash: '–', year: 2005}],
    ['Q/ZX 75.1861 - 2006', {code: 'Q/ZX', number: '75.1861', dash: '-', year: 2006}],
    ['ISO 9001', {code: 'ISO', number: '9001'}],
    ['IEC 60950', {code: 'IEC', number: '60950'}],
    ['ISO/IEC 17025–2005', {code: 'ISO/IEC', number: '17025', dash: '–', year: 2005}]
  ])('reads %s', (value, parts) => {
    expect(parseStandardNumber(value)).toEqual({...parts, written: value})
  })

  it('reads the number at the start of a text, the code against it or not', () => {
    expect(parseStandardNumber('Q/ZX 75.1760–2006\u3000服务规范')).toMatchObject({code: 'Q/ZX', number: '75.1760', written: 'Q/ZX 75.1760–2006'})
    expect(parseStandardNumber('ISO9001：2000')).toMatchObject({code: 'ISO', number: '9001', written: 'ISO9001'})
  })

  it('reads no number without a code, nor a mandatory industry code against its number', () => {
    expect(parseStandardNumber('75.1861–2007')).toBeUndefined()
    expect(parseStandardNumber('TL9000')).toBeUndefined()
    expect(parseStandardNumber('服务规范')).toBeUndefined()
  })
})

describe('standardNumberSource', () => {
  const found = (text: string) => [...text.matchAll(new RegExp(standardNumberSource, 'gu'))].map((match) => match[0])

  it('finds the numbers of every kind in running text', () => {
    expect(found('按GB/T 1.1–2009、YD/T 1234—2015、DB11/T 1000-2013、T/CAS 115、Q/ZX 75.1760和ISO/IEC 17025编写')).toEqual([
      'GB/T 1.1–2009',
      'YD/T 1234—2015',
      'DB11/T 1000-2013',
      'T/CAS 115',
      'Q/ZX 75.1760',
      'ISO/IEC 17025'
    ])
  })

  it('leaves product names and words ending in capitals alone', () => {
    expect(found('通过TL9000认证，ZTEYD 5059')).toEqual([])
  })
})

describe('printed form', () => {
  it('writes a number the GB/T 1.1 way, and its designation without year', () => {
    const number = {code: 'Q/ZX', number: '75.1861', year: 2007}
    expect(formatStandardNumber(number)).toBe('Q/ZX 75.1861–2007')
    expect(designationOf(number)).toBe('Q/ZX 75.1861')
  })

  it.each([
    ['Q/ZX 75.1861–2007', true],
    ['GB/T 1.1–2000', true],
    ['JR/T 0068–2020', true],
    ['QZX 75.1861–2007', true],
    ['Q/ZX 75.1861', true],
    ['Q/ZX 75.1861-2007', false],
    ['Q/ZX 75.1861 –2007', false],
    ['Q/ZX75.1861–2007', false],
    ['Q/ZX 75.1861–07', false],
    ['Q/ZX 75.1861–2007 ', false]
  ])('%s is printed: %s', (value, expected) => {
    expect(printedStandardNumber(value) !== undefined).toBe(expected)
  })
})

describe('normalizeNumber', () => {
  it('writes an en dash before the year whatever dash was used', () => {
    expect(normalizeNumber('Q/ZX 75.1861-2006')).toBe('Q/ZX 75.1861–2006')
    expect(normalizeNumber('Q/ZX  75.1861 — 2006')).toBe('Q/ZX 75.1861–2006')
    expect(normalizeNumber('Q/ZX 75.1861–2007')).toBe('Q/ZX 75.1861–2007')
  })
})

describe('sameStandardNumber', () => {
  it('ignores the dash and the spacing, not the year', () => {
    expect(sameStandardNumber('Q/ZX 75.1861-2006', 'Q/ZX 75.1861 — 2006')).toBe(true)
    expect(sameStandardNumber('Q/ZX 75.1861–2006', 'Q/ZX 75.1861–2007')).toBe(false)
    expect(sameStandardNumber(undefined, undefined)).toBe(true)
    expect(sameStandardNumber('Q/ZX 75.1861–2006', undefined)).toBe(false)
  })
})
