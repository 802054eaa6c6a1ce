/**
 * The record check: each claim of the newer edition's revision-record row
 * (主要修订内容) is set against the computed diff. A claim is confirmed by the
 * provisions (or the renamed title) that bear it out; a technical change no
 * claim covers is listed as uncovered.
 */
import {documentWords} from '@stdkit/messages'
import {sameStandardNumber, toText, type ChangeList, type ChangeListEntry, type Standard} from '@stdkit/tree'
import {countsAsTechnical} from './blocks.js'
import {newestRecord} from './fields.js'
import {essence, similarity} from './text.js'
import {citation, renamedTerm} from './change-list.js'
import type {ClaimCheck, ProvisionChange, RecordCheck, StandardDiff} from './types.js'

// Words that say what kind of change a claim is, or that carry no subject.
const stopWords = /原标准|将|移至|移到|移入|增加了?|新增了?|补充了?|删除了?|删掉了?|去掉了?|取消了?|修改了?|更改了?|调整了?|更名为|的内容|内容|相关的?|有关的?|的要求|要求|所涉及的?|涉及的?|进行|等|的|了|对|和|及|与/gu

/** Character bigrams of the meaningful part of a text. */
function bigrams(text: string): Array<string> {
  const plain = essence(text.replace(stopWords, ' ')).replace(/\s/gu, '')
  const pairs: Array<string> = []
  for (let index = 0; index < plain.length - 1; index++) pairs.push(plain.slice(index, index + 2))
  return pairs
}

function actionOf(claim: string): ClaimCheck['action'] {
  if (/^首次发布/u.test(claim)) return 'first-issue'
  if (/更名为/u.test(claim)) return 'renamed'
  if (/移至|移到|移入/u.test(claim)) return 'moved'
  if (/删掉|删除|去掉|取消/u.test(claim)) return 'removed'
  if (/增加|新增|补充/u.test(claim)) return 'added'
  return 'modified'
}

/**
 * What a claim can find in the diff: a provision added, removed, changed or
 * moved, and within a provision each list item, paragraph, note, table row
 * or term field added or removed, and each block changed, cited as a reader
 * cites it (`4.3 d）`, `表1`, `2007年版的4.2 c）`).
 */
interface Piece {
  change: ProvisionChange
  action: 'added' | 'removed' | 'modified' | 'moved' | 'renamed'
  /** The provision's title, which a claim may name. */
  title: string
  /** The words of what changed, which a claim may quote. */
  text: string
  /** A table's number (`表1`), when the piece is in one. */
  table?: string | undefined
  cite: string
  /** Whether it alters a requirement: a technical change (or one left to review). */
  technical: boolean
  /** Words put into (or taken out of) a requirement that stays: found by what they say, never by the title alone. */
  inside?: boolean | undefined
  /** The title of the chapter or clause it stands in, which a claim may name it by (`网规网优工作完成后` of 7.4 in 第7章 网规网优). */
  context?: string | undefined
}

/** Every piece of a diff, provision by provision. */
function piecesOf(diff: StandardDiff): Array<Piece> {
  const pieces: Array<Piece> = []
  const titles = new Map(diff.provisions.flatMap((change) => (change.new?.title === undefined ? [] : [[change.new.number, change.new.title] as const])))
  for (const change of diff.provisions) {
    const {old, new: now} = change
    // The foreword and the introduction state the edition's facts (the change list itself among them): they bear out no claim.
    if (change.kinds.includes('unchanged') || change.reasons.some((reason) => reason.code === 'foreword')) continue
    const side = now ?? old
    if (!side) continue
    const title = side.title ?? ''
    const technical = countsAsTechnical(change.classification)
    const oldCite = (part?: string) => `${diff.old.year}年版的${part ?? citation(change.provision, old ?? side)}`
    const newCite = (part?: string) => part ?? citation(change.provision, now ?? side)
    const texts = change.blocks.map((block) => (block.kind === 'removed' ? block.old : block.new)).join('\n')
    if (change.kinds.includes('added') || change.kinds.includes('removed')) {
      const added = change.kinds.includes('added')
      pieces.push({change, action: added ? 'added' : 'removed', title, text: `${title}\n${texts}`, cite: added ? newCite() : oldCite(), technical})
      // A table or figure that arrived from another provision bears out a claim that it moved here.
      for (const block of change.blocks) {
        if (block.kind === 'added' && block.moved) pieces.push({change, action: 'moved', title, text: block.new, table: block.label, cite: newCite(), technical: false})
      }
      continue
    }
    if (change.kinds.includes('moved')) pieces.push({change, action: 'moved', title, text: title, cite: newCite(), technical})
    if (change.kinds.includes('retitled') && old && now) {
      pieces.push({change, action: 'renamed', title, text: `${old.title ?? ''}\n${now.title ?? ''}`, cite: newCite(), technical: technical || renamedTerm(change) !== undefined})
    }
    for (const block of change.blocks) {
      if (block.kind === 'equal') continue
      const part = (label: string | undefined) => partOf(change, block.block, label)
      const blockTechnical = countsAsTechnical(block.classification)
      // A table or figure that arrived from another provision bears out a claim that it moved here.
      if (block.kind === 'added' && block.moved) pieces.push({change, action: 'moved', title, text: block.new, table: block.label, cite: newCite(part(block.label)), technical: false})
      // One that left for another provision: what changed in it on the way, cited by its new number.
      if (block.kind === 'removed' && block.moved) {
        const {label, rows = []} = block.moved
        const header = rows[0] && rows[0].kind !== 'removed' ? rows[0].new : []
        for (const row of rows) {
          if (row.kind === 'equal') continue
          const text = row.kind === 'modified' ? `${row.new[0] ?? ''} ${row.cells.map((cell) => `${header[cell.column] ?? ''} ${cell.old ?? ''} ${cell.new ?? ''}`).join(' ')}` : (row.kind === 'added' ? row.new : row.old).join(' ')
          pieces.push({change, action: row.kind, title, text, table: label, cite: label ?? newCite(), technical: blockTechnical})
        }
        continue
      }
      if (block.kind === 'added' || block.kind === 'removed') {
        const added = block.kind === 'added'
        const table = block.block === 'table' ? block.label : undefined
        pieces.push({change, action: block.kind, title, text: added ? block.new : block.old, table, cite: added ? newCite(part(block.label)) : oldCite(part(block.label)), technical: blockTechnical})
        continue
      }
      const both = `${newCite(part(block.label))}`
      if (block.block === 'table') {
        const header = block.rows[0] && block.rows[0].kind !== 'removed' ? block.rows[0].new : []
        for (const row of block.rows) {
          if (row.kind === 'added' || row.kind === 'removed') {
            const cells = row.kind === 'added' ? row.new : row.old
            pieces.push({change, action: row.kind, title, text: cells.join(' '), table: block.label, cite: both, technical: blockTechnical})
          } else if (row.kind === 'modified') {
            const columns = row.cells.map((cell) => header[cell.column] ?? '').join(' ')
            pieces.push({change, action: 'modified', title, text: `${row.new[0] ?? ''} ${columns} ${row.cells.map((cell) => `${cell.old ?? ''} ${cell.new ?? ''}`).join(' ')}`, table: block.label, cite: both, technical: blockTechnical})
          }
        }
        continue
      }
      pieces.push({change, action: 'modified', title, text: `${block.old}\n${block.new}`, cite: both, technical: blockTechnical})
      // Words added to a requirement bear out `增加了……的要求`; words taken out, `删除了……的要求`.
      if (blockTechnical && block.runs.some((run) => run.op === 'insert')) pieces.push({change, action: 'added', title, text: block.new, cite: both, technical: true, inside: true})
      if (blockTechnical && block.runs.some((run) => run.op === 'delete')) pieces.push({change, action: 'removed', title, text: block.old, cite: both, technical: true, inside: true})
    }
  }
  for (const piece of pieces) {
    const parent = piece.change.new?.parent
    if (parent !== undefined) piece.context = titles.get(parent)
  }
  return pieces
}

/** A part of a provision as cited: a list item `4.3 d）`, a table `表1`; else the provision. */
function partOf(change: ProvisionChange, block: string, label: string | undefined): string | undefined {
  const side = change.new ?? change.old
  if (!side || label === undefined) return undefined
  const number = citation(change.provision, side)
  if (block === 'listItem' && /^[a-z\d]+[)）]$/iu.test(label)) return `${number} ${label.slice(0, -1)}）`
  if (/^(?:表|图)[^ ]*$/u.test(label)) return label
  return undefined
}

/** The pieces a claim of this action could speak of: a claim of adding or removing is borne out by anything added or removed, a note or a row as well as a clause. */
function candidates(pieces: ReadonlyArray<Piece>, action: ClaimCheck['action']): Array<Piece> {
  if (action === 'added' || action === 'removed' || action === 'moved') return pieces.filter((piece) => piece.action === action)
  // A change may be claimed as a change whatever it is, but only a change of a requirement or a term bears out a claim that something changed.
  return pieces.filter((piece) => piece.technical || piece.action === 'renamed')
}

/** Whether `number` lies inside one of `numbers` (5.7.5 inside 5; A.1 inside A). */
function inside(number: string, numbers: ReadonlySet<string>): boolean {
  return [...numbers].some((outer) => number !== outer && number.startsWith(`${outer}.`))
}

/**
 * The pieces a claim speaks of: those in a table it names (`表1`); those
 * whose provision's title the claim covers almost wholly, or whose words
 * hold most of the claim's; failing any, those whose title shares a pair of
 * characters with it. Clauses inside a chapter that qualifies are left to it.
 */
function evidence(claim: string, pieces: ReadonlyArray<Piece>, year: number): Array<Piece> {
  const named = tablesNamed(claim, year)
  const wanted = new Set(bigrams(claim))
  const scored = pieces.map((piece) => {
    const title = piece.inside ? [] : bigrams(piece.title)
    const hits = title.filter((pair) => wanted.has(pair)).length
    const own = bigrams(piece.text.replace(itemLabel, ''))
    const words = new Set([...own, ...bigrams(piece.context ?? '')])
    const quoted = [...wanted].filter((pair) => words.has(pair)).length
    // A short item the claim quotes whole (`鞋套` of `删除了携带鞋套的要求`).
    const held = own.length === 0 ? 0 : own.filter((pair) => wanted.has(pair)).length / own.length
    return {piece, hits, coverage: title.length === 0 ? 0 : hits / title.length, quoted: wanted.size === 0 ? 0 : quoted / wanted.size, held}
  })
  const inTable = scored.filter((item) => item.piece.table !== undefined && named.has(item.piece.table))
  const best = Math.max(0, ...scored.map((item) => item.quoted))
  const close = scored.filter((item) => (item.coverage >= 0.75 && item.hits >= 2) || (item.quoted >= 0.6 && item.quoted >= best - 0.1) || item.held >= 0.75)
  const found = inTable.length > 0 ? inTable : close.length > 0 ? close : scored.filter((item) => item.hits > 0)
  return outermost(found.map((item) => item.piece))
}

/** A list item's label before its text: `c) `, `——`. */
const itemLabel = /^(?:[a-z\d]+[)）]|——|[-•·])\s*/iu

/** The tables a claim names in the newer edition: `表1`, not `2007年版的表1`. */
function tablesNamed(claim: string, year: number): Set<string> {
  const current = claim.replace(new RegExp(`${year}年版的?表[A-Z]?\\.?\\d+`, 'gu'), '')
  return new Set(current.match(/表[A-Z]?\.?\d+/gu) ?? [])
}

const numberOf = (change: ProvisionChange): string => (change.new ?? change.old)?.number ?? ''

/** The pieces outside any other's provision: a clause inside a chapter that qualifies is left to it. */
function outermost<T extends {change: ProvisionChange}>(items: ReadonlyArray<T>): Array<T> {
  const numbers = new Set(items.map((item) => numberOf(item.change)))
  return items.filter((item) => !inside(numberOf(item.change), numbers))
}

/** How a provision the record check lists by id is named to a reader: by its number. */
export function provisionNumber(diff: StandardDiff, id: string): string {
  const change = diff.provisions.find((item) => item.id === id)
  return (change?.new ?? change?.old)?.number ?? id
}

/** Checks the newer edition's record row, or else its change list, against the diff, when the older edition is the one it replaces. */
export function checkRecord(diff: StandardDiff, now: Standard, old: Standard): RecordCheck | undefined {
  const row = newestRecord(now)
  if (!row) return checkChangeList(diff, now, old)
  if (!sameStandardNumber(row.number, now.cover.number) || !sameStandardNumber(row.replaces, old.cover.number)) return undefined
  const pieces = piecesOf(diff)
  const words = documentWords().comparison
  const claims = row.changes.map((claim): ClaimCheck => {
    const action = actionOf(claim)
    if (action === 'first-issue') return {claim, action, status: 'confirmed', evidence: [], message: words.firstIssue}
    if (action === 'renamed') {
      const title = diff.fields.find((field) => field.field === 'cover.title')
      const confirmed = title?.new !== undefined && claim.includes(`《${title.new}》`)
      if (confirmed) return {claim, action, status: 'confirmed', evidence: ['cover.title'], clauses: [title.label], message: words.titleChanged({title: title.new ?? ''})}
      // A clause or a term renamed: its new title is in the claim.
      const renamed = pieces.filter((piece) => piece.action === 'renamed' && piece.change.new?.title !== undefined && claim.includes(piece.change.new.title))
      return renamed.length > 0 ? checked(claim, action, renamed, words.titleUnchanged) : {claim, action, status: 'unconfirmed', evidence: [], message: words.titleUnchanged}
    }
    if (action === 'moved') {
      const moved = movedTo(claim, pieces)
      if (moved) return moved
    }
    // A claim written as a change-list item names where the change is: it is judged there.
    return judged(claim, action, placesNamed(claim, diff.old.year), pieces, diff.old.year)
  })
  return withUncovered(diff, {edition: row.number, claims, uncovered: []})
}

/**
 * A claim that something was moved into a place (`将故障上报时限表移入附录D`):
 * borne out by what the place gained that the older edition had elsewhere
 * (a table taken out of 6.4 and found again in appendix D), or by a provision
 * moved there.
 */
function movedTo(claim: string, pieces: ReadonlyArray<Piece>): ClaimCheck | undefined {
  const target = /(?:移入|移至|移到)(?:了)?(第\d+章|附录[A-Z]|(?:\d+|[A-Z])(?:\.\d+)+)/u.exec(claim)?.[1]
  if (target === undefined) return undefined
  const number = target.replace(/^第(\d+)章$/u, '$1').replace(/^附录([A-Z])$/u, '$1')
  const there = pieces.filter((piece) => within(piece.change.new?.number, number))
  const found = there.filter(
    (piece) =>
      (piece.action === 'moved' && piece.change.new?.number === number) ||
      (piece.action === 'added' && pieces.some((other) => other.action === 'removed' && other.change !== piece.change && similarity(other.text, piece.text) >= 0.8))
  )
  return checked(claim, 'moved', found, documentWords().comparison.notAtClause({numbers: target}))
}

/** A claim's verdict: confirmed by the pieces found, cited as a reader cites them, or `unconfirmed` with the message that says why. */
function checked(claim: string, action: ClaimCheck['action'], found: ReadonlyArray<Piece>, unconfirmed: string): ClaimCheck {
  const clauses = [...new Set(found.map((piece) => piece.cite))]
  return {
    claim,
    action,
    status: found.length > 0 ? 'confirmed' : 'unconfirmed',
    evidence: [...new Set(found.map((piece) => piece.change.id))],
    ...(found.length > 0 ? {clauses} : {}),
    message: found.length > 0 ? documentWords().comparison.borneOut({numbers: series(clauses)}) : unconfirmed
  }
}

/** Places in a row, each edition named once: `2006年版的第5章、7.1、附录D`. */
function series(clauses: ReadonlyArray<string>): string {
  let edition: string | undefined
  return clauses
    .map((clause) => {
      const named = /^\d{4}年版的/u.exec(clause)?.[0]
      const shown = named !== undefined && named === edition ? clause.slice(named.length) : clause
      edition = named
      return shown
    })
    .join('、')
}

/**
 * Technical changes that no claim bears out, by id and as cited: a clause
 * inside a claimed one is covered by that claim; inside an uncovered one, it
 * is listed with it. A renamed term counts as a technical change.
 */
function withUncovered(diff: StandardDiff, check: RecordCheck): RecordCheck {
  const claimed = new Set(check.claims.flatMap((claim) => claim.evidence))
  const claimedNumbers = (side: 'old' | 'new') =>
    new Set(diff.provisions.filter((change) => claimed.has(change.id)).map((change) => change[side]?.number ?? ''))
  const [oldClaimed, newClaimed] = [claimedNumbers('old'), claimedNumbers('new')]
  const technical = diff.provisions.filter((change) => (countsAsTechnical(change.classification) || renamedTerm(change) !== undefined) && !claimed.has(change.id))
  const uncovered = outermost(
    technical
      .filter((change) => (change.new ? !inside(change.new.number, newClaimed) : !inside(change.old?.number ?? '', oldClaimed)))
      .map((change) => ({change}))
  ).map(({change}) => change)
  return {
    ...check,
    uncovered: uncovered.map((change) => change.id),
    uncoveredClauses: uncovered.map((change) => (change.new ? citation(change.provision, change.new) : `${diff.old.year}年版的${citation(change.provision, change.old ?? {id: change.id, number: change.id})}`))
  }
}

const entryAction = (entry: ChangeListEntry): 'added' | 'removed' | 'modified' =>
  entry.action === 'added' ? 'added' : entry.action === 'deleted' ? 'removed' : 'modified'

/** Whether `number` is `named` or lies inside it. */
const within = (number: string | undefined, named: string): boolean => number !== undefined && (number === named || number.startsWith(`${named}.`))

/**
 * The national convention: each entry of the newer edition's change list is
 * borne out by a change at the clauses it names (`见5.3` in the newer
 * edition, `2009年版的4.4` in the older), or in their sub-clauses, or in the
 * tables it names (`见表1`); an entry that names none is matched by its
 * words, as a record's claim is.
 */
function checkChangeList(diff: StandardDiff, now: Standard, old: Standard): RecordCheck | undefined {
  const foreword = now.children.find((node) => node.type === 'foreword')
  const entries = foreword?.children.filter((node): node is ChangeList => node.type === 'changeList').flatMap((list) => list.children) ?? []
  if (entries.length === 0 || !sameStandardNumber(now.cover.replaces, old.cover.number)) return undefined
  const pieces = piecesOf(diff)
  const claims = entries.map((entry): ClaimCheck => {
    const claim = toText(entry.children).replace(/[；;。]$/u, '')
    const named = [...(entry.see ?? []).map((number) => ['new', number] as const), ...(entry.seeOld?.numbers ?? []).map((number) => ['old', number] as const)]
    return judged(claim, entryAction(entry), named, pieces, old.cover.year)
  })
  return withUncovered(diff, {edition: now.cover.number, source: 'changeList', claims, uncovered: []})
}

type Place = readonly ['new' | 'old', string]

/**
 * A claim judged where it says the change is (`见5.3`, `2009年版的4.4`, `见表1`):
 * a technical change there, or anything of its own kind (a note added bears
 * out `增加了……的注`); one that names no place, by its words.
 */
function judged(claim: string, action: 'added' | 'removed' | 'modified' | 'moved', named: ReadonlyArray<Place>, pieces: ReadonlyArray<Piece>, year: number): ClaimCheck {
  const words = documentWords().comparison
  const tables = tablesNamed(claim, year)
  const at = (piece: Piece) => named.some(([side, number]) => within(piece.change[side]?.number, number)) || (piece.table !== undefined && tables.has(piece.table))
  const found =
    named.length === 0 && tables.size === 0
      ? evidence(claim, candidates(pieces, action), year)
      : outermost(pieces.filter((piece) => at(piece) && (piece.technical || piece.action === action)))
  const places = [...named.map(([side, number]) => (side === 'old' ? `${year}年版的${number}` : number)), ...tables]
  const unconfirmed = places.length > 0 ? words.notAtClause({numbers: places.join('、')}) : words.notBorneOut[action]
  return checked(claim, action, found, unconfirmed)
}

const clauseNumber = String.raw`(?:第\d+章|附录[A-Z]|(?:\d+|[A-Z])(?:\.\d+)*)`

/** The places a record's claim names, as a change-list entry names them: `（见6.1 c），2006年版的8.1 c））`. */
function placesNamed(claim: string, year: number): Array<Place> {
  const list = (text: string) =>
    (text.match(new RegExp(clauseNumber, 'gu')) ?? []).map((number) => number.replace(/^第(\d+)章$/u, '$1').replace(/^附录([A-Z])$/u, '$1'))
  const older = new RegExp(`${year}年版的?((?:${clauseNumber}(?:\\s*[a-z]\\s*[)）])?[、，,和及与 ]*)+)`, 'gu')
  const olds = [...claim.matchAll(older)].flatMap((match) => list((match[1] ?? '').replace(/\s*[a-z]\s*[)）]/gu, '')))
  const current = claim.replace(older, '')
  const news = [...current.matchAll(new RegExp(`见((?:${clauseNumber}(?:\\s*[a-z]\\s*[)）])?[、，,和及与 ]*)+)`, 'gu'))].flatMap((match) =>
    list((match[1] ?? '').replace(/\s*[a-z]\s*[)）]/gu, ''))
  )
  return [...new Set(news)].map((number): Place => ['new', number]).concat([...new Set(olds)].map((number): Place => ['old', number]))
}
