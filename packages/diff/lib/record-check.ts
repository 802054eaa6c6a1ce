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
import {essence} from './text.js'
import type {ClaimCheck, ProvisionChange, RecordCheck, StandardDiff} from './types.js'

// Words that say what kind of change a claim is, or that carry no subject.
const stopWords = /原标准|将|移至|移到|移入|增加了?|新增了?|补充了?|删除了?|删掉了?|去掉了?|取消了?|修改了?|更改了?|调整了?|更名为|的内容|内容|相关的?|有关的?|所涉及的?|涉及的?|进行|等|的|了|对|和|及|与/gu

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

/** The changes a claim of this action could speak of: a provision added or removed, or one that gained or lost a list item, paragraph or table row. */
function candidates(diff: StandardDiff, action: ClaimCheck['action']): Array<ProvisionChange> {
  const within = (change: ProvisionChange, kind: 'added' | 'removed') =>
    change.blocks.some(
      (block) => block.kind !== 'equal' && countsAsTechnical(block.classification) && (block.kind === kind || (block.block === 'table' && block.rows.some((row) => row.kind === kind)))
    )
  if (action === 'moved') return diff.provisions.filter((change) => change.kinds.includes('moved'))
  const fits = (change: ProvisionChange) =>
    countsAsTechnical(change.classification) &&
    (action === 'added' || action === 'removed' ? change.kinds.includes(action) || within(change, action) : change.kinds.includes('modified'))
  return diff.provisions.filter(fits)
}

/** Whether `number` lies inside one of `numbers` (5.7.5 inside 5; A.1 inside A). */
function inside(number: string, numbers: ReadonlySet<string>): boolean {
  return [...numbers].some((outer) => number !== outer && number.startsWith(`${outer}.`))
}

/**
 * The changes a claim speaks of, by the character pairs of their titles:
 * those whose title the claim covers almost wholly; failing any, those whose
 * title shares a pair with it. Clauses inside a chapter that qualifies are left to it.
 */
function evidence(claim: string, changes: ReadonlyArray<ProvisionChange>): Array<ProvisionChange> {
  const wanted = new Set(bigrams(claim))
  const scored = changes.map((change) => {
    const title = bigrams((change.new ?? change.old)?.title ?? '')
    const hits = title.filter((pair) => wanted.has(pair)).length
    return {change, hits, coverage: title.length === 0 ? 0 : hits / title.length}
  })
  const close = scored.filter((item) => item.coverage >= 0.75 && item.hits >= 2)
  const found = (close.length > 0 ? close : scored.filter((item) => item.hits > 0)).map((item) => item.change)
  return outermost(found)
}

function outermost(changes: ReadonlyArray<ProvisionChange>): Array<ProvisionChange> {
  const numbers = new Set(changes.map((change) => (change.new ?? change.old)?.number ?? ''))
  return changes.filter((change) => !inside((change.new ?? change.old)?.number ?? '', numbers))
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
  const claims = row.changes.map((claim): ClaimCheck => {
    const action = actionOf(claim)
    if (action === 'first-issue') return {claim, action, status: 'confirmed', evidence: [], message: documentWords().comparison.firstIssue}
    if (action === 'renamed') {
      const title = diff.fields.find((field) => field.field === 'cover.title')
      const confirmed = title?.new !== undefined && claim.includes(`《${title.new}》`)
      return {
        claim,
        action,
        status: confirmed ? 'confirmed' : 'unconfirmed',
        evidence: confirmed ? ['cover.title'] : [],
        message: confirmed ? documentWords().comparison.titleChanged({title: title?.new ?? ''}) : documentWords().comparison.titleUnchanged
      }
    }
    return checked(claim, action, evidence(claim, candidates(diff, action)), documentWords().comparison.notBorneOut[action])
  })
  return {edition: row.number, claims, uncovered: uncoveredBy(diff, claims)}
}

/** A claim's verdict: confirmed by the changes found, named by their numbers, or `unconfirmed` with the message that says why. */
function checked(claim: string, action: ClaimCheck['action'], found: ReadonlyArray<ProvisionChange>, unconfirmed: string): ClaimCheck {
  const numbers = found.map((change) => (change.new ?? change.old)?.number ?? change.id)
  return {
    claim,
    action,
    status: found.length > 0 ? 'confirmed' : 'unconfirmed',
    evidence: found.map((change) => change.id),
    message: found.length > 0 ? documentWords().comparison.borneOut({numbers: numbers.join('、')}) : unconfirmed
  }
}

/** Technical changes that no claim bears out: a clause inside a claimed one is covered by that claim; inside an uncovered one, it is listed with it. */
function uncoveredBy(diff: StandardDiff, claims: ReadonlyArray<ClaimCheck>): Array<string> {
  const claimed = new Set(claims.flatMap((claim) => claim.evidence))
  const claimedNumbers = (side: 'old' | 'new') =>
    new Set(diff.provisions.filter((change) => claimed.has(change.id)).map((change) => change[side]?.number ?? ''))
  const [oldClaimed, newClaimed] = [claimedNumbers('old'), claimedNumbers('new')]
  const technical = diff.provisions.filter((change) => countsAsTechnical(change.classification) && !claimed.has(change.id))
  // A clause inside a claimed chapter is covered by that claim; inside an uncovered one, it is listed with it.
  const uncovered = outermost(
    technical.filter((change) => (change.new ? !inside(change.new.number, newClaimed) : !inside(change.old?.number ?? '', oldClaimed)))
  ).map((change) => change.id)
  return uncovered
}

const entryAction = (entry: ChangeListEntry): 'added' | 'removed' | 'modified' =>
  entry.action === 'added' ? 'added' : entry.action === 'deleted' ? 'removed' : 'modified'

/** Whether `number` is `named` or lies inside it. */
const within = (number: string | undefined, named: string): boolean => number !== undefined && (number === named || number.startsWith(`${named}.`))

/**
 * The national convention: each entry of the newer edition's change list is
 * borne out by a change at the clauses it names (`见5.3` in the newer
 * edition, `2009年版的4.4` in the older), or in their sub-clauses; an entry
 * that names none is matched by its words, as a record's claim is.
 */
function checkChangeList(diff: StandardDiff, now: Standard, old: Standard): RecordCheck | undefined {
  const foreword = now.children.find((node) => node.type === 'foreword')
  const entries = foreword?.children.filter((node): node is ChangeList => node.type === 'changeList').flatMap((list) => list.children) ?? []
  if (entries.length === 0 || !sameStandardNumber(now.cover.replaces, old.cover.number)) return undefined
  const words = documentWords().comparison
  const claims = entries.map((entry): ClaimCheck => {
    const claim = toText(entry.children).replace(/[；;。]$/u, '')
    const action = entryAction(entry)
    const named = [...(entry.see ?? []).map((number) => ['new', number] as const), ...(entry.seeOld?.numbers ?? []).map((number) => ['old', number] as const)]
    const found =
      named.length === 0
        ? evidence(claim, candidates(diff, action))
        : outermost(diff.provisions.filter((change) => countsAsTechnical(change.classification) && named.some(([side, number]) => within(change[side]?.number, number))))
    const unconfirmed =
      named.length > 0 ? words.notAtClause({numbers: named.map(([side, number]) => (side === 'old' ? `${old.cover.year}年版的${number}` : number)).join('、')}) : words.notBorneOut[action]
    return checked(claim, action, found, unconfirmed)
  })
  return {edition: now.cover.number, source: 'changeList', claims, uncovered: uncoveredBy(diff, claims)}
}
