/**
 * The comparison as a Word document: accepting every revision gives the
 * newer edition's text, rejecting every one the older's, for every
 * comparison the build makes of the library and for the technical standard.
 * Accept and reject are done here on document.xml, as a word processor does
 * them.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {strFromU8, unzipSync} from 'fflate'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffEditions, type StandardDiff} from '@stdkit/diff'
import {renderComparisonDocx, renderDocx} from '@stdkit/docx'
import {parseStandard} from '@stdkit/parse'
import type {CrossReference, Node, Standard} from '@stdkit/tree'
import {comparisonsOf, libraryEditions, technicalEditions, repository} from '../../../test/library.js'

const load = (edition: string): {tree: Standard; source: string; read: (url: string) => Promise<Uint8Array>} => {
  const file = edition.startsWith('packages/') ? path.join(repository, edition) : path.join(repository, 'standards', edition)
  return {
    tree: parseStandard(new VFile({path: file, value: readFileSync(file, 'utf8')})),
    source: edition,
    read: async (url) => new Uint8Array(readFileSync(path.resolve(path.dirname(file), url)))
  }
}

/** Every comparison the build makes of the test library and the technical standard. */
const comparisons = comparisonsOf([...libraryEditions, ...technicalEditions])

/** The differ's own cases: a provision moved, split, merged, renumbered, a table's rows, a list's items … */
const cases = (() => {
  const folder = path.join(repository, 'packages/diff/test/fixtures')
  return readdirSync(folder)
    .filter((name) => existsSync(path.join(folder, name, 'old.md')) && existsSync(path.join(folder, name, 'new.md')))
    .sort()
    .map((name) => [`packages/diff/test/fixtures/${name}/old.md`, `packages/diff/test/fixtures/${name}/new.md`] as [string, string])
})()

const unescape = (value: string) => value.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')

const documentOf = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())

/** The body's XML after its first section (the comparison's summary page). */
const afterSummary = (xml: string): string => {
  const end = xml.indexOf('</w:sectPr>')
  return xml.slice(xml.indexOf('</w:p>', end) + '</w:p>'.length)
}

/**
 * What a word processor's accept all (or reject all) leaves: the runs of the
 * other side's revisions dropped, this side's kept, rows inserted (deleted)
 * dropped, and a paragraph whose mark is dropped merged with the next one.
 * The paragraphs' texts, in order, the empty ones left out.
 */
function resolved(xml: string, choice: 'accept' | 'reject'): Array<string> {
  const [drop, keep] = choice === 'accept' ? [['w:del', 'w:moveFrom'], ['w:ins', 'w:moveTo']] : [['w:ins', 'w:moveTo'], ['w:del', 'w:moveFrom']]
  let body = (xml.includes('<w:body>') ? xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('</w:body>')) : xml).replace(/<w:move(?:From|To)Range(?:Start|End)\s[^>]*\/>/gu, '')
  const rowMark = choice === 'accept' ? 'w:del' : 'w:ins'
  body = body.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/gu, (row) => (new RegExp(`<w:trPr>(?:(?!</w:trPr>)[\\s\\S])*<${rowMark}\\s`, 'u').test(row) ? '' : row))
  for (const tag of drop) body = body.replace(new RegExp(`<${tag}\\s[^>]*[^/]>[\\s\\S]*?</${tag}>`, 'gu'), '')
  for (const tag of keep) body = body.replace(new RegExp(`<${tag}\\s[^>]*[^/]>`, 'gu'), '').replaceAll(`</${tag}>`, '')
  const out: Array<string> = []
  let carried = ''
  for (const match of body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/gu)) {
    const inner = match[1] ?? ''
    const text = carried + unescape([...inner.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((t) => t[1]).join(''))
    const properties = /^<w:pPr>[\s\S]*?<\/w:pPr>/u.exec(inner)?.[0] ?? ''
    const markDropped = drop.some((tag) => new RegExp(`<w:rPr>(?:(?!</w:rPr>)[\\s\\S])*<${tag}\\s[^>]*/>`, 'u').test(properties))
    if (markDropped) carried = text
    else {
      carried = ''
      if (text.trim() !== '') out.push(text)
    }
  }
  if (carried.trim() !== '') out.push(carried)
  return out
}

/** The paragraphs' texts of an edition's document without its 目次 (the comparison has none), the empty ones left out. */
const texts = (xml: string): Array<string> =>
  resolved(xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/gu, '').replace(/<w:p(?:\s[^>]*)?>(?:(?!<\/w:p>)[\s\S])*<w:pStyle w:val="StdTocTitle"\/>[\s\S]*?<\/w:p>/gu, ''), 'accept')

/** The older edition with the newer edition's numbers on its provisions and in the references to them: a renumbering is not a revision. */
function renumbered(older: Standard, diff: StandardDiff): Standard {
  const numbers = new Map(diff.provisions.flatMap((change) => (change.old && change.new && change.old.number !== change.new.number ? [[change.old.id, change.new.number] as const] : [])))
  const visit = (node: Node): Node => {
    const children = (node as Node & {children?: Array<Node>}).children
    if (node.type === 'crossReference') {
      const reference = node as CrossReference
      const number = numbers.get(reference.targetId ?? '')
      return number === undefined ? node : ({...reference, children: reference.children.map((child) => ({...child, value: child.value.split(reference.target).join(number)}))} as Node)
    }
    const copy = {...node, ...(children ? {children: children.map(visit)} : {})} as Node & {id?: string}
    const number = copy.id === undefined ? undefined : numbers.get(copy.id)
    if (number === undefined) return copy
    return copy.type === 'appendix' ? ({...copy, letter: number} as Node) : copy.type === 'clause' || copy.type === 'term' ? ({...copy, number} as Node) : copy
  }
  return visit(older) as Standard
}

const first = <Value>(list: ReadonlyArray<Value>, wanted: (value: Value) => boolean): number => list.findIndex(wanted)

describe('renderComparisonDocx', () => {
  it.each([...comparisons, ...cases])('%s → %s: accept all gives the newer text, reject all the older', async (oldEdition, newEdition) => {
    const old = load(oldEdition)
    const now = load(newEdition)
    const diff = diffEditions(old.tree, now.tree, {oldSource: old.source, newSource: now.source})
    const bytes = await renderComparisonDocx({diff, older: old.tree, newer: now.tree}, {readImage: now.read, readOlderImage: old.read})
    const xml = afterSummary(documentOf(bytes))
    expect(resolved(xml, 'accept').length).toBeGreaterThan(20)
    expect(resolved(xml, 'accept')).toEqual(texts(documentOf(await renderDocx(now.tree, {readImage: now.read}))))
    expect(resolved(xml, 'reject')).toEqual(texts(documentOf(await renderDocx(renumbered(old.tree, diff), {readImage: old.read}))))
    const changed = diff.provisions.some((change) => !change.kinds.includes('unchanged'))
    if (changed) {
      expect(xml).toMatch(/<w:(?:ins|moveTo)\s/u)
      expect(resolved(xml, 'accept')).not.toEqual(resolved(xml, 'reject'))
    }
    // No paragraph whose break is not revised ends with a revision of the kind the next one begins with (a word processor would join them).
    const paragraphs = [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/gu, '<w:p></w:p>').matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/gu)].map((match) => (match[1] ?? '').replace(/<w:bookmark(?:Start|End)\s[^>]*\/>/gu, ''))
    paragraphs.forEach((paragraph, index) => {
      const last = /<\/(w:ins|w:del)>$/u.exec(paragraph)?.[1]
      const next = /^(?:<w:pPr>[\s\S]*?<\/w:pPr>)?<(w:ins|w:del)\s/u.exec(paragraphs[index + 1] ?? '')?.[1]
      const mark = /^<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:rPr><(w:ins|w:del)\s/u.exec(paragraph)?.[1]
      if (last !== undefined && last === next) expect(mark, paragraph).toBe(last)
    })
    // The same bytes, render after render.
    expect(Buffer.from(await renderComparisonDocx({diff, older: old.tree, newer: now.tree}, {readImage: now.read, readOlderImage: old.read})).equals(Buffer.from(bytes))).toBe(true)
  })

  it('writes a pure renumbering plainly, changed words as deleted and inserted runs, and removed provisions with their paragraph marks', async () => {
    const old = load('q-zx-75.1861/2006.md')
    const now = load('q-zx-75.1861/2007.md')
    const diff = diffEditions(old.tree, now.tree)
    const xml = afterSummary(documentOf(await renderComparisonDocx({diff, older: old.tree, newer: now.tree})))
    const paragraphs = [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/gu)].map((match) => match[0])
    const pure = diff.provisions.find((change) => change.kinds.length === 1 && change.kinds[0] === 'renumbered' && change.provision === 'clause')
    if (pure?.new) {
      const heading = paragraphs.find((paragraph) => paragraph.includes(`>${pure.new?.number}\u3000${pure.new?.title ?? ''}</w:t>`))
      expect(heading, pure.new.number).toBeDefined()
      expect(heading).not.toMatch(/<w:(?:ins|del)\s/u)
    }
    const modified = diff.provisions.flatMap((change) => change.blocks).find((block) => block.kind === 'modified' && block.block === 'paragraph' && 'runs' in block && block.runs.some((run) => run.op === 'insert'))
    expect(modified).toBeDefined()
    const inserted = modified && 'runs' in modified ? (modified.runs.find((run) => run.op === 'insert')?.value ?? '') : ''
    expect(xml).toContain(inserted.trim().slice(0, 4))
    // A word-level change: a paragraph with plain runs and inserted or deleted ones.
    expect(paragraphs.some((paragraph) => /<w:ins\s[^>]*[^/]>/u.test(paragraph) && /<w:r>(?:(?!<\/w:r>)[\s\S])*<w:t[\s>]/u.test(paragraph.replace(/<w:ins\s[^>]*[^/]>[\s\S]*?<\/w:ins>/gu, '')))).toBe(true)
    const removed = diff.provisions.find((change) => change.kinds.includes('removed'))
    if (removed?.old) {
      const at = first(paragraphs, (paragraph) => paragraph.includes('<w:delText') && paragraph.includes(removed.old?.number ?? ''))
      expect(at).toBeGreaterThanOrEqual(0)
      expect(paragraphs[at]).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del\s[^>]*\/>/u)
    }
  })

  it('writes a reference to a renumbered provision plainly, with its new number', async () => {
    const old = load('packages/diff/test/fixtures/cross-reference-renumbered/old.md')
    const now = load('packages/diff/test/fixtures/cross-reference-renumbered/new.md')
    const xml = afterSummary(documentOf(await renderComparisonDocx({diff: diffEditions(old.tree, now.tree), older: old.tree, newer: now.tree})))
    const paragraph = [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/gu)].map((match) => match[0]).find((text) => text.includes('的规定分类'))
    // 4.2 is 5.2 now: its number is plain text; the table it names, renumbered with no provision, is a revision.
    expect(paragraph?.replace(/<w:(ins|del)\s[^>]*[^/]>[\s\S]*?<\/w:\1>/gu, '')).toContain('应按5.2的规定分类')
    expect(paragraph).not.toContain('4.2')
  })

  it('writes a moved provision as moved from its old place and moved to its new one, each within its named range', async () => {
    const old = load('packages/diff/test/fixtures/moved/old.md')
    const now = load('packages/diff/test/fixtures/moved/new.md')
    const diff = diffEditions(old.tree, now.tree)
    expect(diff.provisions.some((change) => change.kinds.includes('moved'))).toBe(true)
    const xml = afterSummary(documentOf(await renderComparisonDocx({diff, older: old.tree, newer: now.tree})))
    const from = /<w:moveFromRangeStart\s[^>]*w:name="(move\d+)"\/>([\s\S]*?)<w:moveFromRangeEnd\s/u.exec(xml)
    const to = /<w:moveToRangeStart\s[^>]*w:name="(move\d+)"\/>([\s\S]*?)<w:moveToRangeEnd\s/u.exec(xml)
    expect(from?.[1]).toBe(to?.[1])
    expect(from?.[2]).toMatch(/<w:moveFrom\s[^>]*[^/]><w:r>[\s\S]*?<w:t[\s>][^<]*问题记录/u)
    expect(to?.[2]).toMatch(/<w:moveTo\s[^>]*[^/]><w:r>[\s\S]*?<w:t[\s>][^<]*问题记录/u)
    // The old place comes first, under chapter 4; the new one under chapter 5.
    expect(xml.indexOf('<w:moveFromRangeStart')).toBeLessThan(xml.indexOf('5　问题处理'))
    expect(xml.indexOf('<w:moveToRangeStart')).toBeGreaterThan(xml.indexOf('5　问题处理'))
  })

  it('writes a table row by row: a new row as an inserted row, a changed cell with its words revised in a plain row', async () => {
    const old = load('packages/diff/test/fixtures/table/old.md')
    const now = load('packages/diff/test/fixtures/table/new.md')
    const xml = afterSummary(documentOf(await renderComparisonDocx({diff: diffEditions(old.tree, now.tree), older: old.tree, newer: now.tree})))
    const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/gu)].map((match) => match[0])
    const rowText = (row: string) => unescape([...row.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)</gu)].map((t) => t[1]).join(''))
    const inserted = rows.find((row) => rowText(row).startsWith('电源'))
    expect(inserted).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:ins\s/u)
    const changed = rows.find((row) => rowText(row).startsWith('设备'))
    expect(changed).not.toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:(?:ins|del)\s/u)
    expect(changed).toMatch(/<w:ins\s[^>]*[^/]><w:r>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>显示</u)
    // The revision record's new row is an inserted row of its table.
    expect(rows.find((row) => rowText(row).startsWith('Q/ZX 99.1–2021'))).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:ins\s/u)
  })

  it('opens with a summary page in Chinese, and dates its revisions by the newer edition', async () => {
    const old = load('q-zx-75.1861/2006.md')
    const now = load('q-zx-75.1861/2007.md')
    const diff = diffEditions(old.tree, now.tree)
    const xml = documentOf(await renderComparisonDocx({diff, older: old.tree, newer: now.tree}))
    const summary = xml.slice(0, xml.indexOf('</w:sectPr>'))
    expect(summary).toContain('2006版与2007版比较')
    expect(summary).toContain('条款变化统计')
    expect(summary).toContain('接受全部修订得到新版')
    expect(xml).not.toContain('\uE000')
    const date = now.tree.cover.issued ?? `${now.tree.cover.year}-01-01`
    expect(xml).toContain(`w:date="${date}T00:00:00Z"`)
  })
})
