/**
 * The workflow in the national convention: `revise` drafts the next edition's
 * lead-in, placeholder entry and history of editions in the document's era;
 * `release` drafts the change list from the diff or checks the author's.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkEditions, type Edition} from '@stdkit/check'
import {useLanguage} from '@stdkit/messages'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'
import {changePlaceholder, release, revise, scaffold, WorkflowError} from '../index.js'

useLanguage('en')

const fixture = (name: string): string => readFileSync(new URL(`../../check/test/fixtures/${name}.md`, import.meta.url), 'utf8')
const edition = (value: string, path: string): Edition => {
  const file = new VFile({path, value})
  return {tree: parseStandard(file), file}
}
const e2012 = edition(fixture('national-2012'), 'gbt-8888/2012.md').tree
const e2021 = edition(fixture('national'), 'gbt-8888/2021.md').tree
const previous: ReadonlyArray<Standard> = [e2012, e2021]
const dates = {issued: '2026-03-01', effective: '2026-09-01'}
const people = {departments: ['示例院'], drafters: ['周五']}

/** Line and column of the first `text` in `source`. */
const placeOf = (source: string, text: string): string => {
  const before = source.slice(0, source.indexOf(text)).split('\n')
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
}

const refusal = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    // The summary, then each message on the edition's file: place, reason, rule id.
    if (error instanceof WorkflowError) return [error.message, ...(error.file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.reason} ${message.ruleId}`)].join('\n')
    throw error
  }
  throw new Error('not refused')
}

describe('revise, national', () => {
  const draft = revise(e2021, 2026)

  it('drafts the 2020 lead-in with a placeholder entry in place of the previous change list', () => {
    expect(draft).toContain(`本文件代替GB/T 8888–2021，与GB/T 8888–2021相比，除结构调整和编辑性改动外，主要技术变化如下：\n\n——${changePlaceholder}\n`)
    expect(draft).not.toContain('增加了记录间隔的要求')
  })

  it('extends the history of editions with the previous edition, and clears dates and drafters', () => {
    expect(draft).toContain('——2003年首次发布为GB/T 8888—2003，2012年第一次修订，2021年第二次修订；\n\n——本次为第三次修订。')
    expect(draft).toContain('本文件主要起草人：【待填写：起草人】。')
    expect(draft).not.toMatch(/^(?:issued|effective):/mu)
    expect(draft).toMatch(/^status: draft$/mu)
  })

  it('keeps the 2009 wording of a 2009-era edition', () => {
    const older = revise(e2012, 2016)
    expect(older).toContain(`本标准代替GB/T 8888–2012。与GB/T 8888–2012相比，主要技术变化如下：\n\n——${changePlaceholder}\n`)
    expect(older).toContain('本标准所代替标准的历次版本发布情况为：\n\n——GB/T 8888—2003、GB/T 8888–2012。')
  })

  it('gives a draft that checks without errors together with the editions before it', () => {
    const drafted = edition(draft, 'gbt-8888/2026.md')
    checkEditions([...previous.map((tree) => ({tree, file: new VFile({path: `${tree.cover.year}.md`})})), drafted])
    expect(drafted.file.messages.filter((message) => message.fatal).map(String)).toEqual([])
  })
})

describe('release, national', () => {
  const draft = revise(e2021, 2026).replace('记录间隔应不大于5 min。', '记录间隔应不大于1 min。')

  it('releases a draft with a code block, its lines kept as written', () => {
    const written = draft.replace('记录间隔应不大于1 min。', '记录间隔应不大于1 min。\n\n```\n间隔 = 1 min\n  上限 = 5 min\n```')
    const result = release(edition(written, 'gbt-8888/2026.md'), previous, {...dates, ...people})
    expect(result.markdown).toContain('记录间隔应不大于1 min。\n\n```\n间隔 = 1 min\n  上限 = 5 min\n```\n')
  })

  it('drafts the change list from the diff when the author left only the placeholder entry', () => {
    const result = release(edition(draft, 'gbt-8888/2026.md'), previous, {...dates, ...people})
    expect(result.drafted).toBe(true)
    expect(result.changes).toEqual(['更改了记录间隔的限值（见5.3，2021年版的5.3）'])
    expect(result.markdown).toContain('主要技术变化如下：\n\n——更改了记录间隔的限值（见5.3，2021年版的5.3）。\n')
    expect(result.markdown).toContain('本文件起草单位：示例院。\n\n本文件主要起草人：周五。')
    expect(result.file.messages.filter((message) => message.fatal).map(String)).toEqual([])
  })

  it('keeps the author’s entries when the diff bears them out', () => {
    const written = draft.replace(changePlaceholder, '更改了记录间隔（见5.3）。')
    const result = release(edition(written, 'gbt-8888/2026.md'), previous, {...dates, ...people})
    expect([result.drafted, result.claims.map((claim) => claim.status)]).toEqual([false, ['confirmed']])
  })

  it('refuses while an entry keeps a placeholder', () => {
    const written = draft.replace(changePlaceholder, '更改了记录间隔（见5.3）；\n\n——增加了【待填写：技术变化】。')
    expect(refusal(() => release(edition(written, 'gbt-8888/2026.md'), previous, {...dates, ...people}))).toBe(
      'Not released: 1 entry of the change list still is a placeholder; fill them in, or leave only the placeholder entry to draft the list from the changes\n' +
        `${placeOf(written, '——增加了【待填写')} this entry of the change list is still a placeholder (【待填写…】): ——增加了【待填写：技术变化】。 release-placeholder`
    )
  })

  it('refuses an entry the diff does not bear out, unless forced', () => {
    const written = draft.replace(changePlaceholder, '增加了存储的要求（见5.2）。')
    expect(refusal(() => release(edition(written, 'gbt-8888/2026.md'), previous, {...dates, ...people}))).toBe(
      'Not released: 1 recorded claim is not borne out by the changes; correct the record, or release with --force\n' +
        `${placeOf(written, '——增加了存储的要求')} recorded claim not borne out by the changes: 增加了存储的要求（见5.2） — 5.2 处没有与之相符的改动 release-claim`
    )
    expect(release(edition(written, 'gbt-8888/2026.md'), previous, {...dates, ...people, force: true}).claims[0]?.status).toBe('unconfirmed')
  })
})

describe('new, national', () => {
  it('scaffolds a non-Q/ code in the 2020 wording, as a draft that reads as of 2020', () => {
    const source = scaffold('GB/T 12345', '示例产品 通用要求', 2026)
    expect(source).toContain('本文件按照GB/T 1.1—2020《标准化工作导则\u3000第1部分：标准化文件的结构和起草规则》的规定起草。')
    const drafted = edition(source, 'gbt-12345/2026.md')
    expect([drafted.tree.era, drafted.tree.self, drafted.tree.cover.number]).toEqual(['2020', '本文件', 'GB/T 12345–2026'])
    checkEditions([drafted])
    expect(drafted.file.messages.filter((message) => message.fatal).map(String)).toEqual([])
  })

  it('keeps the enterprise scaffold for a Q/ code', () => {
    expect(scaffold('Q/ZX 75.1900', '示例', 2026)).toContain('本标准由【待填写：提出部门】提出')
  })
})
