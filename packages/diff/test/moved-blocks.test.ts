/**
 * A table that moves from one clause to another existing clause is one table
 * moved: unchanged, it is an editorial change shown once; with a cell changed
 * on the way, the cell is named and the change is technical.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffEditions, toRedline} from '@stdkit/diff'
import {parse} from './helpers.js'

const old = readFileSync(new URL('fixtures/table/old.md', import.meta.url), 'utf8')
const table = (number: string, environment: string) => `表${number}　巡检项目

| 项目 | 要求 |
| - | - |
| 环境 | ${environment} |
| 设备 | 无告警，指示灯正常 |
`
const kept = '温度、湿度在设备允许的范围内'
const report = '巡检中发现的问题应在当日上报维护主管，并记入设备档案。\n'

/** The table of 4.2 moved to the end of 5.1 as 表2, its environment requirement as given. */
function moved(environment: string) {
  const now = old
    .replace(`${table('1', kept)}\n`, '')
    .replace('巡检项目应符合表1的规定。', '巡检项目应符合表2的规定。')
    .replace(report, `${report}\n${table('2', environment)}`)
  return diffEditions(parse(old, 'old.md'), parse(now, 'new.md'))
}

describe('a table moved to another existing clause', () => {
  it('unchanged, is an editorial move shown once', () => {
    const diff = moved(kept)
    const of = (number: string) => diff.provisions.find((change) => change.new?.number === number)
    expect([of('4.2')?.classification, of('5.1')?.classification]).toEqual(['editorial', 'editorial'])
    expect(of('5.1')?.reasons.map((reason) => reason.message)).toEqual(['表移自 4.2'])
    expect(diff.changeList).toEqual([])
    const redline = toRedline(diff)
    expect(redline).toContain('表1 → 表2（移至 5.1），未变')
    expect(redline).not.toContain('无告警，指示灯正常')
  })

  it('with a cell changed on the way, names the cell and is technical', () => {
    const diff = moved(`${kept}，无凝露`)
    const of = (number: string) => diff.provisions.find((change) => change.new?.number === number)
    expect(of('4.2')?.classification).toBe('technical')
    expect(diff.changeList.map((item) => item.text)).toEqual(['——更改了环境的要求（见表2，2019年版的表1）。'])
    const redline = toRedline(diff)
    expect(redline).toContain('表1 → 表2（移至 5.1），有改动：')
    expect(redline).toContain('表2，“环境”行，“要求”列：温度、湿度在设备允许的范围内{+，无凝露+}')
    expect(redline).not.toContain('无告警，指示灯正常')
  })
})
