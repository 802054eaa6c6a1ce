/** The terminal redline shows a source's control characters escaped, whatever their place, with colour or without. */
import {readFileSync} from 'node:fs'
import {parseStandard} from '@stdkit/parse'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffEditions, toRedline} from '@stdkit/diff'

const root = new URL('../../../', import.meta.url)
const read = (year: string) => readFileSync(new URL(`standards/q-zx-75.1861/${year}.md`, root), 'utf8')
const parse = (value: string, year: string) => parseStandard(new VFile({path: `standards/q-zx-75.1861/${year}.md`, value}))

/** An OSC sequence that retitles a terminal window, and a CSI that clears the screen. */
const osc = '\u001b]0;owned\u0007'
const csi = '\u001b[2J'

/** 2007 with control characters in a heading, a list item, a table cell and the revision record. */
function hostile(): string {
  const replacements: ReadonlyArray<[string, string]> = [
    ['### 4.2 服务礼仪 {#service-etiquette}', `### 4.2 服务${osc}礼仪 {#service-etiquette}`],
    ['a) 仪表举止端庄、落落大方', `a) 仪表${csi}举止端庄、落落大方`],
    ['| 发现后15分钟内 |', `| 发现后15分钟${osc}内 |`],
    ['增加了产品支持人员现场行为规范。', `增加了产品支持人员现场行为规范${csi}。`]
  ]
  let text = read('2007')
  for (const [from, to] of replacements) {
    expect(text).toContain(from)
    text = text.replace(from, to)
  }
  return text
}

const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u

describe('toRedline', () => {
  const diff = diffEditions(parse(read('2006'), '2006'), parse(hostile(), '2007'))

  it('escapes control characters without colour', () => {
    const redline = toRedline(diff, {all: true})
    expect(redline).not.toMatch(controls)
    for (const shown of ['4.2 服务\\u001b]0;owned\\u0007礼仪（2006年版的 6.2 服务礼仪）', '仪表{+\\u001b[2J+}举止', '表1，“重大故障”行，“上报时限”列：发现后15分钟{+\\u001b]0;owned\\u0007+}内', '行为规范\\u001b[2J — 见 ']) {
      expect(redline, shown).toContain(shown)
    }
  })

  it('lets only its own colours through with colour', () => {
    const redline = toRedline(diff, {all: true, color: true})
    const withoutOwnColours = redline.replace(/\u001b\[(?:31;9|32;4|1|2|0)m/gu, '')
    expect(withoutOwnColours).not.toMatch(controls)
    expect(withoutOwnColours).toContain('\\u001b]0;owned\\u0007')
  })
})

describe('toRedline shows what the JSON alone used to', () => {
  const edit = (text: string, replacements: ReadonlyArray<[string, string]>) => {
    for (const [from, to] of replacements) {
      expect(text).toContain(from)
      text = text.replace(from, to)
    }
    return text
  }
  const old = read('2007')
  const now = edit(old, [
    ['| 一般故障 | 不影响业务的设备告警、功能异常 | 通过客户问题管理系统提交 | 发现后24小时内 |', '| 一般故障 | 不影响业务的设备告警、功能异常 | 通过客户问题管理系统提交 | 发现后12小时内 |'],
    ['| 售后管理部、固网南京用服部 | 王文阁、陈华春 |', '| 售后管理部、固网南京用服部 | 王文阁、陈华春、李明 |'],
    ['### 3.2 服务现场 service site {#term-service-site}', '### 3.2 服务现场 service location {#term-service-site}'],
    ['## 附录C（规范性附录）服务禁用语', '## 附录C（资料性附录）服务禁用语']
  ])
  const redline = toRedline(diffEditions(parse(old, '2007'), parse(now, '2007')))

  it('names a changed cell by its table, row and column', () => {
    expect(redline).toContain('表1，“一般故障”行，“上报时限”列：数字、日期或限值改变：24 → 12')
    expect(redline).toContain('表1，“一般故障”行，“上报时限”列：发现后[-24-]{+12+}小时内')
  })

  it("shows a term's English equivalent and an appendix's status", () => {
    expect(redline).toContain('英文对应词：[-service site-]{+service location+}')
    expect(redline).toContain('附录性质：[-规范-]{+资料+}性')
    expect(redline).toContain('技术性：附录的性质由规范性改为资料性')
  })

  it('shows the revision record cell by cell', () => {
    expect(redline).toContain('修订记录\n  修订记录，“Q/ZX 75.1861–2007”行，“修订人”列：王文阁、陈华春{+、李明+}')
  })
})

describe('a reference left pointing at a number whose provision moved', () => {
  const fixture = (name: string) => readFileSync(new URL(`fixtures/cross-reference-renumbered/${name}.md`, import.meta.url), 'utf8')
  const now = fixture('new').replace('巡检中发现的问题应按5.2的规定分类', '巡检中发现的问题应按4.2的规定分类')
  const diff = diffEditions(parse(fixture('old'), '2019'), parse(now, '2021'))
  const redline = toRedline(diff)

  it('is shown as the text it is, with what it meant and what it means now', () => {
    expect(redline).toContain('      巡检中发现的问题应按4.2的规定分类（巡检项目见表2），在当日上报维护主管。')
    expect(redline).toContain('见4.2：现指4.2 设备安全，2019年版指4.2 巡检内容，请核对')
    expect(redline).not.toMatch(/\[-4\.2-\]|\{\+4\.2\+\}|\[-5\.2-\]/u)
  })

  it('is no change where the reference follows the renumbering', () => {
    expect(toRedline(diffEditions(parse(fixture('old'), '2019'), parse(fixture('new'), '2021')))).not.toContain('请核对')
  })
})
