/** The real editions of Q/ZX 75.1861 and the synthetic fixture check clean; history rules across the editions. */
import {describe, expect, it} from 'vitest'
import {checkEditions, checkStandard} from '@stdkit/check'
import {edition, messagesOf, pathOf, pointOf, read, years} from './helpers.js'

describe('valid sources', () => {
  it('the four real editions, checked together, give no errors and no warnings', () => {
    const editions = years.map((year) => edition(year))
    checkEditions(editions)
    expect(editions.map((one) => one.file.path)).toEqual(years.map((year) => pathOf(year)))
    expect(messagesOf(editions)).toEqual([])
  })

  it('the synthetic fixture checks completely clean', () => {
    const minimal = edition('minimal')
    checkStandard(minimal.tree, minimal.file)
    expect(minimal.tree.children.map((node) => (node.type === 'clause' ? node.number : node.type))).toEqual(['foreword', '1', '2', '3', '4', 'appendix'])
    expect(messagesOf([minimal])).toEqual([])
  })
})

describe('checkEditions', () => {
  it('takes the editions in order of their year, whatever order they come in', () => {
    const editions = [...years].reverse().map((year) => edition(year))
    checkEditions(editions)
    expect(messagesOf(editions)).toEqual([])
  })

  it('reports a gap in the folder on the edition after it, once per history rule', () => {
    const editions = (['2004', '2005', '2007'] as const).map((year) => edition(year))
    checkEditions(editions)
    const text = read('2007')
    const at = (needle: string | RegExp): string => {
      const {line, column} = pointOf(text, needle)
      return `${pathOf('2007')}:${line}:${column}`
    }
    expect(messagesOf(editions)).toEqual([
      `${at(/(?<=^replaces: )Q/mu)} error edition-sequence Unexpected replaced edition Q/ZX 75.1861–2006, expected Q/ZX 75.1861–2005, the edition before this one`,
      `${at('| 标准编号 |')} error edition-record Unexpected revision record of 4 rows, expected 3: the 2 rows of Q/ZX 75.1861–2005 plus one for this edition`,
      `${at('本标准于2004年10月首次发布')} error edition-history Unexpected history \`2004-10, 2005-06, 2006-04, 2007-08\` in the foreword, expected Q/ZX 75.1861–2005's \`2004-10, 2005-06\` and one more revision`
    ])
  })
})
