import {describe, expect, it} from 'vitest'
import {documentTypeOf, industryOf, kindOfCode, parseStandardNumber, partOf, printedNumber, provinceOf} from '@stdkit/tree'

describe('kind of a standard from its code', () => {
  it.each([
    ['GB 4943.1—2022', 'national'],
    ['GB/T 7714—2015', 'national'],
    ['GB/Z 12345—2020', 'national'],
    ['YD/T 1234—2015', 'industry'],
    ['YD 5000—2018', 'industry'],
    ['JR/T 0001—2019', 'industry'],
    ['DL/T 860.1—2004', 'industry'],
    ['SJ/T 11000—2016', 'industry'],
    ['HG/T 2000—2010', 'industry'],
    ['DB11 1000—2013', 'local'],
    ['DB11/T 1000—2013', 'local'],
    ['T/ABC 12—2021', 'group'],
    ['Q/ABC 3—2020', 'enterprise'],
    ['Q/ZX 75.1861–2007', 'enterprise'],
    ['ISO 690:2010', 'international'],
    ['ISO/IEC 17025', 'international']
  ])('%s is %s', (number, kind) => {
    const parsed = parseStandardNumber(number)
    expect(parsed).toBeDefined()
    expect(kindOfCode(parsed?.code ?? '')).toBe(kind)
  })
})

describe('the type line of the cover', () => {
  it.each([
    ['GB', undefined, '中华人民共和国国家标准'],
    ['GB/T', undefined, '中华人民共和国国家标准'],
    ['GB/Z', undefined, '中华人民共和国国家标准化指导性技术文件'],
    ['YD/T', undefined, '中华人民共和国通信行业标准'],
    ['YD', undefined, '中华人民共和国通信行业标准'],
    ['JR/T', undefined, '中华人民共和国金融行业标准'],
    ['DL/T', undefined, '中华人民共和国电力行业标准'],
    ['SJ/T', undefined, '中华人民共和国电子行业标准'],
    ['HG/T', undefined, '中华人民共和国化工行业标准'],
    ['GM/T', undefined, '中华人民共和国密码行业标准'],
    ['ZZ/T', undefined, '中华人民共和国行业标准'],
    ['DB11', undefined, '北京市地方标准'],
    ['DB11/T', undefined, '北京市地方标准'],
    ['DB65/T', undefined, '新疆维吾尔自治区地方标准'],
    ['DB99/T', undefined, '地方标准'],
    ['T/ABC', '某某协会', '团体标准'],
    ['Q/ABC', '某某有限公司', '某某有限公司企业标准'],
    ['Q/ABC', undefined, '企业标准']
  ])('%s (issuer %s) prints %s', (code, issuer, line) => {
    expect(documentTypeOf(code, issuer)).toBe(line)
  })

  it('reads the industry and the province of a code', () => {
    expect(industryOf('YD/T')).toBe('通信')
    expect(industryOf('YD')).toBe('通信')
    expect(industryOf('toString')).toBeUndefined()
    expect(provinceOf('DB44/T')).toBe('广东省')
    expect(provinceOf('DB31')).toBe('上海市')
    expect(provinceOf('DB00')).toBeUndefined()
    expect(provinceOf('GB/T')).toBeUndefined()
  })
})

describe('series and part from the title', () => {
  it('splits a part title', () => {
    expect(partOf('信息技术 示例数据格式 第1部分：总则', 'GB/T 99999.1')).toEqual({
      series: {designation: 'GB/T 99999', title: '信息技术 示例数据格式'},
      part: {number: '1', title: '总则'}
    })
  })

  it('leaves a title without a part alone', () => {
    expect(partOf('网规网优现场行为规范', 'Q/ZX 75.1861')).toBeUndefined()
    expect(partOf('第1部分：总则', 'GB/T 99999.1')).toBeUndefined()
  })
})

describe('printedNumber', () => {
  it('keeps the dash the author wrote, and prints a hyphen as the dash of the kind', () => {
    expect(printedNumber('GB/T 7714—2015')).toBe('GB/T 7714—2015')
    expect(printedNumber('GB/T 7714–2015')).toBe('GB/T 7714–2015')
    expect(printedNumber('GB/T 7714-2015')).toBe('GB/T 7714—2015')
    expect(printedNumber('T/ZXBZ 12.1 - 2026')).toBe('T/ZXBZ 12.1—2026')
    expect(printedNumber('Q/ZX 75.1861-2007')).toBe('Q/ZX 75.1861–2007')
    expect(printedNumber('Q/ZX  75.1861 — 2007')).toBe('Q/ZX 75.1861—2007')
    expect(printedNumber('GB/T 7714')).toBe('GB/T 7714')
  })
})
