/**
 * Shared by the differ's tests: parsing sources (the real editions of
 * Q/ZX 75.1861 and the hand-made fixture pairs) and a compact, readable
 * rendering of a diff for the golden files.
 */
import {readFileSync} from 'node:fs'
import type {Standard} from '@stdkit/tree'
import {parseStandard} from '@stdkit/parse'
import {VFile} from 'vfile'
import type {ProvisionChange, StandardDiff} from '@stdkit/diff'

/** The real editions, oldest first. */
export const years = ['2004', '2005', '2006', '2007'] as const
export type Year = (typeof years)[number]

const root = new URL('../../../', import.meta.url)

/** Parses a source text; fails on any message of the parser, so a broken source cannot pass unnoticed. */
export function parse(value: string, path: string): Standard {
  const file = new VFile({path, value})
  const tree = parseStandard(file)
  if (file.messages.length > 0) throw new Error(`${path}: ${file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`).join('; ')}`)
  return tree
}

const editions = new Map<Year, Standard>()

/** A real edition, parsed once per test file. */
export function edition(year: Year): Standard {
  let tree = editions.get(year)
  if (!tree) {
    const path = `standards/q-zx-75.1861/${year}.md`
    tree = parse(readFileSync(new URL(path, root), 'utf8'), path)
    editions.set(year, tree)
  }
  return tree
}

/** The change of the provision that is `number` on the given side. */
export function provision(diff: StandardDiff, side: 'old' | 'new', number: string): ProvisionChange {
  const found = diff.provisions.filter((change) => change[side]?.number === number)
  if (found.length !== 1) throw new Error(`expected one provision numbered ${number} on the ${side} side, found ${found.length}`)
  return found[0] as ProvisionChange
}

/** One line per provision: `old → new  id  kinds  classification  (match)`, then the fields and the change list. */
export function summarize(diff: StandardDiff): string {
  const lines: Array<string> = [`${diff.old.number} → ${diff.new.number}`, '', 'Provisions (old → new  id  kinds  classification  match)']
  for (const change of diff.provisions) {
    const related = change.related ? `  related: ${change.related.join(', ')}` : ''
    lines.push(
      `  ${change.old?.number ?? '-'} → ${change.new?.number ?? '-'}  ${change.id}  ${change.kinds.join(', ')}  ${change.classification ?? '-'}  ${change.match ?? '-'}${related}`
    )
  }
  lines.push('', 'Fields')
  for (const field of diff.fields) lines.push(`  ${field.field}: ${field.old ?? '-'} → ${field.new ?? '-'}  ${field.classification}`)
  lines.push('', 'Change list')
  for (const item of diff.changeList) lines.push(`  ${item.action} ${item.id}: ${item.text}`)
  if (diff.changeList.length === 0) lines.push('  (none)')
  return `${lines.join('\n')}\n`
}
