/**
 * The library the tests run on: the editions named here, copied into scratch
 * folders. A user's own drafts beside them in `standards/` (the README's
 * routine adds `2008.md`) change nothing the tests see.
 *
 * Plain JavaScript with its own declarations, so that every package's tests
 * can import it without it becoming part of their compiled sources.
 */
import {copyFileSync, mkdirSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repository = fileURLToPath(new URL('../', import.meta.url))

/** The editions of the library, as paths below `standards/`. */
export const libraryEditions = Object.freeze([
  'q-zx-75.1760/2006.md',
  'q-zx-75.1861/2004.md',
  'q-zx-75.1861/2005.md',
  'q-zx-75.1861/2006.md',
  'q-zx-75.1861/2007.md',
  't-zxbz-12.1/2023.md',
  't-zxbz-12.1/2026.md',
  't-zxbz-12.2/2026.md'
])

/** The technical standard's editions, as paths below `standards/`: tested by the suites that need figures and formulas. */
export const technicalEditions = Object.freeze(['t-zxbz-15/2022.md', 't-zxbz-15/2026.md'])

/** Every comparison the build makes of these editions: each pair of a standard's editions, older first. */
export function comparisonsOf(editions) {
  const byStandard = new Map()
  for (const edition of editions) {
    const slug = edition.split('/')[0]
    byStandard.set(slug, [...(byStandard.get(slug) ?? []), edition])
  }
  const out = []
  for (const list of byStandard.values()) list.forEach((old, index) => list.slice(index + 1).forEach((now) => out.push([old, now])))
  return out
}

/**
 * The rows of the reporter's text, each as `file:line:column severity reason
 * rule source` (a span by where it starts): the file is the heading of the
 * block its rows are in.
 */
export function reportedRows(stderr) {
  const rows = []
  let file = ''
  for (const line of stderr.split('\n')) {
    const row = /^(\d+:\d+)(?:-\d+:\d+)?\s+(\S+)\s+(.*?)\s+([a-z][a-z0-9-]*)\s+(stdkit)$/u.exec(line)
    if (row) rows.push(`${file}:${row.slice(1).join(' ')}`)
    else if (line !== '' && !line.includes(' ')) file = line
  }
  return rows
}

/** Copies the library's editions into `folder/standards/`. */
export function copyEditions(folder) {
  for (const edition of libraryEditions) {
    const target = path.join(folder, 'standards', ...edition.split('/'))
    mkdirSync(path.dirname(target), {recursive: true})
    copyFileSync(path.join(repository, 'standards', ...edition.split('/')), target)
  }
  return folder
}

/** A new scratch folder holding a copy of the library's `standards/`, as a user's checkout would. */
export function copyLibrary(prefix = 'stdkit-') {
  return copyEditions(mkdtempSync(path.join(tmpdir(), prefix)))
}
