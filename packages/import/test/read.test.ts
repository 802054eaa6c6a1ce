import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {readDocx, type WordBlock, type WordParagraph, type WordTable} from '@stdkit/import'
import {checkTex} from '@stdkit/math'
import {docx, lvl, p, r} from './build.js'

const paragraphs = (blocks: ReadonlyArray<WordBlock>): Array<WordParagraph> => blocks.filter((block): block is WordParagraph => block.kind === 'paragraph')
const text = (paragraph: WordParagraph): string => paragraph.runs.map((run) => run.text).join('')
const numbers = (blocks: ReadonlyArray<WordBlock>): Array<string | undefined> => paragraphs(blocks).map((paragraph) => paragraph.numbering?.text)

/** A multilevel list like a standard's clauses (1, 1.1, 1.1.1), a lettered list and a dash list. */
const clauses = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'decimal', '%1.%2.%3')}</w:abstractNum>`

describe('namespaces', () => {
  it('reads names by their namespace, whatever prefix the writer chose, and the strict (ISO) namespaces alike', () => {
    const original = docx({body: p('<w:outlineLvl w:val="0"/>', r('范围', '<w:b/>'))})
    const rewrite = (change: (xml: string) => string): Uint8Array =>
      zipSync(Object.fromEntries(Object.entries(unzipSync(original)).map(([name, data]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? strToU8(change(strFromU8(data))) : data])))
    const prefixed = rewrite((xml) => xml.replace(/<(\/?)w:/g, '<$1x:').replace(/ w:/g, ' x:').replace('xmlns:w=', 'xmlns:x='))
    const strict = rewrite((xml) =>
      xml
        .replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main')
        .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument')
    )
    expect(strFromU8(unzipSync(prefixed)['word/document.xml']!)).toContain('<x:p>')
    for (const bytes of [original, prefixed, strict]) {
      expect(readDocx(bytes).blocks).toEqual([{kind: 'paragraph', place: {paragraph: 1, words: '范围'}, outlineLevel: 0, runs: [{text: '范围', bold: true}]}])
    }
  })
})

describe('numbering', () => {
  it('rebuilds multilevel numbers, the lower levels restarting when a higher one advances', () => {
    const doc = readDocx(
      docx({
        numbering: `${clauses}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
        body: [0, 1, 1, 2, 2, 1, 2, 0, 1, 0, 2]
          .map((level, index) => p(`<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`, r(`条${index}`)))
          .join('')
      })
    )
    expect(numbers(doc.blocks)).toEqual(['1', '1.1', '1.2', '1.2.1', '1.2.2', '1.3', '1.3.1', '2', '2.1', '3', '3.1.1'])
    expect(paragraphs(doc.blocks)[3]?.numbering).toEqual({text: '1.2.1', level: 2, format: 'decimal'})
  })

  it('formats letters, roman numerals, Chinese counting, legal numbering, bullets and appendix labels', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerLetter', '%1)')}${lvl(1, 'decimal', '%2)')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperLetter', '附录%1')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="3">${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'lowerRoman', '(%2)')}${lvl(2, 'upperRoman', '%1.%2.%3', '<w:isLgl/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="4">${lvl(0, 'bullet', '——')}${lvl(1, 'bullet', '\uf0b7')}</w:abstractNum>` +
      [1, 2, 3, 4].map((n) => `<w:num w:numId="${n}"><w:abstractNumId w:val="${n}"/></w:num>`).join('')
    const item = (numId: number, level: number) => p(`<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`, r('项'))
    const doc = readDocx(
      docx({
        numbering,
        body: [item(1, 0), item(1, 1), item(1, 1), item(1, 0), item(1, 1), item(2, 0), item(2, 1), item(2, 0), item(2, 1)].join('') +
          [item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 0), item(3, 1), item(3, 1), item(3, 1), item(3, 1), item(3, 2)].join('') +
          [item(4, 0), item(4, 1)].join('')
      })
    )
    expect(numbers(doc.blocks)).toEqual([
      'a)', '1)', '2)', 'b)', '1)', '附录A', 'A.1', '附录B', 'B.1',
      '第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章', '第八章', '第九章', '第十章', '第十一章', '第十二章', '(i)', '(ii)', '(iii)', '(iv)', '12.4.1',
      '——', '•'
    ])
    expect(paragraphs(doc.blocks).at(-2)?.numbering?.format).toBe('bullet')
  })

  it('keeps counting across instances of one list, restarts an instance that overrides its start, and honours lvlRestart', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1')}${lvl(1, 'decimal', '%2', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
      `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'upperLetter', '(%1)')}</w:lvlOverride></w:num>`
    const item = (numId: number, level = 0) => p(`<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`, r('项'))
    const doc = readDocx(docx({numbering, body: [item(1), item(1, 1), item(2), item(2, 1), item(3), item(3), item(4), item(1), p('<w:numPr><w:numId w:val="0"/></w:numPr>', r('无编号'))].join('')}))
    // Level 2 never restarts (lvlRestart 0): 1 then 2 across the level-1 item between.
    expect(numbers(doc.blocks)).toEqual(['1', '1', '2', '2', '5', '6', '(A)', '3', undefined])
  })

  it('takes numbering from the paragraph style, at the level linked to the style', () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ZhangBiaoTi"><w:name w:val="标准文件_章标题"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="TiaoBiaoTi"><w:name w:val="标准文件_一级条标题"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    const numbering =
      `${clauses}<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1', '<w:pStyle w:val="ZhangBiaoTi"/>')}${lvl(1, 'decimal', '%1.%2', '<w:pStyle w:val="TiaoBiaoTi"/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    const styled = (style: string, words: string) => p(`<w:pStyle w:val="${style}"/>`, r(words))
    const doc = readDocx(
      docx({styles, numbering, body: [styled('1', '范围'), styled('2', '总则'), styled('2', '细则'), styled('ZhangBiaoTi', '要求'), styled('TiaoBiaoTi', '一般要求'), styled('a', '正文')].join('')})
    )
    const read = paragraphs(doc.blocks)
    expect(read.map((paragraph) => [paragraph.style?.name, paragraph.outlineLevel, paragraph.numbering?.text])).toEqual([
      ['Heading 1', 0, '1'],
      ['Heading 2', 1, '1.1'],
      ['Heading 2', 1, '1.2'],
      ['标准文件_章标题', 0, '1'],
      ['标准文件_一级条标题', 1, '1.1'],
      ['Normal', undefined, undefined]
    ])
  })
})

describe('styles and runs', () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="标题 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="11"><w:name w:val="标题 2"/><w:basedOn w:val="10"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>' +
    '<w:style w:type="character" w:styleId="Code"><w:name w:val="Code Char"/><w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="Code"/><w:rPr><w:b/></w:rPr></w:style>'

  it('resolves names, outline levels and run formatting through the style chains over the defaults', () => {
    const doc = readDocx(
      docx({
        styles,
        body:
          p('<w:pStyle w:val="10"/>', r('范围')) +
          p('<w:pStyle w:val="11"/>', r('总则')) +
          p('<w:outlineLvl w:val="2"/><w:jc w:val="center"/><w:pageBreakBefore/>', r('直接大纲'), r('x', '<w:vertAlign w:val="superscript"/>'), r('2', '<w:vertAlign w:val="subscript"/><w:i/>')) +
          p('', r('int main()', '<w:rStyle w:val="Strong"/>'), r('粗', '<w:b/><w:sz w:val="24"/>')) +
          p('<w:outlineLvl w:val="9"/><w:sectPr/>', r('正文'))
      })
    )
    const [h1, h2, direct, code, body] = paragraphs(doc.blocks)
    expect(h1).toMatchObject({style: {id: '10', name: '标题 1'}, outlineLevel: 0, runs: [{text: '范围', bold: true, font: '黑体', size: 16}]})
    expect(h2?.outlineLevel).toBe(1)
    expect(h2?.runs[0]?.bold).toBeUndefined()
    expect(direct).toMatchObject({style: {name: 'Normal'}, outlineLevel: 2, alignment: 'center', pageBreakBefore: true})
    expect(direct?.runs.slice(1)).toEqual([
      {text: 'x', superscript: true, font: 'Times New Roman', size: 10.5},
      {text: '2', subscript: true, italic: true, font: 'Times New Roman', size: 10.5}
    ])
    expect(code?.runs).toEqual([
      {text: 'int main()', bold: true, font: 'Courier New', monospace: true, size: 10.5},
      {text: '粗', bold: true, font: '宋体', size: 12}
    ])
    expect(body?.outlineLevel).toBeUndefined()
    expect(body?.sectionEnd).toBe(true)
    expect(body?.place).toEqual({paragraph: 5, words: '正文'})
  })

  it('reads text raised or lowered and set smaller as superscript or subscript, and leaves a small shift alone', () => {
    const doc = readDocx(
      docx({
        styles,
        body: p('', r('4 m'), r('2', '<w:position w:val="8"/><w:sz w:val="15"/>'), r('H'), r('2', '<w:position w:val="-6"/>'), r('O'), r('略高', '<w:position w:val="2"/>'))
      })
    )
    expect(paragraphs(doc.blocks)[0]?.runs.map((run) => [run.text, run.superscript, run.subscript])).toEqual([
      ['4 m', undefined, undefined],
      ['2', true, undefined],
      ['H', undefined, undefined],
      ['2', undefined, true],
      ['O', undefined, undefined],
      ['略高', undefined, undefined]
    ])
  })

  it('reads tabs, line and page breaks, carriage returns, non-breaking hyphens and symbols', () => {
    const doc = readDocx(
      docx({
        body: p(
          '',
          '<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>GB/T 1.1</w:t><w:noBreakHyphen/><w:t>2020</w:t>' +
            '<w:sym w:font="Symbol" w:char="F061"/><w:sym w:font="Symbol" w:char="F0B1"/><w:softHyphen/><w:br w:type="page"/></w:r>'
        )
      })
    )
    expect(paragraphs(doc.blocks)[0]?.runs).toEqual([{text: '甲\t乙'}, {text: '', break: true}, {text: '丙'}, {text: '', break: true}, {text: 'GB/T 1.1-2020α±'}, {text: '', pageBreak: true}])
  })
})

describe('what a reader sees', () => {
  it('joins neighbouring runs of one formatting, and leaves out hidden text', () => {
    const doc = readDocx(docx({body: p('', r('仓储'), r('作业'), r('规范', '<w:b/>'), r('（隐藏）', '<w:vanish/>'), r('要求', '<w:b/>'), r('。'))}))
    expect(paragraphs(doc.blocks)[0]?.runs).toEqual([{text: '仓储作业'}, {text: '规范要求', bold: true}, {text: '。'}])
  })

  it('reads a text box’s paragraphs after the paragraph it is anchored in', () => {
    const box = (words: string) =>
      `<w:r><w:pict><v:shape style="width:100pt;height:40pt"><v:textbox><w:txbxContent>${p('', r(words))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
    const alternate = '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1" cy="1"/><a:graphic><a:graphicData>' +
      `<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${p('', r('选择'))}</w:txbxContent></wps:txbx></wps:wsp>` +
      `</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>${box('ICS 03.100').replace(/^<w:r>|<\/w:r>$/g, '')}</mc:Fallback></mc:AlternateContent></w:r>`
    const doc = readDocx(docx({body: p('', r('封面'), box('Q/ZX')) + p('', alternate) + p('', r('正文'))}))
    expect(paragraphs(doc.blocks).map((paragraph) => [paragraph.place.paragraph, text(paragraph)])).toEqual([
      [1, '封面'],
      [2, 'Q/ZX'],
      [3, ''],
      [4, 'ICS 03.100'],
      [5, '正文']
    ])
  })
})

describe('fields, tracked changes and wrappers', () => {
  it('shows a field’s result, not its instruction, and marks a table of contents', () => {
    const complex = (instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const doc = readDocx(
      docx({
        body:
          p('', '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('1　范围\t1')) +
          p('', r('2　规范性引用文件\t2')) +
          p('', '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r('前言')) +
          p('', r('见'), complex('REF _Ref1 \\h', '4.2'), r('和'), '<w:fldSimple w:instr=" SEQ 表 \\* ARABIC "><w:r><w:t>1</w:t></w:r></w:fldSimple>', r('。')) +
          p('', r('按'), `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF 1 = 1 "</w:instrText></w:r>${complex('PAGE', '7')}<w:r><w:instrText>" ""</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
          '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' +
          p('', r('目次')) +
          p('', r('附录A\t9')) +
          '</w:sdtContent></w:sdt>' +
          p('', r('正文'))
      })
    )
    const read = paragraphs(doc.blocks)
    expect(read.map(text)).toEqual(['1　范围\t1', '2　规范性引用文件\t2', '前言', '见4.2和1。', '按7', '目次', '附录A\t9', '正文'])
    expect(read.map((paragraph) => paragraph.contents === true)).toEqual([true, true, false, false, false, true, true, false])
  })

  it('reads tracked insertions and drops deletions, reads through links, smart tags and content controls, ignores bookmarks', () => {
    const doc = readDocx(
      docx({
        body:
          p(
            '',
            r('保留'),
            `<w:ins w:id="1" w:author="甲">${r('插入')}</w:ins>`,
            '<w:del w:id="2" w:author="甲"><w:r><w:delText>删除</w:delText></w:r></w:del>',
            `<w:moveFrom w:id="3">${r('移走')}</w:moveFrom><w:moveTo w:id="4">${r('移来')}</w:moveTo>`,
            '<w:bookmarkStart w:id="0" w:name="_Ref1"/>',
            `<w:hyperlink r:id="rLink">${r('链接')}</w:hyperlink>`,
            `<w:smartTag w:uri="urn:x" w:element="date">${r('2024年')}</w:smartTag>`,
            `<w:sdt><w:sdtPr/><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>`,
            '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellStart"/>'
          ) + `<w:del w:id="5">${p('', r('整段删除'))}</w:del>`,
        relationships: {rLink: ['hyperlink', 'https://example.org']}
      })
    )
    expect(paragraphs(doc.blocks).map(text)).toEqual(['保留插入移来链接2024年控件'])
    expect(doc.tracked).toBe(true)
    expect(readDocx(docx({body: p('', r('无修订'))})).tracked).toBeUndefined()
  })

  it('reads a formula and a table with their tracked changes accepted: a wholly deleted one is gone', () => {
    const mr = (t: string) => `<m:r><m:t>${t}</m:t></m:r>`
    const row = (content: string, mark = '') => `<w:tr>${mark === '' ? '' : `<w:trPr>${mark}</w:trPr>`}<w:tc>${p('', r(content))}</w:tc></w:tr>`
    const doc = readDocx(
      docx({
        body:
          p(
            '',
            `<m:oMath><w:del w:id="1">${mr('a=')}</w:del><m:f><m:num><w:del w:id="2">${mr('b')}</w:del></m:num><m:den><w:del w:id="3">${mr('c')}</w:del></m:den></m:f></m:oMath>`,
            `<m:oMath><w:ins w:id="4">${mr('a=')}</w:ins><m:f><m:num>${mr('x')}</m:num><m:den><w:ins w:id="5">${mr('y')}</w:ins><w:del w:id="6">${mr('z')}</w:del></m:den></m:f></m:oMath>`
          ) +
          `<w:tbl>${row('删去的行一', '<w:del w:id="7"/>')}${row('删去的行二', '<w:del w:id="8"/>')}</w:tbl>` +
          `<w:tbl>${row('留下', '<w:ins w:id="9"/>')}${row('删去', '<w:del w:id="10"/>')}</w:tbl>`
      })
    )
    const [formulas, table] = doc.blocks
    expect(formulas?.kind === 'paragraph' ? formulas.runs.map((run) => run.math?.tex) : []).toEqual([String.raw`a = \frac{x}{y}`])
    expect(doc.blocks).toHaveLength(2)
    expect(table?.kind === 'table' ? table.rows.map((item) => item.cells.map((cell) => text(cell.blocks[0] as WordParagraph))) : []).toEqual([['留下']])
    expect(doc.tracked).toBe(true)
  })
})

describe('tables', () => {
  const cell = (content: string, properties = '') => `<w:tc>${properties === '' ? '' : `<w:tcPr>${properties}</w:tcPr>`}${p('', r(content))}</w:tc>`
  it('resolves column spans and vertical merges, marks header rows and keeps nested tables', () => {
    const nested = `<w:tbl><w:tr>${cell('内1')}${cell('内2')}</w:tr></w:tbl>`
    const doc = readDocx(
      docx({
        body:
          p('', r('表1　合并')) +
          '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
          `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('类别', '<w:vMerge w:val="restart"/>')}${cell('数值', '<w:gridSpan w:val="2"/>')}</w:tr>` +
          `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('', '<w:vMerge/>')}${cell('甲')}${cell('乙')}</w:tr>` +
          `<w:tr>${cell('合并', '<w:vMerge w:val="restart"/>')}${cell('1')}${cell('2', '<w:vMerge w:val="restart"/>')}</w:tr>` +
          `<w:tr>${cell('', '<w:vMerge w:val="continue"/>')}${cell('3')}${cell('', '<w:vMerge/>')}</w:tr>` +
          `<w:tr>${cell('', '<w:vMerge/>')}<w:tc>${nested}${p('')}</w:tc>${cell('4')}</w:tr>` +
          '</w:tbl>' +
          p('', r('后'))
      })
    )
    const table = doc.blocks[1] as WordTable
    expect(table.kind).toBe('table')
    expect(table.place).toEqual({paragraph: 2, words: '类别'})
    const shape = table.rows.map((row) => [row.header, row.cells.map((c) => [c.colSpan, c.rowSpan, c.blocks[0]?.kind === 'paragraph' ? text(c.blocks[0]) : 'table'])])
    expect(shape).toEqual([
      [true, [[1, 2, '类别'], [2, 1, '数值']]],
      [true, [[1, 1, '甲'], [1, 1, '乙']]],
      [false, [[1, 3, '合并'], [1, 1, '1'], [1, 2, '2']]],
      [false, [[1, 1, '3']]],
      [false, [[1, 1, 'table'], [1, 1, '4']]]
    ])
    const inner = table.rows[4]?.cells[0]?.blocks[0] as WordTable
    expect(inner.rows[0]?.cells.map((c) => text(c.blocks[0] as WordParagraph))).toEqual(['内1', '内2'])
    // Paragraphs in cells count: the one after the table is the 18th (the merged-away cells' too).
    expect(doc.blocks[2]?.place).toEqual({paragraph: 18, words: '后'})
  })

  it('reads the older horizontal merge as a column span', () => {
    const doc = readDocx(docx({body: `<w:tbl><w:tr>${cell('跨两列', '<w:hMerge w:val="restart"/>')}${cell('', '<w:hMerge/>')}${cell('丙')}</w:tr><w:tr>${cell('甲')}${cell('乙')}${cell('丙')}</w:tr></w:tbl>`}))
    const table = doc.blocks[0] as WordTable
    expect(table.rows.map((row) => row.cells.map((c) => [c.colSpan, text(c.blocks[0] as WordParagraph)]))).toEqual([
      [[2, '跨两列'], [1, '丙']],
      [[1, '甲'], [1, '乙'], [1, '丙']]
    ])
  })
})

describe('footnotes, images and formulas', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')

  it('reads a footnote’s paragraphs where it is referenced, skipping the separators', () => {
    const doc = readDocx(
      docx({
        footnotes:
          `<w:footnote w:type="separator" w:id="-1">${p('', '<w:r><w:separator/></w:r>')}</w:footnote>` +
          `<w:footnote w:type="continuationSeparator" w:id="0">${p('', '<w:r><w:continuationSeparator/></w:r>')}</w:footnote>` +
          `<w:footnote w:id="1">${p('', '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>', r(' 脚注之文字。'))}</w:footnote>`,
        body: p('', r('正文')) + p('', r('见注释'), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', r('。'))
      })
    )
    const [, second] = paragraphs(doc.blocks)
    const note = second?.runs[1]?.footnote
    expect(note?.map(text)).toEqual([' 脚注之文字。'])
    expect(note?.[0]?.place.paragraph).toBe(2)
    expect(text(second!)).toBe('见注释。')
  })

  it('extracts images from drawings (the SVG preferred) and VML, with their size in pixels and their description', () => {
    const drawing = (blip: string) =>
      '<w:r><w:drawing><wp:inline><wp:extent cx="1905000" cy="952500"/><wp:docPr id="1" name="图片 1" descr="结构示意"/>' +
      `<a:graphic><a:graphicData><pic:pic><pic:blipFill>${blip}</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
    const doc = readDocx(
      docx({
        body:
          p('', drawing('<a:blip r:embed="rPng"/>')) +
          p('', drawing('<a:blip r:embed="rPng"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip r:embed="rSvg"/></a:ext></a:extLst></a:blip>')) +
          p('', '<w:r><w:pict><v:shape style="width:75pt;height:1in" alt="旧图"><v:imagedata r:id="rPng" o:title=""/></v:shape></w:pict></w:r>'),
        relationships: {rPng: ['image', 'media/image1.png'], rSvg: ['image', 'media/image2.svg']},
        files: {'word/media/image1.png': png, 'word/media/image2.svg': svg}
      })
    )
    const images = paragraphs(doc.blocks).map((paragraph) => paragraph.runs[0]?.image)
    expect(images[0]).toEqual({name: 'image1.png', mediaType: 'image/png', data: png, width: 200, height: 100, alt: '结构示意', source: '图片 1'})
    expect(images[1]).toMatchObject({name: 'image2.svg', mediaType: 'image/svg+xml', data: svg, width: 200})
    expect(images[2]).toEqual({name: 'image1.png', mediaType: 'image/png', data: png, width: 100, height: 96, alt: '旧图'})
  })

  it('reads Word math as TeX that compiles, display for m:oMathPara', () => {
    const mr = (t: string) => `<m:r><m:t>${t}</m:t></m:r>`
    const doc = readDocx(
      docx({
        body:
          p('', `<m:oMathPara><m:oMath>${mr('R=')}<m:f><m:num>${mr('U')}</m:num><m:den>${mr('I')}</m:den></m:f></m:oMath></m:oMathPara>`) +
          p('', r('其中'), `<m:oMath><m:sSup><m:e>${mr('x')}</m:e><m:sup>${mr('2')}</m:sup></m:sSup>${mr('+')}<m:rad><m:radPr><m:degHide m:val="1"/></m:radPr><m:deg/><m:e>${mr('α')}</m:e></m:rad></m:oMath>`, r('为面积。')) +
          p('', `<m:oMath>${mr('v=')}<m:f><m:num>${mr('距离')}</m:num><m:den>${mr('时间')}</m:den></m:f></m:oMath>`)
      })
    )
    const [display, inline, words] = paragraphs(doc.blocks)
    expect(display?.runs).toEqual([{text: '', math: {tex: 'R = \\frac{U}{I}', display: true}}])
    expect(inline?.runs[1]).toEqual({text: '', math: {tex: 'x^{2} + \\sqrt{\\alpha}', display: false}})
    const tex = words?.runs[0]?.math?.tex ?? ''
    expect(tex).toContain('\\text{距离}')
    for (const formula of [display, inline, words].map((paragraph) => paragraph?.runs.find((run) => run.math)?.math?.tex ?? '')) expect(checkTex(formula)).toBeUndefined()
  })
})
