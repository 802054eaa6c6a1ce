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
    for (const shown of ['4.2 服务\\u001b]0;owned\\u0007礼仪（原 6.2 服务礼仪）', '仪表{+\\u001b[2J+}举止', '第4列：发现后15分钟{+\\u001b]0;owned\\u0007+}内', '行为规范\\u001b[2J — 见 ']) {
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
