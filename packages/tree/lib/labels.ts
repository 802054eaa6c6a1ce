/**
 * Printed forms of the labels GB/T 1.1 gives elements — 注1：, 示例：, 表1,
 * 图A.1, 附录A（规范性附录）— in the form the source used. The Markdown
 * writer, the pages, the PDFs and the differ print them from here, so no two
 * outputs label one element differently.
 */
import type {Appendix, Example, Note} from './types.js'

/** How a note is named: `注` alone, `注1`, `注2` among several. */
export function noteName(node: Pick<Note, 'number'>): string {
  return `注${node.number ?? ''}`
}

/** A note's label before its text: `注：`, `注1：`. */
export function noteLabel(node: Pick<Note, 'number'>): string {
  return `${noteName(node)}：`
}

/** How an example is named: `示例` alone, `示例1` among several. */
export function exampleName(node: Pick<Example, 'number'>): string {
  return `示例${node.number ?? ''}`
}

/** An example's label before its text: `示例：`, `示例1：`. */
export function exampleLabel(node: Pick<Example, 'number'>): string {
  return `${exampleName(node)}：`
}

/** The words numbered elements are named by: 表 for tables, 图 for figures. */
const numberedWords = {table: '表', figure: '图'} as const

/** An element numbered in its own sequence, with a caption: a table or a figure. */
export type Numbered = keyof typeof numberedWords

/** How a numbered table or figure is named and cited: `表1`, `图A.1`. */
export function numberedName(kind: Numbered, number: string): string {
  return `${numberedWords[kind]}${number}`
}

/**
 * The caption printed with a table or figure: its name and title, `表1　标题`
 * (an ideographic space between), the name alone, the title alone when the
 * element is unnumbered, or nothing.
 */
export function caption(kind: Numbered, node: {number?: string | undefined; caption?: string | undefined}): string | undefined {
  const parts = [node.number === undefined ? undefined : numberedName(kind, node.number), node.caption || undefined]
  const printed = parts.filter((part) => part !== undefined)
  return printed.length === 0 ? undefined : printed.join('\u3000')
}

/** How an appendix is named and cited: `附录A`. */
export function appendixName(node: Pick<Appendix, 'letter'>): string {
  return `附录${node.letter}`
}

/** An appendix's status as printed after its letter: `（规范性附录）` (2000 and 2009), `（规范性）` (2020), or nothing. */
export function appendixStatusLabel(node: Pick<Appendix, 'status' | 'labelStyle'>): string {
  if (node.status === undefined) return ''
  return `（${node.status === 'normative' ? '规范性' : '资料性'}${node.labelStyle === 'gbt-2020' ? '' : '附录'}）`
}
