import {describe, expect, it} from 'vitest'
import {appendixName, appendixStatusLabel, caption, exampleLabel, exampleName, noteLabel, noteName, numberedName} from '@stdkit/tree'

describe('labels', () => {
  it('name a lone note or example without a number, one of several with its number', () => {
    expect([noteName({}), noteLabel({}), noteName({number: 2}), noteLabel({number: 2})]).toEqual(['注', '注：', '注2', '注2：'])
    expect([exampleName({}), exampleLabel({}), exampleName({number: 1}), exampleLabel({number: 1})]).toEqual(['示例', '示例：', '示例1', '示例1：'])
  })

  it('name tables and figures by their numbers, in the body and in an appendix', () => {
    expect([numberedName('table', '1'), numberedName('table', 'A.1'), numberedName('figure', '1'), numberedName('figure', 'A.1')]).toEqual(['表1', '表A.1', '图1', '图A.1'])
  })

  it('caption a numbered element with an ideographic space, and print what there is of an unnumbered or untitled one', () => {
    expect(caption('table', {number: '1', caption: '服务用语'})).toBe('表1\u3000服务用语')
    expect(caption('figure', {number: 'A.1', caption: '流程'})).toBe('图A.1\u3000流程')
    expect(caption('table', {number: '2'})).toBe('表2')
    expect(caption('table', {caption: '服务用语'})).toBe('服务用语')
    expect(caption('table', {})).toBeUndefined()
  })

  it('head an appendix with its letter and its status in the style of the source', () => {
    expect(appendixName({letter: 'A'})).toBe('附录A')
    expect(appendixStatusLabel({status: 'normative', labelStyle: 'gbt-2000'})).toBe('（规范性附录）')
    expect(appendixStatusLabel({status: 'informative'})).toBe('（资料性附录）')
    expect(appendixStatusLabel({status: 'normative', labelStyle: 'gbt-2020'})).toBe('（规范性）')
    expect(appendixStatusLabel({})).toBe('')
  })
})
