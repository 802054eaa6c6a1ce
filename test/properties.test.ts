/**
 * Properties of the whole pipeline, with fast-check and a fixed seed: any
 * text parses and checks into messages, never an exception; `fmt` is
 * idempotent and keeps the tree; an edition's diff with itself is empty and
 * swapping the sides swaps additions and removals; every tree and diff is
 * valid JSON of its schema; and no source text can put an element or
 * attribute into a page that the renderer did not make. 1,000 runs each in CI.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Element, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkEditions, checkStandard, isDate} from '@stdkit/check'
import {diffEditions, diffSchema, lineage, toDiffJson, type StandardDiff} from '@stdkit/diff'
import {toMarkdown} from '@stdkit/markdown'
import {renderSite} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {parseStandard} from '@stdkit/parse'
import {standardSchema, type Standard} from '@stdkit/tree'
import {applyEdits, edit, render, standardModel} from '../packages/diff/test/generate.js'
import {validator} from './schemas.js'

const numRuns = process.env.CI ? 1000 : 100
const settings = {seed: 20261125, numRuns}

function parse(value: string, path = 'standards/x/2020.md'): {tree: Standard; file: VFile} {
  const file = new VFile({path, value})
  return {tree: parseStandard(file), file}
}

/** The tree without source positions: what formatting must keep. */
function shape(tree: Standard): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' || key === 'positions' ? undefined : value)))
}

// Pieces of Markdown and of the standard's own syntax, to build hostile and broken sources from.
const piece = fc.constantFrom(
  '---\n', 'number: Q/ZX 75.1861–2007\n', 'title: 规范\n', 'issued: 2007-02-30\n', '# 前言\n', '# 规范\n', '## 1 范围\n', '## ４ 要求\n',
  '### 4.1 条 {#a-b}\n', '### 4.1 条 {#\n', '#### 4.1.1.1.1.1 深\n', '## 附录A（规范性附录）表\n', '## 附录B 无标签\n', '| 标准编号 | 修改前文件编号 |\n', '| - | - |\n',
  '| a | b | c |\n', '表1　标题\n', '见5.2', '按4.3的规定', '见附录Z', '见表9', 'Q/ZX 75.1760', '注：应', '示例1：', 'a) ', '—— ', '· ', '1) ', '- ', '> ',
  '>>>>>>>>', '    ', '\t', '\n', '\n\n', '\r\n', '\uFEFF', '\u0000', '\uFFFD', '`', '*', '**', '[', ']', '(', ')', '<', '>', '&amp;', '{#x}',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[link](javascript:alert(1))', '<a href="javascript:alert(1)">x</a>', '\\', '【待填写】', '中文', 'abc', '４.２'
)
const hostileText = fc.oneof(
  {weight: 3, arbitrary: fc.array(piece, {maxLength: 40}).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 200})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 200})}
)

/** A valid source, rendered from a generated model. */
const validSource = fc.tuple(standardModel, fc.boolean()).map(([model, anchors]) => render(model, {year: 2020, anchors}))

/** A valid source with hostile pieces spliced in at line starts and inside lines. */
const spliced = fc.tuple(validSource, fc.array(fc.tuple(fc.nat(), fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  '"><svg onload=alert(1)>', '{#x" onclick="alert(1)}', '<iframe src="javascript:alert(1)"></iframe>', '<style>*{display:none}</style>', '&lt;script&gt;', '`<b>`'
)), {minLength: 1, maxLength: 6})).map(([source, inserts]) => {
  let text = source
  for (const [at, piece] of inserts) {
    const offset = at % (text.length + 1)
    text = text.slice(0, offset) + piece + text.slice(offset)
  }
  return text
})

describe('parsing and checking any text', () => {
  it('never throws: the parser and the checker answer with messages', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const {tree, file} = parse(value)
        expect(tree.type).toBe('standard')
        checkStandard(tree, file)
        checkEditions([{tree, file}])
        for (const message of file.messages) {
          expect(message.ruleId).toMatch(/^[a-z-]+$/u)
          expect(message.line ?? 0).toBeGreaterThanOrEqual(1)
        }
      }),
      settings
    )
  })
})

describe('fmt', () => {
  it('is idempotent, and parsing its output gives the same tree', () => {
    fc.assert(
      fc.property(validSource, (value) => {
        const first = parse(value)
        const once = toMarkdown(first.tree)
        const second = parse(once)
        expect(second.file.messages.filter((message) => message.fatal === true)).toEqual([])
        expect(shape(second.tree)).toEqual(shape(first.tree))
        expect(toMarkdown(second.tree)).toBe(once)
      }),
      settings
    )
  })
})

describe('the differ', () => {
  const ids = (diff: StandardDiff, kind: 'added' | 'removed') =>
    diff.provisions
      .filter((change) => change.kinds.includes(kind))
      .map((change) => change.id)
      .sort()

  it('finds nothing between an edition and itself', () => {
    fc.assert(
      fc.property(validSource, (value) => {
        const diff = diffEditions(parse(value).tree, parse(value).tree)
        for (const change of diff.provisions) expect(change.kinds).toEqual(['unchanged'])
        expect(diff.fields).toEqual([])
        expect(diff.changeList).toEqual([])
        expect(diff.summary.technical + diff.summary.editorial).toBe(0)
      }),
      settings
    )
  })

  it('swaps additions and removals when the sides are swapped', () => {
    fc.assert(
      fc.property(standardModel, fc.array(edit, {minLength: 1, maxLength: 4}), (model, edits) => {
        const older = parse(render(model, {year: 2019}), 'standards/x/2019.md').tree
        const newer = parse(render(applyEdits(model, edits, 'n'), {year: 2021}), 'standards/x/2021.md').tree
        const forward = diffEditions(older, newer)
        const backward = diffEditions(newer, older)
        expect(ids(backward, 'removed')).toEqual(ids(forward, 'added'))
        expect(ids(backward, 'added')).toEqual(ids(forward, 'removed'))
      }),
      settings
    )
  })
})

describe('JSON', () => {
  const validTree = validator(standardSchema())
  const validDiff = validator(diffSchema())

  it('of every tree, even of a broken source, validates against the schema, but for a date the checker refuses', () => {
    fc.assert(
      fc.property(fc.oneof(validSource, hostileText, spliced), (value) => {
        const document = JSON.parse(toJson(parse(value).tree, {source: 'x/2020.md'})) as {standard: {cover: Record<string, unknown>}}
        // The parser keeps a date as written, `2007-02-30` too, which the schema refuses: the checker's `cover-date` refuses it as well, and a build never publishes it.
        const {cover} = document.standard
        for (const field of ['issued', 'effective']) if (typeof cover[field] === 'string' && !isDate(cover[field])) cover[field] = '2000-01-01'
        expect(validTree(document), JSON.stringify(validTree.errors)).toBe(true)
      }),
      settings
    )
    // Hundreds of sources parsed and validated: minutes on a busy machine, which is no measure of speed (the bench is).
  }, 240_000)

  it('of every diff validates against the schema', () => {
    fc.assert(
      fc.property(standardModel, fc.array(edit, {maxLength: 4}), (model, edits) => {
        const older = parse(render(model, {year: 2019}), 'standards/x/2019.md').tree
        const newer = parse(render(applyEdits(model, edits, 'n'), {year: 2021}), 'standards/x/2021.md').tree
        const document: unknown = JSON.parse(toDiffJson(diffEditions(older, newer)))
        expect(validDiff(document), JSON.stringify(validDiff.errors?.slice(0, 3))).toBe(true)
      }),
      settings
    )
  })
})

describe('HTML', () => {
  /** Every element and attribute the renderer makes, learnt from clean sources. */
  const made = {tags: new Set<string>(), attributes: new Set<string>(), styles: new Set<string>()}
  // The pages, not the search's script files the site also gives (their text is JavaScript, loaded by the pages' own script).
  const pages = (tree: Standard): Map<string, string> =>
    new Map([...renderSite({standards: [{slug: 'x', editions: [{year: 2020, tree}], diffs: [], lineage: lineage([tree])}]})].filter(([name]) => name.endsWith('.html')))
  const textOf = (node: Element): string => node.children.map((child) => ('value' in child ? child.value : '')).join('')
  const elements = (html: string): Array<Element> => {
    const found: Array<Element> = []
    visit(fromHtml(html) as HastRoot, 'element', (node: Element) => void found.push(node))
    return found
  }

  it('holds only what the renderer made, whatever the source text', () => {
    // What the renderer makes for a cover of every field (ICS, CCS, English title …), and for technical content (figures,
    // formulas, listings, footnotes …), which the generated sources do not write.
    const national = readFileSync(new URL('../standards/t-zxbz-12.1/2026.md', import.meta.url), 'utf8')
    const technical = readFileSync(new URL('../standards/t-zxbz-15/2026.md', import.meta.url), 'utf8')
    const constructs = readFileSync(new URL('fixtures/constructs/2007.md', import.meta.url), 'utf8')
    for (const html of [national, technical, constructs].flatMap((source) => [...pages(parse(source).tree).values()])) {
      for (const node of elements(html)) {
        made.tags.add(node.tagName)
        if (node.tagName === 'style') made.styles.add(textOf(node))
        for (const name of Object.keys(node.properties)) made.attributes.add(name)
      }
    }
    fc.assert(
      fc.property(validSource, (value) => {
        for (const html of pages(parse(value).tree).values()) {
          for (const node of elements(html)) {
            made.tags.add(node.tagName)
            if (node.tagName === 'style') made.styles.add(textOf(node))
            for (const name of Object.keys(node.properties)) made.attributes.add(name)
          }
        }
      }),
      {...settings, numRuns: 50}
    )
    expect(made.tags.has('script')).toBe(true)
    // An image is made only for a figure, from a path inside the standard's folder (the src check below holds it).
    for (const tag of ['iframe', 'svg', 'object', 'embed', 'b']) made.tags.delete(tag)
    for (const name of [...made.attributes]) if (name.toLowerCase().startsWith('on')) made.attributes.delete(name)

    fc.assert(
      fc.property(fc.oneof(spliced, hostileText), (value) => {
        for (const [name, html] of pages(parse(value).tree)) {
          for (const node of elements(html)) {
            expect(made.tags.has(node.tagName), `${name}: <${node.tagName}>`).toBe(true)
            for (const [attribute, content] of Object.entries(node.properties)) {
              expect(made.attributes.has(attribute), `${name}: ${attribute} on <${node.tagName}>`).toBe(true)
              expect(attribute.toLowerCase().startsWith('on')).toBe(false)
              expect(String(content).trim().toLowerCase()).not.toMatch(/^(?:javascript|vbscript|data):/u)
            }
            // Only the site's own script and stylesheet.
            if (node.tagName === 'script') expect(JSON.stringify(node)).toContain('stdkit pages work without this script')
            if (node.tagName === 'style') expect(made.styles.has(textOf(node))).toBe(true)
          }
        }
      }),
      settings
    )
  })
})
