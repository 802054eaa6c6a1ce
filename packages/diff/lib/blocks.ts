/** A provision's own blocks compared: aligned as a sequence, then word by word, tables row by row and cell by cell. */
import {documentWords} from '@stdkit/messages'
import {diffArrays} from 'diff'
import type {BlockChange, BlockName, CellChange, Classification, DiffImage, Reason, RowChange, TextBlock, TextRun} from './types.js'
import type {Position} from 'unist'
import {cellName} from './cells.js'
import {pairItems} from './items.js'
import {classifyText, diffText, essence, fold, similarity, type TextReferences} from './text.js'

/** A block as the differ compares it: its text on this side and what it refers to. */
export interface SideBlock {
  block: BlockName
  label?: string | undefined
  text: string
  /** A list item's text without its label; absent for other blocks. */
  body?: string | undefined
  /** A block of a part that holds no requirements (an informative appendix, a term's source): its rewording is editorial. */
  prose?: boolean | undefined
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

/** Blocks whose words name or caption rather than require: a document's title, a figure's or image's title. */
const prose: ReadonlySet<BlockName> = new Set(['normativeReference', 'figure', 'image'])

/** Runs with neighbours of one kind joined. */
function merged(runs: ReadonlyArray<TextRun>): Array<TextRun> {
  const out: Array<TextRun> = []
  for (const run of runs) {
    const last = out.at(-1)
    if (run.value === '') continue
    if (last?.op === run.op) last.value += run.value
    else out.push({...run})
  }
  return out
}

/** Whether a block holds no requirement: a note, an example, a footnote to the text. */
const isInformative = (block: SideBlock): boolean => informative.has(block.block) || block.informative === true

/** A block's text without its list item label: what it is compared by, so relettering is no change. */
export function bodyOf(block: SideBlock): string {
  return block.body ?? block.text
}

/** Words that join two sentences and may fall away when one item is split in two (or appear when two are merged). */
const joints = /(^|[，；。、,;:：])(?:并且|并|且|同时|以及|及)/gu

/** The words of a block, for splits and merges: its essence without joining words. */
function wordsOf(block: SideBlock): string {
  return essence(fold(bodyOf(block)).replace(joints, '$1'))
}

/** Blocks that may be split or merged: list items and paragraphs. */
const divisible: ReadonlySet<BlockName> = new Set(['listItem', 'paragraph'])

/** Compares two sequences of blocks, aligned by content: reordered, split, merged or relettered items are told as such. */
export function diffBlocks(old: ReadonlyArray<SideBlock>, now: ReadonlyArray<SideBlock>): Array<BlockChange> {
  const pairings = pairItems(old, now, {
    key: (block) => `${block.block}\u0000${bodyOf(block)}\u0000${block.key ?? ''}`,
    likeness: (left, right) => (left.block === right.block ? similarity(bodyOf(left), bodyOf(right)) : undefined),
    threshold: 0.3,
    words: wordsOf,
    together: (a, b) => a.block === b.block && divisible.has(a.block),
    // A list item is an item of its own: one that is not alike was removed and another added. Other blocks rewritten in place are edited.
    inPlace: (left, right) => left.block === right.block && left.block !== 'listItem'
  })
  const at = <T>(list: ReadonlyArray<T>, index: number): T => list[index] as T
  return pairings.flatMap((pairing): Array<BlockChange> => {
    switch (pairing.how) {
      case 'equal':
        return [equal(at(old, pairing.old), at(now, pairing.new))]
      case 'modified':
        return [modified(at(old, pairing.old), at(now, pairing.new))]
      case 'moved': {
        const [was, is] = [at(old, pairing.old), at(now, pairing.new)]
        const message = documentWords().comparison.itemMoved({block: blockName(is.block), was: was.label, is: is.label})
        return [unchanged(was, is, was.text, {classification: 'editorial', code: 'structure', message})]
      }
      case 'split': {
        const was = at(old, pairing.old)
        const parts = pairing.new.map((index) => at(now, index))
        const message = documentWords().comparison.itemSplit({block: blockName(was.block), was: was.label ?? '', parts: parts.map((part) => part.label ?? '').join('、')})
        return parts.map((part) => unchanged(was, part, was.text, {classification: 'editorial', code: 'structure', message}))
      }
      case 'merged': {
        const parts = pairing.old.map((index) => at(old, index))
        const is = at(now, pairing.new)
        const message = documentWords().comparison.itemMerged({block: blockName(is.block), parts: parts.map((part) => part.label ?? '').join('、'), is: is.label ?? ''})
        return [unchanged(parts[0] as SideBlock, is, parts.map((part) => part.text).join('\n'), {classification: 'editorial', code: 'structure', message})]
      }
      case 'removed':
        return [one('removed', at(old, pairing.old))]
      case 'added':
        return [one('added', at(now, pairing.new))]
    }
  })
}

/** The label the older side printed, where it differs. */
function oldLabel(old: SideBlock, now: SideBlock): {oldLabel?: string} {
  return old.label !== undefined && old.label !== now.label && old.block === 'listItem' ? {oldLabel: old.label} : {}
}

/** A block whose words did not change but whose place did (moved, split, merged): shown as it is now, with why. */
function unchanged(old: SideBlock, now: SideBlock, was: string, reason: Reason): BlockChange {
  const sides = {...label(now), ...oldLabel(old, now), ...media(old, now), old: was, new: now.text, oldPosition: old.position, newPosition: now.position}
  const explained = {classification: reason.classification, reasons: [reason]}
  if (now.block === 'table') {
    const rows: Array<RowChange> = (now.rows ?? []).map((row) => ({kind: 'equal', new: [...row]}))
    return {kind: 'modified', block: now.block, ...sides, rows, ...explained}
  }
  return {kind: 'modified', block: now.block, ...sides, runs: [{op: 'equal', value: now.text}], ...explained}
}

function equal(old: SideBlock, now: SideBlock): BlockChange {
  return {kind: 'equal', block: now.block, ...label(now), ...oldLabel(old, now), ...media(old, now), new: now.text, oldPosition: old.position, newPosition: now.position}
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
  const sides = {...label(now), ...oldLabel(old, now), ...media(old, now), old: old.text, new: now.text, oldPosition: old.position, newPosition: now.position}
  if (now.block === 'table') {
    const rows = diffRows(old.rows ?? [], now.rows ?? [])
    const reasons = rowReasons(rows, old.references, now.references, !isInformative(now) && now.prose !== true, now.label ?? blockName('table'))
    return {kind: 'modified', block: now.block, ...sides, rows, classification: classOf(reasons), reasons}
  }
  // The text is printed alike on both sides, but a reference in it now points at another provision: shown unchanged, explained.
  const retargeted = old.printed === now.text ? (old.retargeted?.(now) ?? []) : []
  if (retargeted.length > 0) {
    const reasons = retargeted.map((message): Reason => ({classification: 'technical', code: 'cross-reference', message}))
    return {kind: 'modified', block: now.block as TextBlock, ...sides, old: now.text, runs: [{op: 'equal', value: now.text}], classification: classOf(reasons), reasons}
  }
  const reasons = textReasons(old, now)
  // A list item's label is no part of its text: a relettered item shows its new label, unmarked.
  const runs: Array<TextRun> =
    now.block === 'listItem' && now.body !== undefined && old.body !== undefined && now.label !== undefined
      ? [{op: 'equal', value: `${now.label} `}, ...diffText(old.body, now.body)]
      : diffText(old.text, now.text)
  return {kind: 'modified', block: now.block as TextBlock, ...sides, runs: merged(runs), classification: classOf(reasons), reasons}
}

/** Why a block of text changed: by what it is, then by what its text says. */
function textReasons(old: SideBlock, now: SideBlock): Array<Reason> {
  const words = documentWords().comparison
  // Text that states requirements: a paragraph, a list item, a table's or figure's footnote of a clause or a normative appendix; not a title, a note, an example, a document's name.
  const normative = !isInformative(now) && now.prose !== true && !prose.has(now.block)
  const said = (): Array<Reason> => classifyText(bodyOf(old), bodyOf(now), {old: old.references, new: now.references}, {normative})
  switch (now.block) {
    case 'image': {
      const reasons: Array<Reason> = (old.key ?? '') === (now.key ?? '') ? [] : [{classification: 'technical', code: 'image', message: words.image({label: now.label})}]
      // A changed title or alt text of an image is editorial: what the figure shows is its content.
      return [...reasons, ...said().map((reason) => ({...reason, classification: 'editorial' as const}))]
    }
    case 'formula':
      // The same operations written otherwise (a multiplication sign made explicit, spacing) are the same formula.
      if (sameFormula(old.text, now.text)) return [{classification: 'editorial', code: 'formula', message: words.formulaNotation({label: now.label, was: old.text, is: now.text})}]
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
  // A term's English equivalent is given for reference: the term and its definition are what the standard defines.
  if (now.block === 'paragraph' && now.label === words.parts.english) {
    const value = (text: string) => text.slice(text.indexOf('：') + 1)
    return [{classification: 'editorial', code: 'wording', message: words.englishChanged({was: value(old.text), is: value(now.text)})}]
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

/** LaTeX's tokens as they typeset: commands, numbers, single characters; spacing left out. */
function texTokens(tex: string): Array<string> {
  const spacing = new Set(['\\,', '\\;', '\\:', '\\!', '\\ ', '\\quad', '\\qquad'])
  return (tex.match(/\\[a-zA-Z]+|\\.|\d+(?:\.\d+)?|\S/gu) ?? []).filter((token) => !spacing.has(token))
}

/**
 * Whether two formulas differ only in how they are written: spacing, or a
 * multiplication sign (`\cdot`, `\times`) put in or taken out between two
 * factors that are not both numbers (`\psi R` → `\psi \cdot R`). A sign
 * replaced by another, or put between two numbers (`2 3` → `2 \cdot 3`), is
 * a change.
 */
export function sameFormula(old: string, now: string): boolean {
  const [a, b] = [texTokens(old), texTokens(now)]
  if (a.join(' ') === b.join(' ')) return true
  const product = new Set(['\\cdot', '\\times'])
  const number = (token: string | undefined) => token !== undefined && /^\d/u.test(token)
  const parts = diffArrays(a, b)
  return parts.every((part, index) => {
    if (!part.added && !part.removed) return true
    const [before, after] = [parts[index - 1], parts[index + 1]]
    // A replacement: something taken out and something else put in at the same place.
    if ((part.removed && after?.added) || (part.added && before?.removed)) return false
    const kept = (side: typeof before, last: boolean) => (side && !side.added && !side.removed ? (last ? side.value.at(-1) : side.value[0]) : undefined)
    return part.value.length === 1 && product.has(part.value[0] ?? '') && !(number(kept(before, true)) && number(kept(after, false)))
  })
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

/** Compares tables row by row, rows aligned by content (a row keeps its first cell or most of its text), and changed rows cell by cell. */
export function diffRows(old: ReadonlyArray<ReadonlyArray<string>>, now: ReadonlyArray<ReadonlyArray<string>>): Array<RowChange> {
  const pairings = pairItems(old, now, {
    key: (row) => row.join('\u0000'),
    likeness: (left, right) => (left[0] !== undefined && left[0] !== '' && left[0] === right[0] ? 1 : similarity(left.join(''), right.join(''))),
    threshold: 0.5
  })
  const at = (list: ReadonlyArray<ReadonlyArray<string>>, index: number): ReadonlyArray<string> => list[index] ?? []
  return pairings.flatMap((pairing): Array<RowChange> => {
    switch (pairing.how) {
      case 'equal':
        return [{kind: 'equal', new: [...at(now, pairing.new)]}]
      case 'moved':
        return [{kind: 'modified', old: [...at(old, pairing.old)], new: [...at(now, pairing.new)], moved: true, cells: []}]
      case 'modified': {
        const [left, right] = [at(old, pairing.old), at(now, pairing.new)]
        const cells: Array<CellChange> = []
        for (let column = 0; column < Math.max(left.length, right.length); column++) {
          const [was, is] = [left[column], right[column]]
          if (was !== is) cells.push({column, old: was, new: is, runs: diffText(was ?? '', is ?? '')})
        }
        return [{kind: 'modified', old: [...left], new: [...right], cells}]
      }
      case 'removed':
        return [{kind: 'removed', old: [...at(old, pairing.old)]}]
      case 'added':
        return [{kind: 'added', new: [...at(now, pairing.new)]}]
      default:
        // Rows are not split or merged.
        return []
    }
  })
}

function rowReasons(rows: ReadonlyArray<RowChange>, old: TextReferences, now: TextReferences, normative: boolean, table: string): Array<Reason> {
  const reasons: Array<Reason> = []
  for (const [index, row] of rows.entries()) {
    if (row.kind === 'added' || row.kind === 'removed') {
      const cells = row.kind === 'added' ? row.new : row.old
      reasons.push({classification: 'technical', code: 'provision', message: documentWords().comparison.tableRow({added: row.kind === 'added', cells: cells.join(' | ')})})
    } else if (row.kind === 'modified') {
      if (row.moved) reasons.push({classification: 'editorial', code: 'structure', message: documentWords().comparison.rowMoved({row: row.new[0] ?? row.new.join(' | ')})})
      for (const cell of row.cells) {
        const words = documentWords().comparison
        // A cell a neighbour takes (`<`, `^` in the grid) that is now a cell of its own, or the reverse: the cells were merged or split.
        const span = [cell.old, cell.new].some((side) => side === '<' || side === '^')
        const found = span ? [{classification: 'editorial' as const, code: 'structure' as const, message: words.span}] : classifyText(cell.old ?? '', cell.new ?? '', {}, {normative})
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

/** Technical when any reason is; else to review when any reason is; else editorial. */
export function classOf(reasons: ReadonlyArray<Reason>): Classification | undefined {
  if (reasons.length === 0) return undefined
  if (reasons.some((reason) => reason.classification === 'technical')) return 'technical'
  return reasons.some((reason) => reason.classification === 'review') ? 'review' : 'editorial'
}

/** Whether a class of change counts as technical for the change list and the record check: technical, or to review. */
export function countsAsTechnical(classification: Classification | undefined): boolean {
  return classification === 'technical' || classification === 'review'
}
