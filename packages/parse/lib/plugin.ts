import {messages} from '@stdkit/messages'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
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
  return (tree: Root, file: VFile): Standard => toStandard(tree, createContext(file))
}

/**
 * The Markdown syntax of a standard source: CommonMark without raw HTML, autolinks or `_` emphasis, GFM tables and
 * footnotes, math (`$$`, `$`), superscript (`^2^`) and subscript (`~2~`), YAML front matter.
 */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTable).use(remarkFootnote).use(remarkMath).use(remarkScript).use(remarkLiteral)
}

const processor = markdownProcessor().use(remarkStandard).freeze()

/** Parses one edition's Markdown into a standard tree; diagnostics go to `file.messages`. */
export function parseStandard(file: VFile): Standard {
  normaliseSource(file)
  const text = guardSource(file)
  try {
    const tree = parseInChunks(text, (value) => processor.parse(value))
    // Lines left out shift the offsets of what follows: place every node again by its line and column.
    if (text !== file.value) {
      const place = location(String(file.value))
      visit(tree, (node) => {
        for (const point of node.position ? [node.position.start, node.position.end] : []) point.offset = place.toOffset(point)
      })
    }
    return processor.runSync(tree, file)
  } catch (error) {
    // A construct nested deeper than the guard sees (emphasis, links …) can still exhaust the stack.
    if (!(error instanceof RangeError)) throw error
    report(file, 'error', messages().parser.tooDeep, {line: 1, column: 1}, 'nesting-depth')
    return processor.runSync(processor.parse(''), file)
  }
}
