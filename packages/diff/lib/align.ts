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
export function align(old: ReadonlyArray<Provision>, now: ReadonlyArray<Provision>, given: (provision: Provision, side: 'old' | 'new') => string): Alignment {
  // Each provision's text is asked for by several passes: make it once per side.
  const texts = {old: new Map<Provision, string>(), new: new Map<Provision, string>()}
  const text = (provision: Provision, side: 'old' | 'new'): string => {
    let value = texts[side].get(provision)
    if (value === undefined) {
      value = given(provision, side)
      texts[side].set(provision, value)
    }
    return value
  }
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

  // Fixed parts (foreword, introduction, bibliography) are themselves across editions.
  keyed(old, now, (item) => (item.kind === 'foreword' || item.kind === 'introduction' || item.kind === 'bibliography' ? item.kind : undefined), (a, b) => pair(a, b, 'anchor'))
  keyed(free(old, byOld), free(now, byNew), (item) => item.anchor && `${item.kind}#${item.anchor}`, (a, b) => pair(a, b, 'anchor'))
  keyed(free(old, byOld), free(now, byNew), (item) => `${item.kind}:${item.number}:${item.title ?? ''}`, (a, b) => pair(a, b, 'number-title'))
  keyed(free(old, byOld), free(now, byNew), (item) => (item.title && item.title.length > 1 ? `${item.kind}:${item.title}` : undefined), (a, b) => pair(a, b, 'title'))
  keyed(free(old, byOld), free(now, byNew), (item) => `${item.kind}:${item.number}`, (a, b) => {
    const score = similarity(text(a, 'old'), text(b, 'new'))
    if (score >= numberPass) pair(a, b, 'number', round(score))
  })

  // Last, by text alone: the best-scoring pairs first. Only pairs that can
  // reach the threshold are scored: candidates come from an inverted index.
  const leftOld = free(old, byOld)
  const leftNew = free(now, byNew)
  const candidates = similarPairs(leftOld, leftNew, text, similarityPass)
  candidates.sort((x, y) => y[2] - x[2])
  for (const [a, b, score] of candidates) {
    if (!byOld.has(a) && !byNew.has(b)) pair(a, b, 'similarity', round(score))
  }

  // A provision matched with one of its parts is split or merged too, when the other parts are new (or gone).
  const splits = parts(old, now, (item) => byOld.get(item)?.new, (item) => byNew.has(item), (provision) => blockTexts(provision, 'old', text), (provision) => blockTexts(provision, 'new', text))
  const merges = parts(now, old, (item) => byNew.get(item)?.old, (item) => byOld.has(item), (provision) => blockTexts(provision, 'new', text), (provision) => blockTexts(provision, 'old', text))
  // The part of a merge (or split) that keeps its number is the one that continues: the others were merged into it (or split from it).
  const repair = (match: Match, a: Provision, b: Provision): void => {
    matches.splice(matches.indexOf(match), 1)
    byOld.delete(match.old)
    byNew.delete(match.new)
    pair(a, b, 'number', round(similarity(text(a, 'old'), text(b, 'new'))))
  }
  for (const [provision, from] of merges) {
    const match = byNew.get(provision)
    const keeper = from.find((part) => part.kind === provision.kind && part.number === provision.number && !byOld.has(part))
    if (match && keeper && match.old.number !== provision.number) repair(match, keeper, provision)
  }
  for (const [provision, into] of splits) {
    const match = byOld.get(provision)
    const keeper = into.find((part) => part.kind === provision.kind && part.number === provision.number && !byNew.has(part))
    if (match && keeper && match.new.number !== provision.number) repair(match, provision, keeper)
  }
  return {matches, byOld, byNew, splits, merges}
}

/** Most postings of the index read, and most candidates scored, for one provision in the similarity pass. */
const postingsRead = 4096
const candidatesScored = 32

/**
 * The pairs of the same kind whose similarity reaches `threshold`, in the
 * order of the old provisions, then of the new ones, without scoring all
 * pairs.
 *
 * `similarity` is the Dice coefficient of the character bigrams of the two
 * essences, counted with multiplicity. Tagging each bigram with its
 * occurrence (`ab#0`, `ab#1`) makes it a set, whose intersection is the
 * multiset one; then prefix filtering applies: with the tokens of every text
 * ordered rarest first, two texts whose Dice reaches t share a token among
 * the first |x| − ⌈t·|x|/(2 − t)⌉ + 1 tokens of each. Pairs sharing such a
 * token (or with equal essences, which score 1 whatever their length) are
 * candidates. When texts share a vocabulary most pairs share such a token, so
 * the work per provision is capped: it reads at most `postingsRead` postings,
 * rarest tokens first, and scores at most `candidatesScored` candidates, those
 * sharing the most of its prefix. Below the caps the pairs are exactly those
 * an all-pairs comparison finds.
 */
function similarPairs(
  old: ReadonlyArray<Provision>,
  now: ReadonlyArray<Provision>,
  text: (provision: Provision, side: 'old' | 'new') => string,
  threshold: number
): Array<[Provision, Provision, number]> {
  const oldEssences = old.map((item) => essence(text(item, 'old')))
  const newEssences = now.map((item) => essence(text(item, 'new')))
  const [oldTokens, newTokens] = rarestFirst(oldEssences, newEssences)
  // A little below the threshold, so rounding never loses a pair: extra candidates are scored and dropped.
  const t = threshold - 1e-9
  const prefix = (tokens: Int32Array): Int32Array => tokens.subarray(0, Math.max(0, tokens.length - Math.ceil((t * tokens.length) / (2 - t)) + 1))
  const index = new Map<number, Array<number>>()
  const byEssence = new Map<string, Array<number>>()
  newTokens.forEach((tokens, position) => {
    for (const token of prefix(tokens)) append(index, token, position)
    append(byEssence, `${now[position]?.kind ?? ''}:${newEssences[position] ?? ''}`, position)
  })
  const pairs: Array<[Provision, Provision, number]> = []
  // Shared prefix tokens per new provision, for the old one at hand; equal essences count as sharing all.
  const shared = new Float64Array(now.length)
  old.forEach((a, position) => {
    const tokens = oldTokens[position] ?? new Int32Array()
    const found: Array<number> = []
    const share = (other: number, count: number): void => {
      if (shared[other] === 0) found.push(other)
      shared[other] = (shared[other] ?? 0) + count
    }
    for (const other of (byEssence.get(`${a.kind}:${oldEssences[position] ?? ''}`) ?? []).slice(0, candidatesScored)) share(other, Infinity)
    let read = 0
    for (const token of prefix(tokens)) {
      for (const other of index.get(token) ?? []) {
        if (read++ === postingsRead) break
        share(other, 1)
      }
      if (read > postingsRead) break
    }
    const candidates = found.sort((x, y) => (shared[y] ?? 0) - (shared[x] ?? 0) || x - y).slice(0, candidatesScored)
    for (const other of found) shared[other] = 0
    for (const other of candidates.sort((x, y) => x - y)) {
      const b = now[other]
      const theirs = newTokens[other]
      if (!b || !theirs || a.kind !== b.kind) continue
      const score = oldEssences[position] === newEssences[other] ? 1 : dice(tokens, theirs, t)
      if (score >= threshold) pairs.push([a, b, score])
    }
  })
  return pairs
}

/**
 * The tokens of each essence (its bigrams tagged with their occurrence), as
 * ids numbered from the rarest token over both sides to the most frequent,
 * each text's in ascending order: rarest first.
 */
function rarestFirst(old: ReadonlyArray<string>, now: ReadonlyArray<string>): [Array<Int32Array>, Array<Int32Array>] {
  const tokensOf = (core: string): Array<string> => {
    const seen = new Map<string, number>()
    const tokens: Array<string> = []
    for (let index = 0; index < core.length - 1; index++) {
      const pair = core.slice(index, index + 2)
      const count = seen.get(pair) ?? 0
      seen.set(pair, count + 1)
      tokens.push(`${pair}#${count}`)
    }
    return tokens
  }
  const texts = [old.map(tokensOf), now.map(tokensOf)] as const
  const frequency = new Map<string, number>()
  for (const side of texts) for (const tokens of side) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1)
  const ids = new Map(
    [...frequency.keys()]
      .sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
      .map((token, id) => [token, id])
  )
  const sorted = (side: Array<Array<string>>) => side.map((tokens) => Int32Array.from(tokens, (token) => ids.get(token) ?? 0).sort())
  return [sorted(texts[0]), sorted(texts[1])]
}

/**
 * `similarity` from two texts' sorted token ids: 2 · shared / (|x| + |y|), 0
 * when either has no token; 0 too, unscored, when their lengths alone keep it
 * below `t`.
 */
function dice(x: Int32Array, y: Int32Array, t: number): number {
  const total = x.length + y.length
  if (x.length === 0 || y.length === 0 || 2 * Math.min(x.length, y.length) < t * total) return 0
  let shared = 0
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const a = x[i] ?? 0
    const b = y[j] ?? 0
    if (a === b) shared++
    if (a <= b) i++
    if (b <= a) j++
  }
  return (2 * shared) / total
}

function append<K>(map: Map<K, Array<number>>, key: K, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
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
      if (!value) continue
      const list = map.get(value)
      if (list) list.push(item)
      else map.set(value, [item])
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
    for (const block of blocks) {
      const list = holders.get(block)
      if (list) list.push(other)
      else holders.set(block, [other])
    }
  }
  for (const provision of provisions) {
    const blocks = own(provision)
    if (blocks.length < 2) continue
    const self = matchOf(provision)
    const found = new Map<Provision, number>()
    for (const block of blocks) {
      // Only provisions of its kind are its parts: a clause's table moved into a new appendix moved, the clause was not split.
      const list = holders.get(block)?.filter((holder) => holder.kind === provision.kind)
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
