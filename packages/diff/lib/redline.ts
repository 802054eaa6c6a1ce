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
import {classificationLabels, kindLabel} from './labels.js'
import {provisionNumber} from './record-check.js'
import type {BlockChange, ProvisionChange, StandardDiff, TextRun} from './types.js'

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
  const lines: Array<string> = []
  const {summary} = diff
  lines.push(style(ansi.heading, `${diff.old.number} → ${diff.new.number}`))
  const counts = Object.entries(summary.provisions)
    .filter(([kind, count]) => count > 0 && kind !== 'unchanged')
    .map(([kind, count]) => redline.count({kind: kindLabel(kind), count}))
  lines.push(redline.counts({changes: counts.join('，') || redline.noChanges, unchanged: summary.provisions.unchanged, technical: summary.technical, editorial: summary.editorial}))
  if (diff.fields.length > 0) {
    lines.push('', style(ansi.heading, redline.fields))
    for (const field of diff.fields) lines.push(`  ${plain(field.label)}：${field.old === undefined ? '' : del(field.old)}${field.new === undefined ? '' : ins(field.new)}  （${classificationLabels[field.classification]}）`)
  }
  if (diff.changeList.length > 0) {
    lines.push('', style(ansi.heading, redline.changeList))
    for (const item of diff.changeList) lines.push(`  ${plain(item.text)}`)
  }
  if (diff.recordCheck) {
    lines.push('', style(ansi.heading, redline.recordCheck({edition: diff.recordCheck.edition})))
    for (const claim of diff.recordCheck.claims) lines.push(`  ${claim.status === 'confirmed' ? '✓' : '✗'} ${plain(`${claim.claim} — ${claim.message}`)}`)
    const uncovered = diff.recordCheck.uncovered.map((id) => provisionNumber(diff, id))
    if (uncovered.length > 0) lines.push(`  ${plain(redline.uncovered({numbers: uncovered.join('、')}))}`)
  }
  lines.push('', style(ansi.heading, redline.provisions))
  for (const change of diff.provisions) {
    if (!options.all && change.kinds.includes('unchanged')) continue
    const flags = redline.flags({kinds: change.kinds.map(kindLabel).join('、'), classification: change.classification && classificationLabels[change.classification]})
    lines.push(`  ${plain(heading(change))}  ${style(ansi.dim, flags)}`)
    for (const reason of change.reasons) lines.push(`      ${style(ansi.dim, redline.reason({classification: classificationLabels[reason.classification], reason: reason.message}))}`)
    for (const block of change.blocks) {
      const text = blockLine(block, runs, del, ins)
      if (text !== undefined) lines.push(`      ${text}`)
    }
  }
  return `${lines.join('\n')}\n`
}

function heading(change: ProvisionChange): string {
  const name = (side: ProvisionChange['old']) => (side ? `${side.number}${side.title ? ` ${side.title}` : ''}` : '')
  if (change.old && change.new && change.old.number !== change.new.number) return documentWords().comparison.redline.was({now: name(change.new), was: name(change.old)})
  return name(change.new ?? change.old)
}

function blockLine(
  block: BlockChange,
  runs: (list: ReadonlyArray<TextRun>) => string,
  del: (text: string) => string,
  ins: (text: string) => string
): string | undefined {
  switch (block.kind) {
    case 'equal':
      return undefined
    case 'added':
      return ins(block.new ?? '')
    case 'removed':
      return del(block.old ?? '')
    case 'modified': {
      if (block.rows) {
        return block.rows
          .filter((row) => row.kind !== 'equal')
          .map((row) =>
            row.kind === 'added'
              ? ins((row.new ?? []).join(' | '))
              : row.kind === 'removed'
                ? del((row.old ?? []).join(' | '))
                : (row.cells ?? []).map((cell) => documentWords().comparison.cell({column: cell.column + 1, text: runs(cell.runs)})).join(documentWords().comparison.redline.cellSeparator)
          )
          .join('\n      ')
      }
      return runs(block.runs ?? [])
    }
  }
}
