/**
 * A redline for the terminal: the summary, the drafted change list and the
 * record check, then every changed provision with its text changes marked.
 * With colour, deletions are red and struck through and insertions green and
 * underlined; without, they are written `[-…-]` and `{+…+}`, so the redline
 * reads the same in a mail or a log. Control characters of the sources are
 * escaped (`\u001b`): only the redline's own colours reach the terminal.
 */
import {documentWords} from '@stdkit/messages'
import {escapeControls as plain} from '@stdkit/tree'
import {cellName} from './cells.js'
import {movedBlock} from './moves.js'
import {comparisonReport} from './report.js'
import type {BlockChange, ProvisionChange, RowChange, StandardDiff, TextRun} from './types.js'

export interface RedlineOptions {
  /** Use ANSI colours (default: false). */
  color?: boolean | undefined
  /** Also list unchanged provisions (default: false). */
  all?: boolean | undefined
}

const ansi = {deleted: '\u001b[31;9m', inserted: '\u001b[32;4m', heading: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[0m'}

export function toRedline(diff: StandardDiff, options: Readonly<RedlineOptions> = {}): string {
  const color = options.color === true
  const style = (code: string, text: string) => (color ? `${code}${plain(text)}${ansi.reset}` : plain(text))
  const del = (text: string) => (color ? style(ansi.deleted, text) : `[-${plain(text)}-]`)
  const ins = (text: string) => (color ? style(ansi.inserted, text) : `{+${plain(text)}+}`)
  const runs = (list: ReadonlyArray<TextRun>) => list.map((run) => (run.op === 'equal' ? plain(run.value) : run.op === 'delete' ? del(run.value) : ins(run.value))).join('')
  const words = documentWords().comparison
  const {redline} = words
  const report = comparisonReport(diff)
  const lines: Array<string> = []
  lines.push(style(ansi.heading, `${diff.old.number} → ${diff.new.number}`))
  const counts = report.counts.filter((item) => item.kind !== 'unchanged').map((item) => redline.count({kind: item.label, count: item.count}))
  const {provisions, technical, editorial, review} = diff.summary
  lines.push(redline.counts({changes: counts.join('，') || redline.noChanges, unchanged: provisions.unchanged, technical, editorial, review}))
  if (report.fields.rows.length > 0) {
    lines.push('', style(ansi.heading, redline.fields))
    for (const field of report.fields.rows) lines.push(`  ${plain(field.label)}：${field.old === undefined ? '' : del(field.old)}${field.new === undefined ? '' : ins(field.new)}  （${field.classification}）`)
  }
  if (report.record.rows.length > 0) {
    lines.push('', style(ansi.heading, report.record.caption))
    for (const row of report.record.rows) {
      if (row.kind === 'modified') for (const cell of row.cells) lines.push(`  ${plain(cell.name)}：${runs(cell.runs)}`)
      else lines.push(`  ${plain(row.label)}：${row.kind === 'added' ? ins(row.text) : del(row.text)}`)
    }
  }
  if (report.changeList.items.length > 0) {
    lines.push('', style(ansi.heading, redline.changeList))
    for (const item of report.changeList.items) lines.push(`  ${plain(item)}`)
  }
  if (report.recordCheck) {
    const check = report.recordCheck
    lines.push('', style(ansi.heading, check.heading))
    for (const claim of check.claims) lines.push(`  ${claim.status === 'confirmed' ? '✓' : '✗'} ${plain(`${claim.claim} — ${claim.message}`)}`)
    if (check.uncovered.length > 0) lines.push(`  ${plain(`${check.uncoveredLabel}${check.uncovered.map((clause) => clause.number).join(report.series)}`)}`)
  }
  lines.push('', style(ansi.heading, redline.provisions))
  for (const change of diff.provisions) {
    if (!options.all && change.kinds.includes('unchanged')) continue
    const flags = redline.flags({kinds: change.kinds.map((kind) => words.kinds[kind]).join(report.series), classification: change.classification && words.classifications[change.classification]})
    lines.push(`  ${plain(heading(change, diff.old.year))}  ${style(ansi.dim, flags)}`)
    for (const reason of change.reasons) lines.push(`      ${style(ansi.dim, redline.reason({classification: words.classifications[reason.classification], reason: reason.message}))}`)
    for (const block of change.blocks) {
      const text = blockLine(block, runs, del, ins)
      if (text !== undefined) lines.push(`      ${text}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** A provision's number and title; an older number named with its edition: `5.1 问题记录（2006年版的 4.3 问题记录）`, `2006年版的6.2 到达现场`. */
function heading(change: ProvisionChange, year: number): string {
  const words = documentWords().comparison
  const name = (side: ProvisionChange['old']) => (side ? `${side.number}${side.title ? ` ${side.title}` : ''}` : '')
  if (change.old && change.new && change.old.number !== change.new.number) return words.redline.was({now: name(change.new), was: name(change.old), year})
  if (change.old && !change.new) return `${words.formerNumber({number: change.old.number, year})}${change.old.title ? ` ${change.old.title}` : ''}`
  return name(change.new ?? change.old)
}

function blockLine(
  block: BlockChange,
  runs: (list: ReadonlyArray<TextRun>) => string,
  del: (text: string) => string,
  ins: (text: string) => string
): string | undefined {
  // A table or figure moved to another provision: one line where it left, with what changed on the way; nothing where it arrived.
  const moved = movedBlock(block)
  if (moved === 'hidden') return undefined
  if (moved) return [plain(moved.line), ...moved.parts.map((part) => `  ${part.name === undefined ? '' : `${plain(part.name)}：`}${runs(part.runs)}`)].join('\n      ')
  switch (block.kind) {
    case 'equal':
      return undefined
    case 'added':
      return ins(block.new)
    case 'removed':
      return del(block.old)
    case 'modified':
      return block.block === 'table' ? block.rows.flatMap((row, index) => rowLine(row, index, block, runs, del, ins)).join('\n      ') : runs(block.runs)
  }
}

function rowLine(
  row: RowChange,
  index: number,
  table: Extract<BlockChange, {block: 'table'; kind: 'modified'}>,
  runs: (list: ReadonlyArray<TextRun>) => string,
  del: (text: string) => string,
  ins: (text: string) => string
): Array<string> {
  const {comparison} = documentWords()
  switch (row.kind) {
    case 'equal':
      return []
    case 'added':
      return [ins(row.new.join(' | '))]
    case 'removed':
      return [del(row.old.join(' | '))]
    case 'modified':
      // A row that only moved has no cell to show: its reason says where it went.
      return row.cells.map((cell) => `${plain(cellName(table.label ?? comparison.blocks.table, table.rows, index, cell.column))}：${runs(cell.runs)}`)
  }
}
