/**
 * The 目次: a Word table-of-contents field over the styles of the headings
 * GB/T 1.1 lists there (前言, 引言, the chapters, the first-level clauses,
 * the appendices' labels, 参考文献, 索引), so a word processor updates it.
 * It is written already filled in, from the headings as they are written
 * (the `docx` library bookmarks each one and links its entry to it), so it
 * reads right before it is updated.
 */
import {Paragraph, StyleLevel, TableOfContents, TextRun, type FileChild} from 'docx'
import {documentWords} from '@stdkit/messages'
import {paragraphStyles, style} from './styles.js'

const nameOf = (id: string): string => paragraphStyles.find((entry) => entry.id === id)?.name ?? id

/** The heading styles the field gathers, with the level of the 目次 each is listed at. */
const levels: ReadonlyArray<readonly [string, number]> = [
  [style.forewordTitle, 1],
  [style.clause[0], 1],
  [style.clause[1], 2],
  [style.appendixLabel, 1],
  [style.bibliographyTitle, 1],
  [style.indexTitle, 1]
]

/**
 * The 目次 page: its title, then the field. The entries are written without
 * page numbers (their PAGEREF fields are left empty and marked to update): the
 * pages are known only once a word processor lays the document out, and
 * updating the field (F9 in Word, Tools ▸ Update in LibreOffice) fills them in.
 */
export function contents(): Array<FileChild> {
  const words = documentWords().edition
  return [
    new Paragraph({style: style.tocTitle, children: [new TextRun(words.contentsTitle)]}),
    new TableOfContents(words.contents, {
      hyperlink: true,
      hideTabAndPageNumbersInWebView: true,
      stylesWithLevels: levels.map(([id, level]) => new StyleLevel(nameOf(id), level))
    })
  ]
}
