import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Standard} from '@stdkit/tree'
import {createContext} from './context.js'
import {toStandard} from './standard.js'

/**
 * Remark plugin: turns the Markdown tree (with YAML front matter and GFM
 * tables, from `remark-frontmatter` and `remark-gfm`) into a standard tree.
 * Problems in the source are reported on the file, never thrown.
 */
export const remarkStandard: Plugin<[], Root, Standard> = function () {
  return (tree: Root, file: VFile): Standard => toStandard(tree, createContext(file))
}

/** The Markdown syntax of a standard source: CommonMark, GFM tables, YAML front matter. */
export function markdownProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
}

const processor = markdownProcessor().use(remarkStandard).freeze()

/** Parses one edition's Markdown into a standard tree; diagnostics go to `file.messages`. */
export function parseStandard(file: VFile): Standard {
  return processor.runSync(processor.parse(file), file)
}
