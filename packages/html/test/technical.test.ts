import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lineage} from '@stdkit/diff'
import {isPageId, renderSite, type Site} from '@stdkit/html'
import {parseStandard} from '@stdkit/parse'
import type {Standard} from '@stdkit/tree'
import {technicalSite, technicalSlug} from './fixtures/technical-site.js'
import {technicalStandard} from './fixtures/technical.js'

const single = (tree: Standard, slug = technicalSlug): Site => ({standards: [{slug, editions: [{year: tree.cover.year, tree}], diffs: [], lineage: lineage([tree])}]})

/** The page of the fixture's first edition. */
function editionHtml(tree: Standard = technicalStandard()): string {
  return renderSite(single(tree)).get(`${technicalSlug}/${tree.cover.year}.html`) ?? ''
}

/** The part of a page from the element that opens with `start` to the end of its first `end`. */
function slice(html: string, start: string, end: string): string {
  const from = html.indexOf(start)
  expect(from, `${start} not found`).toBeGreaterThan(-1)
  return html.slice(from, html.indexOf(end, from) + end.length)
}

/** The text a reader sees: the body without tags, style and script. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/gu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/&#x26;/gu, '&')
}

describe('technical content on an edition page', () => {
  const html = editionHtml()

  it('draws a figure: its images sized from their files, the key, notes and footnotes, the title centred under it', () => {
    const figure = slice(html, '<figure class="figure" id="figure-1">', '</figure>')
    expect(figure).toContain('<img src="figures/grounding.svg" alt="接地系统由总接地排和接地引入线组成" width="480" height="240" loading="lazy">')
    expect(figure).toMatch(/<p class="lead">说明：<\/p><dl class="definitions key"><div><dt>1<\/dt><dd>——总接地排；<\/dd><\/div>/u)
    expect(figure).toContain('<p class="note"><span class="label">注：</span>引入线的长度以实测为准。</p>')
    expect(figure).toContain('<p class="part-footnote"><sup>a</sup>　仅用于直流电源系统。</p>')
    expect(figure).toMatch(/<figcaption>图1　接地系统的组成<\/figcaption><\/figure>$/u)
  })

  it('labels sub-figures under their images, links an image by its encoded path, and leaves an unsized image without a size', () => {
    const figure = slice(html, '<figure class="figure" id="figure-2">', '</figure>')
    expect(figure).toContain('<img src="figures/front.svg" alt="机柜正面" width="200" height="160" loading="lazy"><p class="subcaption">a)　正视图</p>')
    expect(figure).toContain('<img src="figures/side%20view.svg" alt="机柜侧面" loading="lazy"><p class="subcaption">b)　侧视图</p>')
  })

  it('gives an unnumbered figure neither an id nor a caption', () => {
    const figure = slice(html, '<figure class="figure">', '</figure>')
    expect(figure).not.toContain('figcaption')
    expect(figure).toContain('alt="接地系统（重复）"')
  })

  it('writes formulas as MathML with the number at the right, and shows no TeX', () => {
    const formula = slice(html, '<div class="formula" id="formula-1">', '</span></div>')
    expect(formula).toMatch(/^<div class="formula" id="formula-1"><div class="math"><math [^>]*display="block"><mi>R<\/mi><mo>=<\/mo><mfrac><mi>U<\/mi><mi>I<\/mi><\/mfrac><\/math><\/div><span class="formula-number">（1）<\/span><\/div>$/u)
    // The unnumbered formula of the appendix has no id and no number.
    const appendix = slice(html, '<section class="provision appendix"', '</section>')
    expect(appendix).toMatch(/<div class="formula"><div class="math"><math [^>]*display="block">.*<\/math><\/div><\/div>/u)
    // Greek letters as the characters themselves, like the rest of the page.
    expect(appendix).toContain('<mi>ρ</mi><mo>/</mo><mo stretchy="false">(</mo><mn>2</mn><mi>π</mi>')
    expect(html).toContain('电压 <span class="math-inline"><math alttext="U_0" xmlns="http://www.w3.org/1998/Math/MathML"><msub><mi>U</mi><mn>0</mn></msub></math></span> 取')
    const text = visibleText(html)
    for (const tex of ['\\frac', 'U_0', 'R_{', '$']) expect(text).not.toContain(tex)
    expect(html).not.toMatch(/mathjax|<script[^>]*src=/iu)
  })

  it('lays out 式中, a figure’s key and a symbols chapter as definition lists', () => {
    expect(html).toMatch(/<div class="where"><p class="lead">式中：<\/p><dl class="definitions where"><div><dt><span class="math-inline"><math alttext="R"[^>]*><mi>R<\/mi><\/math><\/span><\/dt><dd>——接地电阻，单位为欧姆（Ω）；<\/dd><\/div>/u)
    expect(html).toContain('<dl class="definitions symbols"><div><dt>ETS</dt><dd>接地端子系统</dd></div><div><dt>MET</dt><dd>总接地端子</dd></div></dl>')
  })

  it('keeps a listing’s lines and indentation, escaped, in a monospaced block', () => {
    const listing = slice(html, '<pre class="code"', '</pre>')
    expect(listing).toContain('<pre class="code" aria-label="代码（json）" data-lang="json"><code class="language-json"><span class="line">{</span>\n<span class="line">  "site": "A-01",</span>\n<span class="line"></span>\n')
    expect(listing).toContain('"note": "&#x3C;script>alert(1)&#x3C;/script> &#x26; a very long line')
    expect(listing).not.toContain('<script>')
  })

  it('merges cells, heads the table with the rows its header spans, and keeps notes and footnotes inside the frame', () => {
    const table = slice(html, '<table id="table-1">', '</table>')
    expect(table).toContain('<caption>表1　接地电阻限值</caption>')
    expect(table).toContain(
      '<thead><tr><th scope="col" rowspan="2">设备类别</th><th scope="colgroup" colspan="2">接地电阻/Ω</th></tr><tr><th scope="col">新建</th><th scope="col">改建</th></tr></thead>'
    )
    expect(table).toContain('<tr><td>交换设备</td><td>≤1<sup>a</sup></td><td>≤4</td></tr>')
    expect(table).toContain('<td>传输设备<br>（含光端机）</td>')
    expect(table).toMatch(/<tfoot><tr><td class="table-notes" colspan="3"><p class="note"><span class="label">注1：<\/span>限值为土壤电阻率不大于100 Ω·m时的数值。<\/p>.*<p class="part-footnote"><sup>a<\/sup>　雷暴日多的地区取0.5 Ω。<\/p><\/td><\/tr><\/tfoot><\/table>$/u)
  })

  it('gives a table without a header row no thead', () => {
    const tree = technicalStandard()
    const clause = tree.children.find((node) => node.type === 'clause' && node.number === '5')
    if (clause?.type !== 'clause') throw new Error('no clause 5')
    clause.children.push({type: 'table', headerRows: 0, children: [{type: 'tableRow', children: [{type: 'tableCell', children: [{type: 'text', value: '甲'}]}]}]})
    const table = editionHtml(tree).match(/<table><tbody><tr><td>甲<\/td><\/tr><\/tbody><\/table>/u)
    expect(table).not.toBeNull()
  })

  it('raises footnote calls, links them to the footnotes at the end of the page and back', () => {
    expect(html).toContain('的技术要求<sup class="footnote-call"><a href="#footnote-1" id="footnote-1.1">1)</a></sup>，')
    expect(html).toContain('<a href="#footnote-2" id="footnote-2.1">2)</a>')
    expect(html).toContain('含义<sup class="footnote-call"><a href="#footnote-1" id="footnote-1.2">1)</a></sup>')
    const notes = slice(html, '<section class="footnotes"', '</section>')
    expect(notes).toBe(
      '<section class="footnotes" aria-label="脚注"><ol><li id="footnote-1"><span class="label">1)</span> 机房指放置通信设备的房间。 <a class="back" href="#footnote-1.1" aria-label="回到脚注1)的引用处">↩</a></li><li id="footnote-2"><span class="label">2)</span> 限值见表1。 <a class="back" href="#footnote-2.1" aria-label="回到脚注2)的引用处">↩</a></li></ol></section>'
    )
    expect(html.indexOf('<section class="footnotes"')).toBeGreaterThan(html.indexOf('id="index"'))
  })

  it('writes inline forms as HTML and keeps the spaces of units', () => {
    expect(html).toContain('面积单位为 m<sup>2</sup>，水的化学式为 H<sub>2</sub>O；')
    expect(html).toContain('取<em>额定值</em>，<strong>不应</strong>超过')
    expect(html).toContain('环境温度为 25 ℃、相对湿度为 60 % 的机房，电阻单位为 kΩ')
  })

  it('prints a term entry’s admitted and abbreviated terms on their own lines, its notes to entry and its source', () => {
    const entry = slice(html, '<section class="provision" id="earthing"', '</section>')
    expect(entry).toContain('</h3><p class="admitted"><span class="sr-only">许用术语：</span>接地系统</p><p class="abbreviation"><span class="sr-only">缩略语：</span>ETS</p><p>埋入地中')
    expect(entry).toContain('<p class="note"><span class="label">注1到条目：</span>接地装置包括接地体和接地线。</p>')
    expect(entry).toMatch(/<p class="term-source">\[来源：GB\/T 20000\.1—2014，3\.1，有修改\]<\/p><\/section>$/u)
  })

  it('heads the bibliography and the index as back matter, both in the contents', () => {
    const toc = slice(html, '<nav class="toc"', '</nav>')
    expect(toc).toContain('<li><a href="#appendix-A">附录A　接地电阻的测量</a></li><li><a href="#bibliography">参考文献</a></li><li><a href="#index">索引</a></li></ol>')
    expect(html).toContain(
      '<section class="back-matter bibliography" id="bibliography" aria-labelledby="bibliography-title"><h2 id="bibliography-title">参考文献</h2><p class="bibliography-entry"><span class="label">[1]</span>　GB/T 7714—2015　信息与文献　参考文献著录规则</p>'
    )
  })

  it('generates the index: Chinese terms in pinyin order, then English ones alphabetically, each linking its entry', () => {
    const index = slice(html, '<section class="back-matter term-index" id="index"', '</section>')
    const chinese = [...slice(index, '<h3>汉语拼音索引</h3>', '</ul>').matchAll(/<span lang="zh-CN">([^<]*)<\/span> <a href="#([^"]*)">([^<]*)<\/a>/gu)].map((match) => match.slice(1).join(' '))
    expect(chinese).toEqual(['保护导体 term-3.2 3.2', '等电位连接 term-3.3 3.3', '接地系统 earthing 3.1', '接地装置 earthing 3.1'])
    const english = [...slice(index, '<h3>英文对应词索引</h3>', '</ul>').matchAll(/<span lang="en">([^<]*)<\/span>/gu)].map((match) => match[1])
    expect(english).toEqual(['Bonding', 'earth-termination system', 'protective conductor'])
  })

  it('links references to figures and formulas', () => {
    expect(html).toContain('组成见<a class="xref" href="#figure-1">图1</a>，接地电阻按<a class="xref" href="#formula-1">公式（1）</a>计算')
  })

  it('gives its parts only ids the tree has or pages reserve, each once', () => {
    const ids = [...html.matchAll(/ id="([^"]*)"/gu)].map((match) => match[1] ?? '')
    expect(new Set(ids).size).toBe(ids.length)
    const tree = new Set<string>()
    const walk = (node: {id?: unknown; children?: ReadonlyArray<unknown>}): void => {
      if (typeof node.id === 'string') tree.add(node.id)
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    walk(technicalStandard())
    expect(ids.filter((id) => !tree.has(id) && !isPageId(id))).toEqual([])
  })

  it('inlines the technical stylesheet only in pages that show technical content', () => {
    expect(html).toContain('figure.figure {')
    const plain = parseStandard(new VFile({path: '2024.md', value: '---\n编号: Q/ZX 1—2024\n名称: 示例\n---\n\n## 1 范围\n\n本标准规定了示例。\n'}))
    expect(editionHtml(plain)).not.toContain('figure.figure {')
  })

  it('renders the same bytes every time', () => {
    expect(renderSite(technicalSite())).toEqual(renderSite(technicalSite()))
  })

  it('keeps TeX that would close the math and open a script as escaped text', () => {
    const tree = technicalStandard()
    const clause = tree.children.find((node) => node.type === 'clause' && node.number === '5')
    if (clause?.type !== 'clause') throw new Error('no clause 5')
    clause.children.push({type: 'formula', value: '\\text{</math><script>alert(1)</script>}'})
    const page = editionHtml(tree)
    expect(page).not.toContain('<script>alert(1)')
    expect(page).toContain('<mtext>&lt;/math&gt;&lt;script&gt;alert(1)&lt;/script&gt;</mtext>')
  })
})

describe('technical content read from Markdown', () => {
  it('shows the figures, formulas and tables the parser reads', () => {
    const source = [
      '---',
      '编号: Q/ZX 99.2—2024',
      '名称: 示例',
      '---',
      '',
      '## 1 要求',
      '',
      '接地电阻按公式（1）计算，见图1。',
      '',
      '$$ （1）',
      'R = \\frac{U}{I}',
      '$$',
      '',
      '式中：',
      '',
      '$R$——接地电阻；',
      '',
      '$U$——电压。',
      '',
      '![接地系统的组成](figures/grounding.svg)',
      '',
      '图1　接地系统的组成',
      ''
    ].join('\n')
    const tree = parseStandard(new VFile({path: '2024.md', value: source}))
    const html = editionHtml(tree)
    expect(html).toContain('<div class="formula" id="formula-1"><div class="math"><math')
    expect(html).toContain('<a class="xref" href="#formula-1">公式（1）</a>')
    expect(html).toContain('<a class="xref" href="#figure-1">图1</a>')
    expect(html).toMatch(/<figure class="figure" id="figure-1"><div class="images"><div class="subfigure"><img src="figures\/grounding.svg" alt="接地系统的组成" loading="lazy"><\/div><\/div><figcaption>图1　接地系统的组成<\/figcaption><\/figure>/u)
    expect(html).toMatch(/<p class="lead">式中：<\/p><dl class="definitions where">/u)
  })
})

describe('technical content on a comparison page', () => {
  const html = renderSite(technicalSite()).get(`${technicalSlug}/diff/2024..2025.html`) ?? ''

  it('shows a changed formula as both formulas, struck and inserted, labelled with the editions', () => {
    const change = slice(html, '<div class="media media-change"><p class="media-label">公式（1）</p>', '</div></div></div>')
    expect(change).toMatch(/<div class="media-side"><p class="side-label">2024版<\/p><del class="block"><span class="picture formula-picture"><math alttext="R = \\frac\{U\}\{I\}"[^>]*>.*<\/math><\/span><\/del><\/div>/u)
    expect(change).toMatch(/<div class="media-side"><p class="side-label">2025版<\/p><ins class="block"><span class="picture formula-picture"><math alttext="R = \\frac\{U\}\{I\} \+ R_0"[^>]*>.*<\/math><\/span><\/ins><\/div>/u)
  })

  it('shows a changed image old and new side by side, from the files beside the pages', () => {
    const change = slice(html, '<div class="media media-change"><p class="media-label">图1</p>', '</div></div></div>')
    expect(change).toContain('<p class="side-label">2024版</p><del class="block"><span class="picture"><img src="../figures/grounding.svg" alt="接地系统由总接地排和接地引入线组成" width="480" height="240" loading="lazy"></span></del>')
    expect(change).toContain('<p class="side-label">2025版</p><ins class="block"><span class="picture"><img src="../figures/grounding-v2.svg"')
  })

  it('keeps a listing’s lines', () => {
    expect(html).toContain('<p class="code-change">{\n  "site": "A-01",\n\n  "resistance": 0.8,')
  })

  it('draws both sides in the side-by-side view too, and inlines the technical stylesheet', () => {
    const side = slice(html, '<table class="side-by-side">', '</table>')
    expect(side).toContain('<td><del class="block"><span class="picture"><img src="../figures/grounding.svg"')
    expect(side).toContain('<td><ins class="block"><span class="picture"><img src="../figures/grounding-v2.svg"')
    expect(html).toContain('.media-sides {')
  })
})
