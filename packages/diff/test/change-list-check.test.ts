/**
 * The record check in the national convention: each entry of the newer
 * edition's change list against the diff, by the clauses it names.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {comparisonReport, diffEditions} from '@stdkit/diff'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'

const fixture = (name: string): string => readFileSync(new URL(`../../check/test/fixtures/${name}.md`, import.meta.url), 'utf8')
const parse = (value: string, path: string): Standard => parseStandard(new VFile({path, value}))

const old = parse(fixture('national-2012'), 'gbt-8888/2012.md')
const current = fixture('national')

describe('the change list checked against the diff', () => {
  const diff = diffEditions(old, parse(current, 'gbt-8888/2021.md'))

  it('confirms each entry by a technical change at the clauses it names, in either edition', () => {
    expect(diff.recordCheck?.source).toBe('changeList')
    expect(diff.recordCheck?.claims.map((claim) => [claim.action, claim.status, claim.evidence])).toEqual([
      ['added', 'confirmed', ['clause-5.3', 'clause-5.4']],
      ['modified', 'confirmed', ['clause-5.1']],
      ['removed', 'confirmed', ['clause-4.4']]
    ])
  })

  it('lists the technical changes no entry covers', () => {
    expect(diff.recordCheck?.uncovered).toEqual(['clause-4', 'clause-4', 'clause-5'])
  })

  it('leaves an entry unconfirmed when the clause it names changed only editorially', () => {
    const edited = diffEditions(old, parse(current.replace('（见5.3、5.4）', '（见5.2）'), 'gbt-8888/2021.md'))
    const claim = edited.recordCheck?.claims[0]
    expect([claim?.status, claim?.message]).toEqual(['unconfirmed', '5.2 处没有与之相符的改动'])
    expect(claim?.evidence).toEqual([])
  })

  it('is named a check of the change list in the comparison report', () => {
    const report = comparisonReport(diff)
    expect(report.recordCheck?.heading).toBe('技术变化清单核对（GB/T 8888–2021）')
    expect(report.recordCheck?.uncoveredLabel).toBe('技术变化清单未提及的技术性改动：')
    expect(report.recordCheck?.claims[2]?.evidence).toEqual([{id: 'clause-4.4', number: '4.4'}])
  })

  it('checks nothing when the older edition is not the one replaced', () => {
    const unrelated = parse(fixture('national-2012').replace('number: GB/T 8888–2012', 'number: GB/T 8888–2010'), 'gbt-8888/2010.md')
    expect(diffEditions(unrelated, parse(current, 'gbt-8888/2021.md')).recordCheck).toBeUndefined()
  })
})
