/**
 * Small .docx packages written part by part, for what a test must set exactly
 * (a field, an override, a merge, a tracked change) that no writing library
 * lets one choose.
 */
import {strToU8, zipSync} from 'fflate'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const namespaces = [
  `xmlns:w="${W}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
].join(' ')

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface Parts {
  body: string
  styles?: string
  numbering?: string
  footnotes?: string
  /** Extra relationships of the document: id → [type (last segment), target]. */
  relationships?: Record<string, [string, string]>
  /** Extra files (media). */
  files?: Record<string, Uint8Array>
}

/** A .docx of the given body (the inside of `w:body`) and optional styles, numbering and footnotes. */
export function docx(parts: Parts): Uint8Array {
  const relationships: Record<string, [string, string]> = {...parts.relationships}
  if (parts.styles !== undefined) relationships.rStyles = ['styles', 'styles.xml']
  if (parts.numbering !== undefined) relationships.rNumbering = ['numbering', 'numbering.xml']
  if (parts.footnotes !== undefined) relationships.rFootnotes = ['footnotes', 'footnotes.xml']
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
        '<Default Extension="svg" ContentType="image/svg+xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        Object.entries(relationships)
          .map(([id, [type, target]]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
          .join('') +
        '</Relationships>'
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<w:document ${namespaces}><w:body>${parts.body}</w:body></w:document>`),
    ...parts.files
  }
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(`<w:styles ${namespaces}>${parts.styles}</w:styles>`)
  if (parts.numbering !== undefined) files['word/numbering.xml'] = strToU8(`<w:numbering ${namespaces}>${parts.numbering}</w:numbering>`)
  if (parts.footnotes !== undefined) files['word/footnotes.xml'] = strToU8(`<w:footnotes ${namespaces}>${parts.footnotes}</w:footnotes>`)
  return zipSync(files)
}

/** A paragraph: optional `w:pPr` content, then the runs' XML. */
export const p = (properties: string, ...content: Array<string>): string => `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${content.join('')}</w:p>`

/** A run of text, with optional `w:rPr` content. */
export const r = (text: string, properties = ''): string => `<w:r>${properties === '' ? '' : `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`

/** A numbering level. */
export const lvl = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
