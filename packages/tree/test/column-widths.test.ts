import {describe, expect, it} from 'vitest'
import {columnWidths, revisionColumns, textWidth, unbreakableWidth, type MeasuredCell} from '@stdkit/tree'

/** Rows of text as cells, each at its column. */
const cellsOf = (rows: ReadonlyArray<ReadonlyArray<string>>): Array<MeasuredCell> => rows.flatMap((row) => row.map((text, column) => ({column, text})))

// A revision record as the library's enterprise standards write one (names and numbers made up).
const record = [
  [...revisionColumns],
  ['Q/ZX 10.1–2021', 'Q/ZX 10.1–2019', '原标准《设备巡检规程》更名为《机房设备巡检规范》；删掉了巡检记录模板等内容；增加了网络设备巡检的要求；增加了巡检结果上报的时限。', '维护管理部、南京维护中心', '张三、李四', '王五'],
  ['Q/ZX 10.1–2019', '', '首次发布', '维护管理部', '张三', '']
]

describe('column widths', () => {
  it('measure a Chinese character as 1em and a Latin one as half of it', () => {
    expect(textWidth('批准人')).toBe(3)
    expect(textWidth('Q/ZX 10')).toBe(3.5)
    expect(textWidth('')).toBe(0)
  })

  it('keep a word, a number and a name whole, and break a long Chinese phrase anywhere but in its numbers', () => {
    expect(unbreakableWidth('徐慧俊')).toBe(3)
    expect(unbreakableWidth('王文阁、陈华春')).toBe(4)
    // A line may break after the dash: 75.1861– is 3.5em and the dash 1em (as wide as a Chinese character, in Chinese text).
    expect(unbreakableWidth('Q/ZX 75.1861–2007')).toBe(4.5)
    expect(unbreakableWidth('依据《TL9000质量管理体系要求手册3.0版本》中6.2.3（b）的要求')).toBe(3)
    expect(unbreakableWidth('原标准《设备巡检规程》更名为《机房设备巡检规范》')).toBe(1)
    expect(unbreakableWidth('设备巡检规程')).toBe(1)
    expect(unbreakableWidth('设备巡检规程', 8)).toBe(6)
  })

  it('give a short column room for its longest name and the long column the rest', () => {
    const widths = columnWidths(cellsOf(record), 6)
    expect(widths.reduce((sum, value) => sum + value, 0)).toBeCloseTo(100, 6)
    const [number, replaced, changes, departments, revisers, approvers] = widths as [number, number, number, number, number, number]
    // 批准人 gets what its three characters and the cell's padding take of the 48em laid out for, and no less.
    expect(approvers).toBeGreaterThanOrEqual(Math.floor((4 / 48) * 1000) / 10)
    // 修订人 gets its widest cell whole, 张三、李四 on one line.
    expect(revisers).toBeGreaterThanOrEqual(Math.floor((6 / 48) * 1000) / 10)
    for (const short of [number, replaced, departments, revisers, approvers]) expect(changes).toBeGreaterThan(short)
    // Laid out narrower than what the columns should not break, each keeps its share of that: 5em for 标准编号 (Q/ZX 10.1– and padding), 4em for 修改前文件编号 …
    const narrow = columnWidths(cellsOf(record), 6, {available: 20})
    expect(narrow[5]).toBeCloseTo((100 * 4) / (5 + 4 + 5 + 5 + 4 + 4), 1)
  })

  it('share a table that fits on one line by its widest cells', () => {
    // 相对湿度 is 4em and 10 ℃ 2.5em (℃ as wide as a Chinese character), each with 1em of padding.
    expect(columnWidths(cellsOf([['温度', '10 ℃'], ['相对湿度', '40 %']]), 2)).toEqual([58.8, 41.2])
    expect(columnWidths(cellsOf([['a', 'bbbbbbb']]), 2)).toEqual([25, 75])
  })

  it('leave a spanning cell out of the widths of the columns it spans, and a table of no columns without any', () => {
    const cells: Array<MeasuredCell> = [{column: 0, span: 2, text: '一个很长的合并单元格的标题文字'.repeat(5)}, {column: 0, text: '甲'}, {column: 1, text: '乙'}]
    expect(columnWidths(cells, 2)).toEqual([50, 50])
    expect(columnWidths(cells, 0)).toEqual([])
  })

  it('give the same widths every time', () => {
    expect(columnWidths(cellsOf(record), 6)).toEqual(columnWidths(cellsOf(record), 6))
  })
})
