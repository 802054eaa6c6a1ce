/**
 * The round trip: every edition of the library (and the constructs fixture),
 * published as Word by the docx publisher, imported back and parsed, gives the
 * tree it was published from.
 *
 * Compared: the whole tree (cover, foreword fields, every node and field)
 * except
 * - `position` and the cover's `positions` (places in the source text);
 * - `anchor`s, and the `id`s and `targetId`s they give: a Word file does not
 *   carry a heading's `{#anchor}`, so the imported ids are those of the numbers;
 * - an image's `file` (read from disk, not from text); its `url` is compared (the
 *   drawing keeps the path the publisher wrote), and so are its bytes;
 * - a listing's `lang`: a Word paragraph does not say what language it is in;
 * - TeX compared with a one-character script's braces (`c^{2}` is `c^2`) and
 *   `\mathrm{…}` taken off: Word math reads back as TeX of the same formula,
 *   with its scripts braced, and upright letters as letters.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkStandard} from '@stdkit/check'
import {diffEditions} from '@stdkit/diff'
import {renderComparisonDocx, renderDocx} from '@stdkit/docx'
import {messages} from '@stdkit/messages'
import {loadEdition, loadLibrary, type LibraryEdition} from '@stdkit/library'
import {parseStandard} from '@stdkit/parse'
import {eachNode, type Image, type Standard} from '@stdkit/tree'
import {importDocx} from '../lib/import.js'
import {comparisonsOf, libraryEditions, technicalEditions} from '../../../test/library.js'

const root = join(import.meta.dirname, '../../..')

const ignored = new Set(['position', 'positions', 'file', 'anchor', 'id', 'targetId', 'lang'])
const tex = (value: string): string => value.replace(/([_^])\{(\w)\}/gu, '$1$2').replace(/\\mathrm\{([^{}]*)\}/gu, '$1')

/** The tree as compared: see the file's comment. */
function comparable(value: unknown, parent?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => comparable(item, parent))
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    const mathy = node.type === 'formula' || node.type === 'inlineMath'
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !ignored.has(key))
        .map(([key, child]) => [key, mathy && key === 'value' && typeof child === 'string' ? tex(child) : comparable(child, key)])
    )
  }
  return value
}

const images = (tree: Standard): Array<Image> => {
  const out: Array<Image> = []
  eachNode(tree, (node) => {
    if (node.type === 'image') out.push(node as Image)
  })
  return out
}

const errors = (tree: Standard, file: VFile): Array<string> => {
  checkStandard(tree, file)
  return file.messages.filter((message) => message.fatal === true).map((message) => `${message.ruleId}: ${message.reason}`)
}

async function editions(): Promise<Array<{name: string; edition: LibraryEdition; folder: string}>> {
  const library = await loadLibrary('standards', root)
  const out = library.standards.flatMap((standard) => standard.editions.map((edition) => ({name: edition.source, edition, folder: join(root, 'standards', standard.slug)})))
  const constructs = await loadEdition('test/fixtures/constructs/2007.md', 'test/fixtures', root)
  out.push({name: 'constructs/2007.md', edition: constructs, folder: join(root, 'test/fixtures/constructs')})
  return out
}

describe('the round trip: Word publisher → import → parse', async () => {
  const all = await editions()
  it('covers every edition of the library and the constructs', () => {
    expect(all.length).toBeGreaterThanOrEqual(11)
  })
  for (const {name, edition, folder} of all) {
    it(`gives back the tree of ${name}`, async () => {
      const read = async (url: string): Promise<Uint8Array> => new Uint8Array(await readFile(join(folder, ...url.split('/'))))
      const bytes = await renderDocx(edition.tree, {readImage: read})
      const result = await importDocx(bytes)
      const file = new VFile({path: `${edition.tree.cover.designation}.md`, value: result.source})
      const tree = parseStandard(file)
      expect(comparable(tree)).toEqual(comparable(edition.tree))
      expect(result.messages).toEqual([])
      expect(result.recognised.unplaced).toBe(0)
      expect(result.standard).toBe(name.startsWith('constructs') ? 'q-zx-99.1' : name.split('/')[0])
      expect(result.year).toBe(edition.year)
      // Each image's file: the bytes the publisher placed (an SVG's own bytes, not its PNG fallback).
      const written = new Map(result.images.map((image) => [image.path, image.data]))
      const before = images(edition.tree)
      const after = images(tree)
      expect(after.length).toBe(before.length)
      for (const [index, image] of before.entries()) expect(written.get(after[index]?.url ?? '')).toEqual(await read(image.url))
      // And the source checks as the edition does (the library's editions without errors; the constructs, a fixture of
      // every node and not a well-formed standard, with the same errors).
      const found = errors(tree, file)
      expect(found).toEqual(errors(edition.tree, new VFile({path: file.path, value: String(edition.file.value)})))
      if (!name.startsWith('constructs')) expect(found).toEqual([])
    }, 60_000)
  }
})

/** Every comparison the build makes of the test library and the technical standard. */
const comparisons = comparisonsOf([...libraryEditions, ...technicalEditions])

describe('a comparison as Word, every change accepted → import → parse', () => {
  it('covers every comparison the build makes', () => {
    expect(comparisons.length).toBeGreaterThanOrEqual(8)
  })
  for (const [old, now] of comparisons) {
    it(`gives back the newer edition of ${old} → ${now}`, async () => {
      const folder = join(root, 'standards', old.split('/')[0] as string)
      const older = await loadEdition(`standards/${old}`, 'standards', root)
      const newer = await loadEdition(`standards/${now}`, 'standards', root)
      const read = async (url: string): Promise<Uint8Array> => new Uint8Array(await readFile(join(folder, ...url.split('/'))))
      const diff = diffEditions(older.tree, newer.tree, {oldSource: older.source, newSource: newer.source})
      const bytes = await renderComparisonDocx({diff, older: older.tree, newer: newer.tree}, {readImage: read, readOlderImage: read})
      const result = await importDocx(bytes)
      const file = new VFile({path: `${newer.tree.cover.designation}.md`, value: result.source})
      const tree = parseStandard(file)
      expect(comparable(tree)).toEqual(comparable(newer.tree))
      // The only message: what was read, and that the summary page was left out.
      expect(result.messages.map((message) => [message.rule, message.severity, message.message])).toEqual([['import-comparison', 'info', messages().docxRecognise.comparison]])
      expect(result.recognised.unplaced).toBe(0)
      expect(result.standard).toBe(now.split('/')[0])
      expect(result.year).toBe(newer.year)
      const written = new Map(result.images.map((image) => [image.path, image.data]))
      const before = images(newer.tree)
      const after = images(tree)
      expect(after.length).toBe(before.length)
      for (const [index, image] of before.entries()) expect(written.get(after[index]?.url ?? '')).toEqual(await read(image.url))
    }, 60_000)
  }
})
