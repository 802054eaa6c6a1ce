/**
 * The corpus of bad inputs: mutations of the library's real editions, and a
 * handful of cases written by hand. Each case is a small library on disk
 * (`files`, relative to a scratch folder holding `standards/`) and what
 * `stdkit check standards` must answer: the exit code and the diagnostics
 * (rule id, and where known line and column) among the messages.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {pageIds} from '@stdkit/html'

export interface Expected {
  /** Rule id of a message that must be there. */
  rule: string
  line?: number
  column?: number
  /** File the message is on, relative to the case's folder (default: any). */
  path?: string
}

/** A file's content; `null` makes a folder in its place. */
export type Content = string | Buffer | null

export interface Case {
  name: string
  files: Record<string, Content>
  /** File modes to set after writing (`0o000` for an unreadable file). */
  modes?: Record<string, number>
  expect: {
    /** Exit code of `stdkit check` (and of `stdkit build`, unless `build` says otherwise). */
    code: number
    messages: Array<Expected>
    /** Exit code of `stdkit build` when it differs: a source with warnings only builds. */
    build?: number
    /** Whether `check --frail` fails: the case has warnings only. */
    frail?: boolean
  }
}

const repository = fileURLToPath(new URL('../../', import.meta.url))
const read = (name: string): string => readFileSync(path.join(repository, 'standards', name), 'utf8')

const series = 'q-zx-75.1861'
const years = [2004, 2005, 2006, 2007] as const
const originals: Record<string, string> = Object.fromEntries([
  ...years.map((year) => [`${series}/${year}.md`, read(`${series}/${year}.md`)]),
  ['q-zx-75.1760/2006.md', read('q-zx-75.1760/2006.md')]
])

/** The sources a mutation may start from. */
export const sources = ['q-zx-75.1861/2007.md', 'q-zx-75.1861/2006.md', 'q-zx-75.1760/2006.md'] as const
type Source = (typeof sources)[number]

/** The whole library with one edition replaced; its siblings stay, so the rules across editions apply. */
function library(source: string, content: Content): Record<string, Content> {
  const files: Record<string, Content> = {}
  const folder = source.split('/')[0]
  for (const [name, text] of Object.entries(originals)) if (name.split('/')[0] === folder) files[`standards/${name}`] = text
  files[`standards/${source}`] = content
  return files
}

const target = (source: string): string => `standards/${source}`

function lines(text: string): Array<string> {
  return text.split('\n')
}

/** 1-based line of the first line starting with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const index = lines(text).findIndex((line) => line.startsWith(prefix))
  if (index === -1) throw new Error(`no line starting with ${prefix}`)
  return index + 1
}

function setLine(text: string, line: number, value: string): string {
  const all = lines(text)
  all[line - 1] = value
  return all.join('\n')
}

const fullWidth = (value: string): string => value.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))

interface HeadingLine {
  line: number
  hashes: string
  number: string
  rest: string
}

/** Numbered headings of a source (clauses, sub-clauses, terms), with their lines. */
function headings(text: string): Array<HeadingLine> {
  const found: Array<HeadingLine> = []
  lines(text).forEach((line, index) => {
    const match = /^(?<hashes>#{2,6}) (?<number>(?:\d+|[A-Z])(?:\.\d+)*)(?<rest> .*)?$/u.exec(line)?.groups
    if (match?.hashes && match.number) found.push({line: index + 1, hashes: match.hashes, number: match.number, rest: match.rest ?? ''})
  })
  return found
}

function mutationsOf(source: Source): Array<Case> {
  const text = originals[source] ?? ''
  const file = target(source)
  const cases: Array<Case> = []
  const add = (name: string, content: Content, code: number, messages: Array<Expected>, extra: Partial<Case['expect']> = {}): void => {
    cases.push({name: `${source} ${name}`, files: library(source, content), expect: {code, messages: messages.map((message) => ({path: file, ...message})), ...extra}})
  }
  const all = headings(text)

  for (const [index, heading] of all.entries()) {
    const {line, hashes, number, rest} = heading
    const parts = number.split('.')
    const last = Number(parts.at(-1))
    const chapter = parts.length === 1
    // One mutation per heading, the families taking turns, on every other heading: enough of each, in reasonable time.
    if (index % 2 === 1) continue
    const family = (index / 2) % 4
    // Wrong, skipped number: 4.2 → 4.7, or chapter 5 → 8.
    if (family === 0 && !Number.isNaN(last)) {
      const skipped = [...parts.slice(0, -1), String(last + 5)].join('.')
      add(`skipped number ${number} → ${skipped}`, setLine(text, line, `${hashes} ${skipped}${rest}`), 1, [
        {rule: chapter ? 'chapter-numbering' : 'clause-numbering', line, column: 1}
      ])
    }
    // Full-width digits in the number: ４.２.
    if (family === 1 && /[0-9]/u.test(number)) {
      add(`full-width number ${fullWidth(number)}`, setLine(text, line, `${hashes} ${fullWidth(number)}${rest}`), 1, [{rule: 'heading-number', line, column: 1}])
    }
    // Repeated number: a sub-clause takes its previous sibling's number.
    const previous = all[index - 1]
    if (family === 2 && !chapter && previous && previous.number.split('.').length === parts.length && previous.number.split('.').slice(0, -1).join('.') === parts.slice(0, -1).join('.')) {
      add(`repeated number ${number} → ${previous.number}`, setLine(text, line, `${hashes} ${previous.number}${rest}`), 1, [{rule: 'clause-numbering', line, column: 1}])
    }
    // Heading at the wrong depth: one level too deep, and for a sub-clause one level too shallow.
    if (family === 3 && hashes.length < 6 && !/^[A-Z]$/u.test(number)) {
      add(`heading ${number} too deep`, setLine(text, line, `#${hashes} ${number}${rest}`), 0, [{rule: 'heading-depth', line, column: 1}], {frail: true, build: 0})
    }
  }

  // Out of order: two adjacent sibling sub-clauses swapped, each keeping its number.
  const subclauses = all.filter((heading) => heading.hashes === '###' && /^\d+\.\d+$/u.test(heading.number))
  for (const [index, first] of subclauses.entries()) {
    if (index % 2 === 1) continue
    const second = subclauses[index + 1]
    const after = subclauses[index + 2]
    if (!second || first.number.split('.')[0] !== second.number.split('.')[0]) continue
    if (!after || after.number.split('.')[0] !== second.number.split('.')[0]) continue
    const all2 = lines(text)
    const a = all2.slice(first.line - 1, second.line - 1)
    const b = all2.slice(second.line - 1, after.line - 1)
    const swapped = [...all2.slice(0, first.line - 1), ...b, ...a, ...all2.slice(after.line - 1)].join('\n')
    add(`out of order ${second.number} before ${first.number}`, swapped, 1, [{rule: 'clause-numbering', line: first.line, column: 1}])
  }

  // Anchors: malformed, unclosed, and one provision taking another's.
  const anchored = lines(text)
    .map((line, index) => ({line: index + 1, anchor: /\{#(?<anchor>[a-z0-9-]+)\}$/u.exec(line)?.groups?.anchor}))
    .filter((item): item is {line: number; anchor: string} => item.anchor !== undefined)
  for (const [index, {line, anchor}] of anchored.entries()) {
    const original = lines(text)[line - 1] ?? ''
    const other = anchored[index - 1]
    if (index % 4 === 0) add(`malformed anchor ${anchor}`, setLine(text, line, original.replace(`{#${anchor}}`, `{#${anchor.toUpperCase().replace(/-/gu, '_')}}`)), 1, [{rule: 'anchor-format', line, column: 1}])
    if (index % 4 === 1) add(`unclosed anchor ${anchor}`, setLine(text, line, original.replace(`{#${anchor}}`, `{#${anchor}`)), 1, [{rule: 'anchor-format', line, column: 1}])
    if (index % 4 === 2 && other) {
      add(`duplicate anchor ${anchor} → ${other.anchor}`, setLine(text, line, original.replace(`{#${anchor}}`, `{#${other.anchor}}`)), 1, [{rule: 'duplicate-id', line, column: 1}])
    }
  }

  // Cross-references to nothing.
  let references = 0
  lines(text).forEach((line, index) => {
    if (line.startsWith('#') || line.startsWith('|') || references >= 6) return
    const match = /(?:见|按)(?:(?<appendix>附录[A-Z])|(?<table>表[A-Z]?\.?\d+)|第(?<chapter>\d+)章|(?<clause>\d+\.\d+))/u.exec(line)
    if (!match?.groups) return
    const {appendix, table, chapter, clause} = match.groups
    const written = appendix ?? table ?? (chapter ? `第${chapter}章` : clause) ?? ''
    const nothing = appendix ? '附录Q' : table ? '表9' : chapter ? '第19章' : '9.9'
    references++
    add(`cross-reference ${written} → ${nothing} on line ${index + 1}`, setLine(text, index + 1, line.replace(written, nothing)), 1, [{rule: 'cross-reference', line: index + 1}])
  })

  // Appendix with no label.
  for (const heading of lines(text).map((line, index) => ({line: index + 1, text: line})).filter((item) => item.text.startsWith('## 附录'))) {
    add(`appendix without label at ${heading.line}`, setLine(text, heading.line, heading.text.replace(/（(?:规范性|资料性)(?:附录)?）/u, ' ')), 1, [{rule: 'appendix-label', line: heading.line, column: 1}])
  }

  // Tables with ragged rows: one cell too many, one too few (in the record and the first three tables).
  let tables = 0
  lines(text).forEach((line, index) => {
    const previous = lines(text)[index - 1] ?? ''
    if (!line.startsWith('| ') || !previous.startsWith('| -') || tables++ >= 4) return
    const cells = line.split(' | ')
    const record = line.includes('Q/ZX 75.')
    const rule = record ? 'revision-table' : 'table-shape'
    add(`table row at ${index + 1} with an extra cell`, setLine(text, index + 1, `${line} 多余 |`), 1, [{rule, line: index + 1, column: 1}])
    add(`table row at ${index + 1} with a missing cell`, setLine(text, index + 1, `${cells.slice(0, -1).join(' | ')} |`), 1, [{rule, line: index + 1, column: 1}])
  })

  // The revision record: a row missing, a row repeated, a column missing from the header.
  const recordRows = lines(text)
    .map((line, index) => ({line: index + 1, text: line}))
    .filter((item) => /^\| Q\/ZX 75\.\d+–\d{4} \|/u.test(item.text))
  for (const row of recordRows) {
    const without = lines(text)
    without.splice(row.line - 1, 1)
    add(`revision record without row ${row.line}`, without.join('\n'), 1, [{rule: recordRows.length === 1 || row === recordRows[0] ? 'foreword-record' : 'foreword-history'}])
  }
  if (recordRows[0]) {
    const doubled = lines(text)
    doubled.splice(recordRows[0].line, 0, recordRows[0].text)
    add('revision record with a repeated row', doubled.join('\n'), 1, [{rule: 'foreword-history'}])
    const header = recordRows[0].line - 2
    add('revision record with a column renamed', setLine(text, header, '| 标准编号 | 修改前文件编号 | 主要修订内容 | 修订部门 | 修改人 | 批准人 |'), 1, [{rule: 'revision-table', line: header, column: 1}])
    add('revision record header without 批准人', setLine(text, header, '| 标准编号 | 修改前文件编号 | 主要修订内容 | 修订部门 | 修订人 |'), 1, [{rule: 'revision-table', line: header, column: 1}])
  }

  // The cover: each required field missing, impossible dates, broken YAML.
  const cover = (field: string): number => lineOf(text, `${field}:`)
  const without = (field: string): string => {
    const all2 = lines(text)
    all2.splice(cover(field) - 1, 1)
    return all2.join('\n')
  }
  add('cover without number', without('number'), 1, [{rule: 'cover-required', line: 1, column: 1}])
  add('cover without title', without('title'), 1, [{rule: 'cover-required', line: 1, column: 1}])
  add('cover without issued', without('issued'), 1, [{rule: 'cover-date', line: 2, column: 9}])
  add('cover without effective', without('effective'), 1, [{rule: 'cover-date', line: 2, column: 9}])
  if (text.includes('\nreplaces:')) add('cover without replaces', without('replaces'), 1, [{rule: 'cover-replaces'}])
  for (const date of ['2007-02-30', '2007-13-01', '2007-9-11', 'yesterday']) {
    const line = cover('issued')
    add(`impossible issued date ${date}`, setLine(text, line, `issued: ${date}`), 1, [{rule: 'cover-date', line, column: 9}])
  }
  add('effective before issued', setLine(text, cover('effective'), 'effective: 1999-01-01'), 1, [{rule: 'cover-effective'}])
  add('broken YAML: unclosed flow sequence', setLine(text, cover('title'), 'title: [售后'), 1, [{rule: 'cover-yaml'}])
  add('broken YAML: tab indentation', setLine(text, cover('category'), '\tcategory: 管理标准'), 1, [{rule: 'cover-yaml'}])
  add('broken YAML: a list for a field', setLine(text, cover('title'), 'title:\n  - a\n  - b'), 1, [{rule: 'cover-field', line: cover('title'), column: 1}])
  add('broken YAML: no closing ---', text.replace('\n---\n', '\n\n'), 1, [{rule: 'cover-required', line: 1, column: 1}])
  add('broken YAML: not a map', text.replace(/^---\n[\s\S]*?\n---\n/u, '---\njust text\n---\n'), 1, [{rule: 'cover-yaml', line: 1, column: 1}])

  // Truncated files: cut after a share of the lines, or in the middle of a character.
  const count = lines(text).length
  for (const share of [0.02, 0.1, 0.3, 0.5, 0.7]) {
    const kept = Math.max(1, Math.floor(count * share))
    add(`truncated after line ${kept}`, lines(text).slice(0, kept).join('\n'), 1, [])
  }
  const bytes = Buffer.from(text, 'utf8')
  const middle = bytes.findIndex((byte, offset) => offset > bytes.length / 2 && byte >= 0xe0)
  const cut = bytes.subarray(0, middle + 1)
  const cutText = bytes.subarray(0, middle).toString('utf8')
  add('truncated inside a character', cut, 1, [{rule: 'encoding', line: lines(cutText).length, column: (lines(cutText).at(-1)?.length ?? 0) + 1}])

  // Encodings and control characters.
  for (const at of [2, Math.floor(count / 3), count - 2]) {
    const original = lines(text)[at - 1] ?? ''
    const column = Math.min(3, original.length) + 1
    add(`NUL character on line ${at}`, setLine(text, at, `${original.slice(0, column - 1)}\u0000${original.slice(column - 1)}`), 1, [{rule: 'encoding', line: at, column}])
    const gbk = Buffer.concat([Buffer.from(lines(text).slice(0, at - 1).join('\n') + '\n', 'utf8'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from(lines(text).slice(at - 1).join('\n'), 'utf8')])
    add(`GBK bytes on line ${at}`, gbk, 1, [{rule: 'encoding', line: at, column: 1}])
  }
  const heading = all.find((item) => item.hashes === '###')
  if (heading) {
    add(`tab between number and title at ${heading.line}`, setLine(text, heading.line, `${heading.hashes} ${heading.number}\t${heading.rest.trim()}`), 1, [{rule: 'heading-number', line: heading.line, column: 1}])
  }
  return cases
}

/** Sources that are fine but written with CRLF line endings or a BOM: accepted, read as if they were not. */
function acceptedVariants(): Array<Case> {
  const cases: Array<Case> = []
  for (const source of Object.keys(originals)) {
    const text = originals[source] ?? ''
    const crlf = text.replace(/\n/gu, '\r\n')
    const variants: Array<[string, Content]> = [
      ['CRLF line endings', crlf],
      ['a BOM and CRLF line endings', `\uFEFF${crlf}`]
    ]
    if (source.endsWith('2007.md')) variants.push(['a BOM', `\uFEFF${text}`], ['CR line endings', text.replace(/\n/gu, '\r')])
    for (const [name, content] of variants) {
      cases.push({name: `${source} with ${name}`, files: library(source, content), expect: {code: 0, messages: []}})
    }
  }
  return cases
}

const edition2007 = target('q-zx-75.1861/2007.md')

const vocabulary = ['设备', '机房', '检查', '记录', '确认', '工程', '人员', '现场', '告警', '数据', '备份', '测试', '上报', '审核', '维护', '电源', '软件', '版本', '用户', '服务', '方案', '割接', '验收', '培训']

/** Chapter `number` of `clauses` clauses, each a paragraph of 150 words of one vocabulary, in an order hashed from `seed`. */
function vocabularyChapter(seed: number, number: number, clauses: number): string {
  const word = (clause: number, index: number): string => vocabulary[(Math.imul(seed * 1_000_003 + clause * 7919 + index, 2_654_435_761) >>> 16) % vocabulary.length] ?? ''
  const clause = (index: number): string => `### ${number}.${index + 1} 补充${seed}号${index + 1}\n\n${Array.from({length: 150}, (_, at) => word(index, at)).join('')}。\n`
  return `## ${number} 补充规定\n\n${Array.from({length: clauses}, (_, index) => clause(index)).join('\n')}\n`
}

/** Cases written by hand: the file-level problems, and inputs built to exhaust a parser. */
function handWritten(): Array<Case> {
  const alone = (content: Content, name = 'standards/x/2007.md'): Record<string, Content> => ({[name]: content})
  const front = (originals['q-zx-75.1861/2007.md'] ?? '').split('\n# 前言')[0] ?? ''
  const frontLines = lines(front).length
  const wideTable = (columns: number): string => {
    const row = (prefix: string) => `| ${Array.from({length: columns}, (_, index) => `${prefix}${index}`).join(' | ')} |`
    return `${row('列')}\n|${' - |'.repeat(columns)}\n${row('格')}`
  }
  return [
    {name: 'empty file', files: alone(''), expect: {code: 1, messages: [{rule: 'empty-file', line: 1, column: 1}]}},
    {name: 'whitespace-only file', files: alone(' \n\t\n\n'), expect: {code: 1, messages: [{rule: 'empty-file', line: 1, column: 1}]}},
    {name: 'only a BOM', files: alone('\uFEFF'), expect: {code: 1, messages: [{rule: 'empty-file', line: 1, column: 1}]}},
    {name: 'binary file', files: alone(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe])), expect: {code: 1, messages: [{rule: 'encoding', line: 1, column: 1}]}},
    {name: 'UTF-16 file', files: alone(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(originals['q-zx-75.1861/2007.md'] ?? '', 'utf16le')])), expect: {code: 1, messages: [{rule: 'encoding', line: 1, column: 1}]}},
    {name: 'a whole file in GBK', files: alone(Buffer.from([0x23, 0x20, 0xc7, 0xb0, 0xd1, 0xd4, 0x0a])), expect: {code: 1, messages: [{rule: 'encoding', line: 1, column: 4}]}},
    {name: 'a 10 MB single line', files: alone('本'.repeat(10 * 1024 * 1024 / 3)), expect: {code: 1, messages: [{rule: 'stray-content', line: 1, column: 1}]}},
    {name: 'a 10 MB line after the front matter', files: alone(`${front}\n\n# 前言\n\n${'a'.repeat(10 * 1024 * 1024)}\n`), expect: {code: 1, messages: [{rule: 'required-element'}]}},
    {name: '10,000 nested block quotes', files: alone(`${'>'.repeat(10000)} 深\n`), expect: {code: 1, messages: [{rule: 'nesting-depth', line: 1, column: 1}]}},
    {name: '10,000 nested block quotes, spaced', files: alone(`${'> '.repeat(10000)}深\n`), expect: {code: 1, messages: [{rule: 'nesting-depth', line: 1, column: 1}]}},
    {name: '10,000 nested list items on one line', files: alone(`${'- '.repeat(10000)}深\n`), expect: {code: 1, messages: [{rule: 'nesting-depth', line: 1, column: 1}]}},
    {name: '10,000 nested ordered items on one line', files: alone(`${'1. '.repeat(10000)}深\n`), expect: {code: 1, messages: [{rule: 'nesting-depth', line: 1, column: 1}]}},
    {
      name: '10,000 nested list items, one per line',
      files: alone(Array.from({length: 10000}, (_, depth) => `${' '.repeat(Math.min(depth, 300) * 2)}- 深${depth}`).join('\n')),
      expect: {code: 1, messages: [{rule: 'nesting-depth', line: 33, column: 1}]}
    },
    {name: '10,000 nested quotes and lists', files: alone(`${'> - '.repeat(5000)}深\n`), expect: {code: 1, messages: [{rule: 'nesting-depth', line: 1, column: 1}]}},
    {
      name: 'deep nesting inside a real edition',
      files: library('q-zx-75.1861/2007.md', (originals['q-zx-75.1861/2007.md'] ?? '').replace('\n## 2 规范性引用文件', `\n${'>'.repeat(10000)} 深\n\n## 2 规范性引用文件`)),
      expect: {code: 1, messages: [{rule: 'nesting-depth', line: 48, column: 1, path: edition2007}]}
    },
    // Emphasis is not a container: micromark resolves it in time growing with the square of the markers (10,000 take ~10 s), so 2,000 here.
    {name: '2,000 nested emphasis markers', files: alone(`# 前言\n\n${'*'.repeat(2000)}深${'*'.repeat(2000)}\n`), expect: {code: 1, messages: [{rule: 'cover-required', line: 1, column: 1}]}},
    // Long lines that once took minutes: each is read in time growing with its length, or refused at a documented limit.
    {name: 'a heading of 100,000 characters ending in spaces', files: alone(`${front}\n\n# 前言\n\n## 1 a${' '.repeat(100_000)}b\n`), expect: {code: 1, messages: [{rule: 'element-order', line: frontLines + 4, column: 1}]}},
    {name: 'a heading of 100,000 unclosed anchors', files: alone(`${front}\n\n# 前言\n\n## 1 ${'{#'.repeat(50_000)}\n`), expect: {code: 1, messages: [{rule: 'anchor-format', line: frontLines + 4, column: 1}]}},
    {name: 'a front-matter key of 256,000 characters', files: alone(`---\n${'k'.repeat(256_000)}: v\n${front.slice(4)}\n\n# 前言\n`), expect: {code: 1, messages: [{rule: 'cover-yaml', line: 2, column: 1}]}},
    {name: 'a table of 100,000 columns', files: alone(`${front}\n\n# 前言\n\n${wideTable(100_000)}\n`), expect: {code: 1, messages: [{rule: 'table-width', line: frontLines + 4, column: 1}]}},
    {name: 'a table row of 101 cells in a real edition', files: library('q-zx-75.1861/2007.md', (originals['q-zx-75.1861/2007.md'] ?? '').replace('\n## 2 规范性引用文件', `\n${wideTable(101)}\n\n## 2 规范性引用文件`)), expect: {code: 1, messages: [{rule: 'table-width', path: edition2007}]}},
    {
      name: 'unrelated editions of 800 clauses more, sharing a vocabulary',
      files: {
        ...library('q-zx-75.1861/2007.md', (originals['q-zx-75.1861/2007.md'] ?? '').replace('\n## 附录A', `\n${vocabularyChapter(2, 8, 800)}\n## 附录A`)),
        'standards/q-zx-75.1861/2006.md': (originals['q-zx-75.1861/2006.md'] ?? '').replace('\n## 附录A', `\n${vocabularyChapter(1, 9, 800)}\n## 附录A`)
      },
      expect: {code: 0, messages: []}
    },
    {name: '10,000 nested brackets', files: alone(`# 前言\n\n${'['.repeat(10000)}深${']'.repeat(10000)}\n`), expect: {code: 1, messages: [{rule: 'cover-required', line: 1, column: 1}]}},
    {
      name: 'a folder where an edition should be',
      files: {...library('q-zx-75.1861/2007.md', originals['q-zx-75.1861/2007.md'] ?? ''), 'standards/q-zx-75.1861/2008.md': null},
      expect: {code: 1, messages: [{rule: 'unreadable', line: 1, column: 1, path: 'standards/q-zx-75.1861/2008.md'}]}
    },
    {
      name: 'an unreadable file (chmod 000)',
      files: library('q-zx-75.1861/2007.md', originals['q-zx-75.1861/2007.md'] ?? ''),
      modes: {[edition2007]: 0o000},
      // Filled in by the test: as root, chmod does not stop a read and the edition checks clean.
      expect: {code: 1, messages: [{rule: 'unreadable', line: 1, column: 1, path: edition2007}]}
    },
    {name: 'edition named after the wrong year', files: {'standards/q-zx-75.1861/2009.md': originals['q-zx-75.1861/2004.md'] ?? ''}, expect: {code: 1, messages: [{rule: 'edition-file'}]}},
    {name: 'no standards folder', files: {'README.md': 'nothing here\n'}, expect: {code: 2, messages: []}},
    {name: 'a standards folder with no editions', files: {'standards/x/notes.md': '# notes\n'}, expect: {code: 2, messages: []}},
    {
      // It checks clean, but no page can hold its header: the PDF, and so the build, fails at the table.
      name: 'a table header no page can hold',
      files: library('q-zx-75.1861/2007.md', (originals['q-zx-75.1861/2007.md'] ?? '').replace('| 故障级别 | 说明 |', `| 故障级别 | ${'说明'.repeat(3000)} |`)),
      expect: {code: 0, messages: [], build: 1}
    },
    {name: 'raw HTML and script, read as text', files: alone(`${front}\n\n# 前言\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n`), expect: {code: 1, messages: [{rule: 'required-element', line: 1, column: 1}]}}
  ]
}

/**
 * Anchors that take an id the published page gives its own parts: each fixed
 * one, one of each pattern (a heading, a standard on the index, a number),
 * and anchors whose heading would take a fixed one.
 */
export const hostileAnchors = [...Object.values(pageIds), 'demeanour-title', 'std-q-zx', 'clause-5', 'term-3', 'table-1', 'toc', 'summary', 'side']

/** The anchor of 5.3 of the 2007 edition replaced by each hostile anchor: an error there. */
function reservedAnchors(): Array<Case> {
  const text = originals['q-zx-75.1861/2007.md'] ?? ''
  const line = lineOf(text, '### 5.3 ')
  return hostileAnchors.map((anchor) => ({
    name: `anchor {#${anchor}} reserved by the pages`,
    files: library('q-zx-75.1861/2007.md', setLine(text, line, (lines(text)[line - 1] ?? '').replace(/\{#[a-z0-9-]+\}$/u, `{#${anchor}}`))),
    expect: {code: 1, messages: [{rule: 'reserved-id', line, column: 1, path: edition2007}]}
  }))
}

/**
 * Folder names that mean something in a URL or a path: a scheme, a fragment, a
 * query, a space, a percent sign, Chinese, dots. A standard kept under any of
 * them builds, and every link to it leads to its folder.
 */
export const oddFolderNames = ['javascript:alert(1)', 'a#b', 'a?b', 'a b', '100%', '中文标准', 'a..b'] as const

/** The cited standard kept in a folder with an odd name: accepted, built. */
function oddFolders(): Array<Case> {
  return oddFolderNames.map((name) => ({
    name: `a standard in a folder named ${name}`,
    files: {[`standards/${name}/2006.md`]: originals['q-zx-75.1760/2006.md'] ?? ''},
    expect: {code: 0, messages: []}
  }))
}

/** Every case of the corpus. */
export function cases(): Array<Case> {
  // The hand-written cases, the heaviest, first.
  return [...handWritten(), ...sources.flatMap((source) => mutationsOf(source)), ...acceptedVariants(), ...reservedAnchors(), ...oddFolders()]
}
