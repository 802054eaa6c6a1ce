/**
 * Lineage over all editions of a standard: each provision gets one identity
 * from the edition it first appears in to the last, by chaining the
 * alignments of consecutive editions.
 */
import type {Standard} from '@stdkit/tree'
import {diffEditions} from './diff.js'
import {provisionsOf} from './provisions.js'
import type {ChangeKind, Classification, ProvisionChange, StandardDiff} from './types.js'

/** One provision in one edition of its timeline. */
export interface TimelineEntry {
  year: number
  edition: string
  /** Absent in an edition the provision is not in. */
  number?: string | undefined
  title?: string | undefined
  id?: string | undefined
  /** What happened to it in this edition, against the one before (`added` in its first edition). */
  kinds: Array<ChangeKind>
  classification?: Classification | undefined
  reasons: Array<string>
}

export interface Timeline {
  /** The provision's id in the last edition it appears in. */
  id: string
  entries: Array<TimelineEntry>
}

/**
 * Version of the JSON Schema of `stdkit history --format json`, `MAJOR.MINOR`:
 * a minor version only adds optional fields, a major version breaks.
 *
 * @pattern ^1\.(0|[1-9][0-9]*)$
 */
export type HistorySchemaVersion = string

/** What `stdkit history --format json` prints: the timeline of one provision over the editions of a standard. */
export interface HistoryDocument {
  /** Absolute URL of the schema the document follows. */
  $schema: string
  schemaVersion: HistorySchemaVersion
  /** The standard, by its folder in the library (`q-zx-75.1861`). */
  standard: string
  timeline: Timeline
}

export interface Lineage {
  /** Diffs of consecutive editions, oldest first. */
  diffs: Array<StandardDiff>
  timelines: Array<Timeline>
}

/**
 * Computes the lineage of every provision over the editions (any order; they
 * are sorted by year). `compare` diffs two editions; a caller holding diffs
 * already can pass a memo of them.
 */
export function lineage(editions: ReadonlyArray<Standard>, compare: (old: Standard, now: Standard) => StandardDiff = diffEditions): Lineage {
  const sorted = [...editions].sort((a, b) => a.cover.year - b.cover.year)
  const diffs: Array<StandardDiff> = []
  for (let index = 1; index < sorted.length; index++) {
    diffs.push(compare(sorted[index - 1] as Standard, sorted[index] as Standard))
  }
  // Open timelines by the provision's id in the latest edition processed so far.
  const open = new Map<string, Timeline>()
  const timelines: Array<Timeline> = []
  const first = sorted[0]
  if (first) {
    // Every provision of the first edition opens a timeline; no comparison is needed for that.
    for (const provision of provisionsOf(first)) {
      const opening: TimelineEntry = {
        year: first.cover.year,
        edition: first.cover.number,
        number: provision.number,
        id: provision.id,
        ...(provision.title === undefined ? {} : {title: provision.title}),
        kinds: ['added'],
        reasons: ['first edition']
      }
      const timeline: Timeline = {id: provision.id, entries: [opening]}
      timelines.push(timeline)
      open.set(provision.id, timeline)
    }
  }
  diffs.forEach((diff, index) => {
    const edition = sorted[index + 1] as Standard
    const next = new Map<string, Timeline>()
    for (const change of diff.provisions) {
      const previous = change.old ? open.get(change.old.id) : undefined
      if (change.new) {
        const timeline = previous ?? {id: change.new.id, entries: []}
        if (!previous) timelines.push(timeline)
        timeline.id = change.new.id
        timeline.entries.push(entry(edition, change))
        next.set(change.new.id, timeline)
      } else if (previous) {
        previous.entries.push({year: edition.cover.year, edition: edition.cover.number, kinds: change.kinds, ...classified(change), reasons: change.reasons.map((reason) => reason.message)})
      }
    }
    open.clear()
    for (const [id, timeline] of next) open.set(id, timeline)
  })
  return {diffs, timelines}
}

function entry(edition: Standard, change: ProvisionChange): TimelineEntry {
  const side = change.new
  return {
    year: edition.cover.year,
    edition: edition.cover.number,
    ...(side ? {number: side.number, id: side.id} : {}),
    ...(side?.title === undefined ? {} : {title: side.title}),
    kinds: change.kinds,
    ...classified(change),
    reasons: change.reasons.map((reason) => reason.message)
  }
}

function classified(change: ProvisionChange): {classification?: Classification} {
  return change.classification === undefined ? {} : {classification: change.classification}
}

/**
 * The timeline of one provision, named by its number (`4.2`), id or anchor in
 * the latest edition that has it.
 */
export function findTimeline(result: Lineage, name: string): Timeline | undefined {
  const hits = (entry: TimelineEntry) => entry.number === name || entry.id === name
  const latest = Math.max(...result.timelines.flatMap((timeline) => timeline.entries.filter(hits).map((entry) => entry.year)))
  return result.timelines.find((timeline) => timeline.entries.some((entry) => entry.year === latest && hits(entry)))
}
