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

  // A provision matched with one of its parts is split or merged too, when the other parts are new (or gone).
  const splits = parts(old, now, (item) => byOld.get(item)?.new, (item) => byNew.has(item), (provision) => blockTexts(provision, 'old', text), (provision) => blockTexts(provision, 'new', text))
  const merges = parts(now, old, (item) => byNew.get(item)?.old, (item) => byOld.has(item), (provision) => blockTexts(provision, 'new', text), (provision) => blockTexts(provision, 'old', text))
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

/** What a block is compared by when text moves between provisions: its essence, without a list item's label (`c)` may become `a)`). */
export function blockKey(line: string): string {
  return essence(line.replace(/^[a-z\d]+\)\s/u, ''))
}

// Block texts are written into the provision text one per line by the caller.
export function blockTexts(provision: Provision, side: 'old' | 'new', text: (provision: Provision, side: 'old' | 'new') => string): Array<string> {
  return text(provision, side)
    .split('\n')
    .slice(1)
    .map((line) => blockKey(line))
    .filter((line) => line.length >= 4)
}

/**
 * For each provision, the provisions on the other side that now hold its
 * blocks, when there are two or more of them and together they hold most of
 * its text. A matched provision counts only when one of the others is
 * unmatched: its match kept part of its text and a new (or gone) provision
 * the rest; text that went to another matched provision only moved.
 */
function parts(
  provisions: ReadonlyArray<Provision>,
  others: ReadonlyArray<Provision>,
  matchOf: (provision: Provision) => Provision | undefined,
  matched: (other: Provision) => boolean,
  own: (provision: Provision) => Array<string>,
  theirs: (provision: Provision) => Array<string>
): Map<Provision, Array<Provision>> {
  const result = new Map<Provision, Array<Provision>>()
  const holders = new Map<string, Array<Provision>>()
  const sizes = new Map<Provision, number>()
  for (const other of others) {
    const blocks = theirs(other)
    sizes.set(other, blocks.length)
    for (const block of blocks) holders.set(block, [...(holders.get(block) ?? []), other])
  }
  for (const provision of provisions) {
    const blocks = own(provision)
    if (blocks.length < 2) continue
    const self = matchOf(provision)
    const found = new Map<Provision, number>()
    for (const block of blocks) {
      const list = holders.get(block)
      const holder = self && list?.includes(self) ? self : list?.[0]
      if (holder) found.set(holder, (found.get(holder) ?? 0) + 1)
    }
    // An unmatched provision is a part only when most of its own text came from (or went to) this one.
    const keys = [...found.keys()].filter((key) => matched(key) || 2 * (found.get(key) ?? 0) >= (sizes.get(key) ?? 0))
    const covered = keys.reduce((sum, key) => sum + (found.get(key) ?? 0), 0)
    if (self && !keys.some((key) => key !== self && !matched(key))) continue
    if (keys.length >= 2 && covered / blocks.length >= 0.6) result.set(provision, keys)
  }
  return result
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
