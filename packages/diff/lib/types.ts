/**
 * The diff tree: what changed between two editions of a standard, provision
 * by provision, with every change classified as technical or editorial and
 * explained. Published as `out/<standard>/diff/<old>..<new>.json`.
 */
import type {Position} from 'unist'

/** Version of the diff's JSON Schema; bumped on any change to the published shape (semver). */
export type DiffSchemaVersion = '1.0.0'

/** What happened to a provision between the two editions. */
export type ChangeKind =
  | 'unchanged'
  | 'modified'
  | 'added'
  | 'removed'
  | 'moved'
  | 'renumbered'
  | 'retitled'
  | 'split'
  | 'merged'

/**
 * Whether a change alters what the standard requires (`technical`: a
 * requirement's modal verb, a number, date or limit, a referenced standard,
 * a provision added or removed) or only how it is written (`editorial`).
 */
export type Classification = 'technical' | 'editorial'

/** How the two sides of a provision were found to be the same provision. */
export type MatchMethod = 'anchor' | 'number-title' | 'title' | 'number' | 'similarity'

/** One edition as the diff names it. */
export interface EditionInfo {
  /** `Q/ZX 75.1861–2006` */
  number: string
  year: number
  title: string
  /** Source path relative to the library root, when known. */
  source?: string | undefined
}

/** A run of a word-level diff: kept, inserted or deleted text. */
export interface TextRun {
  op: 'equal' | 'insert' | 'delete'
  value: string
}

/** One side of a provision: where and what it was. */
export interface ProvisionSide {
  /** The provision's id in that edition (its anchor, or derived from its number). */
  id: string
  /** Number as printed: `4.2`; an appendix's letter: `A`. */
  number: string
  title?: string | undefined
  /** Number of the clause or appendix it sits in; absent for a chapter or an appendix. */
  parent?: string | undefined
  position?: Position | undefined
}

/** A reason a change is classified as it is, for people: `modal verb 宜 → 应`. */
export interface Reason {
  classification: Classification
  /** What kind of reason: `modal`, `number`, `reference`, `provision`, `punctuation`, `width`, `spacing`, `wording`, `structure`, `note` … */
  code: string
  message: string
}

/** A cell of a table row compared with its counterpart. */
export interface CellChange {
  /** Column, from 0. */
  column: number
  old?: string | undefined
  new?: string | undefined
  runs: Array<TextRun>
}

/** A table row compared with its counterpart. */
export interface RowChange {
  kind: 'equal' | 'added' | 'removed' | 'modified'
  old?: Array<string> | undefined
  new?: Array<string> | undefined
  /** The cells that differ, for a modified row. */
  cells?: Array<CellChange> | undefined
}

/** A block of a provision's own text (a paragraph, a list item, a note, a table) compared with its counterpart. */
export interface BlockChange {
  kind: 'equal' | 'added' | 'removed' | 'modified'
  /** What the block is: `paragraph`, `listItem`, `note`, `example`, `table`, `normativeReference`. */
  block: string
  /** List item label (`a)`, `——`), note number, table number … as printed on the newer side. */
  label?: string | undefined
  old?: string | undefined
  new?: string | undefined
  oldPosition?: Position | undefined
  newPosition?: Position | undefined
  /** Word-level diff of the text, for a modified block. */
  runs?: Array<TextRun> | undefined
  /** Row-by-row diff, for a table. */
  rows?: Array<RowChange> | undefined
  classification?: Classification | undefined
  reasons?: Array<Reason> | undefined
}

/** One provision (clause, term entry or appendix) across the two editions. */
export interface ProvisionChange {
  type: 'provisionChange'
  /** Identity of the provision: its id in the newer edition, or in the older one if removed. */
  id: string
  provision: 'clause' | 'term' | 'appendix'
  /** What happened; `['unchanged']` when nothing did. */
  kinds: Array<ChangeKind>
  old?: ProvisionSide | undefined
  new?: ProvisionSide | undefined
  /** How the two sides were matched. */
  match?: MatchMethod | undefined
  /** Text similarity of the two sides, 0–1, where it was measured. */
  similarity?: number | undefined
  /** For a split: ids of the newer provisions that hold its text; for a merge: ids of the older provisions merged. */
  related?: Array<string> | undefined
  /** Absent when the provision is unchanged. */
  classification?: Classification | undefined
  reasons: Array<Reason>
  /** The provision's own text (not its sub-clauses), block by block. */
  blocks: Array<BlockChange>
}

/** A changed field of the cover or the foreword. */
export interface FieldChange {
  /** `cover.title`, `cover.issued`, `foreword.drafters` … */
  field: string
  /** The field's Chinese name: 标准名称, 发布日期, 修订人 … */
  label: string
  old?: string | undefined
  new?: string | undefined
  classification: Classification
  reason: string
}

/** Counts of the provisions by what happened to them, and of the changes by class. */
export interface DiffSummary {
  provisions: {[Kind in ChangeKind]: number}
  technical: number
  editorial: number
}

/** One item of the drafted change list: `——增加了……（见7.2）；` */
export interface ChangeListItem {
  /** `added`, `modified` or `removed`. */
  action: 'added' | 'modified' | 'removed'
  /** Provision id the item speaks of. */
  id: string
  /** The item as it goes into the foreword, with its leading `——` and closing `；` or `。`. */
  text: string
}

/** How one claim of the revision record fares against the computed diff. */
export interface ClaimCheck {
  /** The claim as written in 主要修订内容. */
  claim: string
  /** What the claim says happened. */
  action: 'added' | 'removed' | 'modified' | 'moved' | 'renamed' | 'first-issue'
  /** Whether the diff bears it out. */
  status: 'confirmed' | 'unconfirmed'
  /** Ids of the provisions (or `cover.title`) that bear it out. */
  evidence: Array<string>
  message: string
}

/** The record check: the human-written change record against the computed diff. */
export interface RecordCheck {
  /** Number of the edition whose record row is checked. */
  edition: string
  claims: Array<ClaimCheck>
  /** Technical changes that no claim covers: provision ids. */
  uncovered: Array<string>
}

/** The root of the diff tree. */
export interface StandardDiff {
  type: 'standardDiff'
  /** Designation shared by both editions: `Q/ZX 75.1861`. */
  designation: string
  old: EditionInfo
  new: EditionInfo
  summary: DiffSummary
  /** Changed cover and foreword fields. */
  fields: Array<FieldChange>
  /** The revision record, row by row. */
  record: Array<RowChange>
  /** Every provision of either edition, in the newer edition's order (removed ones where they stood). */
  provisions: Array<ProvisionChange>
  /** Drafted foreword change list, technical changes only, ordered by clause. */
  changeList: Array<ChangeListItem>
  /** The newer edition's record row checked against this diff; present when the older edition is the one it replaces. */
  recordCheck?: RecordCheck | undefined
}

/** What `out/<standard>/diff/<old>..<new>.json` holds. */
export interface DiffDocument {
  /** Relative URL of the schema the document follows. */
  $schema: string
  schemaVersion: DiffSchemaVersion
  diff: StandardDiff
}
