/**
 * The document's font table (word/fontTable.xml), which the `docx` library
 * writes empty: each face the runs name, as Word describes it (PANOSE number,
 * character set, family, pitch), so a word processor that lacks one picks a
 * face like it. 宋体 and 黑体 are paired with their Latin names SimSun and
 * SimHei; where neither is installed (a Linux machine, the CI's LibreOffice)
 * the Noto faces stand in, named as each one's alternative (`w:altName`).
 */
import {chineseNames, fonts} from './styles.js'

interface FontEntry {
  name: string
  altName?: string
  panose: string
  charset: string
  family: string
  pitch: string
  /** Unicode and code-page ranges, where Word writes them for the face. */
  sig?: string
}

/** SimSun and SimHei as Word writes them (GB 2312 character set, 86). */
const simsun = {panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable', sig: 'w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"'}
const simhei = {panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', sig: 'w:usb0="800002BF" w:usb1="38CF7CFA" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"'}

/** The East Asian fallbacks: the Noto CJK faces Debian's fonts-noto-cjk installs. */
export const fallbacks = {serif: 'Noto Serif CJK SC', sans: 'Noto Sans CJK SC'} as const

export const fontEntries: ReadonlyArray<FontEntry> = [
  {name: chineseNames.serif, altName: fallbacks.serif, ...simsun},
  {name: fonts.serif.ascii, altName: chineseNames.serif, ...simsun},
  {name: chineseNames.sans, altName: fallbacks.sans, ...simhei},
  {name: fonts.sans.ascii, altName: chineseNames.sans, ...simhei},
  {name: fallbacks.serif, panose: '02020400000000000000', charset: '86', family: 'roman', pitch: 'variable'},
  {name: fallbacks.sans, panose: '020B0500000000000000', charset: '86', family: 'swiss', pitch: 'variable'},
  {
    name: fonts.mono.ascii,
    panose: '02070309020205020404',
    charset: '00',
    family: 'modern',
    pitch: 'fixed',
    sig: 'w:usb0="E0002EFF" w:usb1="C0007843" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"'
  }
]

const attribute = (value: string): string => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;')

const entryXml = (font: FontEntry): string =>
  `<w:font w:name="${attribute(font.name)}">${font.altName ? `<w:altName w:val="${attribute(font.altName)}"/>` : ''}<w:panose1 w:val="${font.panose}"/><w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="${font.pitch}"/>${font.sig ? `<w:sig ${font.sig}/>` : ''}</w:font>`

/** The font table with the entries in it, in place of the fonts the writer listed (none, or those it embedded). */
export function withFontEntries(xml: string): string {
  const entries = fontEntries.map(entryXml).join('')
  const empty = /<w:fonts\b([^>]*?)\/>/u
  if (empty.test(xml)) return xml.replace(empty, `<w:fonts$1>${entries}</w:fonts>`)
  return xml.replace(/(<w:fonts\b[^>]*>)/u, `$1${entries}`)
}
