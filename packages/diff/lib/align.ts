/**
 * Lineage between two editions: which provision of the newer edition is
 * which provision of the older one. Matched in passes, surest first: by
 * pinned anchor, by number and title, by title, by number with similar text,
 * and last by similar text alone. What stays unmatched is added or removed,
 * unless its text now lives in two provisions (split) or came from two (merged).
 */
import type {MatchMethod} from './types.js'
import type {Provision} from './provisions.js'
import {essence, similarity} from './text.js'

export interface Match {
  old: Provision
  new: Provision
  method: MatchMethod
  similarity?: number | undefined
}

export interface Alignment {
  matches: Array<Match>
  byOld: Map<Provision, Match>
  byNew: Map<Provision, Match>
  /** Unmatched older provisions whose text now lives in two or more newer ones: old → new parts. */
  splits: Map<Provision, Array<Provision>>
  /** Unmatched newer provisions whose text came from two or more older ones: new → old parts. */
  merges: Map<Provision, Array<Provision>>
}

/** Thresholds of similarity for the last two passes. */
const numberPass = 0.5
const similarityPass = 0.6

/** Aligns provisions; `text` gives a provision's comparable text (title and own blocks). */
export function align(old: ReadonlyArray<Provision>, now: ReadonlyArray<Provision>, text: (provision: Provision, side: 'old' | 'new') => string): Alignment {
  const byOld = new Map<Provision, Match>()
  const byNew = new Map<Provision, Match>()
  const matches: Array<Match> = []
  const pair = (a: Provision, b: Provision, method: MatchMethod, score?: number): void => {
    const match: Match = score === undefined ? {old: a, new: b, method} : {old: a, new: b, method, similarity: score}
    matches.push(match)
    byOld.set(a, match)
    byNew.set(b, match)
  }
  const free = (list: ReadonlyArray<Provision>, taken: Map<Provision, Match>) => list.filter((item) => !taken.has(item))

  // Fixed parts (foreword, introduction) are themselves across editions.
  keyed(old, now, (item) => (item.kind === 'foreword' || item.kind === 'introduction' ? item.kind : undefined), (a, b) => pair(a, b, 'anchor'))
  keyed(free(old, byOld), free(now, byNew), (item) => item.anchor && `${item.kind}#${item.anchor}`, (a, b) => pair(a, b, 'anchor'))
  keyed(free(old, byOld), free(now, byNew), (item) => `${item.kind}:${item.number}:${item.title ?? ''}`, (a, b) => pair(a, b, 'number-title'))
  keyed(free(old, byOld), free(now, byNew), (item) => (item.title && item.title.length > 1 ? `${item.kind}:${item.title}` : undefined), (a, b) => pair(a, b, 'title'))
  keyed(free(old, byOld), free(now, byNew), (item) => `${item.kind}:${item.number}`, (a, b) => {
    const score = similarity(text(a, 'old'), text(b, 'new'))
    if (score >= numberPass) pair(a, b, 'number', round(score))
  })

  // Last, by text alone: the best-scoring pairs first.
  const leftOld = free(old, byOld)
  const leftNew = free(now, byNew)
  const candidates: Array<[Provision, Provision, number]> = []
  for (const a of leftOld) {
    const left = text(a, 'old')
    for (const b of leftNew) {
      if (a.kind !== b.kind) continue
      const score = similarity(left, text(b, 'new'))
      if (score >= similarityPass) candidates.push([a, b, score])
    }
  }
  candidates.sort((x, y) => y[2] - x[2])
  for (const [a, b, score] of candidates) {
    if (!byOld.has(a) && !byNew.has(b)) pair(a, b, 'similarity', round(score))
  }

  const splits = parts(free(old, byOld), now, (provision) => blockTexts(provision, 'old', text), (provision) => blockTexts(provision, 'new', text))
  const merges = parts(free(now, byNew), old, (provision) => blockTexts(provision, 'new', text), (provision) => blockTexts(provision, 'old', text))
  return {matches, byOld, byNew, splits, merges}
}

/** Pairs items whose key is equal and unique on both sides. */
function keyed(
  old: ReadonlyArray<Provision>,
  now: ReadonlyArray<Provision>,
  key: (item: Provision) => string | undefined,
  each: (a: Provision, b: Provision) => void
): void {
  const index = (list: ReadonlyArray<Provision>) => {
    const map = new Map<string, Array<Provision>>()
    for (const item of list) {
      const value = key(item)
      if (value) map.set(value, [...(map.get(value) ?? []), item])
    }
    return map
  }
  const newIndex = index(now)
  for (const [value, items] of index(old)) {
    const others = newIndex.get(value)
    const [a] = items
    const [b] = others ?? []
    if (items.length === 1 && others?.length === 1 && a && b) each(a, b)
  }
}

// Block texts are written into the provision text one per line by the caller.
function blockTexts(provision: Provision, side: 'old' | 'new', text: (provision: Provision, side: 'old' | 'new') => string): Array<string> {
  return text(provision, side)
    .split('\n')
    .slice(1)
    .map((line) => essence(line))
    .filter((line) => line.length >= 4)
}

/**
 * For each unmatched provision, the provisions on the other side that now
 * hold its blocks, when there are two or more of them and together they hold
 * most of its text.
 */
function parts(
  unmatched: ReadonlyArray<Provision>,
  others: ReadonlyArray<Provision>,
  own: (provision: Provision) => Array<string>,
  theirs: (provision: Provision) => Array<string>
): Map<Provision, Array<Provision>> {
  const result = new Map<Provision, Array<Provision>>()
  if (unmatched.length === 0) return result
  const holders = new Map<string, Array<Provision>>()
  for (const other of others) for (const block of theirs(other)) holders.set(block, [...(holders.get(block) ?? []), other])
  for (const provision of unmatched) {
    const blocks = own(provision)
    if (blocks.length < 2) continue
    const found = new Map<Provision, number>()
    let covered = 0
    for (const block of blocks) {
      const holder = holders.get(block)?.[0]
      if (!holder) continue
      covered++
      found.set(holder, (found.get(holder) ?? 0) + 1)
    }
    if (found.size >= 2 && covered / blocks.length >= 0.6) result.set(provision, [...found.keys()])
  }
  return result
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
