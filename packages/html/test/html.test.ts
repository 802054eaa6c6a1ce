import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {diffEditions, lineage} from '@stdkit/diff'
import {isPageId, paths, relative, renderSite, type Site} from '@stdkit/html'
import {parseStandard} from '@stdkit/parse'

const read = (year: number) => {
  const value = readFileSync(new URL(`../../../standards/q-zx-75.1861/${year}.md`, import.meta.url), 'utf8')
  return {year, tree: parseStandard(new VFile({path: `${year}.md`, value}))}
}

function site(): Site {
  const editions = [read(2006), read(2007)]
  const [old, now] = editions
  if (!old || !now) throw new Error('editions missing')
  return {
    standards: [
      {
        slug: 'q-zx-75.1861',
        editions,
        diffs: [{old: 2006, new: 2007, diff: diffEditions(old.tree, now.tree)}],
        lineage: lineage(editions.map((edition) => edition.tree))
      }
    ]
  }
}

describe('@stdkit/html', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('@stdkit/html')).sort()).toEqual(['isPageId', 'isReservedAnchor', 'pageIdPatterns', 'pageIds', 'paths', 'relative', 'renderIndex', 'renderSearchIndex', 'renderSearchScript', 'renderSite', 'renderStandard'])
  })

  it('makes relative links between pages', () => {
    expect(relative(paths.edition('a', 2007), paths.edition('a', 2006))).toBe('2006.html')
    expect(relative(paths.diff('a', 2006, 2007), paths.edition('a', 2006))).toBe('../2006.html')
    expect(relative(paths.edition('a', 2007), paths.index)).toBe('../index.html')
    expect(relative(paths.index, paths.diff('a', 2006, 2007))).toBe('a/diff/2006..2007.html')
  })

  it('encodes every segment of a link, so a folder name is never a scheme, a fragment, a query or an escape', () => {
    expect(relative(paths.index, paths.edition('javascript:alert(1)', 2007))).toBe('javascript%3Aalert(1)/2007.html')
    expect(relative(paths.index, paths.diff('a#b', 2006, 2007))).toBe('a%23b/diff/2006..2007.html')
    expect(relative(paths.edition('a?b', 2007), paths.edition('100%', 2006))).toBe('../100%25/2006.html')
    expect(relative(paths.index, paths.edition('中文 标准', 2006))).toBe('%E4%B8%AD%E6%96%87%20%E6%A0%87%E5%87%86/2006.html')
    expect(relative(paths.edition('a..b', 2007), paths.index)).toBe('../index.html')
  })

  it('renders the index, each edition and each comparison, the same every time', () => {
    const pages = renderSite(site())
    expect([...pages.keys()]).toEqual(['index.html', 'q-zx-75.1861/2006.html', 'q-zx-75.1861/2007.html', 'q-zx-75.1861/diff/2006..2007.html', 'search-engine.js', 'search-index.js'])
    expect(renderSite(site())).toEqual(pages)
  })

  it('links each page to the files of its edition or comparison that the build publishes, and to nothing it does not', () => {
    const links = (html: string) => [...html.matchAll(/<nav class="downloads" aria-label="下载"><span>下载：<\/span><ul>(.*?)<\/ul><\/nav>/gu)].map((match) => match[1])
    const files = {edition: ['.json', '.pdf', '.docx'], comparison: ['.json', '.pdf'], schema: 'schema/standard.schema.json'}
    const pages = renderSite({...site(), files})
    expect(links(pages.get('q-zx-75.1861/2007.html') ?? '')).toEqual([
      '<li><a href="2007.pdf">PDF</a></li><li><a href="2007.docx">Word 文档</a></li><li><a href="2007.json">JSON 数据</a></li><li><a href="../schema/standard.schema.json">JSON 模式</a></li>'
    ])
    expect(links(pages.get('q-zx-75.1861/diff/2006..2007.html') ?? '')).toEqual(['<li><a href="2006..2007.pdf">PDF</a></li><li><a href="2006..2007.json">JSON 数据</a></li>'])
    // A comparison's Word file, when one is made, is linked as the edition's is.
    const withWord = renderSite({...site(), files: {...files, comparison: ['.json', '.pdf', '.docx']}})
    expect(withWord.get('q-zx-75.1861/diff/2006..2007.html')).toContain('<li><a href="2006..2007.docx">Word 文档</a></li>')
    // Without the JSON, no schema; without any file, no list at all; and a site that names no files links none.
    expect(links(renderSite({...site(), files: {...files, edition: ['.pdf']}}).get('q-zx-75.1861/2006.html') ?? '')).toEqual(['<li><a href="2006.pdf">PDF</a></li>'])
    for (const html of [...renderSite({...site(), files: {edition: [], comparison: []}}).values(), ...renderSite(site()).values()]) {
      expect(html).not.toContain('class="downloads"')
      expect(html).not.toMatch(/href="[^"]*\.(?:pdf|docx|json)"/u)
    }
    expect(renderSite({...site(), files: {edition: [], comparison: []}})).toEqual(renderSite(site()))
  })

  it("shows a term's English equivalent, an appendix's status and the revision record's cells on a comparison", () => {
    const now = read(2007)
    const value = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
      .replace('### 3.2 服务现场 service site', '### 3.2 服务现场 service location')
      .replace('## 附录C（规范性附录）服务禁用语', '## 附录C（资料性附录）服务禁用语')
      .replace('| 售后管理部、固网南京用服部 | 王文阁、陈华春 |', '| 售后管理部、固网南京用服部 | 王文阁、陈华春、李明 |')
    const later = {year: 2008, tree: parseStandard(new VFile({path: '2008.md', value}))}
    const diff = diffEditions(now.tree, later.tree)
    const html = renderSite({standards: [{slug: 'a', editions: [now, later], diffs: [{old: 2007, new: 2008, diff}], lineage: lineage([now.tree, later.tree])}]}).get('a/diff/2007..2008.html') ?? ''
    expect(html).toContain('<p>英文对应词：<del>service site</del><ins>service location</ins></p>')
    expect(html).toContain('<p>附录性质：<del>规范</del><ins>资料</ins>性</p>')
    expect(html).toContain('附录的性质由规范性改为资料性')
    expect(html).toContain('<caption>修订记录</caption><tbody><tr><th scope="row">修订记录，“Q/ZX 75.1861–2007”行，“修订人”列</th><td>王文阁、陈华春<ins>、李明</ins></td></tr>')
  })

  it('explains a reference left pointing at a number whose provision moved', () => {
    const fixture = (name: string) => readFileSync(new URL(`../../diff/test/fixtures/cross-reference-renumbered/${name}.md`, import.meta.url), 'utf8')
    const old = {year: 2019, tree: parseStandard(new VFile({path: '2019.md', value: fixture('old')}))}
    const now = {year: 2021, tree: parseStandard(new VFile({path: '2021.md', value: fixture('new').replace('巡检中发现的问题应按5.2的规定分类', '巡检中发现的问题应按4.2的规定分类')}))}
    const diff = diffEditions(old.tree, now.tree)
    const html = renderSite({standards: [{slug: 'a', editions: [old, now], diffs: [{old: 2019, new: 2021, diff}], lineage: lineage([old.tree, now.tree])}]}).get('a/diff/2019..2021.html') ?? ''
    expect(html).toContain('见4.2：现指4.2 设备安全，2019年版指4.2 巡检内容，请核对')
    expect(html).toContain('<p>巡检中发现的问题应按4.2的规定分类（巡检项目见表2），在当日上报维护主管。</p>')
  })

  it('shows a table moved to an appendix once, as moved, with the cell changed on the way', () => {
    const fixture = (name: string) => readFileSync(new URL(`../../diff/test/fixtures/table-moved/${name}.md`, import.meta.url), 'utf8')
    const old = {year: 2019, tree: parseStandard(new VFile({path: '2019.md', value: fixture('old')}))}
    const now = {year: 2021, tree: parseStandard(new VFile({path: '2021.md', value: fixture('new')}))}
    const diff = diffEditions(old.tree, now.tree)
    const html = renderSite({standards: [{slug: 'a', editions: [old, now], diffs: [{old: 2019, new: 2021, diff}], lineage: lineage([old.tree, now.tree])}]}).get('a/diff/2019..2021.html') ?? ''
    const page = html.slice(html.indexOf('<main'))
    expect(page).toContain('<p class="move">表1 → 表A.1（移至 A），有改动：</p>')
    expect(page).toContain('<p>表A.1，“环境”行，“要求”列：温度、湿度在设备允许的范围内<ins>，无凝露</ins></p>')
    // Once, inline and side by side: not as a table struck out in 4.2 and again inserted in A.
    expect(page.match(/表1 → 表A\.1/gu)?.length).toBe(2)
    expect(page).not.toContain('<del>设备</del>')
    expect(page).not.toContain('<ins>设备</ins>')
  })

  it('marks insertions and deletions with ins and del, and flags renumbered provisions', () => {
    const html = renderSite(site()).get('q-zx-75.1861/diff/2006..2007.html') ?? ''
    expect(html).toContain('<h2 id="basic-conduct-title"><del>6</del> <ins>4</ins> 基本行为准则</h2>')
    expect(html).toContain('<span class="flag">重新编号（2006年版的6）</span>')
    expect(html).toContain('<p>——增加了网规网优现场行为规范<a href="#network-planning-optimization">（见第7章）</a>；</p>')
    expect(html).toMatch(/<del>现场服务行为管理工作规程<\/del><\/td><td><ins>售后工程师现场服务行为规范<\/ins>/u)
  })

  it('links each item of the change list and each claim of the record check to the provisions it speaks of', () => {
    const html = renderSite(site()).get('q-zx-75.1861/diff/2006..2007.html') ?? ''
    const ids = new Set([...html.matchAll(/ id="(?<id>[^"]*)"/gu)].map((match) => match.groups?.id ?? ''))
    const items = [...html.matchAll(/<div class="change-list">(.*?)<\/div>/gu)].flatMap((match) => [...(match[1] ?? '').matchAll(/<p>(.*?)<\/p>/gu)].map((item) => item[1] ?? ''))
    expect(items.length).toBeGreaterThan(10)
    // Every item has one link, to a section the page has: a removal to the older edition's provision.
    for (const item of items) expect([...item.matchAll(/href="#([^"]*)"/gu)].map((link) => ids.has(link[1] ?? ''))).toEqual([true])
    expect(html).toContain('<p>——删除了职责<a href="#responsibilities">（2006年版的第4章）</a>；</p>')
    expect(html).toContain('<small class="evidence">对应条款：<a href="#procedure">2006年版的第5章</a>、<a href="#engineering-procedure">2006年版的7.1</a>、<a href="#appendix-D">2006年版的附录D</a></small>')
    expect(html).toContain('<small class="evidence">对应条款：<a href="#term-product-support-staff">3.4</a>、<a href="#product-support">6.6</a></small>')
    const evidence = [...html.matchAll(/<small class="evidence">(.*?)<\/small>/gu)].flatMap((match) => [...(match[1] ?? '').matchAll(/href="#([^"]*)"/gu)].map((link) => link[1] ?? ''))
    expect(evidence.filter((id) => !ids.has(id))).toEqual([])
  })

  it('says where an insertion or a deletion starts and ends, for a screen reader, in the words of the catalogue', () => {
    const html = renderSite(site()).get('q-zx-75.1861/diff/2006..2007.html') ?? ''
    expect(html).toContain('<div class="comparison" style="--inserted:&#x22;插入开始：&#x22;;--inserted-end:&#x22;（插入结束）&#x22;;--deleted:&#x22;删除开始：&#x22;;--deleted-end:&#x22;（删除结束）&#x22;">')
    expect(html).toContain('ins::before { content: var(--inserted, none); }')
  })

  it('gives a comparison a review toolbar that counts its changed provisions', () => {
    const html = renderSite(site()).get('q-zx-75.1861/diff/2006..2007.html') ?? ''
    const changed = [...html.matchAll(/<section class="provision changed"/gu)].length
    expect(changed).toBeGreaterThan(20)
    expect(html).toContain(`<div class="review-bar" role="toolbar" aria-label="逐处审阅" data-review="第 {index} 处，共 ${changed} 处" hidden>`)
    expect(html).toContain(`<span class="position" role="status">共 ${changed} 处改动</span>`)
  })

  it('inlines its style and the pickers’ script, and loads nothing else', () => {
    const html = renderSite(site()).get('q-zx-75.1861/2007.html') ?? ''
    expect(html).toContain('<style>/* stdkit')
    expect(html).toContain('<script>// stdkit pages work without this script')
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=/u)
  })

  it('gives its own parts only ids it reserves, and the provisions their own', () => {
    const provisions = new Set<string>()
    const walk = (node: {id?: unknown; children?: ReadonlyArray<unknown>}): void => {
      if (typeof node.id === 'string') provisions.add(node.id)
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    for (const edition of site().standards.flatMap((standard) => standard.editions)) walk(edition.tree)
    const stray = [...renderSite(site())].flatMap(([name, html]) =>
      [...html.matchAll(/ id="(?<id>[^"]*)"/gu)].map((match) => match.groups?.id ?? '').filter((id) => !provisions.has(id) && !isPageId(id)).map((id) => `${name}#${id}`)
    )
    expect(stray).toEqual([])
  })

  it('gives a removed provision and an added one of the same id each an id of its own on the comparison', () => {
    const [old, now] = site().standards[0]?.editions ?? []
    if (!old || !now) throw new Error('editions missing')
    // Chapter 1 rewritten beyond recognition: the old one is removed, the new one added, both clause-1.
    const source = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
    const rewritten = source.replace(/^## 1 [\s\S]*?(?=^## 2 )/mu, '## 1 完全不同的内容\n\n本章规定了与以前毫无关系的全新要求，涉及仓储物流与财务结算。\n\n')
    const tree = parseStandard(new VFile({path: '2008.md', value: rewritten}))
    const diff = diffEditions(now.tree, tree)
    expect(diff.provisions.filter((change) => change.id === 'clause-1').map((change) => change.kinds)).toEqual([['removed'], ['added']])
    const html = renderSite({standards: [{slug: 'a', editions: [now, {year: 2008, tree}], diffs: [{old: 2007, new: 2008, diff}], lineage: lineage([now.tree, tree])}]}).get('a/diff/2007..2008.html') ?? ''
    const ids = [...html.matchAll(/ id="(?<id>[^"]*)"/gu)].map((match) => match.groups?.id ?? '')
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    expect(ids).toContain('clause-1@old')
    expect(ids.filter((id) => !isPageId(id) && !diff.provisions.some((change) => change.id === id))).toEqual([])
  })

  it('prints an appendix label in the form its source used: 2000-era or 2020', () => {
    const source = readFileSync(new URL('../../../standards/q-zx-75.1861/2007.md', import.meta.url), 'utf8')
    const page = (value: string) => renderSite({standards: [{slug: 'a', editions: [{year: 2007, tree: parseStandard(new VFile({path: '2007.md', value}))}], diffs: [], lineage: lineage([])}]}).get('a/2007.html') ?? ''
    expect(page(source)).toContain('<span class="status">（规范性附录）</span>')
    const modern = page(source.replaceAll('（规范性附录）', '（规范性）').replaceAll('（资料性附录）', '（资料性）'))
    expect(modern).toContain('<span class="status">（规范性）</span>')
    expect(modern).not.toContain('规范性附录）</span>')
  })
})

describe('a national standard', () => {
  const fixture = (name: string, year: number) => {
    const value = readFileSync(new URL(`../../check/test/fixtures/${name}.md`, import.meta.url), 'utf8')
    return {year, tree: parseStandard(new VFile({path: `${year}.md`, value}))}
  }
  const editions = [fixture('national-2012', 2012), fixture('national', 2021)]
  const [old, now] = editions as [(typeof editions)[0], (typeof editions)[0]]
  const pages = renderSite({
    standards: [{slug: 'gbt-8888', editions, diffs: [{old: 2012, new: 2021, diff: diffEditions(old.tree, now.tree)}], lineage: lineage(editions.map((edition) => edition.tree))}]
  })

  it('prints the change list with its entries and links to the clauses they name', () => {
    const page = pages.get('gbt-8888/2021.html') ?? ''
    expect(page).toMatch(/<ul class="list change-list" data-marker="letter"><li data-action="added"><span class="label">a\)<\/span> 增加了记录间隔的要求（见<a class="xref" href="#clause-5\.3">5\.3<\/a>/u)
  })

  it('shows the change list checked against the comparison', () => {
    const page = (pages.get('gbt-8888/diff/2012..2021.html') ?? '').replace(/<[^>]*>/gu, '')
    expect(page).toContain('技术变化清单核对（GB/T 8888–2021）')
    expect(page).toContain('已证实：增加了记录间隔的要求（见5.3、5.4）')
    expect(page).toContain('技术变化清单未提及的技术性改动：')
  })
})

describe('the cover of a national standard', () => {
  // A cover of every field, shared with the other publishers' tests.
  const source = readFileSync(new URL('../../../test/fixtures/cover/national.md', import.meta.url), 'utf8')

  function coverOf(value: string): string {
    const tree = parseStandard(new VFile({path: '2024.md', value}))
    const editions = [{year: 2024, tree}]
    const pages = renderSite({standards: [{slug: 'gb-t-99999.1', editions, diffs: [], lineage: lineage(editions.map((edition) => edition.tree))}]})
    const html = pages.get('gb-t-99999.1/2024.html') ?? ''
    return html.slice(html.indexOf('<section class="cover"'), html.indexOf('</section>') + '</section>'.length)
  }

  it('lays out every field as GB/T 1.1 does, with the type line from the code and the number as written', () => {
    expect(coverOf(source)).toBe(
      [
        '<section class="cover" aria-label="封面">',
        '<div class="classes"><p>ICS 35.240.40</p><p>CCS L 70</p></div>',
        '<p class="code">GB/T</p>',
        '<p class="filing">备案号：12345—2024</p>',
        '<p class="kind">中华人民共和国国家标准</p>',
        '<p class="number">GB/T 99999.1—2024</p>',
        '<p class="replaces">代替GB/T 99999.1—2016</p>',
        '<p class="replaces">代替GB/T 99998—2012</p>',
        '<h1>信息技术 示例数据交换格式<br>第1部分：总则</h1>',
        '<p class="title-en" lang="en">Information technology—Sample data interchange format—Part 1: General</p>',
        '<p class="adoption">（ISO 99999-1:2021，MOD）</p>',
        '<p class="stage">（报批稿）</p>',
        '<p class="dates"><span>2024-03-15发布</span><span>2024-10-01实施</span></p>',
        '<p class="issuer"><span class="issuers">国家市场监督管理总局<br>国家标准化管理委员会</span>\u3000发布</p>',
        '</section>'
      ].join('')
    )
  })

  it('prints the type line of an industry, local and group standard', () => {
    const kind = (number: string) => /<p class="kind">([^<]*)<\/p>/u.exec(coverOf(source.replace('GB/T 99999.1—2024', number)))?.[1]
    expect(kind('YD/T 99999.1—2024')).toBe('中华人民共和国通信行业标准')
    expect(kind('DB11/T 99999.1—2024')).toBe('北京市地方标准')
    expect(kind('T/ABC 99999.1—2024')).toBe('团体标准')
  })
})

describe('a series of parts', () => {
  const part = (slug: string, year: number) => {
    const value = readFileSync(new URL(`../../../standards/${slug}/${year}.md`, import.meta.url), 'utf8')
    return {year, tree: parseStandard(new VFile({path: `${slug}/${year}.md`, value}))}
  }
  const standard = (slug: string, years: Array<number>) => {
    const editions = years.map((year) => part(slug, year))
    return {slug, editions, diffs: [], lineage: lineage(editions.map((edition) => edition.tree))}
  }
  // The second part comes first in the library's order: the index still lists the parts by number.
  const pages = renderSite({standards: [standard('t-zxbz-12.2', [2026]), standard('q-zx-75.1760', []), standard('t-zxbz-12.1', [2023, 2026])].filter((item) => item.editions.length > 0)})
  const text = (name: string) => (pages.get(name) ?? '').replace(/<[^>]*>/gu, ' ').replace(/\s+/gu, ' ')

  it('lists the parts together under the series on the index, by part number', () => {
    const index = text('index.html')
    expect(index).toContain('T/ZXBZ 12《数据中心运维》 分为2个部分：')
    expect(index.indexOf('T/ZXBZ 12.1《第1部分：巡检》')).toBeLessThan(index.indexOf('T/ZXBZ 12.2《第2部分：变更管理》'))
    expect(pages.get('index.html')).toMatch(/<section class="series" aria-labelledby="[^"]+"><h2 id="[^"]+">T\/ZXBZ 12《数据中心运维》<\/h2>/u)
  })

  it('prints each number as written, with its em dash', () => {
    expect(text('index.html')).toContain('T/ZXBZ 12.1—2026 《数据中心运维 第1部分：巡检》2026-03-20发布')
    expect(pages.get('t-zxbz-12.1/2026.html')).toContain('<title>T/ZXBZ 12.1—2026 数据中心运维　第1部分：巡检')
  })

  it('links each part to the other parts of its series', () => {
    expect(pages.get('t-zxbz-12.2/2026.html')).toContain('<nav class="series" aria-label="本系列的其他部分"><span>T/ZXBZ 12的其他部分：</span><ul><li><a href="../t-zxbz-12.1/2026.html">第1部分（T/ZXBZ 12.1）</a></li></ul></nav>')
    expect(pages.get('t-zxbz-12.1/2023.html')).toContain('<a href="../t-zxbz-12.2/2026.html">第2部分（T/ZXBZ 12.2）</a>')
  })

  it('links a reference to another part to its page', () => {
    expect(pages.get('t-zxbz-12.2/2026.html')).toMatch(/<a[^>]+href="\.\.\/t-zxbz-12\.1\/2026\.html"[^>]*>T\/ZXBZ 12\.1<\/a>/u)
  })
})

describe('the standards citing a standard', () => {
  const edition = (slug: string, year: number) => {
    const value = readFileSync(new URL(`../../../standards/${slug}/${year}.md`, import.meta.url), 'utf8')
    return {year, tree: parseStandard(new VFile({path: `${slug}/${year}.md`, value}))}
  }
  const standard = (slug: string, years: Array<number>) => {
    const editions = years.map((year) => edition(slug, year))
    return {slug, editions, diffs: [], lineage: lineage(editions.map((item) => item.tree))}
  }
  const site: Site = {standards: [standard('q-zx-75.1760', [2006]), standard('q-zx-75.1861', [2006, 2007]), standard('t-zxbz-12.1', [2023, 2026]), standard('t-zxbz-12.2', [2026])]}
  const pages = renderSite(site)
  const section = (name: string) => /<section class="cited-by" id="cited-by" aria-labelledby="cited-by-title">.*?<\/section>/su.exec(pages.get(name) ?? '')?.[0]

  it('lists on each edition page the editions citing the standard, how and where, linked to their provisions', () => {
    expect(section('q-zx-75.1760/2006.html')).toBe(
      '<section class="cited-by" id="cited-by" aria-labelledby="cited-by-title"><h2 id="cited-by-title">被引用</h2><p>标准库中引用本标准的标准：</p><ul>' +
        '<li><a href="../q-zx-75.1861/2006.html">Q/ZX 75.1861–2006《现场服务行为管理工作规程》</a>：不注日期引用，适用于本版（最新版本）——见<a href="../q-zx-75.1861/2006.html#clause-2">第2章</a>、<a href="../q-zx-75.1861/2006.html#engineering-procedure">7.1</a>、<a href="../q-zx-75.1861/2006.html#engineering-preparation">7.2</a></li>' +
        '<li><a href="../q-zx-75.1861/2007.html">Q/ZX 75.1861–2007《售后工程师现场服务行为规范》</a>：不注日期引用，适用于本版（最新版本）——见<a href="../q-zx-75.1861/2007.html#clause-2">第2章</a>、<a href="../q-zx-75.1861/2007.html#engineering-preparation">5.1</a></li>' +
        '</ul></section>'
    )
  })

  it('says on an older edition that an undated citation follows the latest, and links to provisions that are there', () => {
    expect(section('t-zxbz-12.1/2023.html')).toContain('T/ZXBZ 12.2—2026《数据中心运维　第2部分：变更管理》</a>：不注日期引用，适用于最新版本（2026版）——见')
    expect(section('t-zxbz-12.1/2026.html')).toContain('：不注日期引用，适用于本版（最新版本）——见<a href="../t-zxbz-12.2/2026.html#clause-2">第2章</a>')
    const citing = pages.get('t-zxbz-12.2/2026.html') ?? ''
    for (const [, id] of (section('t-zxbz-12.1/2023.html') ?? '').matchAll(/href="\.\.\/t-zxbz-12\.2\/2026\.html#([^"]+)"/gu)) expect(citing).toContain(`id="${id}"`)
  })

  /** The pages of T/ZXBZ 12.1 with the entry of chapter 2 of T/ZXBZ 12.2 citing it as of `year`. */
  const pinnedTo = (year: number) => {
    const source = readFileSync(new URL('../../../standards/t-zxbz-12.2/2026.md', import.meta.url), 'utf8').replace('T/ZXBZ 12.1　数据中心运维', `T/ZXBZ 12.1—${year}　数据中心运维`)
    const tree = parseStandard(new VFile({path: 'a.md', value: source}))
    const pinned = renderSite({standards: [standard('t-zxbz-12.1', [2023, 2026]), {slug: 't-zxbz-12.2', editions: [{year: 2026, tree}], diffs: [], lineage: lineage([tree])}]})
    return (name: string) => /<section class="cited-by".*?<\/section>/su.exec(pinned.get(name) ?? '')?.[0] ?? ''
  }

  it('says which edition a dated citation pins', () => {
    const at = pinnedTo(2023)
    expect(at('t-zxbz-12.1/2023.html')).toContain('</a>：注日期引用本版——见<a href="../t-zxbz-12.2/2026.html#clause-2">第2章</a></li>')
    expect(at('t-zxbz-12.1/2026.html')).toContain('</a>：注日期引用2023版——见<a href="../t-zxbz-12.2/2026.html#clause-2">第2章</a></li>')
    // The references in the text stay undated: they are a citation of their own.
    expect(at('t-zxbz-12.1/2026.html')).toContain('：不注日期引用，适用于本版（最新版本）——见<a href="../t-zxbz-12.2/2026.html#clause-3">第3章</a>')
    // An edition the library lacks is named by its year on every page, never taken for the one shown.
    const lacking = pinnedTo(2020)
    for (const name of ['t-zxbz-12.1/2023.html', 't-zxbz-12.1/2026.html']) expect(lacking(name)).toContain('</a>：注日期引用2020版——见<a href="../t-zxbz-12.2/2026.html#clause-2">第2章</a></li>')
  })

  it('has no section on the page of a standard no other cites', () => {
    expect(section('t-zxbz-12.2/2026.html')).toBeUndefined()
    expect(pages.get('t-zxbz-12.2/2026.html')).not.toContain('被引用')
  })

  it('counts on the index the standards citing each, linked to the list', () => {
    const index = pages.get('index.html') ?? ''
    expect(index).toContain('<p class="cited"><a href="q-zx-75.1760/2006.html#cited-by">被引用：标准库中 1 个标准</a></p>')
    expect(index).toContain('<p class="cited"><a href="t-zxbz-12.1/2026.html#cited-by">被引用：标准库中 1 个标准</a></p>')
    expect(index.match(/<p class="cited">/gu)).toHaveLength(3)
  })
})
