/**
 * The workflow on sources: a revision starts with the people left to fill,
 * a release names them and refuses a draft with any error, and no rewrite
 * (release, revise, fmt) changes a tree or drops text.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {canonicalSource, check, diff, parse, release, revise, scaffold, WorkflowError, type Standard} from 'stdkit'
import {useLanguage} from '@stdkit/messages'

// These tests read the English of its refusals; the CLI's tests hear their Chinese.
useLanguage('en')

const read = (year: number) => readFileSync(new URL(`../../../standards/q-zx-75.1861/${year}.md`, import.meta.url), 'utf8')
const previous = [2004, 2005, 2006, 2007].map((year) => parse(read(year), `standards/q-zx-75.1861/${year}.md`).tree)
const current = previous.at(-1) as Standard
const draftPath = 'standards/q-zx-75.1861/2008.md'
const draftText = revise(current, 2008).replace('接听用户电话应在铃响三声之内', '接听用户电话应在铃响两声之内')
const dates = {issued: '2008-03-10', effective: '2008-03-17'}
const people = {departments: ['售后管理部'], drafters: ['李明', '张华'], reviewers: ['周海涛'], approver: '徐慧俊'}

const refused = (run: () => unknown): WorkflowError => {
  try {
    run()
  } catch (error) {
    if (error instanceof WorkflowError) return error
    throw error
  }
  throw new Error('not refused')
}
const refusal = (run: () => unknown): string => refused(run).message

/** A refusal's messages, each as the reporter prints it: `path:line:column reason rule source`. */
const placed = (error: WorkflowError): Array<string> =>
  (error.file?.messages ?? []).map((message) => `${error.file?.path}:${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} ${message.ruleId} ${message.source}`)

/** The line of the draft a text is on. */
const lineOf = (text: string, value = draftText): number => value.split('\n').findIndex((line) => line.includes(text)) + 1

describe('revise', () => {
  it('leaves the people of the new edition to fill, not the previous edition’s', () => {
    expect(draftText).toContain('本次标准修订部门：【待填写：修订部门】\n\n本次标准修订人：【待填写：修订人】\n\n本次标准审核人：【待填写：审核人】\n\n本次发布批准人：【待填写：批准人】\n\n本标准于2004年10月首次发布')
    expect(draftText.slice(0, draftText.indexOf('为便于理解'))).not.toMatch(/王文阁|陈华春|陈付启|周海涛|徐慧俊/u)
    expect(draftText).toContain('| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | | |')
  })

  it('drops from the cover what belonged to the edition revised: its filing number, replaced numbers and stage', () => {
    const national = parse(
      ['---', 'number: GB/T 99999.1—2024', 'replaces:', '  - GB/T 99999.1—2016', '  - GB/T 99998—2012', 'title: 示例', 'ics: 35.240.40', 'filing: 12345—2024', 'stage: 报批稿', 'issuer: 国家标准化管理委员会', 'issued: 2024-03-15', 'effective: 2024-10-01', '---', '', '# 前言', '', '本文件为示例。', '', '| 标准编号 | 修改前文件编号 | 主要修订内容 | 修订部门 | 修订人 | 批准人 |', '| --- | --- | --- | --- | --- | --- |', '| GB/T 99999.1—2024 | GB/T 99999.1—2016 | 增加了示例。 | 示例部 | 张三 | 李四 |', ''].join('\n'),
      'standards/gb-t-99999.1/2024.md'
    ).tree
    const draft = revise(national, 2026)
    expect(draft.slice(0, draft.indexOf('\n---\n'))).toBe(['---', 'number: GB/T 99999.1–2026', 'replaces: GB/T 99999.1–2024', 'title: 示例', 'ics: 35.240.40', 'issuer: 国家标准化管理委员会', 'status: draft'].join('\n'))
  })

  it('refuses an edition no later than the current one, in Chinese by default, with no place in a file', () => {
    useLanguage('zh')
    try {
      const error = refused(() => revise(current, 2007))
      expect(error.message).toBe('下一版的年份应晚于 2007，而不是 2007')
      expect(error.file).toBeUndefined()
    } finally {
      useLanguage('en')
    }
  })

  it('refuses an edition with no revision record, at its foreword in its own source', () => {
    const path = 'standards/q-zx-75.1861/2007.md'
    const value = read(2007).replace(/为便于理解，将历次修订记录保留如下：\n\n(?:\|.*\n)+/u, '')
    const error = refused(() => revise(parse(value, path).tree, 2008, path))
    expect(error.message).toBe('The foreword has no revision record (历次修订记录) to add a row to')
    expect(placed(error)).toEqual([`${path}:${lineOf('# 前言', value)}:1 error The foreword has no revision record (历次修订记录) to add a row to revise-record stdkit`])
  })
})

describe('release', () => {
  it('names the people in the foreword and in the record row', () => {
    const {markdown} = release(parse(draftText, draftPath), previous, {...dates, ...people})
    expect(markdown).toContain('本次标准修订部门：售后管理部\n\n本次标准修订人：李明、张华\n\n本次标准审核人：周海涛\n\n本次发布批准人：徐慧俊\n')
    expect(markdown).toMatch(/^\| Q\/ZX 75\.1861–2008 \| Q\/ZX 75\.1861–2007 \| .+ \| 售后管理部 \| 李明、张华 \| 徐慧俊 \|$/mu)
  })

  it('refuses while the foreword leaves people as placeholders, at the first of them', () => {
    const error = refused(() => release(parse(draftText, draftPath), previous, {...dates, departments: ['售后管理部']}))
    expect(error.message).toBe('Not released: the foreword does not name its 修订人、审核人、批准人 yet (【待填写…】): give --drafters, --reviewers, --approver')
    expect(placed(error)).toEqual([
      `${draftPath}:${lineOf('本次标准修订人：【待填写')}:1 error the foreword does not name its 修订人、审核人、批准人 yet (【待填写…】): give --drafters, --reviewers, --approver release-people stdkit`
    ])
  })

  it('refuses a draft with a parser error, with the messages check gives', () => {
    const broken = draftText.replace('category: 管理标准', 'category: [管理标准')
    const error = refused(() => release(parse(broken, draftPath), previous, {...dates, ...people}))
    expect(error.message).toBe('Not released: the draft has errors')
    expect(placed(error)).toContainEqual(expect.stringMatching(/^standards\/q-zx-75\.1861\/2008\.md:5:1 error Unexpected value of `category`.* cover-field stdkit$/u))
    expect(placed(error)).toContainEqual(expect.stringMatching(/ cover-yaml stdkit$/u))
    // The errors only: a draft's warnings (its missing dates) are not why it is refused.
    expect(error.file?.messages.every((message) => message.fatal === true)).toBe(true)
  })

  it('refuses a draft with a checker error', () => {
    const broken = draftText.replace('### 4.2 服务礼仪', '### 4.7 服务礼仪')
    expect(placed(refused(() => release(parse(broken, draftPath), previous, {...dates, ...people})))).toContainEqual(expect.stringMatching(/:\d+:1 error .* clause-numbering stdkit$/u))
  })

  it('refuses an edition already released, at its cover', () => {
    const error = refused(() => release(parse(read(2007), 'standards/q-zx-75.1861/2007.md'), previous.slice(0, 3), {...dates, ...people}))
    expect(error.message).toBe('Q/ZX 75.1861–2007 is not a draft (status: draft): it was released already')
    expect(placed(error)).toEqual([`standards/q-zx-75.1861/2007.md:2:${'number: '.length + 1} error Q/ZX 75.1861–2007 is not a draft (status: draft): it was released already release-draft stdkit`])
  })

  it('refuses a draft whose record claims what did not happen, each claim at the record row', () => {
    const claimed = draftText.replace('| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | | |', '| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | 增加了无人机巡检的行为规范；删除了第9章。 | | | |')
    const error = refused(() => release(parse(claimed, draftPath), previous, {...dates, ...people}))
    expect(error.message).toBe('Not released: 2 recorded claims are not borne out by the changes; correct the record, or release with --force')
    const row = lineOf('| Q/ZX 75.1861–2008 |', claimed)
    expect(placed(error)).toEqual([
      expect.stringMatching(new RegExp(`^${draftPath}:${row}:1 error recorded claim not borne out by the changes: 增加了无人机巡检的行为规范 — .+ release-claim stdkit$`, 'u')),
      expect.stringMatching(new RegExp(`^${draftPath}:${row}:1 error recorded claim not borne out by the changes: 删除了第9章 — .+ release-claim stdkit$`, 'u'))
    ])
  })
})

describe('canonicalSource', () => {
  it('refuses a tree it would not read back the same, naming the place', () => {
    const {tree} = parse(read(2007), 'standards/q-zx-75.1861/2007.md')
    const scope = tree.children.find((node) => node.type === 'clause')
    // A reference entry has its form only in chapter 2: written in chapter 1 it would read back as a paragraph.
    scope?.children.push({type: 'normativeReference', code: 'Q/ZX', designation: 'Q/ZX 75.1760', title: '国内工程开通工作规程'})
    const error = refused(() => canonicalSource(tree, 'x.md'))
    expect(error.message).toBe('written in canonical form, this normative reference would not read back as it is; left as it was')
    // At the chapter that holds it, the nearest node with a place.
    expect(placed(error)).toEqual([`x.md:${lineOf('## 1 范围', read(2007))}:1 error written in canonical form, this normative reference would not read back as it is; left as it was canonical-form stdkit`])
  })
})

// Sources built from what authors write, the pieces that were misread or dropped among them.
const words = fc.constantFrom('现场服务', '工程师', '，', '。', 'abc', '*', '_', '#', '见4.1', 'Q/ZX 75.1760', '表1', '——', '1)', '【待填写】')
const line = fc.array(words, {minLength: 1, maxLength: 5}).map((parts) => parts.join('').trim() || '文本')
const reference = fc.constantFrom('Q/ZX 75.1760　国内工程开通工作规程', 'GB/T 1.1–2009　标准化工作导则', 'Q/ZX 75.1771　国内工程验收工作规程')
const block = fc.oneof(
  line,
  line.map((value) => `——${value}`),
  line.map((value) => `a) ${value}`),
  line.map((value) => `注：${value}`),
  fc.tuple(line, line).map(([a, b]) => `${a}\n${b}`),
  line.map((value) => `- ${value}\n\n  | 项目 | 内容 |\n  | - | - |\n  | ${value.replace(/[|\\]/gu, '')} | x |`),
  line.map((value) => `- ${value}\n  - 二\n    - 三`),
  line.map((value) => `> ## ${value}`),
  fc.tuple(line, line).map(([a, b]) => `表1　${a.replace(/[\\|`]/gu, '')}\n\n| 项目 | 内容 |\n| --- | --- |\n| ${a.replace(/[|\\]/gu, '')} | ${b.replace(/[|\\]/gu, '')} |`)
)
const references = fc.array(fc.oneof(reference, line), {minLength: 1, maxLength: 4}).map((lines) => lines.join('\n'))
const source = fc
  .tuple(fc.array(references, {minLength: 1, maxLength: 2}), fc.array(block, {minLength: 1, maxLength: 4}))
  .map(([entries, blocks]) =>
    ['---\nnumber: Q/ZX 1.1–2020\ntitle: 示例\n---\n\n# 示例', '## 1 范围\n\n本标准适用于示例。', `## 2 规范性引用文件\n\n${entries.join('\n\n')}`, `## 3 要求\n\n${blocks.join('\n\n')}`].join('\n\n')
  )

describe('property', () => {
  it('a rewrite reads back as the same tree, or is refused; a source the parser reads without error is never refused', () => {
    fc.assert(
      fc.property(source, (value) => {
        const {tree, file} = parse(value, 'input.md')
        let markdown: string
        try {
          markdown = canonicalSource(tree, 'input.md')
        } catch (error) {
          if (!(error instanceof WorkflowError)) throw error
          expect(file.messages.filter((message) => message.fatal).map(String), error.message).not.toEqual([])
          return
        }
        const again = parse(markdown, 'input.md')
        expect(again.file.messages.filter((message) => message.fatal)).toEqual([])
        expect(canonicalSource(again.tree, 'input.md')).toBe(markdown)
      }),
      {numRuns: 300, seed: 2008}
    )
  })
})

describe('a national standard from new to its second edition', () => {
  const first = scaffold('GB/T 12345', '示例产品 通用要求', 2021)
    .replace('issuer: 【待填写：发布机构】', 'issuer: 国家市场监督管理总局')
    .replace(/【待填写：提出单位】/u, '中国示例联合会')
    .replace(/【待填写：归口单位】/u, '全国示例标准化技术委员会')
    .replace('【待填写：本文件规定的内容】', '示例产品的要求')
    .replace('【待填写：适用范围】', '示例产品的设计')
    .replace('## 4 【待填写：核心技术章的标题】\n\n【待填写：要求】', '## 4 要求\n\n### 4.1 外观\n\n外观应整洁。\n\n### 4.2 尺寸\n\n尺寸应符合图样。')
  const released = release(parse(first, 'gbt-12345/2021.md'), [], {issued: '2021-05-10', effective: '2021-12-01', departments: ['示例院'], drafters: ['吴六']})
  const e2021 = parse(released.markdown, 'gbt-12345/2021.md')

  it('releases the first edition in the 2020 wording, checking clean', () => {
    expect(released.markdown).toContain('本文件起草单位：示例院。\n\n本文件主要起草人：吴六。')
    expect(check(e2021).messages.map(String)).toEqual([])
  })

  it('revises and releases the second edition with a drafted change list and a history of editions, checking clean with the first', () => {
    const draft = revise(e2021.tree, 2026).replace('尺寸应符合图样。', '尺寸应符合图样，公差为±1 mm。')
    expect(draft).toContain('本文件及其所代替文件的历次版本发布情况为：\n\n——2021年首次发布为GB/T 12345–2021；\n\n——本次为第一次修订。')
    const second = release(parse(draft, 'gbt-12345/2026.md'), [e2021.tree], {issued: '2026-05-10', effective: '2026-12-01', departments: ['示例院'], drafters: ['吴六', '郑七']})
    expect(second.drafted).toBe(true)
    expect(second.changes).toEqual(['更改了尺寸的要求（见4.2，2021年版的4.2）'])
    const e2026 = parse(second.markdown, 'gbt-12345/2026.md')
    const result = check(parse(released.markdown, 'gbt-12345/2021.md'), e2026)
    expect(result.messages.map(String)).toEqual([])
    expect(diff(e2021, e2026).recordCheck?.claims.map((claim) => claim.status)).toEqual(['confirmed'])
  })
})
