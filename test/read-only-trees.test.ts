/**
 * The checker, the differ and every publisher only read the trees they are
 * given, so a build run again can share them: here they run on deeply frozen
 * trees (and diffs), where a single write would throw.
 */
import {describe, expect, it} from 'vitest'
import {checkEditions} from '@stdkit/check'
import {diffEditions, lineage, toDiffJson, toRedline, type StandardDiff} from '@stdkit/diff'
import {toMarkdown} from '@stdkit/markdown'
import {renderSite} from '@stdkit/html'
import {toJson} from '@stdkit/json'
import {loadLibrary} from '@stdkit/library'
import {renderEditionPdf, renderRedlinePdf} from '@stdkit/pdf'
import {library as scratchLibrary} from './support.js'

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

describe('trees', () => {
  it('are only read by the checker, the differ and the publishers', async () => {
    const library = await loadLibrary('standards', scratchLibrary())
    const standard = library.standards.find((item) => item.slug === 'q-zx-75.1861')
    expect(standard?.editions).toHaveLength(4)
    const editions = standard?.editions ?? []
    for (const edition of editions) deepFreeze(edition.tree)
    checkEditions(editions)
    expect(editions.flatMap((edition) => edition.file.messages)).toEqual([])
    const diffs: Array<{old: number; new: number; diff: StandardDiff}> = []
    for (const [index, old] of editions.entries()) {
      for (const now of editions.slice(index + 1)) diffs.push({old: old.year, new: now.year, diff: deepFreeze(diffEditions(old.tree, now.tree))})
    }
    const trees = editions.map((edition) => edition.tree)
    const pages = renderSite({standards: [{slug: 'q-zx-75.1861', editions: editions.map((edition) => ({year: edition.year, tree: edition.tree})), diffs, lineage: lineage(trees)}]})
    expect(pages.size).toBe(13)
    for (const edition of editions) {
      expect(JSON.parse(toJson(edition.tree)).standard.cover.year).toBe(edition.year)
      expect(toMarkdown(edition.tree)).toBe(String(edition.file.value))
    }
    for (const pair of diffs) {
      expect(toDiffJson(pair.diff)).toContain('"diff"')
      expect(toRedline(pair.diff)).not.toBe('')
    }
    const [newest] = trees.slice(-1)
    const [last] = diffs.slice(-1)
    if (!newest || !last) throw new Error('no editions')
    expect((await renderEditionPdf(newest)).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await renderRedlinePdf(last.diff, newest)).subarray(0, 5).toString()).toBe('%PDF-')
  }, 60_000)
})
