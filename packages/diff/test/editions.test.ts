/**
 * The differ on the real editions of Q/ZX 75.1861 (standards/q-zx-75.1861):
 * what changed 2006 → 2007, the record check of every revision, the
 * editorial changes listed in standards/README.md, a diff of non-adjacent
 * editions, the published JSON against its schema, and the lineage of a provision.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {DiffError, diffEditions, diffSchema, findTimeline, lineage, toDiffDocument, toDiffJson, type StandardDiff} from '@stdkit/diff'
import {validator} from '../../../test/schemas.js'
import {edition, parse, provision, years, type Year} from './helpers.js'

const diffs = new Map<string, StandardDiff>()
/** The diff of two real editions, computed once per test file. */
function diff(old: Year, now: Year): StandardDiff {
  const key = `${old}..${now}`
  let found = diffs.get(key)
  if (!found) {
    found = diffEditions(edition(old), edition(now))
    diffs.set(key, found)
  }
  return found
}

/** Every provision numbered `number` or inside it (`5` → 5, 5.1, 5.7.2 …; `D` → D, D.1 …). */
const within = (result: StandardDiff, side: 'old' | 'new', number: string) =>
  result.provisions.filter((change) => {
    const at = change[side]?.number
    return at === number || at?.startsWith(`${number}.`)
  })

describe('2006 → 2007', () => {
  const result = diff('2006', '2007')

  it('names both editions', () => {
    expect(result.designation).toBe('Q/ZX 75.1861')
    expect(result.old).toMatchObject({number: 'Q/ZX 75.1861–2006', year: 2006, title: '现场服务行为管理工作规程'})
    expect(result.new).toMatchObject({number: 'Q/ZX 75.1861–2007', year: 2007, title: '售后工程师现场服务行为规范'})
  })

  it('reports the new title as a technical field change', () => {
    expect(result.fields.find((field) => field.field === 'cover.title')).toEqual({
      field: 'cover.title',
      label: '标准名称',
      old: '现场服务行为管理工作规程',
      new: '售后工程师现场服务行为规范',
      classification: 'technical',
      reason: '标准更名'
    })
    // The other fields are facts of the edition.
    expect(result.fields.filter((field) => field.classification === 'technical').map((field) => field.field)).toEqual(['cover.title'])
  })

  it('removes the process chapters 4 职责 and 5 工作程序 and appendix D as whole provisions', () => {
    for (const [number, id, title] of [
      ['4', 'responsibilities', '职责'],
      ['5', 'procedure', '工作程序'],
      ['D', 'appendix-D', '现场服务记录表格']
    ] as const) {
      const change = provision(result, 'old', number)
      expect(change).toMatchObject({id, kinds: ['removed'], classification: 'technical'})
      expect(change.old?.title).toBe(title)
      expect(change.new).toBeUndefined()
      // Everything inside went with it, and none of it turns up elsewhere.
      const inside = within(result, 'old', number)
      expect(inside.length).toBeGreaterThan(3)
      for (const part of inside) {
        expect(part.kinds).toEqual(['removed'])
        expect(part.new).toBeUndefined()
      }
    }
    expect(within(result, 'old', '5').map((change) => change.old?.number)).toEqual([
      '5', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.7.1', '5.7.2', '5.7.3', '5.7.4', '5.7.5', '5.8'
    ])
  })

  it('adds chapter 7 网规网优现场行为规范 and clause 6.6 产品支持人员现场行为规范', () => {
    expect(provision(result, 'new', '7')).toMatchObject({
      id: 'network-planning-optimization',
      kinds: ['added'],
      classification: 'technical',
      new: {number: '7', title: '网规网优现场行为规范'}
    })
    expect(within(result, 'new', '7').map((change) => [change.new?.number, change.kinds])).toEqual([
      ['7', ['added']],
      ['7.1', ['added']],
      ['7.2', ['added']],
      ['7.3', ['added']],
      ['7.4', ['added']]
    ])
    expect(provision(result, 'new', '6.6')).toMatchObject({
      id: 'product-support',
      kinds: ['added'],
      classification: 'technical',
      new: {number: '6.6', title: '产品支持人员现场行为规范', parent: '6'}
    })
  })

  it('renumbers the behaviour chapters, and a cross-reference or table reference that only follows is no change', () => {
    expect(provision(result, 'new', '4')).toMatchObject({id: 'basic-conduct', kinds: ['renumbered'], match: 'anchor', old: {number: '6'}})
    expect(provision(result, 'new', '5')).toMatchObject({
      id: 'engineering-site',
      kinds: ['renumbered', 'retitled'],
      classification: 'editorial',
      old: {number: '7', title: '工程开通现场服务'},
      new: {title: '工程现场行为规范'}
    })
    // 8.2 d) `见7.3` is 6.2 d) `见5.2`; 8.4 c) `表2` is 6.4 c) `表1`.
    expect(provision(result, 'new', '6.2')).toMatchObject({kinds: ['renumbered'], classification: 'editorial', old: {number: '8.2'}})
    expect(provision(result, 'new', '6.4')).toMatchObject({kinds: ['renumbered'], classification: 'editorial', old: {number: '8.4'}})
    // 8.5 e) `按5.5的规定` → `按Q/ZX 75.1831.5的规定`: the reference itself changed.
    const closing = provision(result, 'new', '6.5')
    expect(closing.classification).toBe('technical')
    expect(closing.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['reference', 'cross-reference']))
  })

  it('drafts the change list: one item per removed or added chapter, none for what is inside', () => {
    const texts = result.changeList.map((item) => item.text)
    expect(texts).toEqual(
      expect.arrayContaining([
        '——删除了职责（2006年版的第4章）；',
        '——删除了工作程序（2006年版的第5章）；',
        '——增加了产品支持人员现场行为规范（见6.6）；',
        '——增加了网规网优现场行为规范（见第7章）；',
        '——删除了现场服务记录表格（2006年版的附录D）。'
      ])
    )
    const ids = result.changeList.map((item) => item.id)
    for (const covered of ['duties-office', 'task-acceptance', 'tool-change-release', 'drive-test', 'clause-D.1']) expect(ids).not.toContain(covered)
    expect(texts.at(-1)?.endsWith('。')).toBe(true)
    expect(texts.slice(0, -1).every((text) => text.startsWith('——') && text.endsWith('；'))).toBe(true)
  })

  it('lists every provision once, the removed ones where they stood', () => {
    const oldIds = result.provisions.flatMap((change) => (change.old ? [change.old.id] : []))
    const newIds = result.provisions.flatMap((change) => (change.new ? [change.new.id] : []))
    expect(new Set(oldIds).size).toBe(oldIds.length)
    expect(new Set(newIds).size).toBe(newIds.length)
    // The newer edition's provisions in their order.
    const newNumbers = result.provisions.flatMap((change) => (change.new ? [change.new.number] : []))
    expect(newNumbers.slice(0, 4)).toEqual(['前言', '1', '2', '3'])
    expect(newNumbers.indexOf('4')).toBeLessThan(newNumbers.indexOf('5'))
    const at = (number: string) => result.provisions.findIndex((change) => change.old?.number === number && !change.new)
    expect(at('7.1')).toBe(result.provisions.findIndex((change) => change.new?.number === '5') + 1)
  })
})

describe('the record check', () => {
  const cases = [
    ['2004', '2005', ['added']],
    ['2005', '2006', ['renamed', 'added']],
    ['2006', '2007', ['renamed', 'removed', 'added', 'added']]
  ] as const

  for (const [old, now, actions] of cases) {
    it(`confirms every claim of ${now}'s record row against ${old}`, () => {
      const check = diff(old, now).recordCheck
      expect(check?.edition).toBe(`Q/ZX 75.1861–${now}`)
      expect(check?.claims.map((claim) => claim.action)).toEqual(actions)
      for (const claim of check?.claims ?? []) {
        expect(claim.status, claim.claim).toBe('confirmed')
        expect(claim.evidence.length, claim.claim).toBeGreaterThan(0)
      }
    })
  }

  it('finds the provisions that bear each claim out', () => {
    const evidence = (old: Year, now: Year) => diff(old, now).recordCheck?.claims.map((claim) => claim.evidence)
    expect(evidence('2004', '2005')).toEqual([['term-auxiliary-tool', 'tool-change']])
    expect(evidence('2005', '2006')).toEqual([['cover.title'], ['duties-office', 'engineering-site']])
    const [renamed, removed, network, support] = evidence('2006', '2007') ?? []
    expect(renamed).toEqual(['cover.title'])
    expect(removed).toEqual(expect.arrayContaining(['procedure', 'appendix-D']))
    expect(network).toContain('network-planning-optimization')
    expect(support).toContain('product-support')
  })

  it('is absent for editions that are not one the other replaces', () => {
    expect(diff('2004', '2007').recordCheck).toBeUndefined()
    expect(diff('2007', '2006').recordCheck).toBeUndefined()
  })
})

/**
 * The editorial changes of standards/README.md ("Editorial changes (not in the
 * revision record)"): edition, the item's number in that list, the
 * provision's number in that edition, the wording before and after, and how
 * the differ, erring on the safe side, classifies the block: editorial where
 * that is provable (punctuation, a particle), to review (待核实) where a word
 * of a requirement is replaced by another. The paragraph of 2006 1 also gains
 * `工程`, a recorded change: technical.
 */
const editorial: ReadonlyArray<readonly [Year, number, string, string, string, 'editorial' | 'review' | 'technical']> = [
  ['2005', 1, '6.1', '衣着整洁大方', '衣着整洁、大方', 'editorial'],
  ['2005', 2, '6.2', '应请用户先行', '应让用户先行', 'review'],
  ['2005', 3, '6.4', '通话结束应待对方挂断后再挂机', '通话结束应等对方挂断后再挂机', 'review'],
  ['2005', 4, '5.5', '将现场服务报告交办事处', '将现场服务报告提交办事处', 'review'],
  ['2005', 5, 'A.2', '双脚自然分开与肩同宽', '双脚自然分开，与肩同宽', 'editorial'],
  ['2006', 1, '4.1', '客户支持中心负责', '售后管理部负责', 'review'],
  ['2006', 1, '5.1', '办事处或客户支持中心', '办事处或售后管理部', 'review'],
  ['2006', 1, '5.2', '由客户支持中心协调', '由售后管理部协调', 'review'],
  ['2006', 1, '5.6', '客户支持中心应在现场服务结束后', '售后管理部应在现场服务结束后', 'review'],
  ['2006', 1, '5.6', '用户不满意的，客户支持中心', '用户不满意的，售后管理部', 'review'],
  ['2006', 1, '5.7.2', '客户支持中心应组织', '售后管理部应组织', 'review'],
  ['2006', 1, '5.7.3', '经客户支持中心确认', '经售后管理部确认', 'review'],
  ['2006', 1, '5.7.4', '由客户支持中心统一发布', '由售后管理部统一发布', 'review'],
  ['2006', 1, '5.7.5', '由客户支持中心保存', '由售后管理部保存', 'review'],
  ['2006', 1, '8.4', '办事处主管、客户支持中心', '办事处主管、售后管理部', 'review'],
  ['2006', 1, '1', '客户支持中心所有人员', '企业网营销中心售后服务人员、销售体系工程服务部所有人员', 'technical'],
  ['2006', 2, '6.2', '必要时关机', '必要的话关机', 'review'],
  ['2006', 3, '6.3', '以对方听清为宜', '以对方听清楚为宜', 'review'],
  ['2006', 4, '8.5', '机房环境原状', '机房环境的原状', 'editorial'],
  ['2006', 5, 'C.2', '急什么，等着。', '急什么，等着吧。', 'editorial'],
  ['2007', 1, '4.2', '不轻易打断用户谈话', '不轻易打断用户的谈话', 'editorial'],
  ['2007', 2, '4.4', '在铃响三声内', '在铃响三声之内', 'editorial'],
  ['2007', 3, '4.5', '遵守用户现场的安全规定；登高', '遵守用户现场的安全规定，登高', 'editorial'],
  ['2007', 4, '5.4', '应及时跟踪闭环', '应及时跟踪直至解决', 'review'],
  ['2007', 5, 'B.2', '我马上查一下', '我马上为您查询', 'review']
]

describe('the editorial changes listed in standards/README.md', () => {
  const previous = (year: Year): Year => years[years.indexOf(year) - 1] as Year

  it('are all in the list above', () => {
    const readme = readFileSync(new URL('../../../standards/README.md', import.meta.url), 'utf8')
    const section = readme.split('### Editorial changes (not in the revision record)')[1]?.split('In each pair')[0] ?? ''
    const listed = [...section.matchAll(/\*\*(?<year>\d{4})\*\*[^\n]*\n(?<items>(?:\n|(?:\d+\.| {2,}|-)[^\n]*\n)*)/gu)].map((match) => [
      match.groups?.year,
      (match.groups?.items?.match(/^\d+\./gmu) ?? []).length
    ])
    expect(listed).toEqual([
      ['2005', 5],
      ['2006', 5],
      ['2007', 5]
    ])
    for (const [year, count] of listed) {
      const items = new Set(editorial.filter(([edition]) => edition === year).map(([, item]) => item))
      expect([...items].sort()).toEqual(Array.from({length: Number(count)}, (_, index) => index + 1))
    }
  })

  for (const [year, , number, before, after, expected] of editorial) {
    it(`${year} ${number}: ${before} → ${after} is ${expected}`, () => {
      const change = provision(diff(previous(year), year), 'new', number)
      const blocks = change.blocks.flatMap((block) => {
        if (block.kind !== 'modified') return []
        const [was, is] =
          block.block === 'table'
            ? [block.rows.flatMap((row) => (row.kind === 'removed' || row.kind === 'modified' ? row.old : [])).join('\n'), block.rows.flatMap((row) => (row.kind === 'removed' ? [] : row.new)).join('\n')]
            : [block.old, block.new]
        return was.includes(before) && is.includes(after) ? [block] : []
      })
      expect(blocks).toHaveLength(1)
      expect(blocks[0]?.classification).toBe(expected)
      expect(blocks[0]?.reasons.every((reason) => reason.classification === expected)).toBe(true)
      // The provision holds no other change that weighs more.
      expect(change.classification).toBe(expected)
      // Every reason says what changed in words, never a bare code.
      for (const reason of blocks[0]?.reasons ?? []) expect(reason.message).toMatch(/[\u4e00-\u9fff]/u)
    })
  }

  it('2006 4.1: the heading 客户支持中心 → 售后管理部 is an editorial retitling', () => {
    const change = provision(diff('2005', '2006'), 'new', '4.1')
    expect(change.kinds).toEqual(['retitled', 'modified'])
    expect(change.reasons).toContainEqual({classification: 'editorial', code: 'title', message: '标题由“客户支持中心”改为“售后管理部”'})
  })

  it('2007: the provisions that hold them are otherwise only renumbered', () => {
    // The 2007 editorial changes all sit in provisions that are otherwise only renumbered.
    const result = diff('2006', '2007')
    for (const number of ['4.2', '4.4', '4.5', '5.4']) expect(provision(result, 'new', number).kinds).toEqual(['renumbered', 'modified'])
  })
})

describe('non-adjacent editions', () => {
  const result = diff('2004', '2007')

  it('compares 2004 with 2007 directly', () => {
    expect(result.old.number).toBe('Q/ZX 75.1861–2004')
    expect(result.new.number).toBe('Q/ZX 75.1861–2007')
    expect(result.recordCheck).toBeUndefined()
    expect(provision(result, 'new', '4.2')).toMatchObject({id: 'service-etiquette', old: {number: '6.2'}, match: 'anchor'})
    expect(provision(result, 'new', '4.2').kinds).toEqual(['renumbered', 'modified'])
    expect(provision(result, 'new', '6')).toMatchObject({kinds: ['renumbered'], old: {number: '7'}})
    // The commissioning chapter arrived in 2006 and so is new against 2004; the process chapters are gone.
    expect(provision(result, 'new', '5').kinds).toEqual(['added'])
    expect(provision(result, 'old', '4').kinds).toEqual(['removed'])
    expect(provision(result, 'old', '5').kinds).toEqual(['removed'])
    expect(provision(result, 'old', 'D').kinds).toEqual(['removed'])
    expect(result.fields.find((field) => field.field === 'cover.title')).toMatchObject({old: '现场技术服务管理工作规程', new: '售后工程师现场服务行为规范'})
  })

  it('collects the editorial changes of the editions between', () => {
    const etiquette = provision(result, 'new', '4.2')
    const changed = etiquette.blocks.filter((block) => block.kind === 'modified').map((block) => block.label)
    expect(changed).toEqual(['d)', 'f)', 'k)'])
    // 请 → 让 and 时 → 的话 replace a word of a requirement: to review; none is technical.
    expect(etiquette.classification).toBe('review')
    expect(etiquette.reasons.filter((reason) => reason.classification !== 'editorial').map((reason) => reason.message)).toEqual([
      '要求中的用词改变：“请” → “让”，可能改变要求',
      '要求中的用词改变：“时” → “的话”，可能改变要求'
    ])
  })
})

describe('the published diff', () => {
  const validate = validator(diffSchema())
  const all: ReadonlyArray<readonly [Year, Year]> = [
    ['2004', '2005'],
    ['2005', '2006'],
    ['2006', '2007'],
    ['2004', '2007'],
    ['2007', '2004']
  ]

  for (const [old, now] of all) {
    it(`${old} → ${now} validates against diffSchema()`, () => {
      const document: unknown = JSON.parse(toDiffJson(diff(old, now)))
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    })
  }

  it('is two-space JSON with a final newline and the schema version', () => {
    const json = toDiffJson(diff('2006', '2007'))
    expect(json.endsWith('}\n')).toBe(true)
    expect(json.startsWith('{\n  "$schema": "../../schema/diff.schema.json",\n  "schemaVersion": "1.3",\n  "diff": {\n')).toBe(true)
    expect(toDiffJson(diff('2006', '2007'), 'x.json')).toContain('"$schema": "x.json"')
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(toDiffDocument(diff('2006', '2007')))))
  })

  it('rejects broken documents', () => {
    const good = () => JSON.parse(toDiffJson(diff('2006', '2007'))) as {schemaVersion: string; diff: Record<string, unknown> & {provisions: Array<Record<string, unknown>>}}
    const broken = [
      (doc: ReturnType<typeof good>) => {
        doc.schemaVersion = '2.0'
      },
      (doc: ReturnType<typeof good>) => {
        delete doc.diff.summary
      },
      (doc: ReturnType<typeof good>) => {
        const [first] = doc.diff.provisions
        if (first) first.kinds = ['rewritten']
      },
      (doc: ReturnType<typeof good>) => {
        const [first] = doc.diff.provisions
        if (first) first.classification = 'cosmetic'
      },
    ]
    for (const breakIt of broken) {
      const doc = good()
      breakIt(doc)
      expect(validate(doc)).toBe(false)
    }
    expect(validate(good())).toBe(true)
  })

  it('takes a field it does not know, as a later minor version may add', () => {
    const doc = JSON.parse(toDiffJson(diff('2006', '2007'))) as {schemaVersion: string; diff: Record<string, unknown>}
    doc.schemaVersion = '1.9'
    doc.diff.addedLater = {kind: 'new'}
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
  })
})

describe('lineage', () => {
  // Given in no particular order: they are sorted by year.
  const result = lineage([edition('2007'), edition('2005'), edition('2004'), edition('2006')])

  it('diffs consecutive editions', () => {
    expect(result.diffs.map((item) => `${item.old.year}..${item.new.year}`)).toEqual(['2004..2005', '2005..2006', '2006..2007'])
  })

  it('gives 2007 4.2 服务礼仪 one timeline from 2004 to 2007', () => {
    const timeline = findTimeline(result, '4.2')
    expect(timeline?.id).toBe('service-etiquette')
    expect(timeline?.entries.map((entry) => [entry.year, entry.number, entry.title])).toEqual([
      [2004, '6.2', '服务礼仪'],
      [2005, '6.2', '服务礼仪'],
      [2006, '6.2', '服务礼仪'],
      [2007, '4.2', '服务礼仪']
    ])
    expect(timeline?.entries[0]?.kinds).toEqual(['added'])
    expect(timeline?.entries[3]?.kinds).toContain('renumbered')
    expect(timeline?.entries.slice(0, 3).every((entry) => !entry.kinds.includes('renumbered'))).toBe(true)
    // By id too, and the same timeline.
    expect(findTimeline(result, 'service-etiquette')).toBe(timeline)
  })

  it('ends the timeline of a removed provision with its removal', () => {
    const timeline = findTimeline(result, 'procedure')
    expect(timeline?.entries.map((entry) => [entry.year, entry.number ?? null, entry.kinds])).toEqual([
      [2004, '5', ['added']],
      [2005, '5', ['unchanged']],
      [2006, '5', ['unchanged']],
      [2007, null, ['removed']]
    ])
  })

  it('starts the timeline of a provision where it first appears', () => {
    expect(findTimeline(result, '7')?.entries.map((entry) => [entry.year, entry.kinds])).toEqual([[2007, ['added']]])
    expect(findTimeline(result, '5')?.entries.map((entry) => [entry.year, entry.number])).toEqual([
      [2006, '7'],
      [2007, '5']
    ])
  })
})

describe('editions of different standards', () => {
  it('are refused with a clear error', () => {
    const other = parse(
      `---
number: Q/ZX 99.1–2019
title: 机房巡检作业规范
category: 技术标准
issuer: 中兴通讯股份有限公司
issued: 2019-03-04
effective: 2019-03-11
---

# 前言

为了规范机房巡检作业，特制定本标准。

# 机房巡检作业规范

## 1 范围

本标准规定了通信机房巡检的要求。
`,
      'other.md'
    )
    const attempt = () => diffEditions(other, edition('2007'))
    expect(attempt).toThrow(DiffError)
    expect(attempt).toThrow('Cannot compare Q/ZX 99.1–2019 with Q/ZX 75.1861–2007: they are editions of different standards')
  })
})
