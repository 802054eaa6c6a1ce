/** Two editions compared: the diff tree. */
import {documentWords} from '@stdkit/messages'
import {normalizeNumber, type PhrasingContent, type Standard} from '@stdkit/tree'
import {visit} from 'unist-util-visit'
import {align, blockKey, blockTexts, type Alignment} from './align.js'
import {blockName, classOf, diffBlocks, diffRows, type SideBlock} from './blocks.js'
import {draftChangeList} from './change-list.js'
import {diffFields, diffRecord} from './fields.js'
import {defaultHandlers, provisionsOf, referencesOf, render, type Block, type DiffHandlers, type Provision} from './provisions.js'
import {cellName} from './cells.js'
import {checkRecord} from './record-check.js'
import {withRenamedTerms} from './classify.js'
import {classifyText, definedTerms, diffText, essence, similarity, withVocabulary} from './text.js'
import type {BlockChange, BlockMove, ChangeKind, DiffSummary, EditionInfo, ProvisionChange, ProvisionSide, Reason, StandardDiff} from './types.js'

export interface DiffOptions {
  /** Source paths of the two editions, relative to the library root, for the diff to name them. */
  oldSource?: string | undefined
  newSource?: string | undefined
  /** Handlers merged over the default ones, by node type, for reading provisions, blocks and phrasing (default: none). */
  handlers?: Partial<DiffHandlers> | undefined
}

/** Thrown when two trees cannot be compared (they are different standards). */
export class DiffError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DiffError'
  }
}

const allKinds: ReadonlyArray<ChangeKind> = ['unchanged', 'modified', 'added', 'removed', 'moved', 'renumbered', 'retitled', 'split', 'merged']

/** Compares two editions of one standard, older first. Any two editions: they need not be adjacent. */
export function diffEditions(old: Standard, now: Standard, options: Readonly<DiffOptions> = {}): StandardDiff {
  // The defined terms of both editions are kept whole in word diffs.
  return withVocabulary([...definedTerms(old), ...definedTerms(now)], () => compare(old, now, options))
}

function compare(old: Standard, now: Standard, options: Readonly<DiffOptions>): StandardDiff {
  if (old.cover.designation !== now.cover.designation) {
    throw new DiffError(`Cannot compare ${old.cover.number} with ${now.cover.number}: they are editions of different standards`)
  }
  const handlers: DiffHandlers = {...defaultHandlers, ...options.handlers}
  const oldProvisions = provisionsOf(old, handlers)
  const newProvisions = provisionsOf(now, handlers)
  const context = new Sides(oldProvisions, old, now, handlers, newProvisions)
  const alignment = align(oldProvisions, newProvisions, (provision, side) => context.text(provision, side))
  context.alignment = alignment
  const moved = movedProvisions(alignment, newProvisions)
  // A term renamed in its entry: its uses elsewhere that only follow the renaming change nothing required.
  const renamed = alignment.matches.flatMap((match) =>
    match.new.kind === 'term' && match.old.title && match.new.title && essence(match.old.title) !== essence(match.new.title) ? [[match.old.title, match.new.title] as const] : []
  )
  // New provisions that are no other's match nor part of a split or merge: text a matched provision lost may have moved into them.
  const splitParts = new Set([...alignment.splits.values()].flat())
  const added = newProvisions.filter((provision) => !alignment.byNew.has(provision) && !alignment.merges.has(provision) && !splitParts.has(provision))
  const moves = blockMoves(added, alignment, context)
  const changes = withRenamedTerms(renamed, () =>
    ordered(oldProvisions, newProvisions, alignment).map((item) =>
      item.side === 'new' ? newChange(item.provision, alignment, moved, context, moves) : removedChange(item.provision, alignment, context)
    )
  )
  pairMovedBlocks(changes)
  const fields = diffFields(old, now)
  const diff: StandardDiff = {
    type: 'standardDiff',
    designation: now.cover.designation,
    old: info(old, options.oldSource),
    new: info(now, options.newSource),
    summary: summarize(changes, fields),
    fields,
    record: diffRecord(old, now),
    provisions: changes,
    changeList: []
  }
  diff.changeList = draftChangeList(diff)
  const recordCheck = checkRecord(diff, now, old)
  if (recordCheck) diff.recordCheck = recordCheck
  return diff
}

function info(tree: Standard, source: string | undefined): EditionInfo {
  return {number: normalizeNumber(tree.cover.number), year: tree.cover.year, title: tree.cover.title, ...(source === undefined ? {} : {source})}
}

/**
 * Renders each side's blocks. On the older side a cross-reference to a
 * provision that was renumbered is printed with its newer number, so a
 * reference that only follows a renumbering does not show as a change.
 */
class Sides {
  alignment: Alignment | undefined
  private readonly oldById: Map<string, Provision>
  /** Old number → new number of the tables, figures and formulas found on both sides by their content (`numbered`). */
  private readonly numbers: Record<'table' | 'figure' | 'formula', Map<string, string>>
  private readonly cache = new Map<string, Array<SideBlock>>()
  private readonly handlers: DiffHandlers
  private readonly newByNumber: Map<string, Provision>
  private readonly oldYear: number
  constructor(old: ReadonlyArray<Provision>, oldTree: Standard, newTree: Standard, handlers: DiffHandlers, now: ReadonlyArray<Provision> = []) {
    this.handlers = handlers
    this.oldById = new Map(old.map((provision) => [provision.id, provision]))
    this.newByNumber = new Map(now.map((provision) => [provision.number, provision]))
    this.oldYear = oldTree.cover.year
    this.numbers = numbered(oldTree, newTree)
  }

  blocks(provision: Provision, side: 'old' | 'new'): Array<SideBlock> {
    const key = `${side}:${provision.id}`
    const cached = this.alignment ? this.cache.get(key) : undefined
    if (cached) return cached
    const rewrite = side === 'old' ? this.follow.bind(this) : () => undefined
    const prose = informativePart(provision)
    const blocks = provision.blocks.map((block): SideBlock => {
      const shown: SideBlock = {...sideBlock(block, rewrite, this.handlers), ...(prose || (block.label === '来源' && provision.kind === 'term') ? {prose: true} : {})}
      if (side === 'new' || !this.alignment || block.rows || block.phrasing === undefined) return shown
      // Its references to clauses and appendices as printed; those to tables, figures and formulas follow their renumbering still.
      const asPrinted = (node: PhrasingContent) => (node.type === 'crossReference' && (node.kind === 'clause' || node.kind === 'appendix') ? undefined : this.follow(node))
      const printed = sideBlock(block, asPrinted, this.handlers).text
      return printed === shown.text ? shown : {...shown, printed, retargeted: (now) => this.retargeted(block, now)}
    })
    if (this.alignment) this.cache.set(key, blocks)
    return blocks
  }

  /** Title and blocks, one per line: what alignment compares. */
  text(provision: Provision, side: 'old' | 'new'): string {
    return [provision.title ?? '', ...this.blocks(provision, side).map((block) => block.text)].join('\n')
  }

  /** Why the references of an older block, printed alike in `now`, point elsewhere now: `见6.2：现指6.2 出发前准备，2007年版指6.2 到达现场，请核对`. */
  private retargeted(block: Block, now: SideBlock): Array<string> {
    const found: Array<string> = []
    const named = (provision: Provision | undefined) => (provision ? `${provision.number}${provision.title ? ` ${provision.title}` : ''}` : undefined)
    const walk = (phrasing: ReadonlyArray<PhrasingContent>): void => {
      for (const node of phrasing) {
        if (node.type === 'crossReference' && (node.kind === 'clause' || node.kind === 'appendix') && node.targetId !== undefined && this.follow(node) !== undefined) {
          const printed = node.children.map((child) => child.value).join('')
          const was = named(this.oldById.get(node.targetId))
          const is = named(this.newByNumber.get(node.target))
          if (was && is && now.text.includes(printed)) found.push(documentWords().comparison.retargeted({printed, now: is, was, year: this.oldYear}))
        } else if ('children' in node && node.type !== 'footnote') walk(node.children as ReadonlyArray<PhrasingContent>)
      }
    }
    walk(block.phrasing ?? [])
    return [...new Set(found)]
  }

  private follow(node: PhrasingContent): string | undefined {
    if (node.type !== 'crossReference' || node.targetId === undefined || !this.alignment) return undefined
    const printed = node.children.map((child) => child.value).join('')
    if (node.kind === 'table' || node.kind === 'figure' || node.kind === 'formula') {
      const number = this.numbers[node.kind].get(node.target)
      return number === undefined || number === node.target ? undefined : printed.replace(node.target, number)
    }
    const target = this.oldById.get(node.targetId)
    const match = target ? this.alignment.byOld.get(target) : undefined
    if (!match || match.new.number === node.target) return undefined
    return printed.replace(node.target, match.new.number)
  }
}

/**
 * Tables, figures and formulas found on both sides, old number → new number:
 * a table or figure by its caption (a figure without one by its images), a
 * formula by its LaTeX, each when it is the only one of its kind with that
 * content on both sides. A reference that only follows its renumbering
 * (`见图2` → `见图3`) is then printed alike on both sides.
 */
function numbered(oldTree: Standard, newTree: Standard): Record<'table' | 'figure' | 'formula', Map<string, string>> {
  const contents = (tree: Standard) => {
    const found = {table: new Map<string, Array<string>>(), figure: new Map<string, Array<string>>(), formula: new Map<string, Array<string>>()}
    const add = (kind: keyof typeof found, content: string | undefined, number: string | undefined): void => {
      if (number === undefined || !content) return
      found[kind].set(content, [...(found[kind].get(content) ?? []), number])
    }
    visit(tree, (node) => {
      if (node.type === 'table') add('table', node.caption, node.number)
      else if (node.type === 'figure') {
        const images = node.children.flatMap((child) => (child.type === 'image' ? [child.file?.sha256 ?? child.url] : []))
        add('figure', node.caption || images.join('\n'), node.number)
      } else if (node.type === 'formula') add('formula', node.value.trim(), node.number)
    })
    return found
  }
  const [was, is] = [contents(oldTree), contents(newTree)]
  const result = {table: new Map<string, string>(), figure: new Map<string, string>(), formula: new Map<string, string>()}
  for (const kind of ['table', 'figure', 'formula'] as const) {
    for (const [content, [number, ...more]] of was[kind]) {
      const [target, ...others] = is[kind].get(content) ?? []
      if (number && target && more.length === 0 && others.length === 0) result[kind].set(number, target)
    }
  }
  return result
}

function sideBlock(block: Block, rewrite: (node: PhrasingContent) => string | undefined, handlers: DiffHandlers): SideBlock {
  const rows = block.rows?.map((row) => row.map((cell) => render(cell, rewrite, handlers)))
  const text = rows ? [block.prefix ?? '', ...rows.map((row) => row.join(' | '))].join(' / ') : render(block.phrasing ?? [], rewrite, handlers)
  return {
    block: block.block,
    ...(block.label === undefined ? {} : {label: block.label}),
    text: block.label && block.block === 'listItem' ? `${block.label} ${text}` : text,
    ...(block.label && block.block === 'listItem' ? {body: text} : {}),
    ...(rows ? {rows} : {}),
    references: referencesOf(block, rewrite, handlers),
    ...(block.key === undefined ? {} : {key: block.key}),
    ...(block.image ? {image: block.image} : {}),
    ...(block.formula === undefined ? {} : {formula: block.formula}),
    ...(block.informative ? {informative: true} : {}),
    ...(block.position ? {position: block.position} : {})
  }
}

/** Whether a provision lies in an informative appendix (or is one): its wording states no requirement. */
function informativePart(provision: Provision): boolean {
  for (let at: Provision | undefined = provision; at; at = at.parent) if (at.kind === 'appendix') return at.informative === true
  return false
}

function side(provision: Provision): ProvisionSide {
  return {
    id: provision.id,
    number: provision.number,
    ...(provision.title === undefined ? {} : {title: provision.title}),
    ...(provision.parent ? {parent: provision.parent.number} : {}),
    ...(provision.position ? {position: provision.position} : {})
  }
}

type Entry = {side: 'old' | 'new'; provision: Provision}

/** Every provision once: the newer edition's order, each removed provision after the match of the one before it. */
function ordered(old: ReadonlyArray<Provision>, now: ReadonlyArray<Provision>, alignment: Alignment): Array<Entry> {
  const after = new Map<Provision | undefined, Array<Provision>>()
  let anchor: Provision | undefined
  for (const provision of old) {
    const match = alignment.byOld.get(provision)
    if (match) anchor = match.new
    else after.set(anchor, [...(after.get(anchor) ?? []), provision])
  }
  const out: Array<Entry> = (after.get(undefined) ?? []).map((provision) => ({side: 'old', provision}))
  for (const provision of now) {
    out.push({side: 'new', provision})
    for (const removed of after.get(provision) ?? []) out.push({side: 'old', provision: removed})
  }
  return out
}

/**
 * Matched provisions that now sit under another parent. A provision that stays
 * under its parent (the parent's match, or a parent of the same number) is not
 * moved, even when its siblings were reordered: its renumbering says so.
 */
function movedProvisions(alignment: Alignment, now: ReadonlyArray<Provision>): Set<Provision> {
  const moved = new Set<Provision>()
  for (const provision of now) {
    const match = alignment.byNew.get(provision)
    if (!match) continue
    const oldParent = match.old.parent ? alignment.byOld.get(match.old.parent)?.new : undefined
    if (oldParent === provision.parent) continue
    // A parent unmatched on either side is the same parent when it keeps its number.
    const sameNumber = match.old.parent !== undefined && provision.parent !== undefined && match.old.parent.number === provision.parent.number && oldParent === undefined
    if (!sameNumber) moved.add(provision)
  }
  return moved
}

function newChange(provision: Provision, alignment: Alignment, moved: Set<Provision>, context: Sides, moves: BlockMoves = noMoves): ProvisionChange {
  const match = alignment.byNew.get(provision)
  const base = {type: 'provisionChange' as const, id: provision.id, provision: kindOf(provision)}
  if (!match) {
    const from = alignment.merges.get(provision)
    const blocks = diffBlocks([], context.blocks(provision, 'new'))
    if (from) {
      const reasons: Array<Reason> = [{classification: 'editorial', code: 'structure', message: documentWords().comparison.mergedFrom({parts: from.map((part) => part.number).join('、')})}, ...madeNormative(from, provision)]
      return {...base, kinds: ['merged'], new: side(provision), related: from.map((part) => part.id), classification: classOf(reasons) ?? 'editorial', reasons, blocks}
    }
    const splitFrom = [...alignment.splits].find(([, parts]) => parts.includes(provision))?.[0]
    if (splitFrom) {
      const reasons: Array<Reason> = [{classification: 'editorial', code: 'structure', message: documentWords().comparison.splitFrom({part: splitFrom.number})}, ...madeNormative([splitFrom], provision)]
      return {...base, kinds: ['split'], new: side(provision), related: [splitFrom.id], classification: classOf(reasons) ?? 'editorial', reasons, blocks}
    }
    const brought = carried(blocks, moves.lost, provision)
    if (brought) {
      const reasons: Array<Reason> = [{classification: 'editorial', code: 'structure', message: documentWords().comparison.contentMoved({provision: describeKind(provision), parts: brought.parts})}]
      return {...base, kinds: ['added'], new: side(provision), classification: 'editorial', reasons, blocks: brought.blocks}
    }
    const reasons: Array<Reason> = [addedOrRemoved(provision, true)]
    return {...base, kinds: ['added'], new: side(provision), classification: reasons[0]?.classification ?? 'technical', reasons, blocks}
  }
  const parts = alignment.splits.get(match.old)
  const from = alignment.merges.get(provision)
  // Text that went to another part of a split, or came from another part of a merge, moved: it was not removed or added.
  const compared = diffBlocks(context.blocks(match.old, 'old'), context.blocks(provision, 'new'))
  // Text it lost that a new provision now holds (a table moved into a new appendix) moved too.
  const blocks = relocated(relocated(compared, 'removed', parts, provision, context, moves.into), 'added', from, match.old, context)
  const kinds: Array<ChangeKind> = []
  const reasons: Array<Reason> = []
  if (match.old.number !== provision.number) {
    kinds.push('renumbered')
    reasons.push({classification: 'editorial', code: 'structure', message: documentWords().comparison.renumbered({was: match.old.number, is: provision.number})})
  }
  if ((match.old.title ?? '') !== (provision.title ?? '')) {
    kinds.push('retitled')
    const [was, is] = [match.old.title ?? documentWords().comparison.none, provision.title ?? documentWords().comparison.none]
    // A term entry's title is the term the standard defines: another term is another requirement, unless only its writing changed.
    const renamedTerm = provision.kind === 'term' && essence(was) !== essence(is)
    reasons.push(
      renamedTerm
        ? {classification: 'technical', code: 'title', message: documentWords().comparison.termRenamed({was, is})}
        : {classification: 'editorial', code: 'title', message: documentWords().comparison.retitled({was, is})}
    )
  }
  if (moved.has(provision)) {
    kinds.push('moved')
    reasons.push({classification: 'editorial', code: 'structure', message: documentWords().comparison.moved({from: match.old.parent?.number, to: provision.parent?.number})})
  }
  const relettered = blocks.filter((block) => block.oldLabel !== undefined && (block.kind === 'equal' || block.reasons.every((reason) => reason.code !== 'structure')))
  if (blocks.some((block) => block.kind !== 'equal') || relettered.length > 0) {
    kinds.push('modified')
    for (const block of blocks) if (block.kind !== 'equal') reasons.push(...block.reasons)
    if (relettered.length > 0) {
      const labels = relettered.map((block) => `${block.oldLabel ?? ''} → ${block.label ?? ''}`).join('，')
      reasons.push({classification: 'editorial', code: 'structure', message: documentWords().comparison.relettered({labels})})
    }
  }
  if (parts) {
    kinds.push('split')
    reasons.push({classification: 'editorial', code: 'structure', message: documentWords().comparison.splitInto({parts: parts.map((part) => part.number).join('、')})})
  }
  if (from) {
    kinds.push('merged')
    reasons.push({classification: 'editorial', code: 'structure', message: documentWords().comparison.mergedFrom({parts: from.map((part) => part.number).join('、')})})
    reasons.push(...madeNormative(from, provision))
  }
  // The foreword and introduction state facts of the edition, never requirements; the bibliography lists documents for information.
  const informativeOnly = (provision.kind === 'foreword' || provision.kind === 'introduction') && reasons.length > 0
  const finalReasons: Array<Reason> = informativeOnly
    ? [{classification: 'editorial', code: 'foreword', message: documentWords().comparison.reworded({name: provision.number})}]
    : provision.kind === 'bibliography'
      ? reasons.map((reason) => ({...reason, classification: 'editorial' as const}))
      : reasons
  const classification = classOf(finalReasons)
  return {
    ...base,
    kinds: kinds.length === 0 ? ['unchanged'] : kinds,
    old: side(match.old),
    new: side(provision),
    match: match.method,
    ...(match.similarity === undefined ? {} : {similarity: match.similarity}),
    ...(parts || from ? {related: (parts ?? from ?? []).map((part) => part.id)} : {}),
    ...(classification ? {classification} : {}),
    reasons: dedupe(finalReasons),
    blocks
  }
}

/** Blocks of `kind` whose text is now in (or came from) another of `parts` than `self`: moved there, an editorial change. */
function relocated(
  blocks: Array<BlockChange>,
  kind: 'added' | 'removed',
  parts: ReadonlyArray<Provision> | undefined,
  self: Provision,
  context: Sides,
  elsewhere: ReadonlyMap<string, Provision> = new Map()
): Array<BlockChange> {
  const others = (parts ?? []).filter((part) => part !== self)
  if (others.length === 0 && elsewhere.size === 0) return blocks
  const where = new Map<string, Provision>()
  const side = kind === 'removed' ? 'new' : 'old'
  for (const part of others) for (const key of blockTexts(part, side, (item, on) => context.text(item, on))) if (!where.has(key)) where.set(key, part)
  return blocks.map((block) => {
    if (block.kind !== kind) return block
    const key = blockKey(block.kind === 'removed' ? block.old : block.new)
    // Another part of its split or merge first; else a new provision that took the text (`elsewhere`).
    const part = where.get(key) ?? elsewhere.get(key)
    if (!part) return block
    const reason: Reason = {classification: 'editorial', code: 'structure', message: documentWords().comparison.blockMoved({block: blockName(block.block), removed: kind === 'removed', part: part.number})}
    return {...block, classification: 'editorial', reasons: [reason]}
  })
}

/** Text that came into `provision` from an informative part (an informative appendix) now states requirements: a technical change. */
function madeNormative(sources: ReadonlyArray<Provision>, provision: Provision): Array<Reason> {
  const informative = sources.filter((source) => informativePart(source))
  if (informativePart(provision) || informative.length === 0) return []
  return [{classification: 'technical', code: 'provision', message: documentWords().comparison.madeNormative({parts: informative.map((part) => part.number).join('、')})}]
}

/** Blocks that left a matched provision for a new one: by block key, the new provision that holds it, and the older provision that lost it. */
interface BlockMoves {
  into: ReadonlyMap<string, Provision>
  lost: ReadonlyMap<string, Provision>
}

const noMoves: BlockMoves = {into: new Map(), lost: new Map()}

/** The blocks matched provisions lost that `added` (new provisions of no lineage) hold; none when nothing was added. */
function blockMoves(added: ReadonlyArray<Provision>, alignment: Alignment, context: Sides): BlockMoves {
  if (added.length === 0) return noMoves
  const text = (item: Provision, on: 'old' | 'new') => context.text(item, on)
  const held = new Map<string, Provision>()
  for (const provision of added) for (const key of blockTexts(provision, 'new', text)) if (!held.has(key)) held.set(key, provision)
  const into = new Map<string, Provision>()
  const lost = new Map<string, Provision>()
  for (const match of alignment.matches) {
    const kept = new Set(blockTexts(match.new, 'new', text))
    for (const key of blockTexts(match.old, 'old', text)) {
      const holder = held.get(key)
      if (kept.has(key) || !holder) continue
      into.set(key, holder)
      if (!lost.has(key)) lost.set(key, match.old)
    }
  }
  return {into, lost}
}

/**
 * The blocks of a new provision when all its text came from matched
 * provisions that no longer hold it (a table and its note moved out of a
 * clause into a new appendix): each block marked moved from its provision,
 * and the numbers of those provisions. Undefined when any block is new text.
 * An appendix's status (规范性, 资料性) is its own and not counted.
 */
function carried(blocks: Array<BlockChange>, where: ReadonlyMap<string, Provision>, target: Provision): {blocks: Array<BlockChange>; parts: string} | undefined {
  const status = documentWords().comparison.parts.status
  const from = new Set<Provision>()
  const out: Array<BlockChange> = []
  for (const block of blocks) {
    if (block.kind !== 'added') return undefined
    if (block.label === status) {
      out.push(block)
      continue
    }
    const part = where.get(blockKey(block.new))
    // Text that informed (an informative appendix) and now sits in normative text requires what it said: not only moved.
    if (!part || (informativePart(part) && !informativePart(target))) return undefined
    from.add(part)
    const reason: Reason = {classification: 'editorial', code: 'structure', message: documentWords().comparison.blockMoved({block: blockName(block.block), removed: false, part: part.number})}
    out.push({...block, classification: 'editorial', reasons: [reason]})
  }
  if (from.size === 0) return undefined
  const parts = [...from].map((part) => part.number).join('、')
  // The status of an appendix that only receives text moved from the body: the text stated requirements before, and does now.
  const asBefore = (block: BlockChange): BlockChange =>
    block.kind === 'added' && block.label === status ? {...block, classification: 'editorial', reasons: block.reasons.map((reason) => ({...reason, classification: 'editorial'}))} : block
  return {blocks: out.map(asBefore), parts}
}

function removedChange(provision: Provision, alignment: Alignment, context: Sides): ProvisionChange {
  const base = {type: 'provisionChange' as const, id: provision.id, provision: kindOf(provision), old: side(provision)}
  const blocks = diffBlocks(context.blocks(provision, 'old'), [])
  const into = alignment.splits.get(provision)
  if (into) {
    const reasons: Array<Reason> = [{classification: 'editorial', code: 'structure', message: documentWords().comparison.splitInto({parts: into.map((part) => part.number).join('、')})}]
    return {...base, kinds: ['split'], related: into.map((part) => part.id), classification: 'editorial', reasons, blocks}
  }
  const mergedInto = [...alignment.merges].find(([, parts]) => parts.includes(provision))?.[0]
  if (mergedInto) {
    const reasons: Array<Reason> = [{classification: 'editorial', code: 'structure', message: documentWords().comparison.mergedInto({part: mergedInto.number})}]
    return {...base, kinds: ['merged'], related: [mergedInto.id], classification: 'editorial', reasons, blocks}
  }
  const reasons: Array<Reason> = [addedOrRemoved(provision, false)]
  return {...base, kinds: ['removed'], classification: reasons[0]?.classification ?? 'technical', reasons, blocks}
}

/** Why a provision added or removed is a change: a requirement's place in the standard, or, for the bibliography, information only. */
function addedOrRemoved(provision: Provision, added: boolean): Reason {
  const words = documentWords().comparison
  if (provision.kind === 'bibliography') return {classification: 'editorial', code: 'note', message: words.informativePart({name: provision.number, added})}
  return {classification: 'technical', code: 'provision', message: (added ? words.provisionAdded : words.provisionRemoved)({provision: describeKind(provision)})}
}

function kindOf(provision: Provision): ProvisionChange['provision'] {
  return provision.kind === 'term' || provision.kind === 'appendix' ? provision.kind : 'clause'
}

/** What a provision is called: 章, 条, 术语条目, 附录. */
function describeKind(provision: Provision): string {
  const names = documentWords().comparison.provisions
  if (provision.kind === 'appendix') return names.appendix
  if (provision.kind === 'term') return names.term
  return provision.parent ? names.clause : names.chapter
}

function dedupe(reasons: ReadonlyArray<Reason>): Array<Reason> {
  const seen = new Set<string>()
  return reasons.filter((reason) => {
    const key = `${reason.classification}|${reason.code}|${reason.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function summarize(changes: ReadonlyArray<ProvisionChange>, fields: ReadonlyArray<{classification: string}>): DiffSummary {
  const provisions = Object.fromEntries(allKinds.map((kind) => [kind, 0])) as DiffSummary['provisions']
  let technical = 0
  let editorial = 0
  let review = 0
  for (const change of changes) {
    for (const kind of change.kinds) provisions[kind]++
    if (change.classification === 'technical') technical++
    else if (change.classification === 'editorial') editorial++
    else if (change.classification === 'review') review++
  }
  for (const field of fields) {
    if (field.classification === 'technical') technical++
    else editorial++
  }
  return {provisions, technical, editorial, review}
}

/** Blocks that are told as moved when they leave one provision for another: tables and figures. */
const movable = new Set<BlockChange['block']>(['table', 'figure'])

/** How alike a removed and an added block must be to be one block moved. */
const moveLikeness = 0.6

type Placed = {change: ProvisionChange; index: number; block: Extract<BlockChange, {kind: 'added' | 'removed'}>}

/**
 * Pairs a table or figure removed from one provision with the same (or nearly
 * the same) one added to another, and the notes and footnotes that went with
 * it: each side is marked with where the other is, and the removed side, where
 * the move is shown, with what changed in it on the way (row by row, cell by
 * cell). A block moved within its provision is aligned there already.
 */
function pairMovedBlocks(changes: Array<ProvisionChange>): void {
  const removed: Array<Placed> = []
  const added: Array<Placed> = []
  for (const change of changes) {
    for (const [index, block] of change.blocks.entries()) {
      if (block.kind === 'removed') removed.push({change, index, block})
      else if (block.kind === 'added') added.push({change, index, block})
    }
  }
  const text = (item: Placed) => (item.block.kind === 'removed' ? item.block.old : item.block.new)
  const candidates: Array<{from: Placed; to: Placed; likeness: number}> = []
  for (const from of removed) {
    if (!movable.has(from.block.block)) continue
    for (const to of added) {
      if (to.change === from.change || to.block.block !== from.block.block) continue
      const likeness = text(from) === text(to) ? 1 : similarity(text(from), text(to))
      if (likeness >= moveLikeness) candidates.push({from, to, likeness})
    }
  }
  candidates.sort((a, b) => b.likeness - a.likeness)
  const taken = new Set<Placed>()
  for (const {from, to} of candidates) {
    if (taken.has(from) || taken.has(to)) continue
    taken.add(from)
    taken.add(to)
    mark(from, to)
    // The notes and footnotes of a moved table or figure go with it: `表1 注` → `表D.1 注`.
    const [was, is] = [from.block.label, to.block.label]
    if (was === undefined || is === undefined) continue
    // Its parts go with it: a figure's images (`图1`, `图1 a)`) and key entries, a table's or figure's notes and footnotes (`表1 注`).
    for (const part of removed) {
      if (taken.has(part) || part.change !== from.change) continue
      const label = part.block.label ?? ''
      const key = from.block.block === 'figure' && part.block.block === 'definition'
      if (!key && label !== was && !label.startsWith(`${was} `)) continue
      const name = key ? label : `${is}${label.slice(was.length)}`
      const counterpart = added.find(
        (item) => !taken.has(item) && item.change === to.change && item.block.block === part.block.block && (item.block.label ?? '') === name && (!key || text(item) === text(part))
      )
      if (!counterpart) continue
      taken.add(part)
      taken.add(counterpart)
      // An image or key entry the same on both sides is told by its figure's line.
      const same = text(part) === text(counterpart) && part.block.oldImage?.file?.sha256 === counterpart.block.newImage?.file?.sha256
      mark(part, counterpart, (part.block.block === 'image' || key) && same)
    }
  }
}

/** Marks a removed block and an added one as one block moved. */
function mark(from: Placed, to: Placed, silent = false): void {
  const side = (item: Placed) => item.change.new ?? item.change.old
  const [left, right] = [from.block, to.block]
  if (left.kind !== 'removed' || right.kind !== 'added') return
  // An image is its file: another file is another image, whatever its title.
  const redrawn = left.block === 'image' && left.oldImage?.file?.sha256 !== right.newImage?.file?.sha256
  const changed = left.old !== right.new || redrawn
  const rows = changed && left.block === 'table' && right.block === 'table' ? diffRows(left.rows.map((row) => row.old), right.rows.map((row) => row.new)) : undefined
  const runs = !changed || left.block === 'table' ? undefined : redrawn ? [{op: 'delete' as const, value: left.oldImage?.url ?? left.old}, {op: 'insert' as const, value: right.newImage?.url ?? right.new}] : diffText(left.old, right.new)
  const movedTo: BlockMove = {
    direction: 'to',
    id: to.change.id,
    provision: side(to)?.number ?? to.change.id,
    ...(right.label === undefined ? {} : {label: right.label}),
    ...(rows ? {rows} : {}),
    ...(runs ? {runs} : {}),
    ...(silent ? {silent: true as const} : {})
  }
  const movedFrom: BlockMove = {direction: 'from', id: from.change.id, provision: side(from)?.number ?? from.change.id, ...(left.label === undefined ? {} : {label: left.label}), ...(silent ? {silent: true as const} : {})}
  // Why each side changed: it moved (editorial), and whatever changed in it on the way, cell by cell.
  const words = documentWords().comparison
  const changes: Array<Reason> = rows
    ? rows.flatMap((row, index) =>
        row.kind === 'modified'
          ? row.cells.flatMap((cell) =>
              classifyText(cell.old ?? '', cell.new ?? '', {}, {normative: true}).map((reason) => ({...reason, message: words.inCell({cell: cellName(right.label ?? blockName('table'), rows, index, cell.column), text: reason.message})}))
            )
          : row.kind === 'equal'
            ? []
            : [{classification: 'technical' as const, code: 'provision' as const, message: words.tableRow({added: row.kind === 'added', cells: (row.kind === 'added' ? row.new : row.old).join(' | ')})}]
      )
    : redrawn
      ? [{classification: 'technical' as const, code: 'image' as const, message: words.image({label: right.label})}]
    : changed
      ? classifyText(left.old, right.new, {}, {normative: left.block !== 'note'}).map((reason) => (left.block === 'note' ? {...reason, classification: 'editorial' as const} : reason))
      : []
  const reasons = (removed: boolean): Array<Reason> => [
    {classification: 'editorial', code: 'structure', message: words.blockMoved({block: blockName(left.block), removed, part: removed ? movedTo.provision : movedFrom.provision})},
    ...(removed ? changes : [])
  ]
  const [leaving, arriving] = [reasons(true), reasons(false)]
  replaceReasons(from.change, left.reasons, leaving)
  replaceReasons(to.change, right.reasons, arriving)
  from.change.blocks[from.index] = {...left, moved: movedTo, classification: classOf(leaving) ?? 'editorial', reasons: leaving}
  to.change.blocks[to.index] = {...right, moved: movedFrom, classification: classOf(arriving) ?? 'editorial', reasons: arriving}
}

/** Puts a block's new reasons in its provision's place of its old ones, and classifies the provision again. */
function replaceReasons(change: ProvisionChange, was: ReadonlyArray<Reason>, now: ReadonlyArray<Reason>): void {
  const old = new Set(was.map((reason) => reason.message))
  const at = change.reasons.findIndex((reason) => old.has(reason.message))
  if (at < 0) return
  const kept = change.reasons.filter((reason) => !old.has(reason.message))
  kept.splice(Math.min(at, kept.length), 0, ...now)
  change.reasons = dedupe(kept)
  const classification = change.provision === 'term' || change.kinds.includes('unchanged') ? change.classification : classOf(change.reasons)
  if (classification) change.classification = classification
}
