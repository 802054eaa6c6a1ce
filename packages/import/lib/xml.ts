/**
 * The parts of a Word package as small element trees. The XML is parsed with
 * `saxes`: a strict, well-kept streaming parser that checks well-formedness
 * and namespaces and tells the line and column of a fault, which a refusal
 * must name; building our own compact tree from its events keeps reading
 * linear and lets every name be keyed by its namespace, not by whatever prefix
 * the writing program chose: `w:p` below always means WordprocessingML's
 * paragraph, in the transitional or the strict (ISO) namespace alike.
 */
import {SaxesParser} from 'saxes'
import {messages} from '@stdkit/messages'
import {ImportError} from './errors.js'

export interface XmlElement {
  /** The name with its canonical prefix (`w:p`, `m:oMath`, `a:blip`), or as written for an unknown namespace. */
  name: string
  attrs: Record<string, string>
  children: Array<XmlElement | string>
}

/** Namespaces by the prefix this reader calls them by. */
const canonical: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.microsoft.com/office/drawing/2016/SVG/main': 'asvg',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg'
}

/** The namespace of each canonical prefix, to write a formula back as XML for the math converter. */
export const namespaceOf: Readonly<Record<string, string>> = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math'
}

/** Parses one part; throws `import-xml` with the part's name, line and column when it is not well-formed. */
export function parseXml(part: string, text: string): XmlElement {
  const parser = new SaxesParser({xmlns: true, position: true})
  const root: XmlElement = {name: '#document', attrs: {}, children: []}
  const stack: Array<XmlElement> = [root]
  let failure: {line: number; column: number; reason: string} | undefined
  const nameOf = (uri: string, prefix: string, local: string): string => {
    const known = canonical[uri]
    if (known !== undefined) return `${known}:${local}`
    return prefix === '' ? local : `${prefix}:${local}`
  }
  parser.on('error', (error) => {
    if (failure === undefined) {
      // saxes prefixes its message with `line:column: `; the catalogue says where.
      failure = {line: parser.line, column: parser.column, reason: error.message.replace(/^\d+:\d+: /, '')}
    }
  })
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue
      attrs[attribute.uri === '' ? attribute.local : nameOf(attribute.uri, attribute.prefix, attribute.local)] = attribute.value
    }
    const element: XmlElement = {name: nameOf(tag.uri, tag.prefix, tag.local), attrs, children: []}
    stack[stack.length - 1]!.children.push(element)
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const onText = (value: string): void => {
    const top = stack[stack.length - 1]!
    if (top !== root) top.children.push(value)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close()
  } catch (error) {
    if (failure === undefined) failure = {line: parser.line, column: parser.column, reason: (error as Error).message}
  }
  if (failure === undefined && !root.children.some((child) => typeof child !== 'string')) {
    failure = {line: parser.line, column: parser.column, reason: 'no root element'}
  }
  if (failure !== undefined) {
    throw new ImportError('import-xml', messages().docxRead.xml({part, ...failure}), {part, line: failure.line, column: failure.column})
  }
  return root.children.find((child): child is XmlElement => typeof child !== 'string')!
}

/** The element's child elements, optionally only those named `name`. */
export function elements(element: XmlElement | undefined, name?: string): Array<XmlElement> {
  if (element === undefined) return []
  const found: Array<XmlElement> = []
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) found.push(child)
  return found
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element === undefined) return undefined
  for (const item of element.children) if (typeof item !== 'string' && item.name === name) return item
  return undefined
}

/** The first element named `name` at any depth below `element`. */
export function descendant(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (element === undefined) return undefined
  for (const item of element.children) {
    if (typeof item === 'string') continue
    if (item.name === name) return item
    const found = descendant(item, name)
    if (found !== undefined) return found
  }
  return undefined
}

/** Every element named `name` at any depth below `element`, in document order. */
export function descendants(element: XmlElement | undefined, name: string, into: Array<XmlElement> = []): Array<XmlElement> {
  if (element === undefined) return into
  for (const item of element.children) {
    if (typeof item === 'string') continue
    if (item.name === name) into.push(item)
    else descendants(item, name, into)
  }
  return into
}

/** The text inside an element, all depths. */
export function textOf(element: XmlElement): string {
  const parts: Array<string> = []
  const walk = (node: XmlElement): void => {
    for (const item of node.children) {
      if (typeof item === 'string') parts.push(item)
      else walk(item)
    }
  }
  walk(element)
  return parts.join('')
}

/** `w:val` of the child named `name` (or another attribute), when the child is there. */
export function valueOf(element: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(element, name)?.attrs[attribute]
}

/**
 * An on/off property (`w:b`, `w:i`, `w:tblHeader` …): absent is undefined;
 * present without a value, or with `1`, `true`, `on`, is true.
 */
export function onOff(element: XmlElement | undefined, name: string): boolean | undefined {
  const found = child(element, name)
  if (found === undefined) return undefined
  const value = found.attrs['w:val']
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value)
}

const escapes: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => escapes[c]!)

/** Writes an element back as XML, declaring the canonical namespaces it uses (for the math converter). */
export function serialize(element: XmlElement): string {
  const parts: Array<string> = []
  const walk = (node: XmlElement, top: boolean): void => {
    parts.push('<', node.name)
    if (top) for (const [prefix, uri] of Object.entries(namespaceOf)) parts.push(` xmlns:${prefix}="${uri}"`)
    for (const [name, value] of Object.entries(node.attrs)) if (!name.includes(':') || name.split(':')[0]! in namespaceOf) parts.push(' ', name, '="', escape(value), '"')
    parts.push('>')
    for (const item of node.children) {
      if (typeof item === 'string') parts.push(escape(item))
      else if (item.name.split(':')[0]! in namespaceOf || !item.name.includes(':')) walk(item, false)
    }
    parts.push('</', node.name, '>')
  }
  walk(element, true)
  return parts.join('')
}
