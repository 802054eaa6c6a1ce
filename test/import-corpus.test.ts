/**
 * The import corpus: Word files stdkit did not write. Each case under
 * test/fixtures/import/<case>/ holds a document written by hand (flat ODT or
 * HTML converted by LibreOffice, Markdown converted by pandoc: see
 * scripts/import-corpus.sh), the .docx that program wrote, and expected.md,
 * the edition source written by hand that importing the .docx must give, byte
 * for byte. What import says it recognised must agree with what the expected
 * source holds, so a heading, term, table or figure it missed fails twice:
 * in the text and in the counts.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {importDocx, type ImportResult} from '@stdkit/import'
import {parseStandard} from '@stdkit/parse'
import {eachNode, type Clause, type Nodes, type Standard} from '@stdkit/tree'

const corpus = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'import')
const cases = readdirSync(corpus, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

/** The cases the corpus must hold, one for each way of writing a Word edition the importer reads. */
const required = [
  'auto-numbering',
  'contents-record',
  'direct-formatting',
  'drafting-tool',
  'heading-styles',
  'manual-numbers',
  'pandoc',
  'technical'
]

/** A unified diff of two texts by lines, three lines of context around each change. */
export function unifiedDiff(expected: string, actual: string, from = 'expected.md', to = 'imported'): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  // Longest common subsequence by dynamic programming: the sources are a few hundred lines.
  const lcs: Array<Int32Array> = Array.from({length: a.length + 1}, () => new Int32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const lines: Array<{mark: ' ' | '-' | '+'; text: string}> = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({mark: ' ', text: a[i]!})
      i++
      j++
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) lines.push({mark: '+', text: b[j++]!})
    else lines.push({mark: '-', text: a[i++]!})
  }
  const out = [`--- ${from}`, `+++ ${to}`]
  // Lines of each text before an entry of the diff, for the hunks' headers.
  const before = (index: number, skip: '+' | '-'): number => lines.slice(0, index).filter((line) => line.mark !== skip).length
  for (let start = 0; start < lines.length; ) {
    const change = lines.findIndex((line, index) => index >= start && line.mark !== ' ')
    if (change === -1) break
    let end = change
    for (let k = change; k < lines.length && k - end <= 6; k++) if (lines[k]!.mark !== ' ') end = k
    const first = Math.max(start, change - 3)
    const last = Math.min(lines.length - 1, end + 3)
    const hunk = lines.slice(first, last + 1)
    const oldCount = hunk.filter((line) => line.mark !== '+').length
    const newCount = hunk.filter((line) => line.mark !== '-').length
    out.push(`@@ -${before(first, '+') + 1},${oldCount} +${before(first, '-') + 1},${newCount} @@`, ...hunk.map((line) => `${line.mark}${line.text}`))
    start = last + 1
  }
  return out.join('\n')
}

/** What an edition source holds, counted the way the import's report counts it. */
function holds(tree: Standard, cover: Array<string>) {
  const counts = {cover, chapters: 0, clauses: 0, appendices: 0, terms: 0, tables: 0, figures: 0, formulas: 0, footnotes: 0, records: 0, unplaced: 0}
  const footnotes = new Set<number>()
  eachNode(tree as Nodes, (node) => {
    if (node.type === 'clause') (node as Clause).depth === 1 ? counts.chapters++ : counts.clauses++
    else if (node.type === 'appendix') counts.appendices++
    else if (node.type === 'term') counts.terms++
    else if (node.type === 'table') counts.tables++
    else if (node.type === 'figure') counts.figures++
    else if (node.type === 'formula') counts.formulas++
    else if (node.type === 'footnote') footnotes.add(node.number)
    else if (node.type === 'revisionRecord' || node.type === 'changeListEntry') counts.records++
  })
  counts.footnotes = footnotes.size
  return counts
}

/** The front matter's keys, in their order. */
function coverKeys(source: string): Array<string> {
  const front = /^---\n([\s\S]*?)\n---\n/u.exec(source)?.[1] ?? ''
  return [...front.matchAll(/^([a-z-]+):/gmu)].map((match) => match[1]!)
}

describe('the import corpus', () => {
  it('holds every case, each with its .docx, its source and its expected edition source', () => {
    expect(cases).toEqual(expect.arrayContaining(required))
    for (const name of cases) {
      const files = readdirSync(join(corpus, name))
      expect(files, name).toContain('document.docx')
      expect(files, name).toContain('expected.md')
      expect(files.some((file) => /^source\.(fodt|html|md)$/u.test(file)), name).toBe(true)
    }
  })

  describe.each(cases)('%s', (name) => {
    const dir = join(corpus, name)
    const expected = readFileSync(join(dir, 'expected.md'), 'utf8')
    let result: ImportResult

    beforeAll(async () => {
      result = await importDocx(new Uint8Array(readFileSync(join(dir, 'document.docx'))))
    })

    it('imports to the expected source', () => {
      if (result.source !== expected) {
        const diff = unifiedDiff(expected, result.source, `${name}/expected.md`, `${name}/document.docx imported`)
        console.log(diff)
        expect.fail(`${name}: the import differs from expected.md\n${diff}`)
      }
    })

    it('reports what the expected source holds, and nothing unplaced', () => {
      const tree = parseStandard(new VFile({path: join(dir, 'expected.md'), value: expected}))
      const counts = holds(tree, coverKeys(expected))
      // The cover's fields by their front-matter names; the type line is recognised even where the source leaves it
      // out, because it is the one the code gives.
      const cover = result.recognised.cover.filter((field) => field !== 'document-type' || counts.cover.includes(field))
      expect({...result.recognised, cover: [...cover].sort()}).toEqual({...counts, cover: [...counts.cover].sort()})
      expect(result.messages.filter((message) => message.rule === 'import-unplaced')).toEqual([])
      expect(result.messages.filter((message) => message.severity === 'error')).toEqual([])
    })

    it('writes the figures\' image files the source names, with the bytes of the Word file', () => {
      const named = [...expected.matchAll(/!\[[^\]]*\]\(([^)]+)\)/gu)].map((match) => match[1]!)
      expect(result.images.map((image) => image.path).sort()).toEqual([...new Set(named)].sort())
      for (const image of result.images) {
        const file = join(dir, image.path)
        expect(existsSync(file), image.path).toBe(true)
        expect(Buffer.from(image.data).equals(readFileSync(file)), image.path).toBe(true)
      }
    })

    it('reads the standard and the year from the cover', () => {
      const number = /^number: (.+)$/mu.exec(expected)?.[1] ?? ''
      expect(result.year).toBe(Number(/(\d{4})$/u.exec(number)?.[1]))
      const [code, serial] = number.replace(/[—–-]\d{4}$/u, '').split(' ')
      expect(result.standard).toBe(`${code} ${serial}`.toLowerCase().replace(/[/\s]+/gu, '-'))
    })
  })
})

describe('the corpus checks', () => {
  // An import that missed a heading, a term, a table or a figure gives a source like these: the counts the test
  // compares with the import's report differ in the element missed, as the text differs in its lines.
  const expected = readFileSync(join(corpus, 'technical', 'expected.md'), 'utf8')
  const counted = (source: string) => holds(parseStandard(new VFile({path: 'technical/expected.md', value: source})), coverKeys(source))
  const missed: Array<[string, (source: string) => string, 'clauses' | 'terms' | 'tables' | 'figures']> = [
    ['a heading', (source) => source.replace('### 4.2 清洗\n', '4.2　清洗\n'), 'clauses'],
    ['a term', (source) => source.replace('### 3.2 性能比 performance ratio\n', '3.2　性能比　performance ratio\n'), 'terms'],
    ['a table', (source) => source.replace(/表1　巡视周期\n\n(\|.*\n)+/u, ''), 'tables'],
    ['a figure', (source) => source.replace(/!\[.*\]\(.*\)\n\n图1　组串布置示意\n/u, ''), 'figures']
  ]
  it.each(missed)('tell %s missed', (_name, miss, field) => {
    const source = miss(expected)
    expect(source).not.toBe(expected)
    expect(counted(source)[field]).toBeLessThan(counted(expected)[field])
    expect(unifiedDiff(expected, source)).toMatch(/^-/mu)
  })
})

describe('the corpus diff', () => {
  it('shows a missed heading as a removed line with its place', () => {
    const diff = unifiedDiff('# 标题\n\n## 1 范围\n\n正文。\n', '# 标题\n\n1 范围\n\n正文。\n')
    expect(diff).toContain('-## 1 范围')
    expect(diff).toContain('+1 范围')
    expect(diff).toMatch(/^@@ -1,\d+ \+1,\d+ @@$/mu)
  })
  it('is empty of hunks for the same text', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('--- expected.md\n+++ imported')
  })
})
