/**
 * Parsing a piece at a time gives the tree a single parse gives, positions
 * included: on the library's editions, the parser's fixtures, constructs that
 * could hide a heading line or reach across the document, and random
 * compositions of them. The pieces here are as small as the cut points allow
 * (size 1), so every cut point is used.
 */
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownProcessor} from '@stdkit/parse'
import {chunks, chunkSize, cutPoints, parseInChunks} from '../lib/chunks.js'
import {libraryEditions} from '../../../test/library.js'

const processor = markdownProcessor()
const parse = (value: string) => processor.parse(value)
const repository = new URL('../../../', import.meta.url)

function sources(): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const edition of libraryEditions) out.push([edition, readFileSync(new URL(`standards/${edition}`, repository), 'utf8')])
  const fixtures = new URL('fixtures/', import.meta.url)
  for (const name of readdirSync(fixtures)) out.push([`fixture ${name}`, readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8')])
  return out
}

const tricky: Record<string, string> = {
  'a heading inside fenced code': '# 前言\n\n```\n## 4 不是标题\n```\n\n## 1 范围\n\n正文。\n',
  'a heading inside a tilde fence with a longer closer': '~~~~\n## 4 不是标题\n~~~\n## 5 仍是代码\n~~~~~\n## 6 标题\n',
  'an unclosed fence': '## 1 范围\n\n```\n## 2 代码\n\n## 3 代码\n',
  'a fence in a list item': '- 项\n\n  ```\n## 2 标题\n  ```\n',
  'a YAML comment in front matter': '---\n## 注释\nnumber: Q/ZX 1–2007\n---\n\n# 前言\n\n## 1 范围\n',
  'front matter never closed': '---\n## 注释\n\n## 1 范围\n',
  'a raw HTML block running into a heading line': '<div>\n## 1 不是标题\n</div>\n\n## 2 标题\n',
  'an HTML comment over a heading line': '<!--\n## 1 注释\n-->\n## 2 标题\n',
  'a link reference defined after a later chapter': '## 1 范围\n\n见[规程][a]。\n\n## 2 引用\n\n[a]: https://example.com\n',
  'a footnote-like definition': '## 1 范围\n\n正文[^1]。\n\n## 2 注\n\n[^1]: 脚注\n',
  'a table right before a heading': '| a | b |\n| - | - |\n| 1 | 2 |\n## 1 范围\n| c |\n',
  'a list, a block quote and a paragraph before headings': '- 甲\n- 乙\n## 1 一\n> 引\n## 2 二\n段落\n## 3 三\n  缩进\n### 3.1 子\n',
  'headings of every level and not headings': '# 一\n## 二\n### 三\n#### 四\n##### 五\n###### 六\n####### 七\n#\n##\t制表\n#无空格\n',
  'a setext heading before an ATX heading': '标题\n===\n## 1 范围\n文字\n---\n## 2 二\n',
  'CRLF-free empty lines and trailing spaces': '## 1 一  \n\n\n  \n## 2 二\n\n'
}

describe('cut points', () => {
  it('are the starts of ATX heading lines outside fences and front matter', () => {
    const text = '---\n## c\n---\n# 前言\n\n```\n## x\n```\n## 1 范围\n### 1.1 子\n'
    expect(cutPoints(text).map((offset) => text.slice(offset).split('\n')[0])).toEqual(['# 前言', '## 1 范围', '### 1.1 子'])
  })

  it('are none where a definition or raw HTML could reach across them', () => {
    expect(cutPoints('## 1 一\n[a]: b\n## 2 二\n')).toEqual([])
    expect(cutPoints('## 1 一\n<div>\n## 2 二\n')).toEqual([])
  })

  it('make pieces of at least the chunk size, and one piece of a small source', () => {
    const chapter = (number: number) => `## ${number} 章\n\n${'正文。'.repeat(1000)}\n\n`
    const text = Array.from({length: 12}, (_, index) => chapter(index + 1)).join('')
    const pieces = chunks(text)
    expect(pieces.length).toBeGreaterThan(3)
    expect(pieces.map((piece) => piece.value).join('')).toBe(text)
    for (const piece of pieces.slice(0, -1)) expect(piece.value.length).toBeGreaterThanOrEqual(chunkSize)
    for (const piece of pieces) expect(text.slice(0, piece.offset).split('\n').length - 1).toBe(piece.lines)
    expect(chunks(chapter(1))).toHaveLength(1)
  })
})

describe('parsing in pieces', () => {
  it.each(sources())('gives the same tree for %s', (name, text) => {
    // Every edition can be cut; a fixture with raw HTML cannot, and is parsed whole.
    if (!name.startsWith('fixture')) expect(chunks(text, 1).length).toBeGreaterThan(10)
    expect(parseInChunks(text, parse, 1)).toEqual(parse(text))
  })

  it.each(Object.entries(tricky))('gives the same tree with %s', (_name, text) => {
    expect(parseInChunks(text, parse, 1)).toEqual(parse(text))
  })

  it('gives the same tree for any composition of lines', () => {
    const line = fc.constantFrom(
      '# 前言', '## 1 范围', '### 4.1 条', '#', '##\t题', '####### 七', '正文，见5.2。', '', '   ', '- 甲', '  - 乙', 'a) 项', '> 引用', '>',
      '    缩进代码', '```', '~~~', '````', '| a | b |', '| - | - |', '| 1 | 2 |', '---', '***', '===', '<div>', '</div>', '<!--', '-->',
      '[a]: https://example.com', '见[规程][a]', '[^1]: 注', '\\## 转义', '1. 一', '  ## 缩进标题'
    )
    fc.assert(
      fc.property(fc.array(line, {maxLength: 40}), (lines) => {
        const text = `${lines.join('\n')}\n`
        expect(parseInChunks(text, parse, 1)).toEqual(parse(text))
      }),
      {seed: 20261202, numRuns: process.env.CI ? 1000 : 200}
    )
  })
})
