/**
 * The foreword's change list drafted from the diff, in GB/T 1.1 form:
 * `——增加了……（见7.2）；` `——更改了……（见6.1，2006年版的5.2）；` `——删除了……（2006年版的4.4）。`
 * Technical changes only, in the newer edition's order; a provision added or
 * removed with its chapter is covered by the chapter's item.
 */
import {appendixName} from '@stdkit/tree'
import {countsAsTechnical} from './blocks.js'
import type {ChangeListItem, ProvisionChange, ProvisionSide, StandardDiff} from './types.js'

/** How a provision is cited: `第7章`, `7.2`, `附录A`, `3.4`. */
export function citation(provision: ProvisionChange['provision'], side: ProvisionSide): string {
  if (provision === 'appendix') return appendixName({letter: side.number})
  if (provision === 'clause' && side.parent === undefined && /^\d+$/u.test(side.number)) return `第${side.number}章`
  return side.number
}

function subject(change: ProvisionChange, side: ProvisionSide): string {
  if (change.provision === 'term') return `术语“${side.title ?? side.number}”`
  if (side.title) return side.title
  return `${side.number}的规定`
}

/** Provisions whose parent is itself added or removed: the parent's item speaks for them. */
function covered(changes: ReadonlyArray<ProvisionChange>): Set<ProvisionChange> {
  const whole = new Map<string, 'added' | 'removed'>()
  const out = new Set<ProvisionChange>()
  for (const change of changes) {
    const kind = change.kinds.includes('added') ? 'added' : change.kinds.includes('removed') ? 'removed' : undefined
    const side = kind === 'added' ? change.new : change.old
    if (!kind || !side) continue
    if (side.parent !== undefined && whole.get(`${kind}:${side.parent}`) === kind) out.add(change)
    whole.set(`${kind}:${side.number}`, kind)
  }
  return out
}

export function draftChangeList(diff: StandardDiff): Array<ChangeListItem> {
  const skip = covered(diff.provisions)
  const oldYear = diff.old.year
  const items: Array<Omit<ChangeListItem, 'text'> & {body: string}> = []
  for (const change of diff.provisions) {
    if (!countsAsTechnical(change.classification) || skip.has(change)) continue
    const {old, new: now} = change
    if (change.kinds.includes('added') && now) {
      items.push({action: 'added', id: change.id, body: `增加了${subject(change, now)}（见${citation(change.provision, now)}）`})
    } else if (change.kinds.includes('removed') && old) {
      items.push({action: 'removed', id: change.id, body: `删除了${subject(change, old)}（${oldYear}年版的${citation(change.provision, old)}）`})
    } else if (old && now) {
      items.push({
        action: 'modified',
        id: change.id,
        body: `更改了${subject(change, now)}（见${citation(change.provision, now)}，${oldYear}年版的${citation(change.provision, old)}）`
      })
    }
  }
  return items.map(({body, ...item}, index) => ({...item, text: `——${body}${index === items.length - 1 ? '。' : '；'}`}))
}
