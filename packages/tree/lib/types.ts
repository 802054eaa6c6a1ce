/**
 * The standard tree: a unist syntax tree of a standard drafted after GB/T 1.1.
 *
 * Declared the mdast way: every content category is derived from an
 * interface (a content map) that anyone can augment, so third parties can add
 * node types without forking:
 *
 * ```ts
 * declare module '@stdkit/tree' {
 *   interface BlockContentMap { formula: Formula }
 * }
 * ```
 */
import type {Data, Position} from 'unist'

// ---------------------------------------------------------------------------
// Content maps (augment these to add node types).

/** Nodes that may be direct children of the root. */
export interface StandardContentMap {
  foreword: Foreword
  introduction: Introduction
  clause: Clause
  appendix: Appendix
  bibliography: Bibliography
  termIndex: TermIndex
}

/** Block content allowed in the foreword, clauses, terms and appendices. */
export interface BlockContentMap {
  paragraph: Paragraph
  list: List
  note: Note
  example: Example
  table: Table
  figure: Figure
  formula: Formula
  code: Code
  definitionList: DefinitionList
}

/** Content of a clause or appendix besides block content. */
export interface ClauseContentMap {
  clause: Clause
  term: Term
  normativeReference: NormativeReference
}

/** Content of the foreword besides block content. */
export interface ForewordContentMap {
  revisionHistory: RevisionHistory
  changeList: ChangeList
}

/** Inline (phrasing) content. */
export interface PhrasingContentMap {
  text: Text
  crossReference: CrossReference
  standardReference: StandardReference
  inlineMath: InlineMath
  footnote: Footnote
  superscript: Superscript
  subscript: Subscript
  emphasis: Emphasis
  strong: Strong
  break: Break
}

export type StandardContent = StandardContentMap[keyof StandardContentMap]
export type BlockContent = BlockContentMap[keyof BlockContentMap]
export type ClauseContent = BlockContent | ClauseContentMap[keyof ClauseContentMap]
export type ForewordContent = BlockContent | ForewordContentMap[keyof ForewordContentMap]
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]

/** Every node type of the tree. */
export type Nodes =
  | Standard
  | StandardContent
  | ClauseContent
  | ForewordContent
  | PhrasingContent
  | RevisionRecord
  | ChangeListEntry
  | ListItem
  | TableRow
  | TableCell
  | TableFootnote
  | Image
  | DefinitionItem
  | DefinitionTerm
  | DefinitionDescription
  | TermSource
  | BibliographyEntry

// ---------------------------------------------------------------------------
// Abstract nodes.

/** Info associated with any node; augment to add fields. */
export interface NodeData extends Data {}

/** Any node: unist-compatible, with its place in the Markdown source. */
export interface Node {
  type: string
  /** Where the node was in the source; absent on generated nodes. */
  position?: Position | undefined
  data?: NodeData | undefined
}

/** A node with children. */
export interface Parent extends Node {
  children: Array<Nodes>
}

/** A node with a value. */
export interface Literal extends Node {
  value: string
}

// ---------------------------------------------------------------------------
// Root and cover.

/** Cover data (封面), from the source's YAML front matter. */
export interface Cover {
  /** Code of the standard's kind, e.g. `Q/ZX` (enterprise standard of ZTE), `GB/T`, `YD/T`, `DB11/T`, `T/CAS`. */
  code: string
  /** Full number with year as written, with the dash the author used: `Q/ZX 75.1861–2007`, `GB/T 7714—2015`. */
  number: string
  /** Number without year, the identity of the standard across editions: `Q/ZX 75.1861`. */
  designation: string
  /** Year of the edition, from the number. */
  year: number
  /** Number of the edition this one replaces (代替), `Q/ZX 75.1861–2006`; the first when it replaces several. */
  replaces?: string | undefined
  /** Every number this edition replaces, only when it replaces two or more (`代替GB/T 1—2000，GB/T 2—2001`). */
  replacedNumbers?: Array<string> | undefined
  /** Title (标准名称). */
  title: string
  /** English title (英文名称). */
  titleEnglish?: string | undefined
  /** Category on ZTE's cover, e.g. `管理标准`. */
  category?: string | undefined
  /** ICS numbers (国际标准分类号), `35.240.40`, one or several. */
  ics?: Array<string> | undefined
  /** CCS (中国标准文献分类号) of a 2020-era cover, `L 70`. */
  ccs?: string | undefined
  /** Classification number (中国标准文献分类号) of an older cover, `L 70`. */
  classification?: string | undefined
  /** Filing number (备案号), `12345—2024`. */
  filing?: string | undefined
  /** The international document adopted and the degree of correspondence (`ISO 690:2010，MOD`). */
  adoption?: Adoption | undefined
  /** Issuing body (发布单位); the first when there are several. */
  issuer?: string | undefined
  /** Every issuing body, only when there are two or more, one per line on the cover. */
  issuers?: Array<string> | undefined
  /**
   * Issue date (发布日期), `YYYY-MM-DD`.
   *
   * @format date
   */
  issued?: string | undefined
  /**
   * Effective date (实施日期), `YYYY-MM-DD`.
   *
   * @format date
   */
  effective?: string | undefined
  /** `draft` while an edition is being revised; `published` otherwise. */
  status: 'draft' | 'published'
  /** Stage of a draft (征求意见稿, 送审稿, 报批稿). */
  stage?: CoverStage | undefined
  /** Kind of standard, from the code; set by the parser. */
  kind?: CoverKind | undefined
  /** Type line the cover prints (`中华人民共和国国家标准`, `北京市地方标准`, `…企业标准`), from the code unless the source overrides it; set by the parser. */
  documentType?: string | undefined
  /** The series of a standard published in parts (title with `第N部分：`): designation without the last `.N`, title before the part. */
  series?: {designation: string; title: string} | undefined
  /** The part of a standard published in parts: its number and its own title. */
  part?: {number: string; title: string} | undefined
  /** Front-matter keys stdkit does not know, kept as written so that fmt never drops them. */
  extraFields?: Array<CoverExtraField> | undefined
  /** Where each field was written in the front matter, so diagnostics can point at it. */
  positions?: CoverPositions | undefined
}

/** Kind of standard (national, industry, local, group, enterprise, international), from its code. */
export type CoverKind = 'national' | 'industry' | 'local' | 'group' | 'enterprise' | 'international'

/** Stage of a draft: 征求意见稿 (comments), 送审稿 (review), 报批稿 (approval). */
export type CoverStage = 'comments' | 'review' | 'approval'

/** An international document adopted, with its degree of correspondence (identical, modified, not equivalent). */
export interface Adoption {
  /** The adopted document, `ISO 690:2010`. */
  document: string
  degree: 'IDT' | 'MOD' | 'NEQ'
}

/** A front-matter entry stdkit does not know: its key and its YAML text as written, from the key to the end of the value. */
export interface CoverExtraField {
  key: string
  source: string
}

/** Source positions of the cover fields that were written. */
export type CoverPositions = {[Key in CoverField]?: Position | undefined}

/** Fields of the cover that are written in the front matter. */
export type CoverField =
  | 'number'
  | 'replaces'
  | 'title'
  | 'titleEnglish'
  | 'category'
  | 'ics'
  | 'ccs'
  | 'classification'
  | 'filing'
  | 'adoption'
  | 'issuer'
  | 'issued'
  | 'effective'
  | 'status'
  | 'stage'
  | 'documentType'

/** Edition of GB/T 1.1 whose wording a standard follows: 2000, 2009 or 2020. */
export type DraftingEra = '2000' | '2009' | '2020'

/** The word a standard calls itself by. */
export type SelfReference = '本标准' | '本文件' | '本部分'

/** Root: one edition of a standard. */
export interface Standard extends Parent {
  type: 'standard'
  cover: Cover
  /**
   * Edition of GB/T 1.1 the document is drafted after, read from its
   * foreword's drafting statement (`按照GB/T 1.1—2009给出的规则起草`) or,
   * without one, from the wording of a national foreword; absent for an
   * enterprise foreword that states neither.
   */
  era?: DraftingEra | undefined
  /** The word the document calls itself by in a national foreword (`本文件`, `本标准`, `本部分`). */
  self?: SelfReference | undefined
  children: Array<StandardContent>
}

// ---------------------------------------------------------------------------
// Foreword (前言) and its revision history.

/** Facts stated in the foreword's sentences (enterprise practice). */
export interface ForewordFields {
  /** From `本标准自实施之日起代替…`. */
  replaces?: string | undefined
  /** Appendix letters declared normative (`本标准附录A、B、C为规范性附录`). */
  normativeAppendices?: Array<string> | undefined
  /** Appendix letters declared informative (`…为资料性附录`). */
  informativeAppendices?: Array<string> | undefined
  /** Proposing department (提出). */
  proposedBy?: string | undefined
  /** Administering department (归口). */
  administeredBy?: string | undefined
  /** Next review or revision (下次审查/升版时间), `YYYY-MM`. */
  nextReview?: string | undefined
  /** Drafting or revising departments (起草/修订部门). */
  departments?: Array<string> | undefined
  /** Drafters or revisers (起草人/修订人). */
  drafters?: Array<string> | undefined
  /** Reviewers (审核人). */
  reviewers?: Array<string> | undefined
  /** Approvers (批准人). */
  approvers?: Array<string> | undefined
  /** First issue (首次发布), `YYYY-MM`. */
  firstIssued?: string | undefined
  /** Revisions in order (第一次修订, 第二次修订 …), each `YYYY-MM`. */
  revisions?: Array<string> | undefined
  /** The cited GB/T 1.1 number in `按照GB/T 1.1—2020…起草` (national foreword). */
  draftingRules?: string | undefined
  /** Documents replaced (`本标准代替GB/T 7714—2005《…》`), in order, numbers as written; `replaces` keeps the first. */
  replacedDocuments?: Array<ReplacedDocument> | undefined
  /** The part statement of a multi-part document and its list of parts. */
  partOf?: PartOf | undefined
  /** History of editions (`——1994年首次发布为GB/T …；——2005年第一次修订；`), oldest first. */
  editions?: Array<EditionStatement> | undefined
  /** `本文件为首次发布。` */
  firstEdition?: true | undefined
  /** Drafting organizations (起草单位). */
  organizations?: Array<string> | undefined
  /** The patent notice (`请注意本文件的某些内容可能涉及专利…`). */
  patentNotice?: true | undefined
}

/** A document a national foreword says this one replaces. */
export interface ReplacedDocument {
  /** Its number as written: `GB/T 7714—2005`. */
  number: string
  /** Its title, from `《…》`. */
  title?: string | undefined
}

/** The part statement: `GB/T 9999《…》分为以下几个部分：` or `已经发布了以下部分：`. */
export interface PartOf {
  /** Designation of the series: `GB/T 9999`. */
  designation: string
  /** Title of the series, from `《…》`. */
  title: string
  /** The parts listed. */
  parts: Array<{number: string; title: string}>
}

/** One edition in the history of editions. */
export interface EditionStatement {
  year: number
  /** The number it was issued under, where the statement names one. */
  number?: string | undefined
  /** The statement as written, without its list marker and closing punctuation. */
  text: string
}

/** Foreword (前言): unnumbered, no requirements. */
export interface Foreword extends Parent {
  type: 'foreword'
  fields: ForewordFields
  children: Array<ForewordContent>
}

/** The revision record table kept across editions (历次修订记录), newest first. */
export interface RevisionHistory extends Parent {
  type: 'revisionHistory'
  children: Array<RevisionRecord>
}

/** One row of the revision record: one edition. */
export interface RevisionRecord extends Node {
  type: 'revisionRecord'
  /** Number of the edition (标准编号), normalized to an en dash. */
  number: string
  /** Number of the edition it replaced (修改前文件编号). */
  replaces?: string | undefined
  /** Main changes (主要修订内容), one item per change; `['首次发布']` for the first issue. */
  changes: Array<string>
  /** Revising departments (修订部门). */
  departments: Array<string>
  /** Revisers (修订人). */
  revisers: Array<string>
  /** Approvers (批准人). */
  approvers: Array<string>
  /** Month of issue or revision (`YYYY-MM`) from the foreword's history sentence. */
  date?: string | undefined
}

/**
 * The list of technical changes of a national foreword, after a lead-in
 * ending `主要技术变化如下：`.
 */
export interface ChangeList extends Parent {
  type: 'changeList'
  /** `——` items or `a)` items. */
  marker: 'dash' | 'letter'
  children: Array<ChangeListEntry>
}

/** What a change-list entry says was done. */
export type ChangeAction = 'added' | 'changed' | 'deleted' | 'other'

/** One entry of the change list: `——增加了记录的保存期限（见4.2）；`. */
export interface ChangeListEntry extends Parent {
  type: 'changeListEntry'
  /** The marker as printed: `——` or `a)`. */
  label: string
  /** 增加 → added, 修改/更改 → changed, 删除 → deleted. */
  action: ChangeAction
  /** The whole entry's text, with its references. */
  children: Array<PhrasingContent>
  /** Clauses of this edition named by `见…`. */
  see?: Array<string> | undefined
  /** Clauses of an earlier edition named by `2009年版的5.2`. */
  seeOld?: {year: number; numbers: Array<string>} | undefined
}

/** Introduction (引言). */
export interface Introduction extends Parent {
  type: 'introduction'
  children: Array<BlockContent>
}

// ---------------------------------------------------------------------------
// Clauses, terms, references and appendices.

/** What a chapter is for, where GB/T 1.1 fixes it. */
export type ClauseRole = 'scope' | 'normativeReferences' | 'terms' | 'symbols' | 'abbreviations'

/** A numbered chapter (章) or sub-clause (条). */
export interface Clause extends Parent {
  type: 'clause'
  /** Number as published: `4`, `4.2`, `A.1`. */
  number: string
  /** Title, if any (sub-clauses may be untitled). */
  title?: string | undefined
  /** Level: 1 for a chapter, 2 for `4.2` … up to 5. */
  depth: number
  /** Stable identifier: the explicit anchor if given, else derived from the number. */
  id: string
  /** Explicit anchor from the source (`{#anchor}`), which pins identity across editions. */
  anchor?: string | undefined
  /** Role of the fixed chapters 1–3. */
  role?: ClauseRole | undefined
  children: Array<ClauseContent>
}

/** A term entry (术语条目) in the terms chapter. */
export interface Term extends Parent {
  type: 'term'
  /** Entry number, `3.1`. */
  number: string
  /** The term. */
  term: string
  /** English equivalent, if given. */
  english?: string | undefined
  /** Admitted terms (许用术语), each printed on its own line under the preferred term. */
  admitted?: Array<string> | undefined
  /** Abbreviated terms (缩略语) of the entry, printed on their own line. */
  abbreviations?: Array<string> | undefined
  id: string
  anchor?: string | undefined
  /** Definition, notes to entry (`注1到条目：`), examples, and last the source (`[来源：…]`). */
  children: Array<BlockContent | TermSource>
}

/** The source of a term entry: `[来源：GB/T 20000.1—2014，3.1，有修改]`. */
export interface TermSource extends Parent {
  type: 'termSource'
  /** `有修改` after the source: the definition was modified. */
  modified?: true | undefined
  /** The source as written between `来源：` and the closing bracket (or `，有修改`), with its standard references. */
  children: Array<PhrasingContent>
}

/** An entry of the normative references chapter (规范性引用文件). */
export interface NormativeReference extends Node {
  type: 'normativeReference'
  /** Code of the referenced document's kind: `Q/ZX`, `GB/T`. */
  code: string
  /** Designation without year: `Q/ZX 75.1760`. */
  designation: string
  /** Year, for a dated reference. */
  year?: number | undefined
  /** Title of the referenced document. */
  title: string
}

/** An appendix (附录). */
export interface Appendix extends Parent {
  type: 'appendix'
  /** Letter: `A`, `B` … */
  letter: string
  /** Normative (规范性) or informative (资料性); absent when the source gives no label. */
  status?: 'normative' | 'informative' | undefined
  /** How the label was written: 2000-era `（规范性附录）` or 2020 `（规范性）`. */
  labelStyle?: 'gbt-2000' | 'gbt-2020' | undefined
  title: string
  id: string
  anchor?: string | undefined
  children: Array<ClauseContent>
}

// ---------------------------------------------------------------------------
// Block content.

export interface Paragraph extends Parent {
  type: 'paragraph'
  children: Array<PhrasingContent>
}

/** Marker style of a list (列项): `——`, `·`, `a)`, `1)`. */
export type ListMarker = 'dash' | 'dot' | 'letter' | 'number'

export interface List extends Parent {
  type: 'list'
  marker: ListMarker
  children: Array<ListItem>
}

export interface ListItem extends Parent {
  type: 'listItem'
  /** The marker as printed: `——`, `·`, `a)`, `1)`. */
  label: string
  /** The item's text, then at most one nested list. */
  children: Array<Paragraph | List>
}

/** A note (注); under a table or figure, a note to it; in a term entry, a note to entry. */
export interface Note extends Parent {
  type: 'note'
  /** Number, for `注1：`, `注2：`; absent for a single `注：`. */
  number?: number | undefined
  /** A note to entry of a term (`注1到条目：`, GB/T 1.1—2020). */
  toEntry?: true | undefined
  children: Array<PhrasingContent>
}

/** An example (示例). */
export interface Example extends Parent {
  type: 'example'
  number?: number | undefined
  children: Array<PhrasingContent>
}

export interface Table extends Parent {
  type: 'table'
  /** Number as printed: `1`, `A.1`; absent for the revision record or an unnumbered table. */
  number?: string | undefined
  caption?: string | undefined
  id?: string | undefined
  /** Header rows at the top (0 when the source's header row is empty, else 1), repeated on every page the table runs to. */
  headerRows: number
  /** The rows, then the table's notes (`注：`, `注1：`) and its footnotes (`a`, `b`), which print inside its frame. */
  children: Array<TableRow | Note | TableFootnote>
}

export interface TableRow extends Parent {
  type: 'tableRow'
  /** The row's cells, those merged into a neighbour left out: a row may have fewer cells than the table has columns. */
  children: Array<TableCell>
}

export interface TableCell extends Parent {
  type: 'tableCell'
  /** Columns the cell spans (written `<` in the cells it takes on its right); absent for 1. */
  colSpan?: number | undefined
  /** Rows the cell spans (written `^` in the cells it takes below); absent for 1. */
  rowSpan?: number | undefined
  /** The cell's text; a `break` starts a new line in it. */
  children: Array<PhrasingContent>
}

/** A footnote of a table or figure (`a　…`), called by a superscript letter in it. */
export interface TableFootnote extends Parent {
  type: 'tableFootnote'
  /** Its letter: `a`, `b` … */
  label: string
  children: Array<PhrasingContent>
}

/** A figure (图): its images, key, notes and footnotes, with its number and title printed under it. */
export interface Figure extends Parent {
  type: 'figure'
  /** Number as printed: `1`, `A.1`; absent for an unnumbered figure. */
  number?: string | undefined
  /** Title (图题). */
  caption?: string | undefined
  id?: string | undefined
  /** The image, or the sub-figures `a)`, `b)` in order; then the key (`说明：`), notes and footnotes. */
  children: Array<Image | DefinitionList | Note | TableFootnote>
}

/** An image file kept beside the edition's source (PNG, JPEG or SVG). */
export interface Image extends Node {
  type: 'image'
  /** Path of the file relative to the edition's source, `/` separated: `figures/grounding.svg`. */
  url: string
  /** Text that stands for the image where it cannot be seen. */
  alt: string
  /** Sub-figure label as printed: `a)`. */
  label?: string | undefined
  /** Sub-figure title (分图题). */
  caption?: string | undefined
  /** Facts of the file, set when the edition is read from disk (absent on a tree parsed from text alone). */
  file?: ImageFile | undefined
}

/** What reading an image file found. */
export interface ImageFile {
  /** `image/png`, `image/jpeg` or `image/svg+xml`. */
  mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml'
  /** Intrinsic size in CSS pixels. */
  width: number
  height: number
  /** SHA-256 of the file's bytes, hex: a changed image is a changed figure. */
  sha256: string
}

/** A display formula (公式), LaTeX as written (remark-math `$$`), numbered `（1）`, `（A.1）` at the right margin. */
export interface Formula extends Literal {
  type: 'formula'
  /** Number as printed without its brackets: `1`, `A.1`; absent for an unnumbered formula. */
  number?: string | undefined
  id?: string | undefined
}

/** A listing: code, data or markup kept verbatim, line by line. */
export interface Code extends Literal {
  type: 'code'
  /** Language of the listing from its fence (`json`, `xml`, `c`). */
  lang?: string | undefined
}

/**
 * Symbols or terms with their explanations: the `式中：` under a formula, the
 * key (`说明：`) of a figure, the list of a 符号 or 缩略语 chapter.
 */
export interface DefinitionList extends Parent {
  type: 'definitionList'
  /** `where` after a formula (式中：), `key` of a figure (说明：), `symbols` in a symbols or abbreviations chapter. */
  kind: 'where' | 'key' | 'symbols'
  children: Array<DefinitionItem>
}

/** One symbol or term and its explanation: `R——电阻，单位为欧姆（Ω）；`, `ETS　接地端子系统`. */
export interface DefinitionItem extends Parent {
  type: 'definitionItem'
  children: [DefinitionTerm, DefinitionDescription]
}

/** The symbol, key number or abbreviation explained. */
export interface DefinitionTerm extends Parent {
  type: 'definitionTerm'
  children: Array<PhrasingContent>
}

/** Its explanation. */
export interface DefinitionDescription extends Parent {
  type: 'definitionDescription'
  children: Array<PhrasingContent>
}

/** The bibliography (参考文献): unnumbered, after the appendices. */
export interface Bibliography extends Parent {
  type: 'bibliography'
  /** `bibliography`, or the anchor the source gives. */
  id: string
  anchor?: string | undefined
  children: Array<BibliographyEntry | BlockContent>
}

/** One entry of the bibliography: `[1]　GB/T 7714—2015　信息与文献　参考文献著录规则`, or free-form. */
export interface BibliographyEntry extends Parent {
  type: 'bibliographyEntry'
  /** The label as printed: `[1]`; absent for an entry without one. */
  label?: string | undefined
  /** The entry, with standard references as `standardReference` nodes. */
  children: Array<PhrasingContent>
}

/** The index (索引) of the terms, generated from the term entries where the source asks for it with an empty `# 索引`. */
export interface TermIndex extends Node {
  type: 'termIndex'
  /** `index`, or the anchor the source gives. */
  id: string
  anchor?: string | undefined
}

// ---------------------------------------------------------------------------
// Phrasing content.

export interface Text extends Literal {
  type: 'text'
}

/** What a cross-reference points at. */
export type CrossReferenceKind = 'clause' | 'appendix' | 'table' | 'figure' | 'formula'

/** A reference to a provision of the same document: `见5.2`, `见附录A`, `表1`, `见图1`, `公式（A.1）`. */
export interface CrossReference extends Parent {
  type: 'crossReference'
  kind: CrossReferenceKind
  /** Number or letter as written: `5.2`, `A`, `1`, `A.1`. */
  target: string
  /** Id of the node referred to; absent when it does not resolve. */
  targetId?: string | undefined
  children: Array<Text>
}

/** A reference to another standard in running text: `Q/ZX 75.1760`. */
export interface StandardReference extends Parent {
  type: 'standardReference'
  code: string
  designation: string
  year?: number | undefined
  children: Array<Text>
}

/** An inline formula, LaTeX as written between single dollars: `$U_0$`. */
export interface InlineMath extends Literal {
  type: 'inlineMath'
}

/** A footnote to the text (`[^1]` in the source), numbered `1)`, `2)` through the document; its text where it is called. */
export interface Footnote extends Parent {
  type: 'footnote'
  /** Its number, 1 for the document's first. */
  number: number
  children: Array<PhrasingContent>
}

/** Raised text: `m^2^`, `10^-3^`, a table footnote's `^a^`. */
export interface Superscript extends Parent {
  type: 'superscript'
  children: Array<PhrasingContent>
}

/** Lowered text: `H~2~O`. */
export interface Subscript extends Parent {
  type: 'subscript'
  children: Array<PhrasingContent>
}

/** Emphasis (`*…*`), printed in italics: symbols of quantities, Latin names. */
export interface Emphasis extends Parent {
  type: 'emphasis'
  children: Array<PhrasingContent>
}

/** Strong emphasis (`**…**`), printed in bold. */
export interface Strong extends Parent {
  type: 'strong'
  children: Array<PhrasingContent>
}

/** A line break inside a table cell (`<br>` in the source). */
export interface Break extends Node {
  type: 'break'
}

// ---------------------------------------------------------------------------
// Published document.

/**
 * Version of the tree's JSON Schema, `MAJOR.MINOR`: a minor version only adds
 * optional fields, a major version breaks. Documents of 1.2 and before wrote
 * a third number, which the schema of major version 1 still takes.
 *
 * @pattern ^1\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?$
 */
export type SchemaVersion = string

/** What `out/<standard>/<edition>.json` holds: one edition's tree with its schema version. */
export interface StandardDocument {
  /** URL of the schema the document follows: relative in a build's output (`../schema/standard.schema.json`), absolute otherwise. */
  $schema: string
  schemaVersion: SchemaVersion
  /** Source path of the edition, relative to the library root, with `/` separators. */
  source: string
  standard: Standard
}
