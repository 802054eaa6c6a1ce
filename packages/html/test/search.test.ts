import {readFileSync} from 'node:fs'
import vm from 'node:vm'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lineage} from '@stdkit/diff'
import {renderSearchIndex, renderSearchScript, type Site} from '@stdkit/html'
import {parseStandard} from '@stdkit/parse'
import {searchCore, searchData, type SearchData} from '../lib/search.js'

const read = (slug: string, year: number) => {
  const value = readFileSync(new URL(`../../../standards/${slug}/${year}.md`, import.meta.url), 'utf8')
  return {year, tree: parseStandard(new VFile({path: `${slug}/${year}.md`, value}))}
}

const standard = (slug: string, years: ReadonlyArray<number>) => {
  const editions = years.map((year) => read(slug, year))
  return {slug, editions, diffs: [], lineage: lineage(editions.map((edition) => edition.tree))}
}

// Four editions of an enterprise standard and two of a technical one, with terms in Chinese and English.
const site: Site = {standards: [standard('q-zx-75.1861', [2004, 2005, 2006, 2007]), standard('t-zxbz-15', [2022, 2026])]}
const index = searchCore.open(searchData(site))
const search = (query: string, options?: {latest?: boolean; limit?: number}) => index.search(query, options)
/** A result as a line: the edition, the provision and the link. */
const line = (result: ReturnType<typeof search>['results'][number]) => `${result.number} · ${result.label} → ${result.href}`
const marked = (result: ReturnType<typeof search>['results'][number]) => result.excerpt.filter(([, mark]) => mark).map(([text]) => text)

describe('the search tokenizer', () => {
  it('cuts Chinese into pairs of characters, with the segmenter’s longer words besides', () => {
    const terms = searchCore.tokenize('保护接地线')
    expect(terms.slice(0, 4)).toEqual(['保护', '护接', '接地', '地线'])
    // Whatever the segmenter made of the run, every pair is there: `接地` is found inside `保护接地线`.
    expect(terms).toContain('接地')
    expect(terms.slice(4).every((word) => [...word].length > 2 && '保护接地线'.includes(word))).toBe(true)
    expect(searchCore.tokenize('坐')).toEqual(['坐'])
  })

  it('reads a standard’s number as the number and its pieces, full-width letters as ASCII, in lower case', () => {
    expect(searchCore.tokenize('Q/ZX 75.1861-2007')).toEqual(['q/zx', 'q', 'zx', '75.1861-2007', '75.1861', '2007', '75', '1861'])
    expect(searchCore.tokenize('ＧＢ／Ｔ 1.1')).toEqual(['gb/t', 'gb', 't', '1.1', '1'])
    // Letters against Chinese are a word of their own.
    expect(searchCore.tokenize('符合GB的要求')).toEqual(['符合', 'gb', '的要', '要求'])
    expect(searchCore.tokenize('Earth-Termination system')).toEqual(['earth-termination', 'earth', 'termination', 'system'])
  })

  it('asks a query for the pairs and words every result must have, and ranks by the segmenter’s words only', () => {
    const asked = searchCore.parse('保护接地线 Q/ZX')
    expect(asked.terms).toEqual(['保护', '护接', '接地', '地线', 'q', 'zx'])
    // A number however it is joined to its year, and the last word as a prefix: `98.1` finds `98.15` too.
    expect(searchCore.parse('75.1861-2007').terms).toEqual(['75.1861', '2007'])
    expect(asked.marks).toEqual(['保护接地线', 'q/zx'])
    expect(asked.ranking.every((word) => !asked.terms.includes(word))).toBe(true)
    expect(searchCore.parse('  ，。 ').terms).toEqual([])
  })
})

describe('the search index', () => {
  it('finds a standard by its number, whole or in part, its editions the latest first', () => {
    for (const query of ['Q/ZX 75.1861', '75.1861', 'q/zx 75.1861']) {
      const {results} = search(query)
      expect(results.slice(0, 4).map(line), query).toEqual([
        'Q/ZX 75.1861–2007 · 售后工程师现场服务行为规范 → q-zx-75.1861/2007.html',
        'Q/ZX 75.1861–2006 · 现场服务行为管理工作规程 → q-zx-75.1861/2006.html',
        'Q/ZX 75.1861–2005 · 现场技术服务管理工作规程 → q-zx-75.1861/2005.html',
        'Q/ZX 75.1861–2004 · 现场技术服务管理工作规程 → q-zx-75.1861/2004.html'
      ])
      expect(results[0]?.latest).toBe(true)
      expect(results[1]?.latest).toBe(false)
    }
    expect(search('T/ZXBZ 15').results[0]?.href).toBe('t-zxbz-15/2026.html')
    expect(search('Q/ZX 75.1861-2006').results[0]?.href).toBe('q-zx-75.1861/2006.html')
    // Typed in part, the last word is a prefix.
    expect(search('Q/ZX 75.186').results[0]?.href).toBe('q-zx-75.1861/2007.html')
  })

  it('finds a term by its Chinese name and by its English one, before the text that uses it', () => {
    const chinese = search('接地电阻').results
    expect(chinese.slice(0, 2).map(line)).toEqual(['T/ZXBZ 15—2026 · 3.3 接地电阻 → t-zxbz-15/2026.html#earthing-resistance', 'T/ZXBZ 15—2022 · 3.3 接地电阻 → t-zxbz-15/2022.html#earthing-resistance'])
    expect(chinese.length).toBeGreaterThan(2)
    const english = search('earthing resistance').results
    expect(english[0]?.href).toBe('t-zxbz-15/2026.html#earthing-resistance')
    expect(search('after-sales engineer').results[0]?.href).toBe('q-zx-75.1861/2007.html#term-after-sales-engineer')
  })

  it('ranks numbers, then terms, then titles, then text', () => {
    // `服务礼仪` is a clause's title in every edition, and words of other provisions' text.
    const results = search('服务礼仪').results
    expect(results[0]?.label).toBe('4.2 服务礼仪')
    const titled = results.findIndex((result) => !result.label.endsWith('服务礼仪'))
    expect(results.slice(0, titled).every((result) => result.label.endsWith('服务礼仪'))).toBe(true)
    // The same provision over its editions together, the latest first.
    expect(results.slice(0, 4).map((result) => result.href)).toEqual(['q-zx-75.1861/2007.html#service-etiquette', 'q-zx-75.1861/2006.html#service-etiquette', 'q-zx-75.1861/2005.html#service-etiquette', 'q-zx-75.1861/2004.html#service-etiquette'])
  })

  it('finds provision text by Chinese words, whatever the segmenter made of them, and marks them in the excerpt', () => {
    const results = search('保护接地').results
    expect(results.length).toBeGreaterThan(0)
    expect(results.every((result) => result.href.startsWith('t-zxbz-15/'))).toBe(true)
    expect(marked(results[0] ?? {excerpt: []} as never)).toContain('保护接地')
    // Inside a longer word (`接地装置`, `接地端子`) too.
    const inside = search('接地').results
    expect(inside.length).toBeGreaterThan(results.length)
    const text = search('作息时间').results
    expect(text[0]?.href).toBe('q-zx-75.1861/2007.html#service-etiquette')
    expect(text[0]?.excerpt.map(([piece]) => piece).join('')).toContain('作息时间')
    expect(marked(text[0] ?? {excerpt: []} as never)).toEqual(['作息时间'])
  })

  it('keeps the latest edition of each standard only, when asked', () => {
    const all = search('服务礼仪')
    const latest = search('服务礼仪', {latest: true})
    expect(latest.total).toBeLessThan(all.total)
    expect(latest.results.every((result) => result.latest)).toBe(true)
    expect(latest.results[0]?.href).toBe('q-zx-75.1861/2007.html#service-etiquette')
  })

  it('finds nothing for words the library has not, and for a query of punctuation', () => {
    expect(search('量子纠缠')).toEqual({total: 0, results: []})
    expect(search('——')).toEqual({total: 0, results: []})
  })

  it('gives the first results and the count of all', () => {
    const {total, results} = search('服务', {limit: 5})
    expect(results).toHaveLength(5)
    expect(total).toBeGreaterThan(5)
  })

  it('cuts an excerpt around the first hit, marking every hit in it', () => {
    const asked = searchCore.parse('接地')
    const text = `${'甲'.repeat(100)}接地装置与接地端子${'乙'.repeat(100)}`
    const pieces = searchCore.excerpt(text, asked)
    expect(pieces[0]).toEqual(['…', false])
    expect(pieces.at(-1)).toEqual(['…', false])
    expect(pieces.filter(([, mark]) => mark).map(([piece]) => piece)).toEqual(['接地', '接地'])
    expect(pieces.map(([piece]) => piece).join('').replace(/…/gu, '').length).toBe(80)
    // A query whose whole run is not in the text marks its pairs.
    expect(searchCore.excerpt('接地端子', searchCore.parse('保护接地')).filter(([, mark]) => mark)).toEqual([['接地', true]])
    expect(searchCore.excerpt('', asked)).toEqual([])
  })

  it('is the same bytes every time, and is a script that sets the index the pages read', () => {
    const script = renderSearchIndex(site)
    expect(renderSearchIndex(site)).toBe(script)
    const context: {self: {stdkitSearchIndex?: SearchData}} = {self: {}}
    vm.runInNewContext(script, context)
    expect(context.self.stdkitSearchIndex).toEqual(JSON.parse(JSON.stringify(searchData(site))))
    // Quotes, backslashes and line separators in the text come through the string the script parses.
    const odd = structuredClone(site.standards[1]) as Site['standards'][number]
    const tree = odd.editions[0]?.tree
    if (tree) tree.cover.title = `it's \\ "quoted" \u2028 \n</script>`
    const oddSite: Site = {standards: [odd]}
    const oddContext: {self: {stdkitSearchIndex?: SearchData}} = {self: {}}
    vm.runInNewContext(renderSearchIndex(oddSite), oddContext)
    expect(oddContext.self.stdkitSearchIndex?.docs.some((doc) => doc[4] === `it's \\ "quoted" \u2028 \n</script>`)).toBe(true)
    // A provision unchanged over editions is one document that lists them.
    const shared = context.self.stdkitSearchIndex?.docs.filter((doc) => doc[0].length > 1) ?? []
    expect(shared.length).toBeGreaterThan(0)
  })

  it('ships an engine that runs the same code in a page', () => {
    const engine = renderSearchScript()
    expect(engine).toContain('MiniSearch')
    expect(engine).not.toContain('sourceMappingURL')
    // Run as a page runs it: MiniSearch and the shared script set globals; the index answers as the build's does.
    const page: {self?: unknown; stdkitSearch?: typeof searchCore; stdkitSearchIndex?: SearchData} = {}
    page.self = page
    vm.runInNewContext(`${engine}\n${renderSearchIndex(site)}`, page)
    const opened = page.stdkitSearch?.open(page.stdkitSearchIndex as SearchData)
    for (const query of ['75.1861', '接地电阻', '服务礼仪', 'earthing']) expect(opened?.search(query), query).toEqual(search(query))
  })
})
