/**
 * A Word document as the importer reads it, before anything is recognised:
 * the body's paragraphs and tables in order, each paragraph with its style
 * (id and the name the author saw), its outline level, the number Word's
 * automatic numbering showed before it, and its runs with the formatting
 * that can mark a heading, a label or a listing. Fields are read as the text
 * they show; a manual line break is a run of its own. Reading (lib/read.ts)
 * knows WordprocessingML; recognising (lib/recognise.ts) knows standards.
 */

/** Where a block stands in the Word file: its number among the body's paragraphs (1-based) and its first words. */
export interface WordPlace {
  paragraph: number
  words: string
}

export interface WordImage {
  /** The part's file name in the package (`image1.png`). */
  name: string
  mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml' | 'image/gif' | string
  data: Uint8Array
  /** The placed size in pixels at 96 per inch, when the drawing gives it. */
  width?: number | undefined
  height?: number | undefined
  /** The drawing's description or title. */
  alt?: string | undefined
  /** The drawing's name (`wp:docPr name`), where stdkit's Word publisher writes the image's path (`figures/x.svg`). */
  source?: string | undefined
}

export interface WordRun {
  /** The text shown, fields as their results; tabs as `\t`. Empty for a break, an image, a formula or a footnote. */
  text: string
  bold?: boolean | undefined
  italic?: boolean | undefined
  superscript?: boolean | undefined
  subscript?: boolean | undefined
  /** The font the run is set in (East Asian font for CJK text, else the ASCII one), resolved through the style chain. */
  font?: string | undefined
  /** Set in a monospace face (Courier, Consolas, 等宽 …). */
  monospace?: boolean | undefined
  /** Size in points, resolved through the style chain. */
  size?: number | undefined
  /** A manual line break (`w:br` without a page type). */
  break?: boolean | undefined
  /** A page break (`w:br w:type="page"`). */
  pageBreak?: boolean | undefined
  /** A footnote reference, with the footnote's paragraphs. */
  footnote?: ReadonlyArray<WordParagraph> | undefined
  /** Word math (OMML) read as TeX; `display` for an `m:oMathPara`. */
  math?: {tex: string; display: boolean} | undefined
  image?: WordImage | undefined
}

export interface WordParagraph {
  kind: 'paragraph'
  place: WordPlace
  /** The paragraph's style: its id and its name as Word shows it (`标准文件_章标题`, `Heading 1`, `标题 1`). */
  style?: {id: string; name: string} | undefined
  /** Outline level 0–8 from the paragraph or its style chain (0 = level 1 in Word's UI); absent for body text. */
  outlineLevel?: number | undefined
  /** What automatic numbering printed before the text (`4.2.1`, `a)`, `——`, `附录A`), with its list level (0-based). */
  numbering?: {text: string; level: number; format: string} | undefined
  alignment?: 'left' | 'center' | 'right' | 'both' | undefined
  pageBreakBefore?: boolean | undefined
  /** The paragraph ends a section (`w:sectPr` in its properties). */
  sectionEnd?: boolean | undefined
  /** Inside a table of contents (a TOC field's result or a TOC style). */
  contents?: boolean | undefined
  runs: ReadonlyArray<WordRun>
}

export interface WordCell {
  colSpan: number
  /** Rows it covers from here down (vertical merge resolved); 1 when not merged. */
  rowSpan: number
  blocks: ReadonlyArray<WordParagraph | WordTable>
}

export interface WordRow {
  /** A header row repeated on each page (`w:tblHeader`). */
  header: boolean
  /** The cells that start in this row (cells continuing a vertical merge are left out). */
  cells: ReadonlyArray<WordCell>
}

export interface WordTable {
  kind: 'table'
  place: WordPlace
  rows: ReadonlyArray<WordRow>
}

export type WordBlock = WordParagraph | WordTable

export interface WordDocument {
  blocks: ReadonlyArray<WordBlock>
  /** Core properties, as hints (title, creator). */
  properties: {title?: string | undefined; creator?: string | undefined}
  /** The document has tracked changes (insertions, deletions, moves): it was read as if they were accepted. */
  tracked?: boolean | undefined
}

/** A message of the import: what could not be read or placed, at its place in the Word file. Words from the catalogue. */
export interface ImportMessage {
  /** Stable ASCII rule id (`import-unplaced`, `import-cover` …). */
  rule: string
  severity: 'error' | 'warning' | 'info'
  message: string
  place?: WordPlace | undefined
}

/** What the import recognised, for the report it prints. */
export interface Recognised {
  /** The cover fields found, by their names in the source format's front matter. */
  cover: ReadonlyArray<string>
  chapters: number
  clauses: number
  appendices: number
  terms: number
  tables: number
  figures: number
  formulas: number
  footnotes: number
  /** Rows of the revision record, or entries of the technical-changes list. */
  records: number
  /** Paragraphs the importer could not place (each also a message). */
  unplaced: number
}

export interface ImportResult {
  /** The edition's Markdown source, canonical (as `stdkit fmt` writes it). */
  source: string
  /** Image files to write beside the source, by their path relative to it (`figures/图1.png`). */
  images: ReadonlyArray<{path: string; data: Uint8Array}>
  messages: ReadonlyArray<ImportMessage>
  recognised: Recognised
  /** The standard's folder name read from the cover (`q-zx-75.1861`), when found. */
  standard?: string | undefined
  /** The edition's year read from the cover, when found. */
  year?: number | undefined
}
