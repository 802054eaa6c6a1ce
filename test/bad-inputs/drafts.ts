/**
 * The hostile corpus for `release`: drafts the checker rejects, each made
 * from a clean draft of the next edition by one small change. Each names the
 * rule `stdkit check` must report it under.
 */
export interface BadDraft {
  name: string
  /** Rule id of an error `stdkit check` reports on the draft. */
  rule: string
  /** The broken draft, from the clean one. */
  mutate: (draft: string) => string | Buffer
}

/** Replaces the one occurrence of `find`, failing loudly when the draft changed under the corpus. */
function once(text: string, find: string, replace: string): string {
  const at = text.indexOf(find)
  if (at === -1 || text.indexOf(find, at + 1) !== -1) throw new Error(`expected one ${JSON.stringify(find)} in the draft`)
  return text.slice(0, at) + replace + text.slice(at + find.length)
}

export const badDrafts: ReadonlyArray<BadDraft> = [
  {name: 'a broken front-matter line', rule: 'cover-yaml', mutate: (draft) => once(draft, 'category: 管理标准', 'category: [管理标准')},
  {name: 'stray text before 前言', rule: 'stray-content', mutate: (draft) => once(draft, '# 前言\n', '草稿说明：本稿尚待审查。\n\n# 前言\n')},
  {name: 'nesting too deep', rule: 'nesting-depth', mutate: (draft) => once(draft, '## 2 规范性引用文件', `${'>'.repeat(40)} 深\n\n## 2 规范性引用文件`)},
  {name: 'a NUL character', rule: 'encoding', mutate: (draft) => once(draft, '接听用户电话', '接听\u0000用户电话')},
  {name: 'GBK bytes', rule: 'encoding', mutate: (draft) => Buffer.concat([Buffer.from(draft.slice(0, draft.indexOf('## 1 范围')), 'utf8'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a, 0x0a]), Buffer.from(draft.slice(draft.indexOf('## 1 范围')), 'utf8')])},
  {name: 'an unnumbered heading', rule: 'heading-number', mutate: (draft) => once(draft, '## 5 工程现场行为规范', '## 工程现场行为规范')},
  {name: 'a ragged table row', rule: 'table-shape', mutate: (draft) => once(draft, '| 入座轻稳', '| 多余 | 入座轻稳')},
  {name: 'a ragged revision-record row', rule: 'revision-table', mutate: (draft) => once(draft, '| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | | |', '| Q/ZX 75.1861–2008 | Q/ZX 75.1861–2007 | | | |')},
  {name: 'a table inside a list item', rule: 'markdown-construct', mutate: (draft) => once(draft, '## 5 工程现场行为规范', '## 5 工程现场行为规范\n\n- 条件：\n\n  | 项目 | 内容 |\n  | - | - |\n  | 甲 | 乙 |')},
  {name: 'a third level of list items', rule: 'list-depth', mutate: (draft) => once(draft, '## 5 工程现场行为规范', '## 5 工程现场行为规范\n\n- 一\n  - 二\n    - 三')},
  {name: 'a heading inside a block quote', rule: 'markdown-construct', mutate: (draft) => once(draft, '## 5 工程现场行为规范', '## 5 工程现场行为规范\n\n> ## 附加要求')},
  {name: 'a clause number skipped', rule: 'clause-numbering', mutate: (draft) => once(draft, '### 4.2 服务礼仪', '### 4.7 服务礼仪')}
]
