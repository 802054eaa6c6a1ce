/**
 * Opening a Word file: the bytes checked and refused before anything is
 * inflated, then the package's parts, content types and relationships.
 *
 * The limits, checked from the zip's central directory before inflating:
 * - the file itself at most 100 MB (`MAX_INPUT`): a standard with its figures
 *   is a few MB, a scanned one some tens;
 * - the parts' declared sizes at most 500 MB together (`MAX_UNPACKED`);
 * - no part larger than 1 MiB compressed more than 200:1 (`MAX_RATIO`):
 *   XML compresses 10–30:1 and images hardly at all, so a part beyond that is
 *   a zip bomb; small parts are let be (a few KB of padding can go past it
 *   harmlessly);
 * - at most 10 000 entries (`MAX_ENTRIES`).
 * Each inflated part is bounded by its declared size (fflate writes into a
 * buffer of that size), so a directory that lies cannot make it larger.
 */
import {createRequire} from 'node:module'
import {TextDecoder} from 'node:util'
import {unzipSync, type UnzipFileInfo} from 'fflate'
import {messages} from '@stdkit/messages'
import {ImportError} from './errors.js'
import {elements, parseXml, type XmlElement} from './xml.js'

export const MAX_INPUT = 100 * 1000 * 1000
export const MAX_UNPACKED = 500 * 1000 * 1000
export const MAX_RATIO = 200
export const RATIO_FROM = 1024 * 1024
export const MAX_ENTRIES = 10_000

const require = createRequire(import.meta.url)

const megabytes = (size: number): string => `${(size / 1e6).toFixed(1)} MB`

export interface Relationship {
  type: string
  /** The part's name in the package (`word/media/image1.png`), or the address for an external target. */
  target: string
  external: boolean
}

export interface WordPackage {
  has(part: string): boolean
  bytes(part: string): Uint8Array | undefined
  /** The part parsed, or undefined when absent; throws `import-xml` when broken. */
  xml(part: string): XmlElement | undefined
  /** The relationships of a part, by id. */
  relationships(part: string): ReadonlyMap<string, Relationship>
  mediaType(part: string): string | undefined
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const startsWith = (bytes: Uint8Array, magic: ReadonlyArray<number>): boolean => magic.every((byte, index) => bytes[index] === byte)

/** An OLE compound file is a .doc or an encrypted OOXML package: which, by its streams. */
function refuseCompound(bytes: Uint8Array): never {
  const words = messages().docxRead
  let names: ReadonlyArray<string> = []
  try {
    const CFB = require('cfb') as typeof import('cfb')
    names = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {type: 'buffer'}).FileIndex.map((entry) => entry.name)
  } catch {
    // A damaged compound file is refused as one all the same.
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) throw new ImportError('import-encrypted', words.encrypted)
  if (names.includes('WordDocument')) throw new ImportError('import-doc', words.doc)
  throw new ImportError('import-not-zip', words.ole)
}

/** Resolves a relationship's target against the part that holds it (`word/` + `media/image1.png`). */
export function resolvePart(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : ''
  const segments: Array<string> = []
  for (const segment of (base + target).split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/')
}

/** Opens the bytes as a Word package, refusing what is not one, or is too large, before inflating anything. */
export function openPackage(bytes: Uint8Array): WordPackage {
  const words = messages().docxRead
  if (bytes.byteLength > MAX_INPUT) {
    throw new ImportError('import-too-large', words.tooLarge({size: megabytes(bytes.byteLength), limit: megabytes(MAX_INPUT)}))
  }
  if (startsWith(bytes, OLE)) refuseCompound(bytes)
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ImportError('import-not-zip', words.notZip)
  // First pass: the central directory only (the filter declines every entry, so nothing is inflated).
  const entries: Array<UnzipFileInfo> = []
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info)
        return false
      }
    })
  } catch (error) {
    throw new ImportError('import-not-zip', words.brokenZip({reason: (error as Error).message}))
  }
  if (entries.length > MAX_ENTRIES) {
    throw new ImportError('import-too-large', words.tooManyParts({count: entries.length, limit: MAX_ENTRIES}))
  }
  let total = 0
  for (const entry of entries) {
    total += entry.originalSize
    if (entry.originalSize > RATIO_FROM && entry.originalSize > MAX_RATIO * Math.max(entry.size, 1)) {
      throw new ImportError('import-too-large', words.ratio({part: entry.name, ratio: Math.round(entry.originalSize / Math.max(entry.size, 1)), limit: MAX_RATIO}))
    }
  }
  if (total > MAX_UNPACKED) {
    throw new ImportError('import-too-large', words.unpackedTooLarge({size: megabytes(total), limit: megabytes(MAX_UNPACKED)}))
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch (error) {
    throw new ImportError('import-not-zip', words.brokenZip({reason: (error as Error).message}))
  }
  // Part names are case-insensitive in OPC: find them whatever case the writer used.
  const byName = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(files)) byName.set(name.toLowerCase(), data)
  const decoder = new TextDecoder('utf-8')
  const parsed = new Map<string, XmlElement | undefined>()
  const relationshipsByPart = new Map<string, ReadonlyMap<string, Relationship>>()

  const pack: WordPackage = {
    has: (part) => byName.has(part.toLowerCase()),
    bytes: (part) => byName.get(part.toLowerCase()),
    xml(part) {
      const key = part.toLowerCase()
      if (!parsed.has(key)) {
        const data = byName.get(key)
        parsed.set(key, data === undefined ? undefined : parseXml(part, decodeXml(decoder, data)))
      }
      return parsed.get(key)
    },
    relationships(part) {
      let found = relationshipsByPart.get(part)
      if (found === undefined) {
        const slash = part.lastIndexOf('/')
        const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
        const map = new Map<string, Relationship>()
        for (const relationship of elements(pack.xml(relsPart), 'pr:Relationship')) {
          const id = relationship.attrs.Id
          const target = relationship.attrs.Target
          if (id === undefined || target === undefined) continue
          const external = relationship.attrs.TargetMode === 'External'
          map.set(id, {type: relationship.attrs.Type ?? '', target: external ? target : resolvePart(part, decodeURI(target)), external})
        }
        found = map
        relationshipsByPart.set(part, found)
      }
      return found
    },
    mediaType(part) {
      const types = pack.xml('[Content_Types].xml')
      const name = `/${part}`.toLowerCase()
      for (const override of elements(types, 'ct:Override')) if (override.attrs.PartName?.toLowerCase() === name) return override.attrs.ContentType
      const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase()
      for (const fallback of elements(types, 'ct:Default')) if (fallback.attrs.Extension?.toLowerCase() === extension) return fallback.attrs.ContentType
      return undefined
    }
  }
  if (!pack.has('[Content_Types].xml')) throw new ImportError('import-missing-part', words.missingPart({part: '[Content_Types].xml'}))
  return pack
}

/** XML is UTF-8 unless it starts with a UTF-16 byte-order mark. */
function decodeXml(utf8: TextDecoder, data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data)
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data)
  return utf8.decode(data)
}

/** The main document part: the package's officeDocument relationship, else `word/document.xml`. */
export function mainPart(pack: WordPackage): string {
  for (const relationship of pack.relationships('').values()) {
    if (relationship.type.endsWith('/officeDocument') && !relationship.external && pack.has(relationship.target)) return relationship.target
  }
  if (pack.has('word/document.xml')) return 'word/document.xml'
  throw new ImportError('import-missing-part', messages().docxRead.missingPart({part: 'word/document.xml'}))
}

/** The target of the first relationship of `part` whose type ends with `/kind` (`styles`, `numbering`, `footnotes`). */
export function related(pack: WordPackage, part: string, kind: string): string | undefined {
  for (const relationship of pack.relationships(part).values()) if (relationship.type.endsWith(`/${kind}`) && !relationship.external) return relationship.target
  return undefined
}
