/**
 * The diff tree: what changed between two editions of a standard, provision
 * by provision, with every change classified as technical or editorial and
 * explained. Published as `out/<standard>/diff/<old>..<new>.json`.
 */
import type {Position} from 'unist'

/**
 * Version of the diff's JSON Schema, `MAJOR.MINOR`: a minor version only adds
 * optional fields, a major version breaks. Documents of 1.2 and before wrote
 * a third number, which the schema of major version 1 still takes.
 *
 * @pattern ^1\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?$
 */
export type DiffSchemaVersion = string

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
 * a provision added or removed, words added to or taken from a requirement),
 * only how it is written (`editorial`: provably so: widths, spacing,
 * punctuation, variant forms, relettering, renumbering, reordering, a split
 * or merge with the same words), or may do either (`review`, 待核实: a word of
 * a requirement replaced by another). A change to review counts as technical
 * in the change list and the record check.
 */
export type Classification = 'technical' | 'editorial' | 'review'

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

/**
 * What kind of reason a change has: a requirement's modal verb, a number,
 * date or limit, a referenced standard or clause, a provision or requirement
 * added or removed; or only width, spacing, punctuation, wording, a title, the
 * structure (renumbered, moved, split, merged), a note, the foreword's facts.
 */
export type ReasonCode =
  | 'modal'
  | 'number'
  | 'reference'
  | 'cross-reference'
  | 'provision'
  | 'width'
  | 'spacing'
  | 'punctuation'
  | 'wording'
  | 'content'
  | 'variant'
  | 'title'
  | 'structure'
  | 'note'
  | 'foreword'
  | 'image'
  | 'formula'
  | 'code'
  | 'footnote'

/** A reason a change is classified as it is, for people: `要求用语改变：宜 → 应`. */
export interface Reason {
  classification: Classification
  code: ReasonCode
  message: string
}

/** A cell of a table row compared with its counterpart; a side is absent where its row has no such column. */
export interface CellChange {
  /** Column, from 0. */
  column: number
  old?: string | undefined
  new?: string | undefined
  runs: Array<TextRun>
}

/** A table row the same on both sides. */
export interface EqualRow {
  kind: 'equal'
  new: Array<string>
}

/** A table row only the newer edition has. */
export interface AddedRow {
  kind: 'added'
  new: Array<string>
}

/** A table row only the older edition has. */
export interface RemovedRow {
  kind: 'removed'
  old: Array<string>
}

/** A table row edited in place, or moved among the rows (`moved`), or both. */
export interface ModifiedRow {
  kind: 'modified'
  old: Array<string>
  new: Array<string>
  /** The row stands elsewhere among the rows than it stood; with no cell changed it only moved. */
  moved?: true | undefined
  /** The cells that differ. */
  cells: Array<CellChange>
}

/** A table row compared with its counterpart. */
export type RowChange = EqualRow | AddedRow | RemovedRow | ModifiedRow

/**
 * What a block of text is: a paragraph, a list item (列项), a note (注), an
 * example (示例), an entry of the normative references, a footnote (of the
 * text, or of a table or figure), a figure's caption (图题), one image or
 * sub-figure, a formula (its LaTeX), a listing (代码), one entry of a key, of
 * a `式中：` or of a symbols chapter.
 */
export type TextBlock = 'paragraph' | 'listItem' | 'note' | 'example' | 'normativeReference' | 'footnote' | 'figure' | 'image' | 'formula' | 'code' | 'definition'

/** What a block of a provision's own text is. */
export type BlockName = TextBlock | 'table'

/** An image as a comparison keeps it, so a redline can show both sides' images. */
export interface DiffImage {
  /** Path of the file relative to the edition's source: `figures/grounding.svg`. */
  url: string
  alt: string
  /** Sub-figure label: `a)`. */
  label?: string | undefined
  /** Sub-figure title. */
  caption?: string | undefined
  /** Facts of the file, when the edition was read from disk. */
  file?: DiffImageFile | undefined
}

/** What reading an image file found: its media type, size in CSS pixels and SHA-256. */
export interface DiffImageFile {
  mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml'
  width: number
  height: number
  sha256: string
}

/** What every block change has. */
interface BlockBase {
  /** List item label (`a)`, `——`), note number, table number, `表2 注1`, `图1 a)`, `公式（1）` … as printed on the newer side. */
  label?: string | undefined
  /** A list item's label on the older side, where it differs (`d)` now `c)`): relettered, which is no change of its own. */
  oldLabel?: string | undefined
  /** An image block: the image of the older side, where it has one. */
  oldImage?: DiffImage | undefined
  /** An image block: the image of the newer side, where it has one. */
  newImage?: DiffImage | undefined
  /** A formula block: its LaTeX on the older side, where it has one. */
  oldFormula?: string | undefined
  /** A formula block: its LaTeX on the newer side, where it has one. */
  newFormula?: string | undefined
  /**
   * A table or figure (or a note of one) that left this provision for another
   * (`to`) or came from another (`from`): the two sides are one block moved.
   */
  moved?: BlockMove | undefined
}

/** Where a moved block went or came from, and what changed in it on the way. */
export interface BlockMove {
  /** `to` on the removed side, `from` on the added side. */
  direction: 'to' | 'from'
  /** Id of the provision on the other side. */
  id: string
  /** Number of the provision on the other side: `D`, `5.2`. */
  provision: string
  /** The block's label on the other side: `表D.1`, `表1`. */
  label?: string | undefined
  /** A moved table compared row by row with its other side (on the removed side only, where the move is shown); absent when its text is the same. */
  rows?: Array<RowChange> | undefined
  /** A moved text block's words compared with its other side (on the removed side only); absent when its text is the same. */
  runs?: Array<TextRun> | undefined
  /** A part of a moved figure the same on both sides (an image, a key entry): its figure's move speaks for it. */
  silent?: true | undefined
}

/** Why a changed block is classified as it is. */
interface Explained {
  classification: Classification
  reasons: Array<Reason>
}

/** A block the same on both sides (a table too: its text, row by row). */
export interface EqualBlock extends BlockBase {
  kind: 'equal'
  block: BlockName
  new: string
  oldPosition?: Position | undefined
  newPosition?: Position | undefined
}

/** A block only the newer edition has. */
interface AddedBlock extends BlockBase, Explained {
  kind: 'added'
  new: string
  newPosition?: Position | undefined
}

/** A block only the older edition has. */
interface RemovedBlock extends BlockBase, Explained {
  kind: 'removed'
  old: string
  oldPosition?: Position | undefined
}

/** A block edited in place. */
interface ModifiedBlock extends BlockBase {
  kind: 'modified'
  old: string
  new: string
  oldPosition?: Position | undefined
  newPosition?: Position | undefined
  /** Absent when no reason was found. */
  classification?: Classification | undefined
  reasons: Array<Reason>
}

export interface AddedText extends AddedBlock {
  block: TextBlock
}

export interface RemovedText extends RemovedBlock {
  block: TextBlock
}

export interface ModifiedText extends ModifiedBlock {
  block: TextBlock
  /** Word-level diff of the text. */
  runs: Array<TextRun>
}

export interface AddedTable extends AddedBlock {
  block: 'table'
  rows: Array<AddedRow>
}

export interface RemovedTable extends RemovedBlock {
  block: 'table'
  rows: Array<RemovedRow>
}

export interface ModifiedTable extends ModifiedBlock {
  block: 'table'
  /** Row-by-row diff. */
  rows: Array<RowChange>
}

/** A changed block of text: compared word by word. */
export type TextChange = AddedText | RemovedText | ModifiedText

/** A changed table: compared row by row. */
export type TableChange = AddedTable | RemovedTable | ModifiedTable

/**
 * A block of a provision's own text (a paragraph, a list item, a note, a
 * table) compared with its counterpart: by `kind` whether it is on each side,
 * and, once changed, by `block` whether its change is told in runs or rows.
 */
export type BlockChange = EqualBlock | TextChange | TableChange

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
  /** Changes to review (待核实): counted as technical by the change list and the record check. */
  review: number
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
  /** The claim as written in 主要修订内容, or the change-list entry's text without its marker. */
  claim: string
  /** What the claim says happened. */
  action: 'added' | 'removed' | 'modified' | 'moved' | 'renamed' | 'first-issue'
  /** Whether the diff bears it out. */
  status: 'confirmed' | 'unconfirmed'
  /** Ids of the provisions (or `cover.title`) that bear it out. */
  evidence: Array<string>
  /** Where the evidence is, as a reader cites it: `4.5 g)`, `表1`, `2007年版的4.5 c)`. */
  clauses?: Array<string> | undefined
  message: string
}

/** The record check: the human-written change record against the computed diff. */
export interface RecordCheck {
  /** Number of the edition whose record row (or change list) is checked. */
  edition: string
  /** What was checked: the revision record's row (absent, the enterprise convention) or the foreword's change list (national). */
  source?: 'changeList' | undefined
  claims: Array<ClaimCheck>
  /** Technical changes that no claim covers: provision ids. */
  uncovered: Array<string>
  /** The same, as a reader cites them: `4.5`, `2007年版的3.4`. */
  uncoveredClauses?: Array<string> | undefined
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
  /** URL of the schema the document follows: relative in a build's output (`../../schema/diff.schema.json`), absolute otherwise. */
  $schema: string
  schemaVersion: DiffSchemaVersion
  diff: StandardDiff
}
