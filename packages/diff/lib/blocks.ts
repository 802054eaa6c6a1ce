/** A provision's own blocks compared: aligned as a sequence, then word by word, tables row by row and cell by cell. */
import {documentWords} from '@stdkit/messages'
import {diffArrays} from 'diff'
import type {BlockChange, BlockName, CellChange, Classification, DiffImage, Reason, RowChange, TextBlock} from './types.js'
import type {Position} from 'unist'
import {cellName} from './cells.js'
import {classifyText, diffText, similarity, type TextReferences} from './text.js'

/** A block as the differ compares it: its text on this side and what it refers to. */
export interface SideBlock {
  block: BlockName
  label?: string | undefined
  text: string
  /** Tables: the cells' texts, row by row. */
  rows?: Array<Array<string>> | undefined
  references: TextReferences
  /** What the block is compared by besides its text: an image's content. */
  key?: string | undefined
  /** An image block's image. */
  image?: DiffImage | undefined
  /** A formula block's LaTeX. */
  formula?: string | undefined
  /** A block that holds no requirement whatever its name (a footnote to the text). */
  informative?: boolean | undefined
  /**
   * The older side: its text as printed, its references not made to follow a
   * renumbering, and why each reference printed alike on both sides now points
   * elsewhere (set by the caller once the newer side is known).
   */
  printed?: string | undefined
  retargeted?: ((now: SideBlock) => Array<string>) | undefined
  position?: Position | undefined
}

const informative: ReadonlySet<BlockName> = new Set(['note', 'example'])

/** Content of the standard that is no sentence: added or removed, it is technical and named by what it is. */
const content: ReadonlySet<BlockName> = new Set(['figure', 'image', 'formula', 'code', 'definition'])

/** Whether a block holds no requirement: a note, an example, a footnote to the text. */
const isInformative = (block: SideBlock): boolean => informative.has(block.block) || block.informative === true

/** What to make of each step when two sequences are aligned. */
interface Steps<T, R> {
  key: (item: T) => string
  equal: (old: T, now: T) => R
  /** Whether a removed and an added item are one item edited in place. */
  alike: (old: T, now: T, sameCount: boolean) => boolean
  modified: (old: T, now: T) => R
  removed: (old: T) => R
  added: (now: T) => R
}

/**
 * Aligns two sequences with jsdiff, then pairs what was removed with what was
 * added, in order, where the two are alike enough to be one item edited.
 */
function alignSequences<T, R>(old: ReadonlyArray<T>, now: ReadonlyArray<T>, steps: Steps<T, R>): Array<R> {
  const parts = diffArrays(old.map(steps.key), now.map(steps.key))
  const out: Array<R> = []
  let oldIndex = 0
  let newIndex = 0
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]
    if (!part) continue
    const count = part.value.length
    if (!part.added && !part.removed) {
      for (let offset = 0; offset < count; offset++) out.push(steps.equal(old[oldIndex + offset] as T, now[newIndex + offset] as T))
      oldIndex += count
      newIndex += count
      continue
    }
    const next = parts[index + 1]
    const removed = part.removed ? old.slice(oldIndex, oldIndex + count) : []
    const added = part.removed && next?.added ? now.slice(newIndex, newIndex + next.value.length) : part.added ? now.slice(newIndex, newIndex + count) : []
    if (part.removed && next?.added) index++
    oldIndex += removed.length
    newIndex += added.length
    let a = 0
    let b = 0
    while (a < removed.length || b < added.length) {
      const left = removed[a]
      const right = added[b]
      if (left !== undefined && right !== undefined && steps.alike(left, right, removed.length === added.length)) {
        out.push(steps.modified(left, right))
        a++
        b++
      } else if (left !== undefined && (right === undefined || removed.length - a >= added.length - b)) {
        out.push(steps.removed(left))
        a++
      } else if (right !== undefined) {
        out.push(steps.added(right))
        b++
      }
    }
  }
  return out
}

/** Compares two sequences of blocks. */
export function diffBlocks(old: ReadonlyArray<SideBlock>, now: ReadonlyArray<SideBlock>): Array<BlockChange> {
  return alignSequences(old, now, {
    key: (block) => `${block.block}\u0000${block.text}\u0000${block.key ?? ''}`,
    equal,
    alike: (left, right, sameCount) => left.block === right.block && (similarity(left.text, right.text) >= 0.3 || sameCount),
    modified,
    removed: (block) => one('removed', block),
    added: (block) => one('added', block)
  })
}

function equal(old: SideBlock, now: SideBlock): BlockChange {
  return {kind: 'equal', block: now.block, ...label(now), ...media(old, now), new: now.text, oldPosition: old.position, newPosition: now.position}
}

/** Both sides' image and formula, kept on an image or formula block so a redline can show them. */
function media(old: SideBlock | undefined, now: SideBlock | undefined): {oldImage?: DiffImage; newImage?: DiffImage; oldFormula?: string; newFormula?: string} {
  return {
    ...(old?.image ? {oldImage: old.image} : {}),
    ...(now?.image ? {newImage: now.image} : {}),
    ...(old?.formula === undefined ? {} : {oldFormula: old.formula}),
    ...(now?.formula === undefined ? {} : {newFormula: now.formula})
  }
}

function label(block: SideBlock): {label?: string} {
  return block.label === undefined ? {} : {label: block.label}
}

function one(kind: 'added' | 'removed', block: SideBlock): BlockChange {
  const words = documentWords().comparison
  const reason: Reason = isInformative(block)
    ? {classification: 'editorial', code: 'note', message: words.informativeBlock({block: blockName(block.block), added: kind === 'added'})}
    : content.has(block.block)
      ? {classification: 'technical', code: 'provision', message: words.contentBlock({block: blockName(block.block), label: block.label, added: kind === 'added'})}
      : block.block === 'paragraph' && block.label !== undefined
        ? // A labelled paragraph is a part of a term entry: its admitted terms, its abbreviations, its source.
          {classification: 'technical', code: 'provision', message: words.contentBlock({block: block.label, label: undefined, added: kind === 'added'})}
      : {classification: 'technical', code: 'provision', message: words.requirementBlock({block: blockName(block.block), added: kind === 'added'})}
  const explained = {classification: reason.classification, reasons: [reason]}
  const rows = block.rows ?? []
  if (kind === 'added') {
    const side = {...label(block), ...media(undefined, block), new: block.text, newPosition: block.position}
    return block.block === 'table'
      ? {kind, block: block.block, ...side, rows: rows.map((row) => ({kind, new: row})), ...explained}
      : {kind, block: block.block, ...side, ...explained}
  }
  const side = {...label(block), ...media(block, undefined), old: block.text, oldPosition: block.position}
  return block.block === 'table'
    ? {kind, block: block.block, ...side, rows: rows.map((row) => ({kind, old: row})), ...explained}
    : {kind, block: block.block, ...side, ...explained}
}

function modified(old: SideBlock, now: SideBlock): BlockChange {
  const sides = {...label(now), ...media(old, now), old: old.text, new: now.text, oldPosition: old.position, newPosition: now.position}
  if (now.block === 'table') {
    const rows = diffRows(old.rows ?? [], now.rows ?? [])
    const reasons = rowReasons(rows, old.references, now.references, now.label ?? blockName('table'))
    return {kind: 'modified', block: now.block, ...sides, rows, classification: classOf(reasons), reasons}
  }
  // The text is printed alike on both sides, but a reference in it now points at another provision: shown unchanged, explained.
  const retargeted = old.printed === now.text ? (old.retargeted?.(now) ?? []) : []
  if (retargeted.length > 0) {
    const reasons = retargeted.map((message): Reason => ({classification: 'technical', code: 'cross-reference', message}))
    return {kind: 'modified', block: now.block as TextBlock, ...sides, old: now.text, runs: [{op: 'equal', value: now.text}], classification: classOf(reasons), reasons}
  }
  const reasons = textReasons(old, now)
  return {kind: 'modified', block: now.block as TextBlock, ...sides, runs: diffText(old.text, now.text), classification: classOf(reasons), reasons}
}

/** Why a block of text changed: by what it is, then by what its text says. */
function textReasons(old: SideBlock, now: SideBlock): Array<Reason> {
  const words = documentWords().comparison
  const said = (): Array<Reason> => classifyText(old.text, now.text, {old: old.references, new: now.references})
  switch (now.block) {
    case 'image': {
      const reasons: Array<Reason> = (old.key ?? '') === (now.key ?? '') ? [] : [{classification: 'technical', code: 'image', message: words.image({label: now.label})}]
      // A changed title or alt text of an image is editorial: what the figure shows is its content.
      return [...reasons, ...said().map((reason) => ({...reason, classification: 'editorial' as const}))]
    }
    case 'formula':
      return [{classification: 'technical', code: 'formula', message: words.formula({label: now.label, was: old.text, is: now.text})}]
    case 'code':
      return [{classification: 'technical', code: 'code', message: codeLines(old.text, now.text)}]
    case 'footnote':
      // A footnote to the text is informative; a table's or figure's footnote may state a requirement.
      return said().map((reason) => ({
        ...reason,
        ...(isInformative(now) ? {classification: 'editorial' as const} : {}),
        code: 'footnote' as const,
        message: words.footnote({label: now.label, reason: reason.message})
      }))
    default:
  }
  // An appendix made informative no longer requires what it says; made normative, it does.
  if (now.block === 'paragraph' && now.label === words.parts.status) {
    const status = (text: string) => text.slice(text.indexOf('：') + 1)
    return [{classification: 'technical', code: 'provision', message: words.appendixStatus({was: status(old.text), is: status(now.text)})}]
  }
  if (!isInformative(now)) return said()
  // Notes and examples carry no requirements, so their changes are editorial whatever they touch; a table's or figure's note is named with it.
  const part = now.block === 'note' && now.label !== undefined && now.label.includes(' ')
  return said().map((reason) => ({
    ...reason,
    classification: 'editorial' as const,
    message: part ? words.partNote({label: now.label ?? '', reason: reason.message}) : words.inInformative({reason: reason.message, block: blockName(now.block)})
  }))
}

/** Which lines of a listing changed, numbered on the newer side from 1: `代码第3、5行改变`. */
function codeLines(old: string, now: string): string {
  const parts = diffArrays(old.split('\n'), now.split('\n'))
  const lines: Array<number> = []
  let line = 1
  let removed = 0
  let added = 0
  for (const part of parts) {
    const count = part.value.length
    if (part.added) {
      for (let offset = 0; offset < count; offset++) lines.push(line + offset)
      added += count
      line += count
    } else if (part.removed) {
      // A line removed is named by the line now in its place.
      if (!lines.includes(line)) lines.push(line)
      removed += count
    } else line += count
  }
  const total = now.split('\n').length
  const named = [...new Set(lines)].filter((number) => number <= total).sort((a, b) => a - b)
  return named.length > 0 ? documentWords().comparison.code({lines: named}) : documentWords().comparison.codeLines({added, removed})
}

/** Compares tables row by row, and changed rows cell by cell. */
export function diffRows(old: ReadonlyArray<ReadonlyArray<string>>, now: ReadonlyArray<ReadonlyArray<string>>): Array<RowChange> {
  return alignSequences<ReadonlyArray<string>, RowChange>(old, now, {
    key: (row) => row.join('\u0000'),
    equal: (_, row) => ({kind: 'equal', new: [...row]}),
    // A row edited in place keeps its first cell or most of its text; otherwise it was removed and another added.
    alike: (left, right) => left[0] === right[0] || similarity(left.join(''), right.join('')) >= 0.5,
    modified: (left, right) => {
      const cells: Array<CellChange> = []
      for (let column = 0; column < Math.max(left.length, right.length); column++) {
        const [was, is] = [left[column], right[column]]
        if (was !== is) cells.push({column, old: was, new: is, runs: diffText(was ?? '', is ?? '')})
      }
      return {kind: 'modified', old: [...left], new: [...right], cells}
    },
    removed: (row) => ({kind: 'removed', old: [...row]}),
    added: (row) => ({kind: 'added', new: [...row]})
  })
}

function rowReasons(rows: ReadonlyArray<RowChange>, old: TextReferences, now: TextReferences, table: string): Array<Reason> {
  const reasons: Array<Reason> = []
  for (const [index, row] of rows.entries()) {
    if (row.kind === 'added' || row.kind === 'removed') {
      const cells = row.kind === 'added' ? row.new : row.old
      reasons.push({classification: 'technical', code: 'provision', message: documentWords().comparison.tableRow({added: row.kind === 'added', cells: cells.join(' | ')})})
    } else if (row.kind === 'modified') {
      for (const cell of row.cells) {
        const words = documentWords().comparison
        // A cell a neighbour takes (`<`, `^` in the grid) that is now a cell of its own, or the reverse: the cells were merged or split.
        const span = [cell.old, cell.new].some((side) => side === '<' || side === '^')
        const found = span ? [{classification: 'editorial' as const, code: 'structure' as const, message: words.span}] : classifyText(cell.old ?? '', cell.new ?? '')
        const name = cellName(table, rows, index, cell.column)
        reasons.push(...found.map((reason) => ({...reason, message: words.inCell({cell: name, text: reason.message})})))
      }
    }
  }
  if ([...old.standards].sort().join() !== [...now.standards].sort().join()) {
    reasons.push({classification: 'technical', code: 'reference', message: documentWords().comparison.referenceChanged})
  }
  return reasons
}

/** What a block is called in a reason: 段, 注, 列项, 表 … */
export function blockName(block: BlockName): string {
  return documentWords().comparison.blocks[block]
}

/** Technical when any reason is. */
export function classOf(reasons: ReadonlyArray<Reason>): Classification | undefined {
  if (reasons.length === 0) return undefined
  return reasons.some((reason) => reason.classification === 'technical') ? 'technical' : 'editorial'
}
