/**
 * Properties of the differ on generated standards (see `generate.ts`), with a
 * fixed seed so that a failure is reproducible and the run time bounded.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diffEditions, toDiffJson, type StandardDiff} from '@stdkit/diff'
import {applyEdits, edit, freshChapter, render, settle, standardModel, type ClauseModel, type StandardModel} from './generate.js'
import {parse} from './helpers.js'

const settings = {seed: 1861, numRuns: 60}

const edition = (model: StandardModel, year: number, anchors = true) => parse(render(model, {year, anchors}), `generated/${year}.md`)

const ids = (diff: StandardDiff, kind: 'added' | 'removed') =>
  diff.provisions
    .filter((change) => change.kinds.includes(kind))
    .map((change) => change.id)
    .sort()

/** The pairs of the alignment, as `old id → new id`. */
const pairs = (diff: StandardDiff, swapped = false) =>
  diff.provisions
    .filter((change) => change.old && change.new)
    .map((change) => (swapped ? `${change.new?.id} → ${change.old?.id}` : `${change.old?.id} → ${change.new?.id}`))
    .sort()

function keysOf(node: ClauseModel): Array<string> {
  return [node.key, ...node.clauses.flatMap(keysOf)]
}

describe('properties of generated editions', () => {
  it('the generator makes standards with sub-clauses, lists, notes, tables and references', () => {
    // Not a property: a check that the generator covers what the properties are meant to exercise.
    const sources = fc.sample(standardModel, {seed: settings.seed, numRuns: settings.numRuns}).map((model) => render(model, {year: 2020}))
    const share = (pattern: RegExp) => sources.filter((source) => pattern.test(source)).length / sources.length
    expect(share(/^### 4\.1 /mu)).toBeGreaterThan(0.2)
    expect(share(/^a\) /mu)).toBeGreaterThan(0.2)
    expect(share(/^——/mu)).toBeGreaterThan(0.2)
    expect(share(/^注：/mu)).toBeGreaterThan(0.2)
    expect(share(/^表\d+　/mu)).toBeGreaterThan(0.2)
    expect(share(/按\d+\.\d+的规定|见第\d+章|见表\d+/u)).toBeGreaterThan(0.2)
    for (const source of sources.slice(0, 10)) expect(() => parse(source, 'generated.md')).not.toThrow()
  })

  it('an edition compared with itself has nothing but unchanged provisions', () => {
    fc.assert(
      fc.property(standardModel, fc.boolean(), (model, anchors) => {
        const diff = diffEditions(edition(model, 2020, anchors), edition(model, 2020, anchors))
        expect(diff.provisions.length).toBeGreaterThan(5)
        for (const change of diff.provisions) {
          expect(change.kinds).toEqual(['unchanged'])
          expect(change.classification).toBeUndefined()
          expect(change.reasons).toEqual([])
          expect(change.blocks.every((block) => block.kind === 'equal')).toBe(true)
        }
        expect(diff.fields).toEqual([])
        expect(diff.changeList).toEqual([])
        expect(diff.record).toEqual([])
        expect(diff.summary.technical + diff.summary.editorial).toBe(0)
      }),
      settings
    )
  })

  it('swapping the two editions swaps what was added and what was removed', () => {
    const seen = {added: 0, removed: 0, modified: 0}
    fc.assert(
      fc.property(standardModel, fc.array(edit, {minLength: 1, maxLength: 4}), fc.boolean(), (model, edits, anchors) => {
        const [older, newer] = [edition(model, 2019, anchors), edition(applyEdits(model, edits, 'n'), 2021, anchors)]
        const forward = diffEditions(older, newer)
        const backward = diffEditions(newer, older)
        for (const kind of ['added', 'removed', 'modified'] as const) if (forward.summary.provisions[kind] > 0) seen[kind]++
        expect(ids(backward, 'removed')).toEqual(ids(forward, 'added'))
        expect(ids(backward, 'added')).toEqual(ids(forward, 'removed'))
        expect(backward.summary.provisions.added).toBe(forward.summary.provisions.removed)
        expect(backward.summary.provisions.removed).toBe(forward.summary.provisions.added)
        // And the provisions matched are the same pairs.
        expect(pairs(backward, true)).toEqual(pairs(forward))
      }),
      settings
    )
    // The edits did add, remove and change provisions in a good share of the runs.
    expect(seen.added).toBeGreaterThan(settings.numRuns / 5)
    expect(seen.removed).toBeGreaterThan(settings.numRuns / 5)
    expect(seen.modified).toBeGreaterThan(settings.numRuns / 5)
  })

  it('a chapter inserted before the others renumbers them and changes nothing else', () => {
    const seen = {references: 0, tables: 0}
    fc.assert(
      fc.property(standardModel, freshChapter(), (model, inserted) => {
        const [chapter] = settle({chapters: [inserted]}, 'f').chapters
        if (!chapter) throw new Error('no chapter')
        const added = new Set(keysOf(chapter))
        const [before, after] = [render(model, {year: 2019}), render({chapters: [chapter, ...model.chapters]}, {year: 2021})]
        // Count the runs where references to renumbered clauses, chapters or tables had to follow.
        if (/按\d+\.\d+的规定|见第\d+章/u.test(before)) seen.references++
        if (/见表\d+/u.test(before) && /^表1　/mu.test(render({chapters: [chapter]}, {year: 2021}))) seen.tables++
        const diff = diffEditions(parse(before, 'generated/2019.md'), parse(after, 'generated/2021.md'))
        const renumbered = diff.provisions.filter((change) => change.kinds.includes('renumbered'))
        expect(renumbered.length).toBe(model.chapters.flatMap(keysOf).length)
        for (const change of diff.provisions) {
          if (added.has(change.id)) expect(change.kinds).toEqual(['added'])
          else if (change.old && /^[4-9]|^\d\d/u.test(change.old.number)) {
            expect(change.kinds).toEqual(['renumbered'])
            expect(change.match).toBe('anchor')
            expect(Number(change.new?.number.split('.')[0])).toBe(Number(change.old.number.split('.')[0]) + 1)
          } else expect(change.kinds).toEqual(['unchanged'])
        }
        expect(ids(diff, 'added')).toEqual([...added].sort())
        expect(diff.summary.provisions.modified).toBe(0)
        expect(diff.changeList.map((item) => item.text)).toEqual([`——增加了${chapter.title}（见第4章）。`])
      }),
      settings
    )
    expect(seen.references).toBeGreaterThan(settings.numRuns / 5)
    expect(seen.tables).toBeGreaterThan(0)
  })

  it('is deterministic: the same two sources give the same JSON', () => {
    fc.assert(
      fc.property(standardModel, fc.array(edit, {maxLength: 3}), (model, edits) => {
        const run = () => toDiffJson(diffEditions(edition(model, 2019), edition(applyEdits(model, edits, 'n'), 2021)))
        expect(run()).toBe(run())
      }),
      {...settings, numRuns: 30}
    )
  })
})
