/**
 * One row per way of breaking a valid source: the rule it must trigger, the
 * small textual mutation, and every message of that rule it must produce.
 *
 * Where a message points is never written as a number: `at` names a piece of
 * the broken text that occurs exactly once in it (`»` marks the column inside
 * it; without `»` its first character; a pattern points where it matches), and
 * the test computes the line and column from there.
 */
import {deleteLine, insertBefore, replaceOnce, type Source} from './helpers.js'
import {technicalAllowed, technicalCases} from './technical-cases.js'

export interface Expected {
  /** Where the message points, in the broken text. */
  at: string | RegExp
  severity: 'error' | 'warning'
  /** A part of the message's reason, enough to tell which finding it is. */
  says: string
}

export interface Case {
  /** Id of the rule the case is about. */
  rule: string
  /** What is broken, in words (the test's name). */
  broken: string
  /** The valid source the broken copy is made from. */
  source: Source
  /** Path of the broken copy, when the path is (part of) what is broken. */
  path?: string
  /** The mutation: valid text in, broken text out. */
  mutate: (text: string) => string
  /** Every message of the rule on the broken copy, in the order the checker gives them. */
  expect: ReadonlyArray<Expected>
}

/** The start of a row of the revision record: `| Q/ZX 75.1861–2006 |`, whatever the dash. */
const row = (year: string): RegExp => new RegExp(`^\\| Q/ZX 75\\.1861[-–]${year} \\|`, 'mu')
/** A front-matter line, whatever its value. */
const field = (name: string): RegExp => new RegExp(`^${name}: [^\\n]*$`, 'mu')

/** The first line of the foreword's history sentence, where messages about it point. */
const historySentence = '本标准于2004年10月首次发布'

export const cases: ReadonlyArray<Case> = [
  // Elements and their order.
  {
    rule: 'required-element',
    broken: 'chapter 3 retitled 术语, so there is no 术语和定义',
    source: '2007',
    mutate: (text) => replaceOnce(text, '## 3 术语和定义', '## 3 术语'),
    expect: [{at: '## 3 术语\n', severity: 'error', says: 'Missing chapter 3 术语和定义'}]
  },
  {
    rule: 'required-element',
    broken: 'the `# 前言` heading deleted',
    source: 'minimal',
    mutate: (text) => deleteLine(text, '# 前言'),
    expect: [{at: '---\nnumber:', severity: 'error', says: 'Missing foreword'}]
  },
  {
    rule: 'required-element',
    broken: 'the only core chapter retitled 符号, so no chapter holds requirements',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '## 4 巡检要求', '## 4 符号'),
    expect: [{at: '## 4 符号', severity: 'error', says: 'Missing core chapter'}]
  },
  {
    rule: 'element-order',
    broken: 'appendix C turned into a chapter 8 after appendix B',
    source: '2007',
    mutate: (text) => replaceOnce(text, '## 附录C（规范性附录）服务禁用语', '## 8 服务禁用语'),
    expect: [{at: '## 8 服务禁用语', severity: 'error', says: 'Unexpected chapter 8 after an appendix'}]
  },
  {
    rule: 'element-order',
    broken: 'chapter 1 retitled 适用范围',
    source: '2004',
    mutate: (text) => replaceOnce(text, '## 1 范围', '## 1 适用范围'),
    expect: [{at: '## 1 适用范围', severity: 'error', says: 'expected chapter 1 to be 范围'}]
  },
  {
    rule: 'references-structure',
    broken: 'a sub-clause 2.1 inserted into 规范性引用文件',
    source: '2006',
    mutate: (text) => insertBefore(text, 'Q/ZX 75.1760　', '### 2.1 公司标准\n\n'),
    expect: [{at: '### 2.1 公司标准', severity: 'error', says: 'Unexpected sub-clause 2.1 in 规范性引用文件'}]
  },

  {
    rule: 'terms-lead-in',
    broken: 'the 2000 wording 适用于本标准 in a standard drafted under GB/T 1.1—2020',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '下列术语和定义适用于本文件。', '下列术语和定义适用于本标准。'),
    expect: [{at: '下列术语和定义适用于本标准。', severity: 'warning', says: 'Unexpected `本标准` in the lead-in of the terms, expected 本文件 (drafted under GB/T 1.1—2020)'}]
  },
  {
    rule: 'terms-lead-in',
    broken: 'the lead-in of chapter 3 deleted',
    source: 'minimal',
    mutate: (text) => deleteLine(text, '下列术语和定义适用于本标准。'),
    expect: [{at: '## 3 术语和定义', severity: 'warning', says: 'Missing lead-in of chapter 3 术语和定义, expected `下列术语和定义适用于本标准。`'}]
  },
  {
    rule: 'terms-lead-in',
    broken: '本文件没有需要界定的术语和定义 before two term entries',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '下列术语和定义适用于本文件。', '本文件没有需要界定的术语和定义。'),
    expect: [{at: '本文件没有需要界定的术语和定义。', severity: 'warning', says: 'the chapter defines terms (3.1 …)'}]
  },
  {
    rule: 'terms-lead-in',
    broken: 'a lead-in announcing terms, with none after it',
    source: 'national-2020',
    mutate: (text) => text.replace(/### 3\.1 [^]*?(?=## 4 )/u, ''),
    expect: [{at: '下列术语和定义适用于本文件。', severity: 'warning', says: 'expected `本文件没有需要界定的术语和定义。`'}]
  },
  {
    rule: 'term-without-term',
    broken: 'the term of entry 3.2 deleted, leaving its number',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '### 3.2 报文 message', '### 3.2'),
    expect: [{at: '### 3.2', severity: 'error', says: 'Missing term in entry 3.2'}]
  },
  {
    rule: 'self-reference',
    broken: '本标准 in the scope of a standard drafted under GB/T 1.1—2020',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '本文件适用于机房运行监控系统', '本标准适用于机房运行监控系统'),
    expect: [{at: '本标准适用于机房运行监控系统', severity: 'warning', says: 'Unexpected `本标准` for this document, expected `本文件`: a document drafted under GB/T 1.1—2020 calls itself 本文件'}]
  },
  {
    rule: 'self-reference',
    broken: '本标准 in a part drafted under GB/T 1.1—2009, pointed at in the middle of its line',
    source: 'national-2009',
    mutate: (text) => replaceOnce(text, 'JR/T 0299的本部分规定了', 'JR/T 0299的本标准规定了'),
    expect: [{at: 'JR/T 0299的»本标准规定了', severity: 'warning', says: 'Unexpected `本标准` for this document, expected `本部分`: its title has 第N部分, so it is a part'}]
  },
  {
    rule: 'self-reference',
    broken: '本部分 in an enterprise standard that is not a part',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '本标准适用于公司负责维护的通信机房。', '本部分适用于公司负责维护的通信机房。'),
    expect: [{at: '本部分适用于公司', severity: 'warning', says: 'Unexpected `本部分` for this document, expected `本标准`: it is not a part of a standard'}]
  },
  {
    rule: 'hanging-paragraph',
    broken: 'a paragraph between the heading of chapter 4 and 4.1, and one between 附录A and A.1',
    source: 'national-2020',
    mutate: (text) => insertBefore(insertBefore(text, '### 4.1 报文头', '报文由报文头和报文体组成。\n\n'), '### A.1 字段列表', '本附录给出报文体的字段。\n\n'),
    expect: [
      {at: '报文由报文头和报文体组成。', severity: 'warning', says: 'Unexpected hanging paragraph between the heading of 4 and its first sub-clause 4.1 (GB/T 1.1—2020)'},
      {at: '本附录给出报文体的字段。', severity: 'warning', says: 'Unexpected hanging paragraph between the heading of 附录A and its first sub-clause A.1'}
    ]
  },
  {
    rule: 'hanging-paragraph',
    broken: 'a list hanging under 4 in a part drafted under GB/T 1.1—2009',
    source: 'national-2009',
    mutate: (text) => insertBefore(text, '### 4.1 服务流程', '——现金存取；\n\n——现金兑换。\n\n'),
    expect: [{at: '——现金存取；', severity: 'warning', says: '(GB/T 1.1—2009)'}]
  },
  {
    rule: 'appendix-uncited',
    broken: 'the requirement citing normative appendix A rewritten as a mere mention',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '报文体应符合附录A的规定，', '报文体的字段列于附录A，'),
    expect: [{at: '## 附录A（规范性）报文体字段', severity: 'warning', says: 'Uncited normative appendix A'}]
  },
  {
    rule: 'appendix-uncited',
    broken: '见附录A in a sentence without a requirement, and a requirement citing A inside appendix A itself',
    source: 'national-2009',
    mutate: (text) => replaceOnce(replaceOnce(text, '现金服务的流程应符合JR/T 0299.1的规定，并按附录A执行。', '现金服务的流程见附录A。'), '柜员受理客户的现金业务。', '柜员受理客户的现金业务，应符合附录A的流程。'),
    expect: [{at: '## 附录A（规范性附录）现金服务流程', severity: 'warning', says: 'Uncited normative appendix A'}]
  },
  // Numbering.
  {
    rule: 'chapter-numbering',
    broken: 'chapter 7 numbered 8',
    source: '2007',
    mutate: (text) => replaceOnce(text, '## 7 网规网优现场行为规范', '## 8 网规网优现场行为规范'),
    expect: [{at: '## 8 网规网优现场行为规范', severity: 'error', says: 'Unexpected chapter number 8, expected 7'}]
  },
  {
    rule: 'chapter-numbering',
    broken: 'the title of chapter 7 deleted',
    source: '2005',
    mutate: (text) => replaceOnce(text, '## 7 客户支持现场行为规范 {#customer-support}', '## 7 {#customer-support}'),
    expect: [{at: '## 7 {#customer-support}', severity: 'error', says: 'Missing title of chapter 7'}]
  },
  {
    rule: 'clause-numbering',
    broken: '4.3 numbered 4.4',
    source: '2007',
    mutate: (text) => replaceOnce(text, '### 4.3 语言规范', '### 4.4 语言规范'),
    expect: [{at: '### 4.4 语言规范', severity: 'error', says: 'Unexpected number 4.4 under 4, expected 4.3'}]
  },
  {
    rule: 'clause-numbering',
    broken: 'D.2 numbered D.3 in appendix D',
    source: '2004',
    mutate: (text) => replaceOnce(text, '### D.2 现场服务报告', '### D.3 现场服务报告'),
    expect: [{at: '### D.3 现场服务报告', severity: 'error', says: 'Unexpected number D.3 in 附录D, expected D.2'}]
  },
  {
    rule: 'lone-subclause',
    broken: 'a single sub-clause 7.3.1 inserted into 7.3',
    source: '2007',
    mutate: (text) => insertBefore(text, 'b) 调整前应备份原有参数', '#### 7.3.1 参数备份\n\n'),
    expect: [{at: '#### 7.3.1 参数备份', severity: 'error', says: 'Unexpected lone sub-clause 7.3.1: 7.3 has no other sub-clause'}]
  },
  {
    rule: 'lone-subclause',
    broken: 'the heading of 4.2 deleted, leaving 4.1 alone',
    source: 'minimal',
    mutate: (text) => deleteLine(text, '### 4.2 巡检内容'),
    expect: [{at: '### 4.1 巡检周期', severity: 'error', says: 'Unexpected lone sub-clause 4.1'}]
  },
  {
    rule: 'clause-depth',
    broken: 'a sixth level 5.7.1.1.1.1 added',
    source: '2005',
    mutate: (text) => insertBefore(text, '#### 5.7.2 评估', '###### 5.7.1.1.1.1 过深的条\n\n'),
    expect: [{at: '###### 5.7.1.1.1.1', severity: 'error', says: 'Unexpected level 6 clause 5.7.1.1.1.1, expected at most 5 levels'}]
  },
  {
    rule: 'clause-title',
    broken: 'the title of 4.2 deleted while 4.1, 4.3 … keep theirs',
    source: '2007',
    mutate: (text) => replaceOnce(text, '### 4.2 服务礼仪 {#service-etiquette}', '### 4.2 {#service-etiquette}'),
    expect: [{at: '### 4.2 {#service-etiquette}', severity: 'error', says: 'Missing title of 4.2: its siblings under 4 have titles'}]
  },
  {
    rule: 'clause-title',
    broken: 'the title of 5.7 deleted, which has sub-clauses 5.7.1 … 5.7.5',
    source: '2005',
    mutate: (text) => replaceOnce(text, '### 5.7 辅助工具更改管理 {#tool-change}', '### 5.7 {#tool-change}'),
    expect: [
      {at: '### 5.7 {#tool-change}', severity: 'error', says: 'Missing title of 5.7'},
      {at: '#### 5.7.1 更改申请', severity: 'error', says: 'Unexpected sub-clauses under untitled 5.7'}
    ]
  },

  // Appendices.
  {
    rule: 'appendix-order',
    broken: 'appendix B lettered D',
    source: '2007',
    mutate: (text) => replaceOnce(text, '## 附录B（规范性附录）服务常用语', '## 附录D（规范性附录）服务常用语'),
    expect: [{at: '## 附录D（规范性附录）服务常用语', severity: 'error', says: 'Unexpected 附录D, expected 附录B'}]
  },
  {
    rule: 'appendix-label',
    broken: 'the label （规范性附录） of appendix C deleted',
    source: '2007',
    mutate: (text) => replaceOnce(text, '## 附录C（规范性附录）服务禁用语', '## 附录C 服务禁用语'),
    expect: [{at: '## 附录C 服务禁用语', severity: 'error', says: 'Missing label of 附录C'}]
  },
  {
    rule: 'appendix-foreword',
    broken: 'the foreword calls informative appendix D normative',
    source: '2004',
    mutate: (text) => replaceOnce(text, '本标准附录A、B、C为规范性附录，附录D为资料性附录。', '本标准附录A、B、C、D为规范性附录。'),
    expect: [
      {at: '本标准附录A、B、C、D为规范性附录。', severity: 'error', says: 'Unexpected statement of 规范性 appendices `A、B、C、D` in the foreword, expected `A、B、C`'},
      {at: '本标准附录A、B、C、D为规范性附录。', severity: 'error', says: 'Unexpected statement of 资料性 appendices `(none)` in the foreword, expected `D`'}
    ]
  },
  {
    rule: 'appendix-foreword',
    broken: 'the statement of the appendices deleted from the foreword',
    source: '2007',
    mutate: (text) => deleteLine(text, '本标准附录A、B、C为规范性附录。'),
    expect: [{at: '# 前言', severity: 'warning', says: 'Missing statement of the appendices in the foreword'}]
  },

  // References.
  {
    rule: 'cross-reference',
    broken: '见5.2 changed to 见5.7, a clause 2007 does not have',
    source: '2007',
    mutate: (text) => replaceOnce(text, '工作的要求见5.2。', '工作的要求见5.7。'),
    expect: [{at: '工作的要求见»5.7。', severity: 'error', says: 'Unresolved reference `5.7`: this edition has no clause 5.7'}]
  },
  {
    rule: 'cross-reference',
    broken: '第4章 changed to 第9章',
    source: '2007',
    mutate: (text) => replaceOnce(text, '应遵守第4章的规定', '应遵守第9章的规定'),
    expect: [{at: '应遵守»第9章的规定', severity: 'error', says: 'Unresolved reference `第9章`: this edition has no chapter 9'}]
  },
  {
    rule: 'cross-reference',
    broken: '表1 changed to 表2, a table the fixture does not have',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '应符合表1的规定', '应符合表2的规定'),
    expect: [{at: '应符合»表2的规定', severity: 'error', says: 'Unresolved reference `表2`: this edition has no table 2'}]
  },
  {
    rule: 'reference-cited',
    broken: 'the only citation of Q/ZX 75.1771 rewritten',
    source: '2007',
    mutate: (text) => replaceOnce(text, '工程验收按Q/ZX 75.1771的规定执行', '工程验收按用户的要求执行'),
    expect: [{at: 'Q/ZX 75.1771　', severity: 'warning', says: 'Uncited normative reference Q/ZX 75.1771'}]
  },
  {
    rule: 'reference-cited',
    broken: 'a reference nothing cites added to chapter 2',
    source: 'minimal',
    mutate: (text) => insertBefore(text, '## 3 术语和定义', 'Q/ZX 75.1771　国内工程验收工作规程\n\n'),
    expect: [{at: 'Q/ZX 75.1771　', severity: 'warning', says: 'Uncited normative reference Q/ZX 75.1771'}]
  },
  {
    rule: 'normative-reference',
    broken: 'an entry of chapter 2 whose number no code is known by',
    source: 'national-2020',
    mutate: (text) => insertBefore(text, '## 3 术语和定义', '企业内部规范第12号　数据字典\n\n'),
    expect: [{at: '企业内部规范第12号', severity: 'warning', says: 'Unrecognised normative reference `企业内部规范第12号　数据字典`'}]
  },
  {
    rule: 'duplicate-id',
    broken: 'the anchor of 5.1 repeated on 5.3',
    source: '2007',
    mutate: (text) => replaceOnce(text, '{#engineering-operations}', '{#engineering-preparation}'),
    expect: [{at: '### 5.3 安装调测与割接', severity: 'error', says: 'Duplicate id `engineering-preparation` on 5.3, already used by 5.1'}]
  },
  {
    rule: 'duplicate-id',
    broken: 'A.2 numbered A.1, so two clauses get the id clause-A.1',
    source: '2004',
    mutate: (text) => replaceOnce(text, '### A.2 立', '### A.1 立'),
    expect: [{at: '### A.1 立', severity: 'error', says: 'Duplicate A.1: its id `clause-A.1` is already used by an earlier A.1'}]
  },
  {
    rule: 'reserved-id',
    broken: 'the anchor of 5.3 made main, the id of the page\'s main landmark',
    source: '2007',
    mutate: (text) => replaceOnce(text, '{#engineering-operations}', '{#main}'),
    expect: [{at: '### 5.3 安装调测与割接', severity: 'error', says: 'Reserved anchor `{#main}` on 5.3'}]
  },
  {
    rule: 'reserved-id',
    broken: 'the anchors of 4.1 and of a term made clause-5 and toc-title, ids the page makes',
    source: '2007',
    mutate: (text) => replaceOnce(replaceOnce(text, '{#demeanour}', '{#clause-5}'), '{#term-after-sales-engineer}', '{#toc-title}'),
    expect: [
      {at: '### 3.1 售后工程师', severity: 'error', says: 'Reserved anchor `{#toc-title}` on 3.1'},
      {at: '### 4.1 精神风貌', severity: 'error', says: 'Reserved anchor `{#clause-5}` on 4.1'}
    ]
  },
  {
    rule: 'reserved-id',
    broken: 'the anchor of 5.3 made demeanour-title, the id of the heading of 4.1, and of 4.1 made toc, whose heading would be the 目次\'s',
    source: '2007',
    mutate: (text) => replaceOnce(replaceOnce(text, '{#engineering-operations}', '{#demeanour-title}'), '{#demeanour}', '{#toc}'),
    expect: [
      {at: '### 4.1 精神风貌', severity: 'error', says: 'Reserved anchor `{#toc}` on 4.1'},
      {at: '### 5.3 安装调测与割接', severity: 'error', says: 'Reserved anchor `{#demeanour-title}` on 5.3'}
    ]
  },
  {
    rule: 'note-requirement',
    broken: 'a note rewritten as a requirement (应)',
    source: '2007',
    mutate: (text) => replaceOnce(text, '注：时间窗口一般由用户', '注：时间窗口应由用户'),
    expect: [{at: '注：时间窗口应由用户', severity: 'warning', says: 'Unexpected requirement `应` in a note (注)'}]
  },
  {
    rule: 'note-requirement',
    broken: 'a recommendation (宜) put in the note to a table',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '注：巡检中发现的问题同时记入', '注：巡检中发现的问题宜同时记入'),
    expect: [{at: '注：巡检中发现的问题宜', severity: 'warning', says: 'Unexpected requirement `宜` in a note to a table'}]
  },
  {
    rule: 'note-requirement',
    broken: 'an example that quotes a slogan and then recommends (宜) outside the quotation marks',
    source: 'national-2009',
    mutate: (text) => replaceOnce(text, '只是宣传用语。', '宜张贴在入口处。'),
    expect: [{at: '示例：网点张贴的标语', severity: 'warning', says: 'Unexpected requirement `宜` in an example (示例)'}]
  },
  {
    rule: 'placeholder',
    broken: 'a placeholder left in a published edition',
    source: '2007',
    mutate: (text) => replaceOnce(text, 'a) 推行普通话，少说方言。', 'a) 推行普通话，【待填写：方言要求】。'),
    expect: [{at: 'a) »推行普通话，【待填写', severity: 'error', says: 'Placeholder `【待填写：方言要求】` left in the text: fill it in'}]
  },
  {
    rule: 'placeholder',
    broken: 'a placeholder in a draft is only a warning',
    source: '2007',
    mutate: (text) => replaceOnce(replaceOnce(text, 'effective: 2007-09-18\n', 'effective: 2007-09-18\nstatus: draft\n'), '## 7 网规网优现场行为规范', '## 7 【待填写：章标题】'),
    expect: [{at: '»## 7 【待填写', severity: 'warning', says: 'Placeholder `【待填写：章标题】` left in a heading: fill it in (draft)'}]
  },

  // Characters.
  {
    rule: 'control-character',
    broken: 'an escape sequence and a bell in the text',
    source: '2007',
    mutate: (text) => replaceOnce(text, 'a) 推行普通话，少说方言。', 'a) 推行普通话，\u001b]0;x\u0007少说方言。'),
    expect: [{at: 'a) 推行普通话，»\u001b', severity: 'error', says: 'Unexpected control character U+001B (2 on this line), expected text: remove it'}]
  },
  {
    rule: 'control-character',
    broken: 'a form feed in the cover, C1 in a heading',
    source: 'minimal',
    mutate: (text) => replaceOnce(replaceOnce(text, /^title: /mu, 'title: \u000c'), /^## 1 范围$/mu, '## 1 范\u009b围'),
    expect: [
      {at: 'title: »\u000c', severity: 'error', says: 'Unexpected control character U+000C, expected text'},
      {at: '## 1 范»\u009b', severity: 'error', says: 'Unexpected control character U+009B, expected text'}
    ]
  },

  // Cover.
  {
    rule: 'cover-number-dash',
    broken: 'a hyphen instead of the en dash in the number',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('number'), 'number: Q/ZX 75.1861-2007'),
    expect: [{at: 'number: »Q/ZX', severity: 'warning', says: 'Unexpected number `Q/ZX 75.1861-2007`: write an en dash'}]
  },
  {
    rule: 'cover-number',
    broken: 'a two-digit year',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('number'), 'number: Q/ZX 75.1861–07'),
    expect: [{at: 'number: »Q/ZX', severity: 'error', says: 'Unexpected number `Q/ZX 75.1861–07`: expected a code'}]
  },
  {
    rule: 'cover-number',
    broken: 'the dash missing in the replaced number',
    source: '2006',
    mutate: (text) => replaceOnce(text, field('replaces'), 'replaces: Q/ZX 75.1861 2005'),
    expect: [{at: 'replaces: »Q/ZX', severity: 'error', says: 'Unexpected replaced number `Q/ZX 75.1861 2005`'}]
  },
  {
    rule: 'cover-date',
    broken: 'the issue date changed to 31 September',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('issued'), 'issued: 2007-09-31'),
    expect: [{at: 'issued: »2007-09-31', severity: 'error', says: 'Invalid issued date `2007-09-31`'}]
  },
  {
    rule: 'cover-date',
    broken: 'the effective date deleted',
    source: '2005',
    mutate: (text) => deleteLine(text, field('effective')),
    expect: [{at: 'number: »Q/ZX', severity: 'error', says: 'Missing effective date (实施日期)'}]
  },
  {
    rule: 'cover-date',
    broken: 'a draft without its dates (only warnings)',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, 'issued: 2021-05-10\neffective: 2021-05-17\n', 'status: draft\n'),
    expect: [
      {at: 'number: »Q/ZX', severity: 'warning', says: 'Missing issued date (发布日期): fill it in when the draft is released'},
      {at: 'number: »Q/ZX', severity: 'warning', says: 'Missing effective date (实施日期): fill it in when the draft is released'}
    ]
  },
  {
    rule: 'cover-effective',
    broken: 'the effective date moved before the issue date',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('effective'), 'effective: 2007-09-01'),
    expect: [{at: 'effective: »2007-09-01', severity: 'error', says: 'Unexpected effective date 2007-09-01 before the issue date 2007-09-11'}]
  },
  {
    rule: 'cover-replaces',
    broken: 'the `replaces` line deleted',
    source: '2007',
    mutate: (text) => deleteLine(text, field('replaces')),
    expect: [{at: 'number: »Q/ZX', severity: 'error', says: 'Missing `replaces` in the front matter'}]
  },

  // Foreword.
  {
    rule: 'foreword-replaces',
    broken: 'the foreword names 2005 as the replaced edition',
    source: '2007',
    mutate: (text) => replaceOnce(text, /代替Q\/ZX 75\.1861[-–]2006/u, '代替Q/ZX 75.1861–2005'),
    expect: [{at: '本标准自实施之日起代替', severity: 'error', says: 'Unexpected `代替Q/ZX 75.1861–2005` in the foreword, expected Q/ZX 75.1861–2006'}]
  },
  {
    rule: 'foreword-replaces',
    broken: 'the sentence `本标准自实施之日起代替…` deleted',
    source: 'minimal',
    mutate: (text) => deleteLine(text, '本标准自实施之日起代替'),
    expect: [{at: '# 前言', severity: 'error', says: 'Missing sentence `本标准自实施之日起代替Q/ZX 99.1–2019。`'}]
  },
  {
    rule: 'foreword-replaces',
    broken: 'the national foreword replaces another edition than the cover',
    source: 'national-gbt-2009',
    mutate: (text) => replaceOnce(text, '本部分代替GB/T 9999.1—2005《', '本部分代替GB/T 9999.1—2004《'),
    expect: [{at: '本部分代替GB/T 9999.1—2004', severity: 'error', says: 'Unexpected `代替GB/T 9999.1–2004` in the foreword, expected GB/T 9999.1–2005'}]
  },
  {
    rule: 'foreword-drafting',
    broken: 'the 2009 drafting statement in the 2020 wording',
    source: 'national-gbt-2009',
    mutate: (text) => replaceOnce(text, '本部分按照GB/T 1.1—2009给出的规则起草。', '本部分按照GB/T 1.1—2009的规定起草。'),
    expect: [{at: '本部分按照GB/T 1.1—2009的规定起草', severity: 'error', says: 'expected `本部分按照GB/T 1.1—2009给出的规则起草。` as GB/T 1.1—2009 words it'}]
  },
  {
    rule: 'foreword-drafting',
    broken: 'the 2020 drafting statement without the title of GB/T 1.1',
    source: 'national',
    mutate: (text) => replaceOnce(text, /GB\/T 1\.1—2020《[^》]+》的规定起草/u, 'GB/T 1.1—2020给出的规则起草'),
    expect: [{at: '本文件按照GB/T 1.1—2020给出', severity: 'error', says: 'Unexpected drafting statement `本文件按照GB/T 1.1—2020给出的规则起草。`'}]
  },
  {
    rule: 'foreword-drafting',
    broken: 'the 2020 drafting statement deleted',
    source: 'national',
    mutate: (text) => deleteLine(text, '的规定起草。'),
    expect: [{at: '# 前言', severity: 'error', says: 'Missing drafting statement in the foreword, expected `本文件按照GB/T 1.1—2020《标准化工作导则\u3000第1部分'}]
  },
  {
    rule: 'change-list-see',
    broken: 'a change names a clause this edition does not have',
    source: 'national',
    mutate: (text) => replaceOnce(text, '（见5.3、5.4）', '（见5.3、9）'),
    expect: [{at: 'a) 增加了记录间隔', severity: 'error', says: 'Unexpected `见9` in the change `增加了记录间隔的要求（见5.3、9）`: this edition has no 9'}]
  },
  {
    rule: 'cross-reference',
    broken: 'a change names, after another clause, a clause this edition does not have',
    source: 'national',
    mutate: (text) => replaceOnce(text, '（见5.3、5.4）', '（见5.3、5.9）'),
    expect: [{at: '（见5.3、»5.9）', severity: 'error', says: 'Unresolved reference `5.9`'}]
  },
  {
    rule: 'change-list-see',
    broken: 'a change names a chapter this edition does not have',
    source: 'national-gbt-2009',
    mutate: (text) => replaceOnce(text, '（见4.2）', '（见7）'),
    expect: [{at: '——增加了记录的保存期限', severity: 'error', says: 'this edition has no 7'}]
  },
  {
    rule: 'change-list-old',
    broken: 'a deleted provision without the clause of the replaced edition',
    source: 'national',
    mutate: (text) => replaceOnce(text, '（见2012年版的4.4）', ''),
    expect: [{at: 'c) 删除了纸质记录', severity: 'warning', says: 'write `（2012年版的X.X）`'}]
  },
  {
    rule: 'change-list-old',
    broken: 'a change names the clause of an edition this one does not replace',
    source: 'national',
    mutate: (text) => replaceOnce(text, '2012年版的4.2', '2003年版的4.2'),
    expect: [{at: 'b) 更改了温度传感器', severity: 'error', says: 'Unexpected `2003年版` in the change list, expected `2012年版` as this edition replaces GB/T 8888–2012'}]
  },
  {
    rule: 'foreword-editions',
    broken: 'the history of editions without the replaced edition',
    source: 'national',
    mutate: (text) => replaceOnce(text, '，2012年第一次修订', ''),
    expect: [{at: '本文件及其所代替文件的历次版本', severity: 'error', says: 'Missing replaced edition GB/T 8888–2012 in the foreword\'s history of editions (2003)'}]
  },
  {
    rule: 'foreword-editions',
    broken: 'the history of editions out of order',
    source: 'national-gbt-2009',
    mutate: (text) => replaceOnce(text, '——GB/T 9999.1—1994、GB/T 9999.1—2005。', '——GB/T 9999.1—2005、GB/T 9999.1—1994。'),
    expect: [{at: '本部分所代替标准的历次版本', severity: 'error', says: 'Unexpected order of the history of editions (2005, 1994)'}]
  },
  {
    rule: 'foreword-editions',
    broken: 'no history of editions though the cover replaces an edition',
    source: 'national',
    mutate: (text) => deleteLine(deleteLine(deleteLine(deleteLine(text, '历次版本发布情况为'), '——2003年首次发布'), '——本次为第二次修订'), '主要起草人'),
    expect: [{at: '# 前言', severity: 'warning', says: 'Missing history of editions in the foreword: the cover says this edition replaces GB/T 8888–2012'}]
  },
  {
    rule: 'edition-editions',
    broken: 'the history of editions of 2021 leaves out the edition of 2003',
    source: 'national',
    mutate: (text) => replaceOnce(text, '——2003年首次发布为GB/T 8888—2003，2012年第一次修订；', '——2012年首次发布为GB/T 8888—2012；'),
    expect: [{at: '本文件及其所代替文件的历次版本', severity: 'error', says: 'Missing earlier edition GB/T 8888—2003 in the foreword\'s history of editions'}]
  },
  {
    rule: 'edition-editions',
    broken: 'the 2021 edition issued before the 2012 edition it replaces',
    source: 'national',
    mutate: (text) => replaceOnce(text, 'issued: 2021-10-11', 'issued: 2011-10-11'),
    expect: [{at: '2011-10-11', severity: 'error', says: 'Unexpected issue date 2011-10-11, expected a date after 2012-06-29, when the replaced GB/T 8888–2012 was issued'}]
  },
  {
    rule: 'foreword-record',
    broken: 'the row of this edition dropped from the revision record',
    source: '2007',
    mutate: (text) => deleteLine(text, row('2007')),
    expect: [{at: row('2006'), severity: 'error', says: "Unexpected Q/ZX 75.1861–2006 in the revision record's first row, expected this edition, Q/ZX 75.1861–2007"}]
  },
  {
    rule: 'foreword-record',
    broken: 'a reviser dropped from this edition’s row',
    source: '2007',
    mutate: (text) => replaceOnce(text, '| 王文阁、陈华春 | 徐慧俊 |', '| 王文阁 | 徐慧俊 |'),
    expect: [{at: row('2007'), severity: 'error', says: 'Unexpected 修订人 `王文阁` in the revision record, expected `王文阁、陈华春`'}]
  },
  {
    rule: 'foreword-record',
    broken: 'the previous edition’s department left in this edition’s row',
    source: '2007',
    mutate: (text) => replaceOnce(text, '| 售后管理部、固网南京用服部 | 王文阁、陈华春 | 徐慧俊 |', '| 客户支持中心 | 王文阁、陈华春 | 徐慧俊 |'),
    expect: [{at: row('2007'), severity: 'error', says: 'Unexpected 修订部门 `客户支持中心` in the revision record, expected `销售体系工程服务部售后管理部、固网南京用服部`'}]
  },
  {
    rule: 'foreword-record',
    broken: 'the foreword’s approver changed, the row’s left as it was',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '本次发布批准人：王五', '本次发布批准人：赵六'),
    expect: [{at: '| Q/ZX 99.1–2021 |', severity: 'error', says: 'Unexpected 批准人 `王五` in the revision record, expected `赵六`'}]
  },
  {
    rule: 'foreword-record',
    broken: 'the people left out of this edition’s row',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '| 工程服务部 | 张三、李明 | 王五 |', '| | | |'),
    expect: [
      {at: '| Q/ZX 99.1–2021 |', severity: 'error', says: 'Missing 修订部门 in the revision record\'s first row, expected `工程服务部`'},
      {at: '| Q/ZX 99.1–2021 |', severity: 'error', says: 'Missing 修订人 in the revision record\'s first row, expected `张三、李明`'},
      {at: '| Q/ZX 99.1–2021 |', severity: 'error', says: 'Missing 批准人 in the revision record\'s first row, expected `王五`'}
    ]
  },
  {
    rule: 'foreword-record',
    broken: 'the replaced number left out of this edition’s row',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '| Q/ZX 99.1–2021 | Q/ZX 99.1–2019 |', '| Q/ZX 99.1–2021 | |'),
    expect: [{at: '| Q/ZX 99.1–2021 | |', severity: 'error', says: "Missing replaced number (修改前文件编号) in the revision record's first row, expected `Q/ZX 99.1–2019`"}]
  },
  {
    rule: 'foreword-history',
    broken: 'the third revision dated 2006 instead of 2007',
    source: '2007',
    mutate: (text) => replaceOnce(text, '于2007年8月第三次修订', '于2006年8月第三次修订'),
    expect: [{at: historySentence, severity: 'error', says: 'Unexpected date 2006-08 for 第三次修订'}]
  },
  {
    rule: 'foreword-history',
    broken: 'the revision left out of the history sentence',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '，于2021年5月第一次修订。', '。'),
    expect: [{at: '本标准于2019年3月首次发布', severity: 'error', says: "The foreword's history names 1 edition (首次发布) but the revision record has 2 rows"}]
  },
  {
    rule: 'foreword-history',
    broken: 'the revision dated after the issue date',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '于2021年5月第一次修订', '于2021年6月第一次修订'),
    expect: [{at: '本标准于2019年3月首次发布', severity: 'error', says: 'Unexpected revision month 2021-06 after the issue date 2021-05-10'}]
  },

  // Editions.
  {
    rule: 'edition-file',
    broken: 'the 2007 edition saved as 2006.md',
    source: '2007',
    path: 'standards/q-zx-75.1861/2006.md',
    mutate: (text) => text,
    expect: [{at: 'number: »Q/ZX', severity: 'error', says: 'Unexpected edition Q/ZX 75.1861–2007 in 2006.md, expected the 2006 edition'}]
  },
  {
    rule: 'edition-file',
    broken: 'the year of the number changed to 2008 in 2007.md',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('number'), 'number: Q/ZX 75.1861–2008'),
    expect: [{at: 'number: »Q/ZX', severity: 'error', says: 'Unexpected edition Q/ZX 75.1861–2008 in 2007.md, expected the 2007 edition'}]
  },
  {
    rule: 'edition-sequence',
    broken: '2007 replaces 2005, skipping 2006',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('replaces'), 'replaces: Q/ZX 75.1861–2005'),
    expect: [{at: 'replaces: »Q/ZX', severity: 'error', says: 'Unexpected replaced edition Q/ZX 75.1861–2005, expected Q/ZX 75.1861–2006'}]
  },
  {
    rule: 'edition-sequence',
    broken: 'the designation of 2007 changed to 75.1862',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('number'), 'number: Q/ZX 75.1862–2007'),
    expect: [{at: 'number: »Q/ZX', severity: 'error', says: 'Unexpected designation Q/ZX 75.1862, expected Q/ZX 75.1861'}]
  },
  {
    rule: 'edition-record',
    broken: 'a reviser dropped from the kept row of 2006',
    source: '2007',
    mutate: (text) => replaceOnce(text, '| 王娟、刘益 |', '| 王娟 |'),
    expect: [{at: row('2006'), severity: 'error', says: 'Changed 修订人 in row Q/ZX 75.1861–2006 of the revision record: `王娟`, expected `王娟、刘益`'}]
  },
  {
    rule: 'edition-record',
    broken: 'the row of the first edition dropped from the record',
    source: '2007',
    mutate: (text) => deleteLine(text, row('2004')),
    expect: [{at: '| 标准编号 |', severity: 'error', says: 'Unexpected revision record of 3 rows, expected 4: the 3 rows of Q/ZX 75.1861–2006 plus one for this edition'}]
  },
  {
    rule: 'edition-history',
    broken: 'the first revision re-dated 2005-07 in the history sentence',
    source: '2007',
    mutate: (text) => replaceOnce(text, '于2005年6月第一次修订', '于2005年7月第一次修订'),
    expect: [{at: historySentence, severity: 'error', says: "expected Q/ZX 75.1861–2006's `2004-10, 2005-06, 2006-04` and one more revision"}]
  },
  ...technicalCases
]

/** A change a rule must accept: the edge of what it allows. */
export interface Allowed {
  /** Ids of the rules that must stay silent on the changed copy. */
  rules: ReadonlyArray<string>
  /** What is changed, in words (the test's name). */
  changed: string
  source: Source
  path?: string
  mutate: (text: string) => string
}

export const allowed: ReadonlyArray<Allowed> = [
  {
    rules: ['clause-depth'],
    changed: 'five levels of clauses (5.7.1.1.1)',
    source: '2005',
    mutate: (text) =>
      insertBefore(text, '#### 5.7.2 评估', '##### 5.7.1.1 申请内容\n\n###### 5.7.1.1.1 功能修改\n\n###### 5.7.1.1.2 缺陷修复\n\n##### 5.7.1.2 申请审批\n\n')
  },
  {
    rules: ['appendix-label', 'appendix-foreword'],
    changed: 'the 2020 label （资料性） instead of （资料性附录）',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '## 附录A（资料性附录）', '## 附录A（资料性）')
  },
  {
    rules: ['appendix-foreword'],
    changed: '2020 labels and no statement of the appendices in the foreword',
    source: 'minimal',
    mutate: (text) => deleteLine(replaceOnce(text, '## 附录A（资料性附录）', '## 附录A（资料性）'), '本标准附录A为资料性附录。')
  },
  {
    rules: ['foreword-replaces', 'appendix-foreword'],
    changed: 'the cover and the foreword writing the replaced number with an em dash, and `本部分的附录A、附录B为资料性附录`',
    source: 'national-gbt-2009',
    mutate: (text) => replaceOnce(text, 'replaces: GB/T 9999.1–2005', 'replaces: GB/T 9999.1—2005')
  },
  {
    rules: ['foreword-replaces'],
    changed: 'the replaced document with its title only: `本标准代替GB/T 7714—2005《…》。`',
    source: 'national-gbt-2009',
    mutate: (text) => replaceOnce(text, /本部分代替GB\/T 9999\.1—2005《[^》]+》。/u, '本标准代替GB/T 9999.1—2005《文后参考文献著录规则》。')
  },
  {
    rules: ['appendix-foreword'],
    changed: 'the appendices listed as `A、B和C`',
    source: '2004',
    mutate: (text) => replaceOnce(text, '本标准附录A、B、C为规范性附录', '本标准附录A、B和C为规范性附录')
  },
  {
    rules: ['cover-effective'],
    changed: 'an edition effective on its issue day',
    source: '2007',
    mutate: (text) => replaceOnce(text, field('effective'), 'effective: 2007-09-11')
  },
  {
    rules: ['reference-cited'],
    changed: 'a reference cited with its year (Q/ZX 75.1771–2004)',
    source: '2007',
    mutate: (text) => replaceOnce(text, '工程验收按Q/ZX 75.1771的规定执行', '工程验收按Q/ZX 75.1771–2004的规定执行')
  },
  {
    rules: ['note-requirement'],
    changed: 'a note with 相应 and 应用, which are not requirements',
    source: 'minimal',
    mutate: (text) => replaceOnce(text, '注：巡检中发现的问题同时记入设备档案。', '注：巡检中发现的问题及相应的处理同时记入设备档案，供应用系统查询。')
  },
  {
    rules: ['note-requirement'],
    changed: 'a note quoting a sign with 应 in 「」 and an example quoting one in 『』',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '示例：某机房的报文体包含温度、湿度和告警三类数据。', '注：机房门上的「人员离开应随手关门」不属于本文件的内容。\n\n示例：告警文字『温度应低于30 ℃』原样传输。')
  },
  {
    rules: ['terms-lead-in'],
    changed: 'a 2020 chapter 3 with no terms, saying 本文件没有需要界定的术语和定义',
    source: 'national-2020',
    mutate: (text) => text.replace(/下列术语和定义适用于本文件。[^]*?(?=## 4 )/u, '本文件没有需要界定的术语和定义。\n\n').replace('按本文件规定的结构', '按规定的结构')
  },
  {
    rules: ['terms-lead-in'],
    changed: 'a lead-in naming only terms another standard defines, with no entries of its own',
    source: 'national-2009',
    mutate: (text) => text.replace(/JR\/T 0299\.1界定的以及下列术语和定义适用于本文件。[^]*?(?=## 4 )/u, 'JR/T 0299.1界定的术语和定义适用于本文件。\n\n')
  },
  {
    rules: ['self-reference'],
    changed: '本标准 quoted in a note and named in a 《》 title of a standard drafted under GB/T 1.1—2020',
    source: 'national-2020',
    mutate: (text) => insertBefore(text, '## 5 传输要求', '注：以往文本中的“本标准”一词，在《某某行业本标准化指南》中另有说明。\n\n')
  },
  {
    rules: ['hanging-paragraph'],
    changed: 'a hanging paragraph in an enterprise standard that states no GB/T 1.1 edition',
    source: 'minimal',
    mutate: (text) => insertBefore(text, '### 4.1 巡检周期', '巡检分为周期巡检和专项巡检。\n\n')
  },
  {
    rules: ['appendix-uncited'],
    changed: '见附录A in a sentence with 应',
    source: 'national-2020',
    mutate: (text) => replaceOnce(text, '报文体应符合附录A的规定，', '报文体应包含全部必选字段（见附录A），')
  },
  {
    rules: ['normative-reference', 'reference-cited'],
    changed: 'entries written indented, with the title in 《》, with the number in brackets after the title, and an ISO number dated after a colon, each cited',
    source: 'national-2020',
    mutate: (text) =>
      replaceOnce(
        replaceOnce(text, 'GB/T 7714—2015　信息与文献　参考文献著录规则', '　　GB/T 7714—2015《信息与文献　参考文献著录规则》\n\n《信息安全技术　网络安全等级保护基本要求》（GB/T 22239—2019）\n\nISO 690:2010　Information and documentation'),
        '著录。',
        '著录，按GB/T 22239和ISO 690的规定保护和引用。'
      )
  },
  {
    rules: ['foreword-history', 'edition-history'],
    changed: 'a month written with a leading zero (2007年08月)',
    source: '2007',
    mutate: (text) => replaceOnce(text, '于2007年8月第三次修订', '于2007年08月第三次修订')
  },
  {
    rules: ['foreword-record'],
    changed: 'a draft whose row leaves its people for release to fill, and whose foreword keeps placeholders for them',
    source: 'minimal',
    mutate: (text) =>
      replaceOnce(replaceOnce(replaceOnce(text, '| 工程服务部 | 张三、李明 | 王五 |', '| | | |'), '本次标准修订人：张三、李明', '本次标准修订人：【待填写：修订人】'), 'title: ', 'status: draft\ntitle: ')
  },
  {
    rules: ['edition-file'],
    changed: 'an edition in a file not named after a year',
    source: '2007',
    path: 'standards/q-zx-75.1861/draft.md',
    mutate: (text) => text
  },
  ...technicalAllowed
]
