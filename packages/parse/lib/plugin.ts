import {messages} from '@stdkit/messages'
import type {Root} from 'mdast'
import type {Plugin, PluggableList, Preset} from 'unified'
import type {VFile} from 'vfile'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import type {Standard} from '@stdkit/tree'
import {report} from '@stdkit/tree'
import {parseInChunks} from './chunks.js'
import {createContext} from './context.js'
import {guardSource, normaliseSource} from './guard.js'
import {toStandard} from './standard.js'
import {remarkLiteral} from './literal.js'
import {remarkFootnote, remarkMath} from './extensions.js'
import {remarkScript} from './script-syntax.js'
import {remarkTable} from './table-syntax.js'

/**
 * Remark plugin: turns the Markdown tree (with YAML front matter and GFM
 * tables, from `remark-frontmatter` and `remarkTable`) into a standard tree.
 * Problems in the source are reported on the file, never thrown.
 */
export const remarkStandard: Plugin<[], Root, Standard> = function () {
  return (tree: Root, file: VFile): Standard => {
    try {
      return toStandard(tree, createContext(file))
    } catch (error) {
      // A construct nested deeper than the guard sees (emphasis, links …) can still exhaust the stack.
      if (!(error instanceof RangeError)) throw error
      report(file, 'error', messages().parser.tooDeep, {line: 1, column: 1}, 'nesting-depth')
      return toStandard({type: 'root', children: []}, createContext(file))
    }
  }
}

/**
 * Remark plugin: reads the source as the parser must before Markdown sees it
 * (see `guard.ts`): its text normalised on the file, what cannot be read
 * reported and left out, a large source parsed a chapter at a time (see
 * `chunks.ts`). It wraps the parser set before it, remark-parse's.
 */
const remarkSource: Plugin<[], Root> = function () {
  const parse = this.parser
  if (!parse) throw new Error('remarkSource comes after remark-parse')
  this.parser = (_document: string, file: VFile): Root => {
    normaliseSource(file)
    const text = guardSource(file)
    try {
      const tree = parseInChunks(text, (value) => parse(value, file) as Root)
      // Lines left out shift the offsets of what follows: place every node again by its line and column.
      if (text !== file.value) {
        const place = location(String(file.value))
        visit(tree, (node) => {
          for (const point of node.position ? [node.position.start, node.position.end] : []) point.offset = place.toOffset(point)
        })
      }
      return tree
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      report(file, 'error', messages().parser.tooDeep, {line: 1, column: 1}, 'nesting-depth')
      return parse('', file) as Root
    }
  }
}

/**
 * The Markdown syntax of a standard source: CommonMark without raw HTML, autolinks or `_` emphasis, GFM tables and
 * footnotes, math (`$$`, `$`), superscript (`^2^`) and subscript (`~2~`), YAML front matter. The one list of it.
 */
const syntax: PluggableList = [[remarkFrontmatter, ['yaml']], remarkTable, remarkFootnote, remarkMath, remarkScript, remarkLiteral]

/**
 * The unified preset of stdkit's parser: `unified().use(remarkParse).use(stdkitPreset)`
 * (remark-parse is in it too, so `unified().use(stdkitPreset)` is the same)
 * parses a source as `parseStandard` does, and runs it into the standard tree.
 * Give it a compiler (`stdkitJson` of `@stdkit/json`) to `process` a source.
 */
export const stdkitPreset: Preset = {plugins: [remarkParse, ...syntax, remarkSource, remarkStandard]}

/** The Markdown syntax of a standard source alone, without the guard before it or the standard tree after it. */
export function markdownProcessor() {
  return unified().use(remarkParse).use({plugins: syntax})
}

const processor = unified().use(stdkitPreset).freeze()

/** Parses one edition's Markdown into a standard tree; diagnostics go to `file.messages`. */
export function parseStandard(file: VFile): Standard {
  return processor.runSync(processor.parse(file), file) as unknown as Standard
}
