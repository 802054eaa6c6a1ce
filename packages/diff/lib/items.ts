/**
 * Blocks (list items, paragraphs) and table rows aligned by their content,
 * as provisions are: the same content in order is kept; the same content out
 * of order moved; one item whose words are now two or more consecutive items
 * split (two or more now one: merged); what is left is paired by similarity,
 * best pairs first, and only those pairs are diffed; the rest was added or
 * removed.
 */
import {diffArrays} from 'diff'

/** How items of one side were found on the other. */
export type Pairing =
  | {how: 'equal' | 'moved' | 'modified'; old: number; new: number}
  | {how: 'split'; old: number; new: Array<number>}
  | {how: 'merged'; old: Array<number>; new: number}
  | {how: 'removed'; old: number}
  | {how: 'added'; new: number}

export interface ItemRules<T> {
  /** What two items are equal by (a list item without its label). */
  key: (item: T) => string
  /** Whether two items may be one item edited, and how alike they are (0–1); `undefined` when they may not. */
  likeness: (old: T, now: T) => number | undefined
  /** Least likeness of a pair edited in place. */
  threshold: number
  /** What the words of an item are, for splits and merges; absent when items cannot split or merge. */
  words?: ((item: T) => string) | undefined
  /** Whether two items may be parts of one split or merge (same kind of block). */
  together?: ((a: T, b: T) => boolean) | undefined
  /** Whether removed and added items left over between the same kept items are paired in order, however unlike (paragraphs rewritten). */
  inPlace?: ((old: T, now: T) => boolean) | undefined
}

/**
 * Pairs the items of two sides, in the newer side's order, each removed item
 * after the item that follows the one before it.
 */
export function pairItems<T>(old: ReadonlyArray<T>, now: ReadonlyArray<T>, rules: ItemRules<T>): Array<Pairing> {
  const oldTaken = new Array<boolean>(old.length).fill(false)
  const newTaken = new Array<boolean>(now.length).fill(false)
  const pairings: Array<Pairing> = []
  const oldKeys = old.map(rules.key)
  const newKeys = now.map(rules.key)

  // Kept in order: the longest common sequence of equal items. Gaps remember which kept items bound them.
  const gapOld = new Array<number>(old.length).fill(0)
  const gapNew = new Array<number>(now.length).fill(0)
  let [a, b, gap] = [0, 0, 0]
  for (const part of diffArrays(oldKeys, newKeys)) {
    const count = part.value.length
    if (part.added) for (let offset = 0; offset < count; offset++) gapNew[b++] = gap
    else if (part.removed) for (let offset = 0; offset < count; offset++) gapOld[a++] = gap
    else {
      for (let offset = 0; offset < count; offset++) {
        pairings.push({how: 'equal', old: a, new: b})
        oldTaken[a++] = true
        newTaken[b++] = true
      }
      gap++
    }
  }

  // The same content out of order: moved.
  for (let i = 0; i < old.length; i++) {
    if (oldTaken[i]) continue
    const j = newKeys.findIndex((key, index) => !newTaken[index] && key === oldKeys[i])
    if (j < 0) continue
    pairings.push({how: 'moved', old: i, new: j})
    oldTaken[i] = true
    newTaken[j] = true
  }

  // Split or merged with the same words: consecutive free items on one side whose words together are one free item's on the other.
  const {words, together} = rules
  if (words) {
    const runs = (items: ReadonlyArray<T>, taken: Array<boolean>, whole: T, target: string): Array<number> | undefined => {
      for (let start = 0; start < items.length; start++) {
        let joined = ''
        const run: Array<number> = []
        for (let index = start; index < items.length && !taken[index]; index++) {
          const item = items[index] as T
          if (together && !together(whole, item)) break
          joined += words(item)
          run.push(index)
          if (joined.length > target.length || !target.startsWith(joined)) break
          if (joined === target && run.length >= 2) return run
        }
      }
      return undefined
    }
    for (let i = 0; i < old.length; i++) {
      if (oldTaken[i]) continue
      const item = old[i] as T
      const run = runs(now, newTaken, item, words(item))
      if (!run) continue
      pairings.push({how: 'split', old: i, new: run})
      oldTaken[i] = true
      for (const j of run) newTaken[j] = true
    }
    for (let j = 0; j < now.length; j++) {
      if (newTaken[j]) continue
      const item = now[j] as T
      const run = runs(old, oldTaken, item, words(item))
      if (!run) continue
      pairings.push({how: 'merged', old: run, new: j})
      newTaken[j] = true
      for (const i of run) oldTaken[i] = true
    }
  }

  // Edited: the most alike pairs first.
  const candidates: Array<[number, number, number]> = []
  for (let i = 0; i < old.length; i++) {
    if (oldTaken[i]) continue
    for (let j = 0; j < now.length; j++) {
      if (newTaken[j]) continue
      const score = rules.likeness(old[i] as T, now[j] as T)
      if (score !== undefined && score >= rules.threshold) candidates.push([i, j, score])
    }
  }
  // Ties go to the pair nearest in place, then to the earlier one: deterministic.
  candidates.sort((x, y) => y[2] - x[2] || Math.abs(x[0] - x[1]) - Math.abs(y[0] - y[1]) || x[0] - y[0] || x[1] - y[1])
  for (const [i, j] of candidates) {
    if (oldTaken[i] || newTaken[j]) continue
    pairings.push({how: 'modified', old: i, new: j})
    oldTaken[i] = true
    newTaken[j] = true
  }

  // Left over between the same kept items, in equal numbers: rewritten in place, where the rules allow.
  if (rules.inPlace) {
    for (let g = 0; g <= gap; g++) {
      const left = old.flatMap((_, i) => (!oldTaken[i] && gapOld[i] === g ? [i] : []))
      const right = now.flatMap((_, j) => (!newTaken[j] && gapNew[j] === g ? [j] : []))
      if (left.length !== right.length) continue
      left.forEach((i, index) => {
        const j = right[index] as number
        if (!rules.inPlace?.(old[i] as T, now[j] as T)) return
        pairings.push({how: 'modified', old: i, new: j})
        oldTaken[i] = true
        newTaken[j] = true
      })
    }
  }

  for (let i = 0; i < old.length; i++) if (!oldTaken[i]) pairings.push({how: 'removed', old: i})
  for (let j = 0; j < now.length; j++) if (!newTaken[j]) pairings.push({how: 'added', new: j})
  return order(pairings, old.length)
}

/** The newer side's order; a removed item after the newer item that holds the older item before it. */
function order(pairings: ReadonlyArray<Pairing>, oldCount: number): Array<Pairing> {
  const firstNew = (pairing: Pairing): number | undefined => ('new' in pairing ? (Array.isArray(pairing.new) ? pairing.new[0] : pairing.new) : undefined)
  const lastNew = (pairing: Pairing): number | undefined => ('new' in pairing ? (Array.isArray(pairing.new) ? pairing.new.at(-1) : pairing.new) : undefined)
  const byOld = new Map<number, Pairing>()
  for (const pairing of pairings) {
    if (!('old' in pairing)) continue
    for (const index of Array.isArray(pairing.old) ? pairing.old : [pairing.old]) byOld.set(index, pairing)
  }
  // Where each removed item goes: after the newer item of the nearest older item before it that is held (-1: first).
  const place = new Map<Pairing, number>()
  let anchor = -1
  for (let i = 0; i < oldCount; i++) {
    const pairing = byOld.get(i)
    if (!pairing) continue
    if (pairing.how === 'removed') place.set(pairing, anchor)
    else anchor = pairing.how === 'moved' ? anchor : (lastNew(pairing) ?? anchor)
  }
  const keyed = pairings.map((pairing, index) => {
    const at = pairing.how === 'removed' ? (place.get(pairing) ?? -1) + 0.5 : (firstNew(pairing) ?? 0)
    const within = pairing.how === 'removed' ? (pairing.old as number) : 0
    return {pairing, at, within, index}
  })
  keyed.sort((x, y) => x.at - y.at || x.within - y.within || x.index - y.index)
  return keyed.map((item) => item.pairing)
}
