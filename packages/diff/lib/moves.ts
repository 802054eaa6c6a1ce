/**
 * A table or figure moved to another provision, as every redline shows it:
 * once, where it left, as one line (`表1 → 表D.1（移至 D），未变`) followed by
 * what changed in it on the way, each cell named by table, row and column.
 * Where it arrived it is not shown again: the provision's reasons say where it
 * came from.
 */
import {documentWords} from '@stdkit/messages'
import {cellName} from './cells.js'
import type {BlockChange, TextRun} from './types.js'

/** One change inside a moved block: a cell (named), a row added or removed, or the words of a moved note. */
export interface MovedPart {
  /** `表D.1，“一般故障”行，“上报时限”列`; absent for the words of a text block. */
  name?: string | undefined
  runs: Array<TextRun>
}

/** How a redline shows a moved block: its move line and what changed in it. */
export interface MovedShown {
  line: string
  parts: Array<MovedPart>
}

/**
 * How a block is shown when it moved: its move line and changes where it
 * left (`removed` with `moved.direction` `to`), `hidden` where it arrived,
 * undefined when it did not move to or from another provision.
 */
export function movedBlock(block: BlockChange): MovedShown | 'hidden' | undefined {
  if (block.kind === 'equal' || block.kind === 'modified' || !block.moved) return undefined
  if (block.moved.direction === 'from' || block.moved.silent) return 'hidden'
  const words = documentWords().comparison
  const name = words.blocks[block.block]
  // An image is named with its figure's number and what it is: `图1 图片`, so its line is not taken for the figure's.
  const named = (label: string | undefined) => (label === undefined ? name : block.block === 'image' ? `${label} ${name}` : label)
  const was = named(block.label)
  const is = named(block.moved.label)
  const parts: Array<MovedPart> = []
  const rows = block.moved.rows ?? []
  for (const [index, row] of rows.entries()) {
    if (row.kind === 'modified') for (const cell of row.cells) parts.push({name: cellName(is, rows, index, cell.column), runs: cell.runs})
    else if (row.kind === 'added') parts.push({name: is, runs: [{op: 'insert', value: row.new.join(' | ')}]})
    else if (row.kind === 'removed') parts.push({name: is, runs: [{op: 'delete', value: row.old.join(' | ')}]})
  }
  if (block.moved.runs) parts.push({runs: block.moved.runs})
  const changed = parts.length > 0
  return {line: words.redline.moved({was, is, part: block.moved.provision, changed}), parts}
}
