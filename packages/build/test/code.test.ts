/**
 * A publisher's cache key covers the code of its own package and of the
 * workspace packages it depends on, found from their manifests: an edit to
 * any of them makes its outputs anew, and an edit to a package it does not
 * depend on leaves them cached.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CodeHashes, codeVersion} from '../lib/code.js'
import type {Publisher} from '../lib/publisher.js'
import {publishers} from '../lib/publishers.js'
import {useLanguage} from '@stdkit/messages'

// These tests read the English of its refusals; the CLI's tests hear their Chinese.
useLanguage('en')

/** An installed workspace: an engine and the packages `@t/<name>`, each depending on the ones listed. */
function workspace(packages: Record<string, ReadonlyArray<string>>): {root: string; write: (name: string, text: string) => void} {
  const root = mkdtempSync(path.join(tmpdir(), 'stdkit-code-'))
  const folder = (name: string) => path.join(root, 'node_modules', '@t', name)
  const write = (name: string, text: string) => writeFileSync(path.join(folder(name), 'index.js'), text)
  for (const [name, dependencies] of Object.entries({engine: [], ...packages})) {
    mkdirSync(folder(name), {recursive: true})
    const manifest = {name: `@t/${name}`, version: '1.0.0', dependencies: Object.fromEntries(dependencies.map((item) => [`@t/${item}`, 'workspace:^']))}
    writeFileSync(path.join(folder(name), 'package.json'), JSON.stringify(manifest))
    write(name, `export const name = '${name}'\n`)
  }
  return {root: folder('engine'), write}
}

/** The hash of each publisher's code in a new process, where nothing is computed yet. */
const keys = (engine: string) => Promise.all(['@t/json', '@t/pdf'].map((name) => new CodeHashes(engine).of([name])))

describe('the code of a publisher', () => {
  it('is its package and the workspace packages it depends on, and no other', async () => {
    const {root, write} = workspace({tree: [], diff: ['tree'], json: ['tree'], pdf: ['diff'], typesetter: []})
    const [json, pdf] = await keys(root)
    expect(json).not.toBe(pdf)

    write('diff', "export const name = 'diff, edited'\n")
    const [jsonAfterDiff, pdfAfterDiff] = await keys(root)
    expect(jsonAfterDiff).toBe(json)
    expect(pdfAfterDiff).not.toBe(pdf)

    write('json', "export const name = 'json, edited'\n")
    const [jsonAfterJson, pdfAfterJson] = await keys(root)
    expect(jsonAfterJson).not.toBe(jsonAfterDiff)
    expect(pdfAfterJson).toBe(pdfAfterDiff)

    write('tree', "export const name = 'tree, edited'\n")
    const [jsonAfterTree, pdfAfterTree] = await keys(root)
    expect(jsonAfterTree).not.toBe(jsonAfterJson)
    expect(pdfAfterTree).not.toBe(pdfAfterJson)

    write('typesetter', "export const name = 'read by neither'\n")
    expect(await keys(root)).toEqual([jsonAfterTree, pdfAfterTree])
  })

  it("is computed once a process: an edit after the first hash is not seen", async () => {
    const {root, write} = workspace({json: []})
    const hashes = new CodeHashes(root)
    const before = await hashes.of(['@t/json'])
    write('json', "export const name = 'json, edited'\n")
    expect(await hashes.of(['@t/json'])).toBe(before)
  })

  it('is an error when a package it names is not installed, rather than a key without that code', async () => {
    const {root} = workspace({json: ['tree']})
    await expect(new CodeHashes(root).of(['@t/json'])).rejects.toThrow('No package @t/tree is installed')
    await expect(new CodeHashes(root).of(['@t/word'])).rejects.toThrow('No package @t/word is installed')
  })

  it('of every publisher in the registry is found', async () => {
    for (const publisher of Object.values<Publisher>(publishers)) await expect(codeVersion([publisher.package])).resolves.toMatch(/^[0-9a-f]{64}$/u)
  })
})
