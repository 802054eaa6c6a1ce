/** Placeholders left by `stdkit new` and `stdkit revise` (`【待填写…】`): named in a draft, refused in an edition. */
import {gather, placeholderMark} from './gather.js'
import {startOf, type EditionRule} from './rule.js'

/** How a placeholder is written in a source. */
export const placeholderPattern = /【待填写[^】]*】/gu

export const placeholder: EditionRule = {
  scope: 'edition',
  id: 'placeholder',
  severity: 'error',
  description: 'No placeholder (`【待填写…】`) is left in an edition; a draft may still have them, as warnings.',
  check({tree, file}, say) {
    for (const [field, value] of Object.entries(tree.cover)) {
      if (typeof value !== 'string') continue
      for (const match of value.matchAll(placeholderPattern)) {
        say(file, `Placeholder \`${match[0]}\` left in the cover's \`${field}\`: fill it in`, tree.cover.positions?.[field as keyof NonNullable<typeof tree.cover.positions>] ?? startOf(tree))
      }
    }
    const {marked, headed} = gather(tree)
    for (const node of marked) {
      if (node.type === 'revisionRecord') {
        const cells = [...node.changes, ...node.departments, ...node.revisers, ...node.approvers].join(' ')
        for (const match of cells.matchAll(placeholderPattern)) say(file, `Placeholder \`${match[0]}\` left in the revision record: fill it in`, startOf(node))
      } else {
        for (const match of node.value.matchAll(placeholderPattern)) say(file, `Placeholder \`${match[0]}\` left in the text: fill it in`, startOf(node))
      }
    }
    for (const node of headed) {
      if (!node.title?.includes(placeholderMark)) continue
      for (const match of node.title.matchAll(placeholderPattern)) say(file, `Placeholder \`${match[0]}\` left in a heading: fill it in`, startOf(node))
    }
  }
}
