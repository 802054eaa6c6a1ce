/**
 * A Chinese standard's documents speak Chinese: no English word in the text
 * of any page, any PDF or the text redline of any comparison, except the
 * standard's own words (the English equivalents of terms, codes such as Q/ZX,
 * units). The allowed words are gathered from the editions' trees; ids and
 * links are attributes, never read, so they are not scanned.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildSite, library, stdkit} from './support.js'

/** Fields of a tree that hold machine names (node types, ids, roles), not words of the standard. */
const machineFields = new Set(['type', 'id', 'targetId', 'anchor', 'role', 'kind', 'status', 'labelStyle', 'schemaVersion', 'position', 'positions'])

/** Every string a tree holds as text, skipping its machine fields. */
function texts(value: unknown): Array<string> {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(texts)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) => (machineFields.has(key) ? [] : texts(inner)))
}

const wordsOf = (text: string): Array<string> => text.match(/[A-Za-z]{2,}/gu) ?? []

/** Page numbers of the front matter, which GB/T 1.1 sets in Roman numerals (I, II, III …). */
const roman = /^[IVXLC]+$/u

/** The classification codes GB/T 1.1 prints at the top of a cover, in Latin letters on every Chinese standard: ICS and CCS. */
const coverCodes: ReadonlySet<string> = new Set(['ICS', 'CCS'])

/** The names of the file formats a page links to (`下载：PDF、Word 文档、JSON 数据、NISO STS XML`): proper names, in Latin letters in Chinese too. */
const formatNames: ReadonlySet<string> = new Set(['PDF', 'Word', 'JSON', 'NISO', 'STS', 'XML'])

/** The English words a text holds that the standards' own text does not. */
function foreign(text: string, allowed: ReadonlySet<string>): Array<string> {
  return [...new Set(wordsOf(text).filter((word) => !allowed.has(word) && !roman.test(word) && !coverCodes.has(word) && !formatNames.has(word)))]
}

/** The text of an HTML page as a reader sees it: no scripts, styles, tags or attributes. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[^]*?<\/\1>/gu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&[a-z]+;|&#\d+;/gu, ' ')
}

async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise
  const pages: Array<string> = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join('\n')
}

let out: string
let files: Array<string>
let allowed: Set<string>

beforeAll(async () => {
  out = await buildSite()
  files = readdirSync(out, {recursive: true, encoding: 'utf8'}).sort()
  // The editions as published: every word of their trees is the standard's own.
  const editions = files.filter((file) => /^[^/]+\/\d{4}\.json$/u.test(file))
  allowed = new Set(editions.flatMap((file) => texts(JSON.parse(readFileSync(path.join(out, file), 'utf8'))).flatMap(wordsOf)))
})

describe('a Chinese standard’s documents', () => {
  it('have no English word in any page', () => {
    const pages = files.filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(10)
    const found: Record<string, Array<string>> = {}
    for (const file of pages) {
      const words = foreign(pageText(readFileSync(path.join(out, file), 'utf8')), allowed)
      if (words.length > 0) found[file] = words
    }
    expect(found).toEqual({})
  })

  it('have no English word in the text of any PDF', async () => {
    const pdfs = files.filter((file) => file.endsWith('.pdf'))
    expect(pdfs.length).toBeGreaterThan(4)
    const found: Record<string, Array<string>> = {}
    for (const file of pdfs) {
      const words = foreign(await pdfText(readFileSync(path.join(out, file))), allowed)
      if (words.length > 0) found[file] = words
    }
    expect(found).toEqual({})
  })

  it('have no English word in the text redline of any comparison of the library', async () => {
    const comparisons = files.filter((file) => /\/diff\/\d{4}\.\.\d{4}\.json$/u.test(file))
    expect(comparisons.length).toBeGreaterThan(3)
    const found: Record<string, Array<string>> = {}
    for (const file of comparisons) {
      const [slug, , pair] = file.split('/')
      const [old, now] = (pair ?? '').replace('.json', '').split('..')
      const {code, stdout} = await stdkit(['diff', `${slug}@${old}`, `${slug}@${now}`, '--all'], library())
      expect(code).toBe(0)
      const words = foreign(stdout, allowed)
      if (words.length > 0) found[file] = words
    }
    expect(found).toEqual({})
  })
})
