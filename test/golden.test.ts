/**
 * The scored golden set (test/golden/): revision pairs of the library's
 * standards, each with the verdict a reviewer wrote before any tool ran. The
 * differ is scored against the verdicts — changed provisions (precision and
 * recall), their classification, the drafted change-list items, the
 * record-check verdicts — and so is `git diff --no-index --word-diff` for
 * contrast. The scores are printed and written to out/golden/scores.md; the
 * build fails below the thresholds.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {diffEditions, type StandardDiff} from '@stdkit/diff'
import {parseStandard} from '@stdkit/parse'
import {VFile} from 'vfile'

const root = new URL('../', import.meta.url)
const golden = new URL('golden/', import.meta.url)

interface VerdictChange {
  id: string
  number: string
  kind: string
  classification: 'technical' | 'editorial'
}

interface Verdict {
  changed: Array<VerdictChange>
  unchanged: Array<string>
  changeList: Array<string>
  recordCheck?: Record<string, 'confirmed' | 'unconfirmed' | 'contradicted'>
}

/** Thresholds that fail the build. */
const thresholds = {precision: 1, recall: 1, classification: 0.97, technicalAsEditorial: 0, changeList: 0.95, falseTextChanges: 0}

function parse(path: string) {
  const file = new VFile({path, value: readFileSync(path, 'utf8')})
  const tree = parseStandard(file)
  if (file.messages.length > 0) throw new Error(`${path}: ${file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`).join('; ')}`)
  return tree
}

// ---------------------------------------------------------------------------
// Change-list items. An item is read as an action (增加 → added, 删除 →
// removed, 更改 / 将…更改为 / 将…改为 → modified), the provisions it cites in
// the newer edition (after 见) and in the older one (after 年版的), and its
// subject: the words between the action and the citation. A drafted item is
// right for a verdict item when the actions are the same, the cited
// provisions are the same sets (a list item's letter aside: `4.5 c）` cites
// 4.5; a table is cited as the table), and the subjects name the same thing:
// after dropping punctuation, spaces, 的 and a closing 要求/规定/内容, their
// character pairs overlap by a Dice coefficient of at least 0.5, and the
// drafted subject is not merely the title of the provision it speaks of where
// the reviewer names something more specific (`更改了到达现场` for `更改了到达
// 现场的时间要求` is not right; `增加了远程支持` for `增加了远程支持的要求` is).
// ---------------------------------------------------------------------------

interface Item {
  action: 'added' | 'removed' | 'modified' | 'unknown'
  seeNew: Array<string>
  seeOld: Array<string>
  subject: string
}

const variants: Array<[RegExp, string]> = [[/其它/gu, '其他'], [/帐/gu, '账']]

function normalise(text: string): string {
  let out = text.normalize('NFKC')
  for (const [pattern, replacement] of variants) out = out.replace(pattern, replacement)
  return out
}

function citations(text: string): Array<string> {
  return text
    .split(/[、，,]/u)
    .map((part) => normalise(part).replace(/\s/gu, '').replace(/(\d)[a-z]$/u, '$1').replace(/^第(\d+)章$/u, '$1'))
    .filter((part) => part !== '')
    .sort()
}

export function readItem(text: string): Item {
  // A list item's closing parenthesis (`4.5 c）`) would unbalance the citation's: the letter is dropped with it below.
  let body = normalise(text).trim().replace(/^——/u, '').replace(/[；;。.]$/u, '').replace(/(\d\s?[a-z])\)/gu, '$1')
  let seeNew: Array<string> = []
  let seeOld: Array<string> = []
  const tail = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/u.exec(body)
  if (tail) {
    body = body.slice(0, tail.index)
    const inner = tail[1] ?? ''
    const oldAt = inner.search(/\d{4}年版的/u)
    const newPart = oldAt >= 0 ? inner.slice(0, oldAt) : inner
    if (oldAt >= 0) seeOld = citations(inner.slice(oldAt).replace(/^\d{4}年版的/u, ''))
    if (/^见/u.test(newPart)) seeNew = citations(newPart.replace(/^见/u, ''))
  }
  const action = /^增加/u.test(body) ? 'added' : /^删除/u.test(body) ? 'removed' : /^(更改|将)/u.test(body) ? 'modified' : 'unknown'
  return {action, seeNew, seeOld, subject: subjectOf(body.replace(/^(增加了?|删除了?|更改了?|将)/u, ''))}
}

/** The words of a subject that name it: no punctuation, spaces or 的, no closing 要求/规定/内容. */
function subjectOf(text: string): string {
  return normalise(text)
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .replace(/的/gu, '')
    .replace(/(要求|规定|内容)$/u, '')
}

function pairs(text: string): Array<string> {
  const out: Array<string> = []
  for (let index = 0; index < text.length - 1; index++) out.push(text.slice(index, index + 2))
  return out
}

function dice(a: string, b: string): number {
  const left = pairs(a)
  const right = pairs(b)
  if (left.length + right.length === 0) return a === b ? 1 : 0
  const pool = [...right]
  let common = 0
  for (const pair of left) {
    const at = pool.indexOf(pair)
    if (at >= 0) {
      common++
      pool.splice(at, 1)
    }
  }
  return (2 * common) / (left.length + right.length)
}

const same = (a: Array<string>, b: Array<string>) => a.length === b.length && a.every((value, index) => value === b[index])

/** `title`: the title of the provision the drafted item speaks of, when known. */
export function itemsMatch(expected: string, drafted: string, title?: string): boolean {
  const want = readItem(expected)
  const got = readItem(drafted)
  if (want.action !== got.action || want.action === 'unknown') return false
  if (!same(want.seeNew, got.seeNew) || !same(want.seeOld, got.seeOld)) return false
  if (title !== undefined && [subjectOf(title), subjectOf(`术语${title}`)].includes(got.subject) && want.subject !== got.subject) return false
  return dice(want.subject, got.subject) >= 0.5
}

// ---------------------------------------------------------------------------
// git diff --no-index --word-diff: the lines it marks changed, mapped to the
// provision whose heading they fall under (the foreword and the cover are left
// out, as in the differ's scores).
// ---------------------------------------------------------------------------

interface Heading {
  line: number
  id: string | undefined
}

function headings(text: string): Array<Heading> {
  const out: Array<Heading> = []
  let body = false
  text.split('\n').forEach((line, index) => {
    const match = /^(#{1,4}) (.*)$/u.exec(line)
    if (!match) return
    const level = match[1]?.length ?? 0
    const rest = match[2] ?? ''
    if (level === 1) {
      body = rest !== '前言'
      out.push({line: index + 1, id: undefined})
      return
    }
    if (!body) return
    const anchor = /\{#([^}]+)\}\s*$/u.exec(rest)
    if (anchor) return void out.push({line: index + 1, id: anchor[1]})
    const appendix = /^附录([A-Z])/u.exec(rest)
    if (appendix) return void out.push({line: index + 1, id: `appendix-${appendix[1]}`})
    const number = /^([A-Z](?:\.\d+)+|\d+(?:\.\d+)*)\s/u.exec(rest)
    if (number) return void out.push({line: index + 1, id: `clause-${number[1]}`})
    out.push({line: index + 1, id: rest === '参考文献' ? 'bibliography' : undefined})
  })
  return out
}

/** The provision a line falls in, and whether it is the provision's heading line. */
function provisionAt(all: Array<Heading>, line: number): {id: string; heading: boolean} | undefined {
  let found: Heading | undefined
  for (const heading of all) if (heading.line <= line) found = heading
  return found?.id === undefined ? undefined : {id: found.id, heading: found.line === line}
}

interface GitResult {
  changed: Set<string>
  /** Provisions whose text (not only their heading) git marks changed. */
  textChanged: Set<string>
}

function gitWordDiff(oldPath: string, newPath: string): GitResult {
  const run = spawnSync('git', ['diff', '--no-index', '--word-diff=porcelain', '-U0', oldPath, newPath], {encoding: 'utf8'})
  if (run.status !== 0 && run.status !== 1) throw new Error(`git diff failed: ${run.stderr}`)
  const sides = {old: headings(readFileSync(oldPath, 'utf8')), new: headings(readFileSync(newPath, 'utf8'))}
  const changed = new Set<string>()
  const textChanged = new Set<string>()
  for (const hunk of run.stdout.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gmu)) {
    const ranges = [
      ['old', Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2])],
      ['new', Number(hunk[3]), hunk[4] === undefined ? 1 : Number(hunk[4])]
    ] as const
    for (const [side, start, count] of ranges) {
      for (let line = start; line < start + count; line++) {
        const at = provisionAt(sides[side], line)
        if (!at) continue
        changed.add(at.id)
        if (!at.heading) textChanged.add(at.id)
      }
    }
  }
  return {changed, textChanged}
}

// ---------------------------------------------------------------------------
// Scoring.
// ---------------------------------------------------------------------------

interface Tally {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  classified: number
  classifiedRight: number
  technicalAsEditorial: number
  kinds: number
  kindsRight: number
  falseTextChanges: number
  listExpected: number
  listRight: number
  listSpurious: number
  claims: number
  claimsRight: number
}

const tally = (): Tally => ({
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  classified: 0,
  classifiedRight: 0,
  technicalAsEditorial: 0,
  kinds: 0,
  kindsRight: 0,
  falseTextChanges: 0,
  listExpected: 0,
  listRight: 0,
  listSpurious: 0,
  claims: 0,
  claimsRight: 0
})

function add(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += part[key]
}

const failures: Array<string> = []

function scorePair(name: string, diff: StandardDiff, verdict: Verdict): Tally {
  const score = tally()
  const fail = (what: string) => failures.push(`${name}: ${what}`)
  const reported = diff.provisions.filter((change) => change.id !== 'foreword' && !(change.kinds.length === 1 && change.kinds[0] === 'unchanged'))
  const byId = new Map(diff.provisions.map((change) => [change.id, change]))
  const expected = new Map(verdict.changed.map((change) => [change.id, change]))
  const seen = new Set<string>()
  for (const change of reported) {
    const number = change.new?.number ?? change.old?.number
    if (seen.has(change.id)) {
      score.falsePositives++
      fail(`${change.id} (${number}) reported ${change.kinds.join('+')}: a second provision with an id already given`)
      continue
    }
    seen.add(change.id)
    const want = expected.get(change.id)
    if (!want) {
      score.falsePositives++
      fail(`${change.id} (${number}) reported ${change.kinds.join('+')} ${change.classification ?? ''}; the verdict says unchanged`)
      continue
    }
    score.truePositives++
    score.classified++
    const got = (change.classification as string | undefined) === 'review' ? 'technical' : change.classification
    if (got === want.classification) score.classifiedRight++
    else {
      if (want.classification === 'technical' && got === 'editorial') score.technicalAsEditorial++
      fail(`${change.id} (${number}) classified ${change.classification ?? 'without a class'}; the verdict says ${want.classification}`)
    }
    score.kinds++
    const kinds = [...change.kinds].sort().join('+')
    if (kinds === want.kind.split('+').sort().join('+')) score.kindsRight++
    else fail(`${change.id} (${number}) kinds ${change.kinds.join('+')}; the verdict says ${want.kind} (not thresholded)`)
  }
  for (const want of verdict.changed) {
    if (reported.some((change) => change.id === want.id)) continue
    score.falseNegatives++
    fail(`${want.id} (${want.number}) not reported as changed (${byId.get(want.id)?.kinds.join('+') ?? 'no such provision'}); the verdict says ${want.kind} ${want.classification}`)
  }
  for (const id of verdict.unchanged) {
    const change = byId.get(id)
    if (!change || change.kinds.includes('modified')) {
      score.falseTextChanges++
      fail(`${id}: its text did not change, the differ says ${change ? change.kinds.join('+') : 'no such provision'}`)
    }
  }
  const drafted = diff.changeList.map((item) => item.text)
  const titles = diff.changeList.map((item) => {
    const change = byId.get(item.id)
    return (change?.new ?? change?.old)?.title
  })
  const used = new Set<number>()
  for (const item of verdict.changeList) {
    score.listExpected++
    const index = drafted.findIndex((text, at) => !used.has(at) && itemsMatch(item, text, titles[at]))
    if (index >= 0) {
      used.add(index)
      score.listRight++
    } else fail(`change list lacks ${item}`)
  }
  drafted.forEach((text, index) => {
    if (used.has(index)) return
    score.listSpurious++
    fail(`change list item not expected: ${text}`)
  })
  for (const [claim, status] of Object.entries(verdict.recordCheck ?? {})) {
    score.claims++
    const checked = diff.recordCheck?.claims.find((item) => normalise(item.claim).replace(/[；;。]$/u, '') === normalise(claim))
    const right = checked !== undefined && (status === 'confirmed' ? checked.status === 'confirmed' : checked.status === 'unconfirmed' || (checked.status as string) === status)
    if (right) score.claimsRight++
    else fail(`claim “${claim}”: the record check says ${checked ? checked.status : 'nothing'}; the verdict says ${status}`)
  }
  return score
}

interface GitTally {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  falseTextChanges: number
}

function scoreGit(git: GitResult, verdict: Verdict): GitTally {
  const expected = new Set(verdict.changed.map((change) => change.id))
  let truePositives = 0
  let falsePositives = 0
  for (const id of git.changed) if (expected.has(id)) truePositives++
  else falsePositives++
  const falseNegatives = [...expected].filter((id) => !git.changed.has(id)).length
  const falseTextChanges = verdict.unchanged.filter((id) => git.textChanged.has(id)).length
  return {truePositives, falsePositives, falseNegatives, falseTextChanges}
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)
const percent = (value: number) => `${(value * 100).toFixed(1)} %`

describe('the scored golden set', () => {
  const names = readdirSync(golden, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  it('has at least 30 pairs, each with both editions and a verdict', () => {
    expect(names.length).toBeGreaterThanOrEqual(30)
    for (const name of names) expect(readdirSync(new URL(`${name}/`, golden))).toEqual(expect.arrayContaining(['old.md', 'new.md', 'verdict.json']))
  })

  it('reads change-list items as the matching rule says', () => {
    expect(itemsMatch('——更改了一般故障的上报时限（见表1，2007年版的表1）；', '——更改了一般故障上报时限（见表1，2007年版的表1）。')).toBe(true)
    expect(itemsMatch('——更改了一般故障的上报时限（见表1，2007年版的表1）；', '——更改了故障处理与上报（见6.4，2007年版的6.4）。')).toBe(false)
    expect(itemsMatch('——更改了一般故障的上报时限（见表1，2007年版的表1）；', '——更改了故障处理与上报（见表1，2007年版的表1）。')).toBe(false)
    expect(itemsMatch('——删除了不在用户现场谈论公司内部信息的要求（2007年版的4.5 c））；', '——删除了不在用户现场谈论公司内部信息的要求（2007年版的4.5）；')).toBe(true)
    expect(itemsMatch('——增加了远程支持的要求（见6.2）。', '——删除了远程支持（2007年版的6.2）。')).toBe(false)
    expect(itemsMatch('——将术语“网规网优”更改为“网络规划优化”（见3.5）；', '——将术语“网规网优”更改为“网络规划优化”（见3.5）；')).toBe(true)
    expect(itemsMatch('——更改了到达现场的时间要求（见6.2，2007年版的6.2）；', '——更改了到达现场（见6.2，2007年版的6.2）；', '到达现场')).toBe(false)
    expect(itemsMatch('——增加了远程支持的要求（见6.2）。', '——增加了远程支持（见6.2）；', '远程支持')).toBe(true)
    expect(readItem('——更改了范围（见第1章，2006年版的第1章）；')).toEqual({action: 'modified', seeNew: ['1'], seeOld: ['1'], subject: '范围'})
  })

  it('meets its thresholds', () => {
    const total = tally()
    const git: GitTally = {truePositives: 0, falsePositives: 0, falseNegatives: 0, falseTextChanges: 0}
    const rows: Array<string> = []
    for (const name of names) {
      const dir = fileURLToPath(new URL(`${name}/`, golden))
      const verdict = JSON.parse(readFileSync(`${dir}verdict.json`, 'utf8')) as Verdict
      let diff: StandardDiff
      try {
        diff = diffEditions(parse(`${dir}old.md`), parse(`${dir}new.md`))
      } catch (error) {
        failures.push(`${name}: the differ failed: ${String(error)}`)
        const score = tally()
        score.falseNegatives = verdict.changed.length
        score.listExpected = verdict.changeList.length
        score.claims = Object.keys(verdict.recordCheck ?? {}).length
        add(total, score)
        continue
      }
      const score = scorePair(name, diff, verdict)
      add(total, score)
      const theirs = scoreGit(gitWordDiff(`${dir}old.md`, `${dir}new.md`), verdict)
      for (const key of Object.keys(git) as Array<keyof GitTally>) git[key] += theirs[key]
      rows.push(
        `| ${name} | ${score.truePositives}/${score.truePositives + score.falseNegatives} | ${score.falsePositives} | ${score.classifiedRight}/${score.classified} | ${score.listRight}/${score.listExpected}${score.listSpurious ? ` +${score.listSpurious}` : ''} | ${score.claimsRight}/${score.claims} | ${theirs.truePositives}/${theirs.truePositives + theirs.falseNegatives} | ${theirs.falsePositives + theirs.falseTextChanges} |`
      )
    }
    const precision = ratio(total.truePositives, total.truePositives + total.falsePositives)
    const recall = ratio(total.truePositives, total.truePositives + total.falseNegatives)
    const classification = ratio(total.classifiedRight, total.classified)
    const changeList = ratio(total.listRight, total.listExpected + total.listSpurious)
    const gitPrecision = ratio(git.truePositives, git.truePositives + git.falsePositives)
    const gitRecall = ratio(git.truePositives, git.truePositives + git.falseNegatives)
    const table = [
      `Golden set: ${names.length} pairs, ${total.truePositives + total.falseNegatives} changed provisions, ${total.listExpected} change-list items, ${total.claims} claims`,
      '',
      '| score | stdkit | git diff --word-diff | threshold |',
      '| - | - | - | - |',
      `| changed provisions: precision | ${percent(precision)} (${total.falsePositives} false) | ${percent(gitPrecision)} (${git.falsePositives} false) | 100 % |`,
      `| changed provisions: recall | ${percent(recall)} (${total.falseNegatives} missed) | ${percent(gitRecall)} (${git.falseNegatives} missed) | 100 % |`,
      `| unchanged text reported changed (renumbered, moved, references following) | ${total.falseTextChanges} | ${git.falseTextChanges} | 0 |`,
      `| classification (review counts as technical) | ${percent(classification)} (${total.classifiedRight}/${total.classified}) | — | ≥ 97 % |`,
      `| technical labelled editorial | ${total.technicalAsEditorial} | — | 0 |`,
      `| kinds (move, renumbering, split, merge …) | ${percent(ratio(total.kindsRight, total.kinds))} (${total.kindsRight}/${total.kinds}) | — | (reported) |`,
      `| change-list items right (spurious items count against) | ${percent(changeList)} (${total.listRight}/${total.listExpected}, ${total.listSpurious} spurious) | — | ≥ 95 % |`,
      `| record-check verdicts right | ${percent(ratio(total.claimsRight, total.claims))} (${total.claimsRight}/${total.claims}) | — | (reported) |`,
      '',
      '| pair | found | false | classified | change list | claims | git found | git false |',
      '| - | - | - | - | - | - | - | - |',
      ...rows,
      '',
      `Failing verdicts (${failures.length}):`,
      '',
      ...failures.map((failure) => `- ${failure}`),
      ''
    ].join('\n')
    console.log(table)
    // The scores go into the build's output folder: one made here gets the build's marker, so the next `stdkit build`
    // replaces it whole as its own rather than refusing a folder it did not make.
    if (!existsSync(new URL('out/', root))) {
      mkdirSync(new URL('out/', root))
      writeFileSync(new URL('out/.stdkit-out', root), 'stdkit build output: each build replaces this folder whole.\n')
    }
    mkdirSync(new URL('out/golden/', root), {recursive: true})
    writeFileSync(new URL('out/golden/scores.md', root), `# Golden set scores\n\n${table}`)
    expect.soft(precision, 'precision of changed provisions').toBeGreaterThanOrEqual(thresholds.precision)
    expect.soft(recall, 'recall of changed provisions').toBeGreaterThanOrEqual(thresholds.recall)
    expect.soft(total.falseTextChanges, 'unchanged text reported changed').toBeLessThanOrEqual(thresholds.falseTextChanges)
    expect.soft(classification, 'classification accuracy').toBeGreaterThanOrEqual(thresholds.classification)
    expect.soft(total.technicalAsEditorial, 'technical changes labelled editorial').toBeLessThanOrEqual(thresholds.technicalAsEditorial)
    expect.soft(changeList, 'change-list items right').toBeGreaterThanOrEqual(thresholds.changeList)
  })
})
