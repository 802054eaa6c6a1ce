/**
 * The NISO STS publisher on every edition of the library and on the fixture
 * that holds every node type: each document is valid against the NISO STS
 * 1.2 interchange DTD with MathML 3 (`xmllint --dtdvalid`), carries its
 * cover as metadata, holds the tree's text, and is the same bytes each time.
 *
 * The DTD set is read from `STS_DTD_DIR`, else from the schemas folder beside
 * the repository (`../shared/schemas/niso-sts-1.2-interchange-mathml3`). In CI
 * a missing DTD or xmllint fails the run; elsewhere the validation is skipped
 * with a notice.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Element, ElementContent} from 'xast'
import {fromXml} from 'xast-util-from-xml'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadEdition} from '@stdkit/library'
import {renderSts} from '@stdkit/sts'
import {toText, type Standard} from '@stdkit/tree'
import {libraryEditions, repository, technicalEditions} from '../../../test/library.js'

const dtdFolder = process.env.STS_DTD_DIR ?? path.join(repository, '..', 'shared', 'schemas', 'niso-sts-1.2-interchange-mathml3')
const dtd = path.join(dtdFolder, 'NISO-STS-interchange-1-mathml3.dtd')

/** Whether the documents can be validated: the DTD and xmllint are there (in CI they must be). */
function validatorAvailable(): boolean {
  const missing = [
    existsSync(dtd) ? undefined : `the NISO STS DTD at ${dtd} (set STS_DTD_DIR to the folder holding NISO-STS-interchange-1-mathml3.dtd)`,
    spawnSync('xmllint', ['--version']).error === undefined ? undefined : 'xmllint (apt-get install libxml2-utils)'
  ].filter((item) => item !== undefined)
  if (missing.length === 0) return true
  if (process.env.CI) throw new Error(`NISO STS validation cannot run: missing ${missing.join(' and ')}`)
  console.warn(`NISO STS validation skipped: missing ${missing.join(' and ')}`)
  return false
}

/** xmllint's verdict on the files: its messages, empty when every file is valid. */
function validate(files: ReadonlyArray<string>): string {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--path', dtdFolder, '--dtdvalid', dtd, ...files], {encoding: 'utf8'})
  return `${result.stdout}${result.stderr}`.trim() + (result.status === 0 ? '' : `\nexit ${result.status}`)
}

const editions = [...libraryEditions.map((edition) => path.join(repository, 'standards', edition)), ...technicalEditions.map((edition) => path.join(repository, 'standards', edition)), path.join(repository, 'test/fixtures/constructs/2007.md')]

const documents = new Map<string, {tree: Standard; xml: string}>()

beforeAll(async () => {
  for (const file of editions) {
    const {tree} = await loadEdition(file, path.dirname(path.dirname(file)))
    documents.set(path.relative(repository, file), {tree, xml: renderSts(tree)})
  }
})

const child = (element: Element, name: string): Element | undefined => element.children.find((item): item is Element => item.type === 'element' && item.name === name)
const children = (element: Element, name: string): Array<Element> => element.children.filter((item): item is Element => item.type === 'element' && item.name === name)
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '')
const rootOf = (xml: string): Element => fromXml(xml).children.find((item): item is Element => item.type === 'element')!

/**
 * The document's text as the tree's text reads (`toText`): what the XML adds
 * to it left out — its metadata, the numbers and labels it prints (a clause's
 * `label`, an appendix's `annex-type`), the titles of sections, the MathML
 * beside each formula's TeX, the terms' names (the tree's text is an entry's
 * definition, notes and source), the generated index and the record's column
 * heads — and the separators the tree's text puts where the XML has elements
 * (`——` between a symbol and its explanation).
 */
function documentText(root: Element): string {
  let out = ''
  const walk = (node: ElementContent, ancestors: ReadonlyArray<Element>): void => {
    const [parent, grandparent] = [ancestors.at(-1), ancestors.at(-2)]
    if (node.type === 'text') {
      out += parent?.name === 'tbx:source' && node === parent.children.at(-1) ? node.value.replace(/，有修改$/u, '') : node.value
      return
    }
    if (node.type !== 'element') return
    const subfigure = parent?.name === 'fig' && grandparent?.name === 'fig-group'
    const name = node.name
    if (name === 'std-meta' || name === 'annex-type' || name === 'mml:math' || name === 'tbx:tig' || name === 'index') return
    if (name === 'label' && !(parent?.name === 'ref' || subfigure || (parent?.name === 'fn' && grandparent?.name === 'fn-group'))) return
    if (name === 'title' && parent?.name !== 'std' && !(parent?.name === 'caption' && grandparent?.name === 'fig' && ancestors.at(-3)?.name === 'fig-group')) return
    if (name === 'caption' && !subfigure) return
    // A sub-figure's text is its label and its title, or its image's alternative text where it has no title.
    if (name === 'alt-text' && grandparent?.name === 'fig' && ancestors.at(-3)?.name === 'fig-group' && child(grandparent, 'caption') !== undefined) return
    if (name === 'thead' && grandparent?.attributes['content-type'] === 'revision-record') return
    for (const item of node.children) walk(item, [...ancestors, node])
    if (name === 'term' && parent?.name === 'def-item') out += '——'
  }
  walk(root, [])
  return out
}

/** Text as it reads: spacing and line breaks aside, and the dash before a year in either of its forms. */
const squeeze = (text: string): string => text.replace(/[\s\u3000]+/gu, '').replace(/[–—]/gu, '–')

describe('NISO STS XML', () => {
  it('is valid against the NISO STS 1.2 interchange DTD with MathML 3, for every edition and the fixture of every node type', () => {
    if (!validatorAvailable()) return
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-sts-'))
    const files = [...documents].map(([name, {xml}]) => {
      const file = path.join(folder, `${name.replaceAll('/', '_')}.xml`)
      writeFileSync(file, xml)
      return file
    })
    expect(files).toHaveLength(11)
    expect(validate(files)).toBe('')
  })

  it('fails validation where the document breaks the DTD: the check can fail', () => {
    if (!validatorAvailable()) return
    const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-sts-'))
    const {xml} = documents.get('test/fixtures/constructs/2007.md')!
    const broken = path.join(folder, 'broken.xml')
    // A clause without its number and title, and a cross-reference to an id that is not there.
    writeFileSync(broken, xml.replace(/(<sec id="clause-1"[^>]*>)<label>1<\/label><title>[^<]*<\/title>/u, '$1').replace(/rid="clause-[^"]*"/u, 'rid="nowhere"'))
    const verdict = validate([broken])
    expect(verdict).toMatch(/Element sec content does not follow the DTD/u)
    expect(verdict).toMatch(/attribute rid references an unknown ID "nowhere"/u)
  })

  it('holds the text of the tree, every edition', () => {
    for (const [name, {tree, xml}] of documents) expect(squeeze(documentText(rootOf(xml))), name).toBe(squeeze(toText(tree)))
  })

  it('is the same bytes each time', () => {
    for (const [name, {tree, xml}] of documents) expect(renderSts(tree), name).toBe(xml)
  })

  it('starts with the XML declaration and the DTD public identifier, in Chinese', () => {
    const {xml} = documents.get('standards/q-zx-75.1861/2007.md')!
    expect(xml.split('\n').slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE standard PUBLIC "-//NISO//DTD NISO STS Interchange Tag Set (NISO STS) DTD with MathML 3.0 v1.2 20240307//EN" "NISO-STS-interchange-1-mathml3.dtd">'
    ])
    const root = rootOf(xml)
    expect(root.name).toBe('standard')
    expect(root.attributes['xml:lang']).toBe('zh')
    expect(xml.endsWith('</standard>\n')).toBe(true)
  })

  it('carries an enterprise cover as std-meta: designation, year, title, dates, replaced edition, issuer', () => {
    const {tree, xml} = documents.get('standards/q-zx-75.1861/2007.md')!
    const meta = child(child(rootOf(xml), 'front')!, 'std-meta')!
    const ident = child(meta, 'std-ident')!
    expect(textOf(child(ident, 'originator')!)).toBe('Q/ZX')
    expect(textOf(child(ident, 'doc-number')!)).toBe('75.1861')
    expect(textOf(child(ident, 'year')!)).toBe('2007')
    expect(textOf(child(child(meta, 'title-wrap')!, 'main')!)).toBe(tree.cover.title)
    expect(children(meta, 'std-ref').map((ref) => [ref.attributes.type, textOf(ref)])).toEqual([
      ['dated', tree.cover.number],
      ['undated', 'Q/ZX 75.1861']
    ])
    expect(textOf(child(meta, 'release-date')!)).toBe(tree.cover.issued)
    expect(textOf(child(meta, 'meta-date')!)).toBe(tree.cover.effective)
    expect(textOf(child(meta, 'std-xref')!)).toBe(tree.cover.replaces)
    expect(textOf(child(child(meta, 'std-org')!, 'std-org-name')!)).toBe(tree.cover.issuer)
    expect(tree.cover.replaces).toBe('Q/ZX 75.1861–2006')
  })

  it('carries a group standard in parts: English title, ICS, CCS, part number, series title', () => {
    const {tree, xml} = documents.get('standards/t-zxbz-12.1/2026.md')!
    const meta = child(child(rootOf(xml), 'front')!, 'std-meta')!
    const [chinese, english] = children(meta, 'title-wrap')
    expect(chinese?.attributes['xml:lang']).toBe('zh')
    expect(textOf(child(chinese!, 'intro')!)).toBe(tree.cover.series?.title)
    expect(textOf(child(chinese!, 'main')!)).toBe(tree.cover.part?.title)
    expect(textOf(child(chinese!, 'full')!)).toBe(tree.cover.title)
    expect(english?.attributes['xml:lang']).toBe('en')
    expect(textOf(child(english!, 'full')!)).toBe(tree.cover.titleEnglish)
    const ident = child(meta, 'std-ident')!
    expect([textOf(child(ident, 'originator')!), textOf(child(ident, 'doc-number')!), textOf(child(ident, 'part-number')!)]).toEqual(['T/ZXBZ', '12', '1'])
    expect(children(meta, 'ics').map(textOf)).toEqual(tree.cover.ics)
    const custom = Object.fromEntries(children(child(meta, 'custom-meta-group')!, 'custom-meta').map((item) => [textOf(child(item, 'meta-name')!), textOf(child(item, 'meta-value')!)]))
    expect(custom.CCS).toBe(tree.cover.ccs)
    expect(custom['标准类型']).toBe(tree.cover.documentType)
  })

  it('maps every node type of the fixture onto its NISO STS element', () => {
    const {xml} = documents.get('test/fixtures/constructs/2007.md')!
    const names = new Map<string, Array<Element>>()
    const walk = (element: Element): void => {
      names.set(element.name, [...(names.get(element.name) ?? []), element])
      for (const item of element.children) if (item.type === 'element') walk(item)
    }
    walk(rootOf(xml))
    const all = (name: string) => names.get(name) ?? []
    const front = child(rootOf(xml), 'front')!
    expect(children(front, 'sec').map((sec) => sec.attributes['sec-type'])).toEqual(['foreword', 'intro'])
    expect(all('table-wrap').some((table) => table.attributes['content-type'] === 'revision-record')).toBe(true)
    expect(all('list').some((list) => list.attributes['list-content'] === 'change-list')).toBe(true)
    expect(all('sec').map((sec) => sec.attributes['sec-type']).filter(Boolean)).toEqual(expect.arrayContaining(['scope', 'norm-refs', 'terms']))
    expect(all('term-sec').length).toBeGreaterThan(0)
    expect(all('tbx:termEntry').length).toBe(all('term-sec').length)
    expect(all('tbx:langSet').map((set) => set.attributes['xml:lang'])).toEqual(expect.arrayContaining(['zh', 'en']))
    expect(all('app').map((app) => app.attributes['content-type'])).toEqual(['norm-annex', 'inform-annex'])
    expect(child(child(rootOf(xml), 'back')!, 'app-group')).toBeDefined()
    expect(all('ref-list').map((list) => list.attributes['content-type'])).toEqual(expect.arrayContaining(['norm-refs', 'bibl']))
    expect(all('std').map((std) => std.attributes.type)).toEqual(expect.arrayContaining(['dated', 'undated']))
    expect(new Set(all('xref').map((ref) => ref.attributes['ref-type']))).toEqual(new Set(['sec', 'app', 'table', 'fig', 'disp-formula']))
    for (const name of ['non-normative-note', 'non-normative-example', 'fig', 'graphic', 'disp-formula', 'inline-formula', 'tex-math', 'mml:math', 'code', 'def-list', 'fn', 'table-wrap-foot', 'sup', 'sub', 'italic', 'bold', 'break', 'index', 'index-entry', 'tbx:note', 'tbx:source'])
      expect(all(name).length, name).toBeGreaterThan(0)
    expect(all('th').some((cell) => cell.attributes.colspan !== undefined || cell.attributes.rowspan !== undefined) || all('td').some((cell) => cell.attributes.colspan !== undefined || cell.attributes.rowspan !== undefined)).toBe(true)
    // Every cross-reference and index pointer leads to an element of the document.
    const ids = new Set([...names.values()].flat().map((element) => element.attributes.id).filter(Boolean))
    for (const pointer of [...all('xref'), ...all('nav-pointer')]) expect(ids.has(pointer.attributes.rid), pointer.attributes.rid ?? undefined).toBe(true)
  })

  it('writes formulas as MathML 3 in the mml prefix beside their TeX, without MathJax attributes', () => {
    const {xml} = documents.get('standards/t-zxbz-15/2026.md')!
    const formula = /<disp-formula[^>]*>[\s\S]*?<\/disp-formula>/u.exec(xml)?.[0] ?? ''
    expect(formula).toMatch(/<alternatives><mml:math [^>]*display="block"[^>]*>/u)
    expect(formula).toMatch(/<tex-math>[^<]+<\/tex-math><\/alternatives>/u)
    expect(xml).not.toMatch(/data-mjx|xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/u)
  })
})

// The README's command, run as it is written there on a published file.
describe('a published file', () => {
  it('validates with the command the README gives', () => {
    if (!validatorAvailable()) return
    const readme = readFileSync(path.join(repository, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## NISO STS'))
    const line = /```sh\n(?<line>xmllint [^\n]*)\n```/u.exec(section)?.groups?.line ?? ''
    const [command, ...args] = line.split(' ')
    expect(command).toBe('xmllint')
    // Run from a repository's root: the published file under out/, the DTD set where the README names it (or STS_DTD_DIR).
    const root = mkdtempSync(path.join(tmpdir(), 'stdkit-sts-'))
    const file = args.at(-1) ?? ''
    mkdirSync(path.join(root, path.dirname(file)), {recursive: true})
    writeFileSync(path.join(root, file), documents.get('standards/t-zxbz-15/2026.md')!.xml)
    const named = '../shared/schemas/niso-sts-1.2-interchange-mathml3/'
    expect(line).toContain(named)
    const resolved = args.map((arg) => (arg.startsWith(named) ? path.join(dtdFolder, arg.slice(named.length)) : arg))
    expect(() => execFileSync('xmllint', resolved, {cwd: root, stdio: 'pipe'})).not.toThrow()
  })
})
