/**
 * Golden tests: each `fixtures/<case>/` holds two small editions, `old.md`
 * and `new.md`, and `expected.txt`, what the differ makes of them: one line
 * per provision (numbers, id, kinds, classification, match), the changed
 * fields, the drafted change list, then the redline without colour.
 * Run with `UPDATE=1` to regenerate the expected files, then review their diff
 * line by line: an expected file that records a wrong answer is a defect.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffEditions, toRedline, type StandardDiff} from '@stdkit/diff'
import {parse, provision, summarize} from './helpers.js'

const fixtures = new URL('fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

/** The cases this suite must keep; a missing one fails rather than passing silently. */
const required = [
  'added',
  'cross-reference-renumbered',
  'editorial',
  'merged',
  'modal',
  'moved',
  'number',
  'reference',
  'removed',
  'renumbered-anchors',
  'renumbered-no-anchors',
  'retitled',
  'safe-side',
  'list-items',
  'split',
  'table',
  'table-moved',
  'figure-moved'
]

function compare(name: string): StandardDiff {
  const read = (side: 'old' | 'new') => parse(readFileSync(new URL(`${name}/${side}.md`, fixtures), 'utf8'), `${name}/${side}.md`)
  return diffEditions(read('old'), read('new'))
}

function render(diff: StandardDiff): string {
  return `${summarize(diff)}\n${'-'.repeat(72)}\n\n${toRedline(diff, {color: false})}`
}

/** What changed, as `number kinds classification` for every provision but the foreword that is not unchanged. */
const changed = (diff: StandardDiff) =>
  diff.provisions
    .filter((change) => change.id !== 'foreword' && !change.kinds.includes('unchanged'))
    .map((change) => `${change.new?.number ?? change.old?.number} ${change.kinds.join('+')} ${change.classification}`)

/**
 * The point of each case, checked apart from its expected file, so that
 * regenerating the files cannot quietly accept a wrong answer.
 */
const facts: Record<string, (diff: StandardDiff) => void> = {
  added: (diff) => expect(changed(diff)).toEqual(['4.3 added technical']),
  removed: (diff) => expect(changed(diff)).toEqual(['4.3 removed technical']),
  moved: (diff) => {
    expect(changed(diff)).toEqual(['5.1 renumbered+moved editorial', '5.2 renumbered editorial', '5.3 renumbered editorial'])
    expect(provision(diff, 'new', '5.1')).toMatchObject({id: 'problem-records', old: {number: '4.3', parent: '4'}, new: {parent: '5'}})
  },
  'renumbered-anchors': (diff) => {
    expect(changed(diff)).toEqual([
      '4 added technical', '4.1 added technical', '4.2 added technical',
      '5 renumbered editorial', '5.1 renumbered editorial', '5.2 renumbered editorial',
      '6 renumbered editorial', '6.1 renumbered editorial', '6.2 renumbered editorial'
    ])
    expect(diff.changeList.map((item) => item.text)).toEqual(['——增加了安全要求（见第4章）。'])
  },
  'cross-reference-renumbered': (diff) => {
    // 5.1 `按4.2的规定…见表1` is 6.1 `按5.2的规定…见表2`: only renumbered.
    expect(provision(diff, 'new', '6.1').kinds).toEqual(['renumbered'])
    expect(provision(diff, 'new', '5.2').kinds).toEqual(['renumbered'])
    expect(diff.summary.provisions.modified).toBe(1) // the foreword
  },
  retitled: (diff) => expect(changed(diff)).toEqual(['4.2 retitled editorial']),
  split: (diff) => {
    expect(changed(diff)).toEqual(['4.2 retitled+modified+split editorial', '4.3 split editorial'])
    expect(provision(diff, 'new', '4.3').related).toEqual(['clause-4.2'])
    expect(diff.changeList).toEqual([])
  },
  merged: (diff) => {
    expect(changed(diff)).toEqual(['4.2 retitled+modified+merged editorial', '4.3 merged editorial'])
    expect(provision(diff, 'old', '4.3').related).toEqual(['clause-4.2'])
    expect(diff.changeList).toEqual([])
  },
  modal: (diff) => {
    expect(changed(diff)).toEqual(['5.2 modified technical'])
    expect(provision(diff, 'new', '5.2').reasons.map((reason) => reason.code)).toEqual(['modal'])
  },
  editorial: (diff) => {
    expect(changed(diff)).toEqual(['4.1 modified editorial', '5.1 modified editorial', '5.2 modified editorial'])
    const clauses = diff.provisions.filter((change) => change.id !== 'foreword')
    const codes = clauses.flatMap((change) => change.blocks.flatMap((block) => (block.kind === 'equal' ? [] : block.reasons.map((reason) => reason.code))))
    expect(codes.sort()).toEqual(['punctuation', 'spacing', 'variant', 'width'])
    expect(diff.changeList).toEqual([])
  },
  table: (diff) => {
    expect(changed(diff)).toEqual(['4.2 modified technical'])
    const table = provision(diff, 'new', '4.2').blocks.find((block) => block.block === 'table' && block.kind === 'modified')
    const rows = table?.kind === 'modified' && table.block === 'table' ? table.rows : []
    expect(rows.map((row) => row.kind)).toEqual(['equal', 'equal', 'added', 'modified'])
    const edited = rows[3]
    expect(edited?.kind === 'modified' ? edited.cells.map((cell) => [cell.column, cell.old, cell.new]) : []).toEqual([[1, '无告警，指示灯正常', '无告警，指示灯显示正常']])
  },
  'figure-moved': (diff) => {
    expect(changed(diff)).toEqual(['5.1 modified editorial', 'A added editorial'])
    // The figure's line speaks for its image and its key; its note has a line of its own.
    const lines = toRedline(diff).split('\n').filter((line) => line.includes(' → ') && line.includes('移至'))
    expect(lines.map((line) => line.trim())).toEqual(['图1 → 图A.1（移至 A），未变', '图1 注 → 图A.1 注（移至 A），未变'])
    expect(toRedline(diff)).not.toContain('巡检人；')
  },
  'table-moved': (diff) => {
    expect(changed(diff)).toEqual(['4.2 modified technical', 'A added technical'])
    const [gone] = provision(diff, 'old', '4.2').blocks.filter((block) => block.kind === 'removed')
    expect(gone?.moved?.label).toBe('表A.1')
    expect(gone?.reasons.map((reason) => reason.message)).toEqual(['表移至 A', '表A.1，“环境”行，“要求”列：要求的内容改变：增加“无凝露”'])
  },
  number: (diff) => {
    expect(changed(diff)).toEqual(['5.2 modified technical'])
    expect(provision(diff, 'new', '5.2').reasons.map((reason) => reason.message)).toEqual(['数字、日期或限值改变：3 → 2'])
  },
  reference: (diff) => {
    expect(changed(diff)).toEqual(['2 modified technical', '4.1 modified technical'])
    for (const number of ['2', '4.1']) expect(provision(diff, 'new', number).reasons.map((reason) => reason.code)).toEqual(['reference'])
  }
}
facts['safe-side'] = (diff) => {
  // What is prohibited, and what is checked, changed: technical; a word replaced: to review; a note, a variant form: editorial.
  expect(changed(diff)).toEqual(['4.1 modified technical', '4.2 modified technical', '4.3 modified review', '4.4 modified editorial', '4.5 modified editorial'])
  expect(provision(diff, 'new', '4.2').reasons.map((reason) => reason.message)).toEqual(['要求的内容改变：删去“安装材料”“随工文档”'])
  expect(provision(diff, 'new', '4.5').reasons.map((reason) => reason.code)).toEqual(['variant'])
  // To review counts as technical: drafted into the change list, and named when the record does not cover it.
  expect(diff.changeList.map((item) => item.id)).toEqual(['clause-4.1', 'clause-4.2', 'clause-4.3'])
  expect(diff.recordCheck?.uncovered).toEqual(['clause-4.3'])
  expect(diff.summary).toMatchObject({technical: 2, review: 1})
}
/** The changed blocks of a provision as `label kind`, old label first where it was relettered. */
const items = (diff: StandardDiff, number: string) =>
  provision(diff, 'new', number).blocks.map((block) => `${block.oldLabel === undefined ? '' : `${block.oldLabel}→`}${block.label ?? ''} ${block.kind}`)
facts['list-items'] = (diff) => {
  // Two items swapped: one moved, the other relettered; no text is diffed.
  expect(items(diff, '4.1').slice(1)).toEqual(['b)→a) equal', 'a)→b) modified', 'c) equal'])
  expect(provision(diff, 'new', '4.1').classification).toBe('editorial')
  // An item removed: the items after it are relettered, not changed.
  expect(items(diff, '4.2').slice(1)).toEqual(['a) equal', 'b) equal', 'c) removed', 'd)→c) equal', 'e)→d) equal'])
  // One item split into two with the same words, and two merged into one: editorial.
  expect(items(diff, '4.3').slice(1)).toEqual(['a) equal', 'b) modified', 'b)→c) modified', 'c)→d) equal'])
  expect(provision(diff, 'new', '4.3').classification).toBe('editorial')
  expect(items(diff, '4.4').slice(1)).toEqual(['a) modified', 'c)→b) equal'])
  expect(provision(diff, 'new', '4.4').classification).toBe('editorial')
  // Reordered and one item edited: only that item is diffed, against its own old text.
  const edited = provision(diff, 'new', '4.5').blocks.filter((block) => block.kind === 'modified' && block.classification === 'technical')
  expect(edited.map((block) => (block.kind === 'modified' ? [block.oldLabel, block.label, block.old] : []))).toEqual([['c)', 'a)', 'c) 如实说明故障原因。']])
  // Table rows: a row moved is editorial; only the row whose limit changed is diffed.
  const table = provision(diff, 'new', '4.6').blocks.find((block) => block.block === 'table')
  const rows = table?.kind === 'modified' && table.block === 'table' ? table.rows : []
  expect(rows.map((row) => `${row.kind}${row.kind === 'modified' && row.moved ? ' moved' : ''}`)).toEqual(['equal', 'equal', 'modified moved', 'modified', 'equal'])
  expect(diff.changeList.map((item) => item.id)).toEqual(['clause-4.2', 'clause-4.5', 'clause-4.6'])
}
facts['renumbered-no-anchors'] = (diff) => {
  facts['renumbered-anchors']?.(diff)
  expect(diff.provisions.filter((change) => change.kinds.includes('renumbered')).every((change) => change.match === 'title')).toBe(true)
}

describe('golden diffs of hand-made editions', () => {
  const cases = readdirSync(fixtures, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  it('has every required case', () => {
    expect(cases).toEqual(expect.arrayContaining(required))
  })

  it('states the point of every case', () => {
    expect(Object.keys(facts).sort()).toEqual(cases)
  })

  for (const name of cases) {
    it(name, () => {
      const diff = compare(name)
      facts[name]?.(diff)
      const actual = render(diff)
      const expected = new URL(`${name}/expected.txt`, fixtures)
      if (update) writeFileSync(expected, actual)
      else if (!existsSync(expected)) throw new Error(`${name}/expected.txt is missing: run with UPDATE=1 and review it`)
      expect(actual).toBe(readFileSync(expected, 'utf8'))
    })
  }
})
