/**
 * Standards of every kind and GB/T 1.1 era check without a message and
 * publish: national standards of the 2000-style, 2009 and 2020 rules (one a
 * part of a series, one a revision with its list of technical changes), an
 * industry standard, a group standard and enterprise standards of both
 * conventions — each laid out in a library of its own and built whole.
 */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repository, stdkit} from './support.js'

const fixture = (name: string) => path.join(repository, 'packages/check/test/fixtures', `${name}.md`)

/** The fixtures, by the folder and year each is published as. */
const kinds: ReadonlyArray<{name: string; folder: string; year: number}> = [
  {name: 'national-2020', folder: 'gb-t-39901', year: 2022},
  {name: 'national-2012', folder: 'gb-t-8888', year: 2012},
  {name: 'national', folder: 'gb-t-8888', year: 2021},
  {name: 'national-gbt-2009', folder: 'gb-t-9999.1', year: 2015},
  {name: 'national-2009', folder: 'jr-t-0299.2', year: 2016},
  {name: 'national-cover', folder: 'gb-t-99999.1', year: 2024},
  {name: 'enterprise-2020', folder: 'q-hkb-0101', year: 2021},
  {name: 'minimal', folder: 'minimal', year: 0}
]

describe('standards of every kind and era', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'stdkit-kinds-'))
  for (const kind of kinds) {
    const year = kind.year || Number(/^number: .*?(\d{4})$/mu.exec(readFileSync(fixture(kind.name), 'utf8'))?.[1])
    mkdirSync(path.join(folder, 'standards', kind.folder), {recursive: true})
    copyFileSync(fixture(kind.name), path.join(folder, 'standards', kind.folder, `${year}.md`))
  }
  for (const slug of ['t-zxbz-12.1', 't-zxbz-12.2']) {
    mkdirSync(path.join(folder, 'standards', slug), {recursive: true})
    for (const year of [2023, 2026]) {
      const source = path.join(repository, 'standards', slug, `${year}.md`)
      if (existsSync(source)) copyFileSync(source, path.join(folder, 'standards', slug, `${year}.md`))
    }
  }

  it('check without a message, --frail', async () => {
    const result = await stdkit(['check', 'standards', '--frail'], folder)
    expect(result.stderr.split('\n').filter((line) => /\d+:\d+/u.test(line))).toEqual([])
    expect(result.code).toBe(0)
  })

  it('publish as JSON, HTML and PDF, each with the type line its code gives', async () => {
    const result = await stdkit(['build', 'standards', '--out', 'out'], folder)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const page = (name: string) => readFileSync(path.join(folder, 'out', name), 'utf8')
    expect(page('gb-t-8888/2021.html')).toContain('<p class="kind">中华人民共和国国家标准</p>')
    expect(page('jr-t-0299.2/2016.html')).toContain('<p class="kind">中华人民共和国金融行业标准</p>')
    expect(page('t-zxbz-12.1/2026.html')).toContain('<p class="kind">团体标准</p>')
    expect(page('q-hkb-0101/2021.html')).toContain('<p class="kind">河口银行股份有限公司企业标准</p>')
    for (const name of ['gb-t-8888/2021.pdf', 'gb-t-8888/diff/2012..2021.pdf', 'jr-t-0299.2/2016.pdf', 'q-hkb-0101/2021.pdf', 't-zxbz-12.1/diff/2023..2026.pdf']) {
      expect(readFileSync(path.join(folder, 'out', name)).subarray(0, 5).toString()).toBe('%PDF-')
    }
  })

  it('confirm each change of a national revision from the comparison', () => {
    for (const name of ['gb-t-8888/diff/2012..2021.json', 't-zxbz-12.1/diff/2023..2026.json']) {
      const {diff} = JSON.parse(readFileSync(path.join(folder, 'out', name), 'utf8')) as {diff: {recordCheck: {source: string; claims: Array<{claim: string; status: string}>}}}
      expect(diff.recordCheck.source).toBe('changeList')
      expect(diff.recordCheck.claims.length).toBeGreaterThan(0)
      expect(diff.recordCheck.claims.filter((claim) => claim.status !== 'confirmed')).toEqual([])
    }
  })
})
