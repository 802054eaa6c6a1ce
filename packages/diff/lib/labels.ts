import type {ChangeKind, Classification} from './types.js'

/** What each kind of change is called in a Chinese page or document. */
export const kindLabels: Readonly<Record<ChangeKind, string>> = {
  unchanged: '未变',
  modified: '修改',
  added: '新增',
  removed: '删除',
  moved: '移动',
  renumbered: '重新编号',
  retitled: '标题更改',
  split: '拆分',
  merged: '合并'
}

/** What each class of change is called: 技术性, 编辑性. */
export const classificationLabels: Readonly<Record<Classification, string>> = {technical: '技术性', editorial: '编辑性'}

/** The label of a kind given as a string (as from `Object.entries` of a summary). */
export function kindLabel(kind: string): string {
  return kind in kindLabels ? kindLabels[kind as ChangeKind] : kind
}
