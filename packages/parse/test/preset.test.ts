import {readFileSync} from 'node:fs'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseStandard, stdkitPreset} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'
import type {Node} from 'unist'
import {useLanguage} from '@stdkit/messages'
import {libraryEditions} from '../../../test/library.js'

useLanguage('en')

const read = (edition: string) => readFileSync(new URL(`../../../standards/${edition}`, import.meta.url), 'utf8')

/** The tree and messages `parseStandard` gives. */
function parsed(value: string, path = 'input.md'): {tree: Standard; messages: Array<string>} {
  const file = new VFile({path, value})
  return {tree: parseStandard(file), messages: file.messages.map(String)}
}

/** What a processor does with a file. */
interface Runner {
  parse(file: VFile): Node
  runSync(tree: Node, file: VFile): Node
}

/** The tree and messages a processor of the preset gives. */
function preset(value: string, path = 'input.md', processor: Runner = unified().use(remarkParse).use(stdkitPreset)): {tree: Standard; messages: Array<string>} {
  const file = new VFile({path, value})
  const tree = processor.runSync(processor.parse(file), file) as unknown as Standard
  return {tree, messages: file.messages.map(String)}
}

describe('stdkitPreset', () => {
  it.each(libraryEditions)('parses %s to the tree parseStandard gives', (edition) => {
    const value = read(edition)
    const expected = parsed(value, edition)
    expect(expected.tree.type).toBe('standard')
    expect(expected.tree.children.length).toBeGreaterThan(3)
    expect(preset(value, edition)).toEqual(expected)
  })

  it('brings remark-parse itself: the preset alone parses alike', () => {
    const edition = libraryEditions[0] ?? ''
    expect(preset(read(edition), edition, unified().use(stdkitPreset))).toEqual(parsed(read(edition), edition))
  })

  it('guards the source as the parser does: byte-order mark, CRLF, NUL characters', () => {
    const value = `\uFEFF${read('q-zx-75.1861/2007.md').replace(/\n/gu, '\r\n').replace('本标准适用于', '本标准\u0000适用于')}`
    const expected = parsed(value)
    expect(expected.messages.some((message) => message.includes('input.md'))).toBe(true)
    expect(expected.messages.join('\n')).toMatch(/NUL/iu)
    expect(preset(value)).toEqual(expected)
  })

  it('parses a large source a chapter at a time, placing every node as a whole parse would', () => {
    const edition = read('q-zx-75.1861/2007.md')
    const [head = '', body = ''] = edition.split(/(?=^# 售后工程师现场服务行为规范$)/mu)
    // The body again and again, under one front matter and foreword: far beyond a piece's size.
    const value = head + Array.from({length: 12}, () => body).join('\n')
    expect(value.length).toBeGreaterThan(4 * 8 * 1024)
    const expected = parsed(value)
    expect(preset(value)).toEqual(expected)
  })
})
