/**
 * The paragraph styles of the edition, named as the national standard-drafting
 * tool's template names them (标准文件_章标题, 标准文件_一级条标题 … 标准文件_段),
 * each heading with its outline level so that Word's navigation pane shows the
 * structure. Ids are ASCII; the names are the template's.
 */
import type {IParagraphStyleOptions} from 'docx'

/**
 * 黑体 for headings and labels, 宋体 for text, named by the faces' Latin names
 * SimHei and SimSun (Word lists them as 黑体 and 宋体; the font table pairs
 * the names): a word processor without them knows these names, and with the
 * text's East Asian language zh-CN takes Simplified Chinese faces of the same
 * kind (LibreOffice: Noto Serif CJK SC for SimSun, Noto Sans CJK SC for
 * SimHei), where 宋体 itself would be replaced by a sans-serif face.
 */
export const fonts = {
  sans: {ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: 'SimHei'},
  serif: {ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun'},
  mono: {ascii: 'Courier New', hAnsi: 'Courier New', eastAsia: 'SimSun'}
} as const

/** The Chinese names of the faces, as Word lists them. */
export const chineseNames = {sans: '黑体', serif: '宋体'} as const

/** A frame's line: single, ½ pt, a little off the text. */
const frame = {style: 'single', size: 4, color: 'auto', space: 4} as const

/** Half-points: 五号 10.5 pt for text, 小五 9 pt for notes. */
const body = 21
const small = 18

const heading = (id: string, name: string, level: number, size = body): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'StdParagraph',
  next: 'StdParagraph',
  quickFormat: true,
  run: {font: fonts.sans, size},
  paragraph: {outlineLevel: level, keepNext: true, indent: {firstLine: 0}, spacing: {before: 120, after: 120}}
})

const plain = (id: string, name: string, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'StdParagraph',
  quickFormat: true,
  ...extra
})

/** Style ids, by role. */
export const style = {
  paragraph: 'StdParagraph',
  chapter: 'StdChapter',
  clause: ['StdChapter', 'StdClause1', 'StdClause2', 'StdClause3', 'StdClause4', 'StdClause5'],
  appendixClause: ['StdAppendixChapter', 'StdAppendixClause1', 'StdAppendixClause2', 'StdAppendixClause3', 'StdAppendixClause4', 'StdAppendixClause5'],
  forewordTitle: 'StdForewordTitle',
  bodyTitle: 'StdBodyTitle',
  appendixLabel: 'StdAppendixLabel',
  bibliographyTitle: 'StdBibliographyTitle',
  indexTitle: 'StdIndexTitle',
  term: 'StdTerm1',
  note: 'StdNote',
  example: 'StdExample',
  dash: 'StdListDash',
  letter: 'StdListLetter',
  number: 'StdListNumber',
  tableTitle: 'StdTableTitle',
  figureTitle: 'StdFigureTitle',
  code: 'StdCode',
  footnote: 'StdFootnote',
  tocTitle: 'StdTocTitle',
  tocBody: 'StdTocBody'
} as const

export const paragraphStyles: Array<IParagraphStyleOptions> = [
  {
    id: style.paragraph,
    name: '标准文件_段',
    quickFormat: true,
    run: {font: fonts.serif, size: body},
    paragraph: {indent: {firstLine: 420}, spacing: {line: 312}, alignment: 'both'}
  },
  heading(style.chapter, '标准文件_章标题', 0),
  heading(style.clause[1], '标准文件_一级条标题', 1),
  heading(style.clause[2], '标准文件_二级条标题', 2),
  heading(style.clause[3], '标准文件_三级条标题', 3),
  heading(style.clause[4], '标准文件_四级条标题', 4),
  heading(style.clause[5], '标准文件_五级条标题', 5),
  heading(style.appendixClause[0], '标准文件_附录章标题', 0),
  heading(style.appendixClause[1], '标准文件_附录一级条标题', 1),
  heading(style.appendixClause[2], '标准文件_附录二级条标题', 2),
  heading(style.appendixClause[3], '标准文件_附录三级条标题', 3),
  heading(style.appendixClause[4], '标准文件_附录四级条标题', 4),
  heading(style.appendixClause[5], '标准文件_附录五级条标题', 5),
  {...heading(style.forewordTitle, '标准文件_前言、引言标题', 0, 32), paragraph: {outlineLevel: 0, alignment: 'center', spacing: {before: 480, after: 480}}},
  {...heading(style.bodyTitle, '标准文件_正文标准名称', 0, 32), paragraph: {outlineLevel: 0, alignment: 'center', spacing: {before: 480, after: 480}}},
  {...heading(style.appendixLabel, '标准文件_附录标识', 0, body), paragraph: {outlineLevel: 0, alignment: 'center', spacing: {before: 240, after: 480}}},
  {...heading(style.bibliographyTitle, '标准文件_参考文献标题', 0, body), paragraph: {outlineLevel: 0, alignment: 'center', spacing: {after: 480}}},
  {...heading(style.indexTitle, '标准文件_索引标题', 0, body), paragraph: {outlineLevel: 0, alignment: 'center', spacing: {after: 480}}},
  heading(style.term, '标准文件_术语条一', 1),
  plain(style.note, '标准文件_注：', {run: {size: small}, paragraph: {indent: {left: 420, firstLine: 0}}}),
  plain(style.example, '标准文件_示例', {run: {size: small}, paragraph: {indent: {left: 420, firstLine: 0}}}),
  // The dash two characters in, as a letter is: the text after it, and its wrapped lines, four characters in.
  plain(style.dash, '标准文件_破折号列项', {paragraph: {indent: {left: 840, hanging: 420}}}),
  plain(style.letter, '标准文件_字母编号列项（一级）', {paragraph: {indent: {left: 840, hanging: 420}}}),
  plain(style.number, '标准文件_数字编号列项（二级）', {paragraph: {indent: {left: 1260, hanging: 420}}}),
  {...heading(style.tableTitle, '标准文件_正文表标题', 9), paragraph: {alignment: 'center', keepNext: true, indent: {firstLine: 0}}},
  {...heading(style.figureTitle, '标准文件_正文图标题', 9), paragraph: {alignment: 'center', indent: {firstLine: 0}}},
  // The 目次's title has no outline level: the 目次 does not list itself.
  {...plain(style.tocTitle, '标准文件_目次、标准名称标题', {run: {font: fonts.sans, size: 32}}), paragraph: {alignment: 'center', indent: {firstLine: 0}, spacing: {before: 480, after: 480}}},
  plain(style.tocBody, '目次、索引正文', {paragraph: {indent: {firstLine: 0}, alignment: 'left'}}),
  plain(style.footnote, '标准文件_脚注', {run: {size: small}, paragraph: {indent: {firstLine: 0}, spacing: {line: 240}}}),
  // Code in a frame, as the PDF sets it: the lines of a block share one box. The drafting tool's template has no
  // style for listings: it is named in Chinese, as every style a user sees in the style list.
  plain(style.code, '代码', {
    run: {font: fonts.mono, size: small},
    paragraph: {indent: {left: 420, right: 0, firstLine: 0}, alignment: 'left', spacing: {line: 240}, border: {top: frame, bottom: frame, left: frame, right: frame}}
  })
]
