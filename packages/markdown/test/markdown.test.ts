import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '@stdkit/markdown'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'

function parse(value: string): {tree: Standard; file: VFile} {
  const file = new VFile({path: 'input.md', value})
  return {tree: parseStandard(file), file}
}

/** The tree without source positions, which formatting is allowed to change. */
function shape(tree: Standard): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' || key === 'positions' ? undefined : value)))
}

const editions = ['2004', '2005', '2006', '2007'].map((year) => ({
  year,
  value: readFileSync(new URL(`../../../standards/q-zx-75.1861/${year}.md`, import.meta.url), 'utf8')
}))

describe('@stdkit/markdown', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/markdown')).sort()).toEqual(['toMarkdown', 'toMdast'])
  })
})

describe.each(editions)('edition $year', ({value}) => {
  const {tree} = parse(value)
  const formatted = toMarkdown(tree)

  it('round-trips: parsing the formatted source gives the same tree', () => {
    const again = parse(formatted)
    expect(again.file.messages.map(String)).toEqual([])
    expect(shape(again.tree)).toEqual(shape(tree))
  })

  it('is idempotent', () => {
    expect(toMarkdown(parse(formatted).tree)).toBe(formatted)
  })

  it('is the form the source is kept in', () => {
    expect(formatted).toBe(value)
  })
})

describe('fixtures', () => {
  it('round-trip every construct the parser knows', () => {
    const names = ['lists', 'notes', 'tables', 'references', 'foreword', 'terms', 'soft-breaks', 'raw-html', 'literal-text', 'reference-forms']
    for (const name of names) {
      const value = readFileSync(new URL(`../../parse/test/fixtures/${name}/input.md`, import.meta.url), 'utf8')
      const {tree} = parse(value)
      const formatted = toMarkdown(tree)
      expect(shape(parse(formatted).tree), name).toEqual(shape(tree))
      expect(toMarkdown(parse(formatted).tree), name).toBe(formatted)
    }
  })
})

// Random sources built from the pieces authors write, including characters
// Markdown treats specially, so escaping is exercised too.
const fragment = fc.constantFrom(
  '现场服务',
  '工程师',
  '，',
  '。',
  '；',
  '（b）',
  'abc',
  ' ',
  '*',
  '_',
  '<',
  '>',
  '#',
  '[x]',
  '\\',
  '&amp;',
  '`',
  '见4.1',
  '附录A',
  'Q/ZX 75.1760',
  '表1',
  '1)',
  '——',
  '~'
)
const text = fc.array(fragment, {minLength: 1, maxLength: 8}).map((parts) => parts.join('').trim() || '文本')
const block = fc.oneof(
  text.map((value) => value),
  text.map((value) => `——${value}`),
  text.map((value) => `a) ${value}`),
  text.map((value) => `注：${value}`),
  fc.tuple(text, text).map(([a, b]) => `表1　${a.replace(/[\\|`]/gu, '')}\n\n| 项目 | 内容 |\n| --- | --- |\n| ${a.replace(/[|\\]/gu, '')} | ${b.replace(/[|\\]/gu, '')} |`)
)
const source = fc
  .array(fc.array(block, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 3})
  .map((chapters) =>
    [
      '---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 示例',
      ...chapters.map((blocks, index) => `## ${index + 4} 要求\n\n${blocks.join('\n\n')}`)
    ].join('\n\n')
  )

describe('property', () => {
  it('formatting any source keeps its tree and is idempotent', () => {
    fc.assert(
      fc.property(source, (value) => {
        const {tree} = parse(value)
        const formatted = toMarkdown(tree)
        expect(shape(parse(formatted).tree)).toEqual(shape(tree))
        expect(toMarkdown(parse(formatted).tree)).toBe(formatted)
      }),
      {numRuns: 300, seed: 1861}
    )
  })
})

describe.each(['gb-2009-part', 'gb-2020'])('the national foreword of %s', (name) => {
  const value = readFileSync(new URL(`../../parse/test/national/${name}.md`, import.meta.url), 'utf8')
  const {tree} = parse(value)
  const written = toMarkdown(tree)

  it('writes the change list back as written, entry by entry', () => {
    const entries = value.split('\n').filter((line) => /^(?:——|[a-z]\) )(?:增加|更改|修改|删除)/u.test(line))
    expect(entries.length).toBeGreaterThan(2)
    for (const entry of entries) expect(written).toContain(`\n${entry}\n`)
  })

  it('reads back the same tree', () => {
    expect(shape(parse(written).tree)).toEqual(shape(tree))
    expect(toMarkdown(parse(written).tree)).toBe(written)
  })
})

describe('the cover', () => {
  const every = [
    '---',
    'issuer:',
    '  - 国家市场监督管理总局',
    '  - 国家标准化管理委员会',
    'number: GB/T 99999.1—2024',
    'title: 信息技术 示例数据交换格式 第1部分：总则',
    "title-en: 'Information technology—Sample data interchange format—Part 1: General'",
    'replaces: GB/T 99999.1—2016，GB/T 99998—2012',
    'ics: [35.240.40, 01.140.20]',
    'ccs: L 70',
    'classification: L 71',
    'filing: 12345—2024',
    'adoption: （ISO 99999-1:2021，MOD）',
    'document-type: 中华人民共和国国家标准（示例）',
    'stage: approval',
    'colour:',
    '  - red  # kept',
    'issued: 2024-03-15',
    'effective: 2024-10-01',
    'category: 基础标准',
    'status: draft',
    'reviewed: 2024',
    '---',
    '',
    '# 前言',
    '',
    '本文件为示例。',
    ''
  ].join('\n')

  it('writes every key read, in a fixed order, and keeps unknown keys as written', () => {
    const {tree, file} = parse(every)
    expect(file.messages.filter((message) => message.fatal).map(String)).toEqual([])
    const formatted = toMarkdown(tree)
    expect(formatted.slice(0, formatted.indexOf('\n---\n'))).toBe(
      [
        '---',
        'number: GB/T 99999.1—2024',
        'replaces:',
        '  - GB/T 99999.1—2016',
        '  - GB/T 99998—2012',
        'title: 信息技术 示例数据交换格式 第1部分：总则',
        'title-en: "Information technology—Sample data interchange format—Part 1: General"',
        'category: 基础标准',
        'ics:',
        '  - 35.240.40',
        '  - 01.140.20',
        'ccs: L 70',
        'classification: L 71',
        'filing: 12345—2024',
        'adoption: ISO 99999-1:2021, MOD',
        'document-type: 中华人民共和国国家标准（示例）',
        'stage: 报批稿',
        'issuer:',
        '  - 国家市场监督管理总局',
        '  - 国家标准化管理委员会',
        'issued: 2024-03-15',
        'effective: 2024-10-01',
        'status: draft',
        'colour:',
        '  - red  # kept',
        'reviewed: 2024'
      ].join('\n')
    )
    const again = parse(formatted)
    expect(shape(again.tree)).toEqual(shape(tree))
    expect(again.file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['cover-field', 24],
      ['cover-field', 26]
    ])
    expect(toMarkdown(again.tree)).toBe(formatted)
  })

  it('writes no type line the code gives, and one issuer and one ICS number as text', () => {
    const {tree} = parse('---\nnumber: YD/T 1234—2015\ntitle: 示例\nics: 33.040\nissuer: 中华人民共和国工业和信息化部\n---\n')
    expect(toMarkdown(tree)).toBe('---\nnumber: YD/T 1234—2015\ntitle: 示例\nics: "33.040"\nissuer: 中华人民共和国工业和信息化部\n---\n')
  })
})
