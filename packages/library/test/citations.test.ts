import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseStandard} from '@stdkit/parse'
import {citationIndex, citationReviews, type CitingStandard} from '@stdkit/tree'

/** A small enterprise edition: its normative references, and a clause 4 that cites what `text` says. */
function edition(number: string, issued: string | undefined, references: ReadonlyArray<string>, text: string) {
  const value = [
    '---',
    `number: ${number}`,
    'title: 测试规程',
    'issuer: 中兴通讯股份有限公司',
    ...(issued ? [`issued: ${issued}`] : []),
    '---',
    '',
    '# 前言',
    '',
    '本标准代替Q/ZX 1.9–2001，按照Q/ZX 1.8的规定起草。',
    '',
    '# 测试规程',
    '',
    '## 1 范围',
    '',
    '本标准规定了测试。',
    '',
    '## 2 规范性引用文件',
    '',
    '下列文件中的条款通过本标准的引用而成为本标准的条款。',
    '',
    ...references.flatMap((line) => [line, '']),
    '## 3 术语和定义',
    '',
    '本标准没有需要界定的术语和定义。',
    '',
    '## 4 要求',
    '',
    '### 4.1 一般要求',
    '',
    text,
    ''
  ].join('\n')
  const year = Number(/\d{4}$/u.exec(number)?.[0])
  return {year, tree: parseStandard(new VFile({path: `${year}.md`, value}))}
}

const cited: CitingStandard = {
  slug: 'q-zx-1.1',
  editions: [edition('Q/ZX 1.1–2004', '2004-03-01', [], '测试应按本标准执行，见Q/ZX 1.1的规定。'), edition('Q/ZX 1.1–2008', '2008-05-01', [], '测试应按本标准执行。')]
}

const citing: CitingStandard = {
  slug: 'q-zx-1.2',
  editions: [
    edition('Q/ZX 1.2–2005', '2005-01-10', ['Q/ZX 1.1–2004　测试规程'], '测试应符合Q/ZX 1.1—2004的规定，并符合GB/T 2887的规定。'),
    edition('Q/ZX 1.2–2006', '2006-07-01', ['Q/ZX 1.1　测试规程', 'GB/T 2887　计算机场地通用规范'], '测试应符合Q/ZX 1.1的规定。\n\n### 4.2 记录\n\n记录应符合Q/ZX 1.1和GB/T 2887的规定。')
  ]
}

describe('citationIndex', () => {
  const index = citationIndex([cited, citing])

  it('finds dated and undated citations, each with its citing edition, the edition it leads to and the provisions it is in', () => {
    expect(index.map((item) => ({from: `${item.from.slug}@${item.from.year}`, to: item.to, dated: item.dated, edition: item.edition, places: item.places.map((place) => `${place.kind} ${place.number}`)}))).toEqual([
      {from: 'q-zx-1.2@2005', to: {slug: 'q-zx-1.1', designation: 'Q/ZX 1.1'}, dated: 2004, edition: 2004, places: ['chapter 2', 'clause 4.1']},
      {from: 'q-zx-1.2@2005', to: {designation: 'GB/T 2887'}, dated: undefined, edition: undefined, places: ['clause 4.1']},
      {from: 'q-zx-1.2@2006', to: {slug: 'q-zx-1.1', designation: 'Q/ZX 1.1'}, dated: undefined, edition: 2008, places: ['chapter 2', 'clause 4.1', 'clause 4.2']},
      {from: 'q-zx-1.2@2006', to: {designation: 'GB/T 2887'}, dated: undefined, edition: undefined, places: ['chapter 2', 'clause 4.2']}
    ])
  })

  it('names the citing edition by its number, title and issue date, and each place by its id', () => {
    expect(index[0]?.from).toEqual({slug: 'q-zx-1.2', designation: 'Q/ZX 1.2', year: 2005, number: 'Q/ZX 1.2–2005', title: '测试规程', issued: '2005-01-10'})
    expect(index[0]?.places.map((place) => place.id)).toEqual(['clause-2', 'clause-4.1'])
  })

  it("leaves out a standard's references to itself and what the foreword names", () => {
    expect(index.filter((item) => item.from.slug === 'q-zx-1.1')).toEqual([])
    expect(index.some((item) => item.to.designation === 'Q/ZX 1.9' || item.to.designation === 'Q/ZX 1.8')).toBe(false)
  })

  it('is the same for the same library', () => {
    expect(citationIndex([cited, citing])).toEqual(index)
  })
})

describe('citationReviews', () => {
  it('names the undated citations of a latest edition whose cited standard has had an edition issued since', () => {
    const reviews = citationReviews([cited, citing])
    expect(reviews.map((review) => ({from: review.citation.from.number, to: review.citation.to.designation, drafted: review.drafted, newer: review.newer}))).toEqual([
      {from: 'Q/ZX 1.2–2006', to: 'Q/ZX 1.1', drafted: 2004, newer: [2008]}
    ])
  })

  it('names none for a dated citation, an older edition, a citing draft, or a cited edition issued first or on the same day', () => {
    const dated: CitingStandard = {slug: 'q-zx-1.2', editions: [citing.editions[0] as CitingStandard['editions'][number]]}
    expect(citationReviews([cited, dated])).toEqual([])
    const draft: CitingStandard = {slug: 'q-zx-1.2', editions: [edition('Q/ZX 1.2–2006', undefined, ['Q/ZX 1.1　测试规程'], '测试应符合Q/ZX 1.1的规定。')]}
    expect(citationReviews([cited, draft])).toEqual([])
    const later: CitingStandard = {slug: 'q-zx-1.2', editions: [edition('Q/ZX 1.2–2008', '2008-05-01', ['Q/ZX 1.1　测试规程'], '测试应符合Q/ZX 1.1的规定。')]}
    expect(citationReviews([cited, later])).toEqual([])
  })
})
