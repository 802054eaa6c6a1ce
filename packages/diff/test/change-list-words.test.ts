/**
 * The drafted change list says what changed in the provisions' own words: a
 * table's cell by its row and column, a term renamed, a list item added or
 * removed by its text and its letter; and the record check finds its
 * evidence at every level. The pair in `change-list/` is a small enterprise
 * edition revised the way a department revises one.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {diffEditions, draftChangeList, toRedline, type StandardDiff} from '@stdkit/diff'
import {parse} from './helpers.js'

const folder = new URL('change-list/', import.meta.url)

/** The pair, the newer edition's record row claiming `claims`. */
function compare(claims: ReadonlyArray<string>): StandardDiff {
  const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
  return diffEditions(parse(read('old'), 'old.md'), parse(read('new').replace('CLAIMS', claims.join('；')), 'new.md'))
}

describe('the drafted change list', () => {
  const diff = compare(['首次修订'])
  const texts = diff.changeList.map((item) => item.text)

  it('names each change in the provisions own words, cited by item, table and edition', () => {
    expect(texts).toEqual([
      '——将术语“网规网优”更改为“网络规划优化”（见3.2）；',
      '——删除了检查工具、仪表、安装材料和随工文档是否齐全的要求（2007年版的4.2 c））；',
      '——增加了不得在社交媒体发布现场信息的要求（见4.3 d））；',
      '——更改了离开现场前向用户说明处理结果的要求（见4.4，2007年版的4.4）；',
      '——更改了一般故障的上报时限（见表1，2007年版的表1）。'
    ])
    expect(diff.changeList.map((item) => [item.action, item.id])).toEqual([
      ['modified', 'term-3.2'],
      ['removed', 'clause-4.2'],
      ['added', 'clause-4.3'],
      ['modified', 'clause-4.4'],
      ['modified', 'clause-5.1']
    ])
  })

  it('counts a renamed term as a technical change, and one only reworded as none', () => {
    const term = diff.provisions.find((change) => change.id === 'term-3.2')
    expect(term?.classification).toBe('technical')
    expect(term?.reasons.map((reason) => reason.message)).toContain('术语由“网规网优”改为“网络规划优化”')
    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    // The same term written in full-width letters: no other term, no item.
    const older = read('old').replace('### 3.2 网规网优', '### 3.2 RF优化')
    const widened = read('new').replace('CLAIMS', '首次修订').replace('### 3.2 网络规划优化', '### 3.2 ＲＦ优化')
    const same = diffEditions(parse(older, 'old.md'), parse(widened, 'new.md'))
    expect(same.provisions.find((change) => change.id === 'term-3.2')?.kinds).toEqual(['retitled'])
    expect(same.provisions.find((change) => change.id === 'term-3.2')?.classification).toBe('editorial')
    expect(same.changeList.some((item) => item.text.includes('术语'))).toBe(false)
  })

  it('names an item of a renumbered clause by its new number', () => {
    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const renumbered = read('new')
      .replace('CLAIMS', '首次修订')
      .replace('### 4.3 现场纪律', '### 4.3 着装检查\n\n维护人员应互相检查着装。\n\n### 4.4 现场纪律')
      .replace('### 4.4 离开现场', '### 4.5 离开现场')
    const texts = diffEditions(parse(read('old'), 'old.md'), parse(renumbered, 'new.md')).changeList.map((item) => item.text)
    expect(texts).toContain('——更改了离开现场前向用户说明处理结果的要求（见4.5，2007年版的4.4）；')
    expect(texts).toContain('——增加了不得在社交媒体发布现场信息的要求（见4.4 d））；')
  })

  it('takes the words of an item from its requirement, not from a closing reference or the 为宜 of a recommendation', () => {
    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const older = read('old').replace('维护人员进入基站应穿工作服，佩戴工作证。', '进入基站时着装以整洁为宜。')
    const newer = read('new')
      .replace('CLAIMS', '首次修订')
      .replace('维护人员进入基站应穿工作服，佩戴工作证。', '进入基站时着装以整洁统一为宜。')
      .replace('d) 不得在社交媒体发布现场信息。', 'd) 不得在社交媒体发布现场信息；\n\ne) 进入机房的其他纪律，见5.2。')
    const texts = diffEditions(parse(older, 'old.md'), parse(newer, 'new.md')).changeList.map((item) => item.text)
    expect(texts).toContain('——更改了着装的要求（见4.1，2007年版的4.1）；')
    expect(texts).toContain('——增加了进入机房的其他纪律的要求（见4.3 e））；')
  })

  it('names a changed requirement by the words around the change: what it is of, its verb, a deadline, a range, a prohibition', () => {
    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const item = (older: string, newer: string) => {
      const texts = diffEditions(
        parse(read('old').replace('维护人员进入基站应穿工作服，佩戴工作证。', older), 'old.md'),
        parse(read('new').replace('CLAIMS', '首次修订').replace('维护人员进入基站应穿工作服，佩戴工作证。', newer), 'new.md')
      ).changeList.map((entry) => entry.text)
      return texts.find((text) => text.includes('（见4.1，'))
    }
    // A deadline by what it is for; a duration, not a deadline, without 内.
    expect(item('巡检记录应在巡检结束后24小时内上传。', '巡检记录应在巡检结束后8小时内上传。')).toBe('——更改了巡检记录的上传时限（见4.1，2007年版的4.1）；')
    expect(item('进场时应对值班人员进行安全交底。', '进场时应对值班人员进行不少于半小时的安全交底。')).toBe('——更改了进场时安全交底的时间（见4.1，2007年版的4.1）；')
    // A frequency by what is done so often.
    expect(item('遗留问题应及时跟踪直至解决。', '遗留问题应每周至少跟踪一次直至解决。')).toBe('——更改了遗留问题的跟踪频次（见4.1，2007年版的4.1）；')
    // A count by what is counted.
    expect(item('接听电话应在铃响三声之内。', '接听电话应在铃响四声之内。')).toBe('——更改了接听电话的铃响次数（见4.1，2007年版的4.1）；')
    expect(item('变更的评估应由两名工程师共同完成。', '变更的评估应由一名工程师完成。')).toBe('——更改了变更的评估人数（见4.1，2007年版的4.1）；')
    // A range by what it bounds.
    expect(item('机房温度应保持在18 ℃～27 ℃之间。', '机房温度应保持在18 ℃～25 ℃之间。')).toBe('——更改了机房温度的范围（见4.1，2007年版的4.1）；')
    // What is to be done, up to the change; an enumeration's item the change extends left out.
    expect(item('出发前应检查工具、仪表和备件。', '出发前应检查工具和仪表。')).toBe('——更改了出发前应检查的内容（见4.1，2007年版的4.1）；')
    // A prohibition by the words it governs.
    expect(item('禁止穿拖鞋进入机房。', '禁止穿拖鞋、短裤进入机房。')).toBe('——更改了进入机房禁止穿的内容（见4.1，2007年版的4.1）；')
    // The modal verb changed: what it governs.
    expect(item('测试设备在车内应固定牢靠。', '测试设备在车内宜固定牢靠。')).toBe('——更改了测试设备在车内固定牢靠的要求（见4.1，2007年版的4.1）；')
    // A clause that continues one before it in its sentence.
    expect(item('进出机房应办理登记手续，并更换鞋套。', '进出机房应办理登记手续，并穿戴鞋套。')).toBe('——更改了进出机房的要求（见4.1，2007年版的4.1）；')
    // A scope by whom it applies to.
    expect(item('本规程适用于基站维护的外包人员，包括代维公司人员、监理人员。', '本规程适用于基站维护的外包人员，包括代维公司人员。')).toBe('——更改了本规程适用的外包人员范围（见4.1，2007年版的4.1）；')
  })

  it('tells an appendix made informative, and a figure with its key as one change', () => {
    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const tail = (status: string, values: string, drawing: string, key: string) =>
      [
        '上报内容应包括故障现象、影响范围和已采取的措施。',
        '',
        '故障影响按公式（1）计算：',
        '',
        '$$ （1）',
        'E = k N',
        '$$',
        '',
        '式中：',
        '',
        '$E$——故障影响值；',
        '',
        '$N$——受影响的用户数；',
        '',
        `$k$——与业务类型有关的系数，${values}。`,
        '',
        '故障现场的组成见图1。',
        '',
        `![故障现场的组成示意](figures/${drawing}.svg)`,
        '',
        '说明：',
        '',
        key,
        '',
        '图1　故障现场的组成示意',
        '',
        `## 附录A（${status}附录）故障上报表格式`,
        '',
        '故障上报表的格式见表A.1。',
        '',
        '表A.1　故障上报表',
        '',
        '| 项目 | 内容 |',
        '| - | - |',
        '| 故障现象 | 告警和业务影响 |',
        ''
      ].join('\n')
    const older = read('old').replace('上报内容应包括故障现象、影响范围和已采取的措施。\n', tail('规范性', '语音业务取1.0', 'site-1', '1——基站机柜。'))
    const newer = read('new')
      .replace('CLAIMS', '首次修订')
      .replace('上报内容应包括故障现象、影响范围和已采取的措施。\n', tail('资料性', '语音业务取1.2，数据业务取0.8', 'site-2', '1——基站机柜；\n\n2——电源柜。'))
    const texts = diffEditions(parse(older, 'old.md'), parse(newer, 'new.md')).changeList.map((item) => item.text)
    expect(texts).toContain('——将附录A由规范性附录改为资料性附录（见附录A，2007年版的附录A）。')
    expect(texts.filter((text) => text.includes('的说明'))).toEqual([])
    expect(texts.filter((text) => text.includes('附录A') && !text.startsWith('——将附录A'))).toEqual([])
  })

  it('names a symbol whose value changed by what it is, and a value added by what it is for', () => {
    const source = readFileSync(new URL('technical/2022.md', import.meta.url), 'utf8')
    const older = source.replace('$n$——字段个数。', '$n$——报文中的字段个数，基本报文取2。')
    const newer = source.replace('GB/T 39901–2022', 'GB/T 39901–2023').replace('$n$——字段个数。', '$n$——报文中的字段个数，基本报文取3，扩展报文取5。')
    const texts = diffEditions(parse(older, 'old.md'), parse(newer, 'new.md')).changeList.map((item) => item.text)
    expect(texts.find((text) => text.includes('取值'))).toMatch(/^——更改了字段个数n的取值，增加了扩展报文的取值（见[\d.]+，2022年版的[\d.]+）[；。]$/u)
  })

  it('makes one item of a reference made dated wherever it is cited, and tells a table footnote by the cell that calls it', () => {
    const source = readFileSync(new URL('technical/2022.md', import.meta.url), 'utf8')
    const newer = source
      .replace('GB/T 39901–2022', 'GB/T 39901–2023')
      .replace('GB/T 2260　中华人民共和国行政区划代码', 'GB/T 2260—2007　中华人民共和国行政区划代码')
      .replace('代码按GB/T 2260的规定编写', '代码按GB/T 2260—2007的规定编写')
    const diff = diffEditions(parse(source, 'old.md'), parse(newer, 'new.md'))
    // Whether a reference made dated is technical is the classification's to say; told as one, it is one item citing both provisions.
    for (const change of diff.provisions) {
      if (change.kinds.includes('modified')) change.classification = 'technical'
      for (const block of change.blocks) if (block.kind !== 'equal') block.classification = 'technical'
    }
    const items = draftChangeList(diff).map((item) => item.text)
    expect(items.filter((text) => text.includes('GB/T 2260'))).toEqual([expect.stringMatching(/^——将GB\/T 2260更改为注日期引用（见第2章、[\d.]+，2022年版的第2章、[\d.]+）[；。]$/u)])

    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const footnoted = (text: string, when: string) =>
      text.replace('| 重大故障 | 15 min | 4 h |', '| 重大故障 | 15 min^a^ | 4 h |').replace(/\| 一般故障 \|[^\n]*\n/u, `| 一般故障 | 24 h | 3 d |\n\n^a^　${when}发生的，取30 min。\n`)
    const texts = diffEditions(parse(footnoted(read('old'), '夜间'), 'old.md'), parse(footnoted(read('new').replace('CLAIMS', '首次修订'), '夜间或节假日'), 'new.md')).changeList.map((item) => item.text)
    expect(texts.filter((text) => text.includes('重大故障'))).toEqual([expect.stringMatching(/^——更改了重大故障故障上报时限取30 min的条件（见表1，2007年版的表1）[；。]$/u)])
  })

  it('leaves out an item that only names its provision where another item of the same place says more', () => {
    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const scope = (rules: string, whom: string) => (text: string) =>
      text.replace('本标准规定了基站维护人员在现场的行为要求和故障上报要求。', `本标准规定了基站维护人员在现场的${rules}。`).replace('本标准适用于公司负责维护的基站。', `本标准适用于公司负责维护的基站的${whom}。`)
    const older = scope('行为要求和故障上报要求', '维护人员和代维人员')(read('old'))
    const newer = scope('行为要求、故障上报要求和记录要求', '维护人员')(read('new').replace('CLAIMS', '首次修订'))
    const texts = diffEditions(parse(older, 'old.md'), parse(newer, 'new.md')).changeList.map((item) => item.text)
    expect(texts.filter((text) => text.includes('第1章'))).toEqual(['——更改了本标准适用的维护人员范围（见第1章，2007年版的第1章）；'])
  })

  it('the text redline prints the same items', () => {
    const redline = toRedline(diff)
    for (const text of texts) expect(redline).toContain(`  ${text}\n`)
  })
})

describe('the record check, evidence at every level', () => {
  const claims = [
    '增加了不得在社交媒体发布现场信息的要求',
    '删除了检查随工文档的要求',
    '更改了一般故障的上报时限',
    '将术语“网规网优”更改为“网络规划优化”',
    '增加了夜间故障先以短信上报的注',
    '删除了不得在机房内吸烟的要求'
  ]
  const check = compare(claims).recordCheck

  it('finds a list item, a table row, a term and a note, and cites each as a reader does', () => {
    expect(check?.claims.map((claim) => [claim.status, claim.clauses, claim.message])).toEqual([
      ['confirmed', ['4.3 d）'], '见 4.3 d）'],
      ['confirmed', ['2007年版的4.2 c）'], '见 2007年版的4.2 c）'],
      ['confirmed', ['表1'], '见 表1'],
      ['confirmed', ['3.2'], '见 3.2'],
      ['confirmed', ['5.2'], '见 5.2'],
      ['unconfirmed', undefined, '没有删除的条款与之相符']
    ])
    expect(check?.claims.slice(0, 5).map((claim) => claim.evidence)).toEqual([['clause-4.3'], ['clause-4.2'], ['clause-5.1'], ['term-3.2'], ['clause-5.2']])
  })

  it('finds a change by the title of the chapter it stands in, and a table moved into an appendix', () => {
    const byChapter = compare(['更改了现场行为中处理结果的说明']).recordCheck?.claims[0]
    expect([byChapter?.status, byChapter?.evidence]).toEqual(['confirmed', ['clause-4.4']])

    const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, folder), 'utf8')
    const older = read('old')
    const table = /表1　故障上报时限\n\n(?:\|[^\n]*\n)+/u.exec(older)?.[0] ?? ''
    expect(table).not.toBe('')
    const moved = (claim: string) => {
      const newer = `${older.replace('按表1的时限', '按表A.1的时限').replace(table, '')}\n## 附录A（规范性附录）故障上报时限\n\n${table.replace('表1', '表A.1')}`
      return diffEditions(parse(older, 'old.md'), parse(read('new').replace('CLAIMS', claim).split('# 基站维护现场行为规范')[0] + newer.slice(newer.indexOf('# 基站维护现场行为规范')), 'new.md')).recordCheck?.claims[0]
    }
    expect(moved('将故障上报时限表移入附录A')?.status).toBe('confirmed')
    expect(moved('将故障上报时限表移入附录B')?.status).toBe('unconfirmed')
  })

  it('lists only what no claim covers, by number', () => {
    expect([check?.uncovered, check?.uncoveredClauses]).toEqual([['clause-4.4'], ['4.4']])
    const few = compare(['更改了一般故障的上报时限']).recordCheck
    expect(few?.uncoveredClauses).toEqual(['3.2', '4.2', '4.3', '4.4'])
  })

  it('never shows an id to a reader', () => {
    const redline = toRedline(compare(['更改了一般故障的上报时限']))
    expect(redline).toContain('记录未提及的技术性改动：3.2、4.2、4.3、4.4')
    expect(redline).not.toMatch(/clause-|term-/u)
  })
})

describe('the drafted change list, read back as the record', () => {
  const cases = [...readdirSync(new URL('fixtures/', import.meta.url)).map((name) => new URL(`fixtures/${name}/`, import.meta.url)), folder]

  for (const dir of cases) {
    const name = dir.pathname.split('/').at(-2) ?? ''
    it(`confirms every item it drafts and leaves nothing uncovered: ${name}`, () => {
      const read = (side: 'old' | 'new') => readFileSync(new URL(`${side}.md`, dir), 'utf8').replace('CLAIMS', '首次修订')
      const old = parse(read('old'), `${name}/old.md`)
      const text = read('new')
      const first = diffEditions(old, parse(text, `${name}/new.md`))
      const items = first.changeList.map((item) => item.text.replace(/^——/u, '').replace(/[；。]$/u, ''))
      const row = new RegExp(`^\\| ${first.new.number.replace(/\./gu, '\\.')} \\| ([^|]*)\\| [^|]*\\|`, 'mu')
      if (items.length === 0) return
      expect(row.test(text), 'the edition has its record row').toBe(true)
      const check = diffEditions(old, parse(text.replace(row, (_, replaces: string) => `| ${first.new.number} | ${replaces}| ${items.join('；')} |`), `${name}/new.md`)).recordCheck
      expect(check?.claims.filter((claim) => claim.status !== 'confirmed').map((claim) => claim.claim)).toEqual([])
      expect(check?.uncoveredClauses).toEqual([])
    })
  }

  it('confirms every item of a national edition drafted into its foreword', () => {
    const root = new URL('../../../standards/t-zxbz-12.1/', import.meta.url)
    const older = parse(readFileSync(new URL('2023.md', root), 'utf8'), 't-zxbz-12.1/2023.md')
    const newer = readFileSync(new URL('2026.md', root), 'utf8')
    const drafted = diffEditions(older, parse(newer, 't-zxbz-12.1/2026.md')).changeList.map((item) => item.text)
    const list = /主要技术变化如下：\n\n(?:——[^\n]*\n\n)+/u
    expect(list.test(newer)).toBe(true)
    const written = newer.replace(list, `主要技术变化如下：\n\n${drafted.join('\n\n')}\n\n`)
    const check = diffEditions(older, parse(written, 't-zxbz-12.1/2026.md')).recordCheck
    expect(check?.source).toBe('changeList')
    expect(check?.claims).toHaveLength(drafted.length)
    expect(check?.claims.filter((claim) => claim.status !== 'confirmed').map((claim) => claim.claim)).toEqual([])
    expect(check?.uncoveredClauses).toEqual([])
  })
})
