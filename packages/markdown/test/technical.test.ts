/**
 * 技术内容的规范写法：每种结构按规范形式写出，读回得到同一棵树（位置除外），
 * 再写一次逐字节不变；代码的值逐字节保留；会被读作这些结构的文字被转义。
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '@stdkit/markdown'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'

const front = '---\nnumber: Q/ZX 99.1—2026\ntitle: 示例\n---\n\n# 示例\n\n'

function parse(value: string): {tree: Standard; file: VFile} {
  const file = new VFile({path: 'input.md', value})
  return {tree: parseStandard(file), file}
}

function shape(tree: Standard): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' || key === 'positions' ? undefined : value)))
}

/** 写出、读回、再写：读回的树与原树相同，第二次写出与第一次逐字节相同。 */
function roundTrip(source: string): string {
  const first = parse(source)
  const written = toMarkdown(first.tree)
  const again = parse(written)
  expect(shape(again.tree)).toEqual(shape(first.tree))
  expect(toMarkdown(again.tree)).toBe(written)
  return written
}

describe('规范形式', () => {
  it('技术内容的样例文件的规范形式：除缩进代码改为围栏、值含 ``` 的围栏加长、脚注按序编号和分隔行外，与原文逐字节相同', () => {
    const source = readFileSync(new URL('../../parse/test/fixtures/technical/input.md', import.meta.url), 'utf8')
    const written = roundTrip(source)
    expect(written).toBe(source.replace('    indented code\n', '```\nindented code\n```\n').replaceAll('[^scope]', '[^1]').replace('| --- | --- | --- |', '| - | - | - |').replace('```json', '````json').replace('}\n```\n', '}\n````\n'))
  })
  it('参考文献中的文献类型标识 [M]、[J]、[EB/OL] 照原样写出；其后紧跟 ( 或 [ 时转义', () => {
    const source = `${front}## 参考文献\n\n[1]　作者. 书名[M]. 北京：出版社，2020.\n\n[2]　作者. 网页[EB/OL]. 2021.\n\n[3]　作者. 题名\\[J](卷1).\n`
    expect(roundTrip(source)).toContain('[1]　作者. 书名[M]. 北京：出版社，2020.\n\n[2]　作者. 网页[EB/OL]. 2021.\n\n[3]　作者. 题名\\[J]\\(卷1).\n')
  })

  it('脚注按调用顺序重新编号为 [^1]、[^2]，定义写在首次调用它的块之后', () => {
    const written = roundTrip(`${front}## 4 要求\n\n甲[^b]。\n\n乙[^a]，甲[^b]。\n\n[^a]: 乙的脚注。\n[^b]: 甲的脚注。\n`)
    expect(written).toContain('甲[^1]。\n\n[^1]: 甲的脚注。\n\n乙[^2]，甲[^1]。\n\n[^2]: 乙的脚注。\n')
  })
  it('代码的值逐字节保留：制表符、行尾空格、空行和值中的反引号', () => {
    const value = '\tint a;  \n\n```\nb = `c`;\t\n'
    const written = roundTrip(`${front}## 4 要求\n\n\`\`\`\`c\n${value}\n\`\`\`\`\n`)
    expect(written).toContain(`\`\`\`\`c\n${value}\n\`\`\`\`\n`)
  })
  it('表头行为空的表写出空表头行；合并单元格写作 < 和 ^', () => {
    const written = roundTrip(`${front}## 4 要求\n\n|  |  |  |\n| - | - | - |\n| a | < | b |\n| ^ | ^ | c |\n`)
    expect(written).toContain('| | | |\n| - | - | - |\n| a | < | b |\n| ^ | ^ | c |\n')
  })
})

describe('转义', () => {
  it('会读作结构的文字被转义，读回为文字', () => {
    const written = roundTrip(
      `${front}## 4 要求\n\n价格\\$5，a\\^b^，H\\~2~O，10~20 ℃，见\\[^1]。\n\n\\[来源：某处]\n\n| \\< | \\^ | x\\<br>y |\n| - | - | - |\n| 1 | 2 | 3 |\n\n## 参考文献\n\n\\[3] 不带标签。\n`
    )
    expect(written).toContain('价格\\$5，a\\^b^，H\\~2~O，10~20 ℃，见\\[^1]。')
    expect(written).toContain('\\[来源：某处]')
    expect(written).toContain('| \\< | \\^ | x\\<br>y |')
    expect(written).toContain('\\[3] 不带标签。')
  })
})

/** 不含结构标记的短文字。 */
const plain = fc.stringMatching(/^[一-龥a-z0-9]{1,6}$/u)
/** 可能被读作结构的文字：含 $、^、~、[、]、<、*。 */
const tricky = fc.stringMatching(/^[一-龥a-z0-9 $^~[\]<*\\]{1,12}$/u).filter((value) => value.trim() === value && value.trim() !== '' && !value.endsWith('\\'))

describe('性质：技术结构的任意组合写出后读回不变，写出是幂等的', () => {
  it('段中的上标、下标、行内公式、强调、加粗与易混文字（以逗号相隔）', () => {
    const piece = fc.oneof(
      plain,
      tricky.map((value) => value.replace(/\\/gu, '')).filter((value) => value !== ''),
      plain.map((value) => `^${value}^`),
      plain.map((value) => `a~${value}~`),
      plain.map((value) => `$${value}$`),
      plain.map((value) => `*${value}*`),
      plain.map((value) => `**${value}**`)
    )
    fc.assert(
      fc.property(fc.array(piece, {minLength: 1, maxLength: 6}), (pieces) => {
        const {tree} = parse(`${front}## 4 要求\n\n正文${pieces.join('，')}。\n`)
        const written = toMarkdown(tree)
        const again = parse(written)
        expect(shape(again.tree)).toEqual(shape(tree))
        expect(toMarkdown(again.tree)).toBe(written)
      }),
      {numRuns: 150}
    )
  })
  it('带合并单元格、换行、注和脚注的表，图，公式和式中', () => {
    const cell = fc.oneof(plain, plain.map((value) => `${value}<br>${value}`), plain.map((value) => `${value}^a^`), fc.constant('<'), fc.constant('^'), fc.constant('\\<'))
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, {minLength: 3, maxLength: 3}), {minLength: 1, maxLength: 4}),
        fc.boolean(),
        fc.array(plain, {maxLength: 3}),
        fc.option(plain, {nil: undefined}),
        (rows, numbered, keys, title) => {
          const table = ['| 甲 | 乙 | 丙 |', '| - | - | - |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
          const figure = [`![图](figures/a.svg)`, ...(keys.length > 0 ? ['说明：', ...keys.map((key, index) => `${index + 1}——${key}；`)] : []), ...(title ? [`图1　${title}`] : [])].join('\n\n')
          const formula = numbered ? '$$ （1）\nx^2\n$$\n\n式中：\n\n$x$——变量。' : '$$\nx^2\n$$'
          const source = `${front}## 4 要求\n\n${table}\n\n注：表注。\n\n^a^　表脚注。\n\n${figure}\n\n${formula}\n`
          const {tree, file} = parse(source)
          // A grid whose merged cells contradict each other is an error (table-span); only sources without errors round-trip.
          fc.pre(file.messages.every((message) => !message.fatal))
          const written = toMarkdown(tree)
          const again = parse(written)
          expect(shape(again.tree)).toEqual(shape(tree))
          expect(toMarkdown(again.tree)).toBe(written)
        }
      ),
      {numRuns: 200}
    )
  })
})
