/** Placeholders left by `stdkit new` and `stdkit revise` (`【待填写…】`): named in a draft, refused in an edition. */
import {messages} from '@stdkit/messages'
import {gather, placeholderMark} from './gather.js'
import {startOf, type EditionRule} from './rule.js'

/** How a placeholder is written in a source. */
export const placeholderPattern = /【待填写[^】]*】/gu

export const placeholder: EditionRule = {
  scope: 'edition',
  id: 'placeholder',
  severity: 'error',
  get description() {
    return messages().checker['placeholder'].description
  },
  check({tree, file}, say) {
    for (const [field, value] of Object.entries(tree.cover)) {
      if (typeof value !== 'string') continue
      for (const match of value.matchAll(placeholderPattern)) {
        say(file, messages().checker.placeholder.cover({placeholder: match[0], field}), tree.cover.positions?.[field as keyof NonNullable<typeof tree.cover.positions>] ?? startOf(tree))
      }
    }
    const {marked, headed} = gather(tree)
    for (const node of marked) {
      if (node.type === 'revisionRecord') {
        const cells = [...node.changes, ...node.departments, ...node.revisers, ...node.approvers].join(' ')
        for (const match of cells.matchAll(placeholderPattern)) say(file, messages().checker.placeholder.record({placeholder: match[0]}), startOf(node))
      } else {
        for (const match of node.value.matchAll(placeholderPattern)) say(file, messages().checker.placeholder.text({placeholder: match[0]}), startOf(node))
      }
    }
    for (const node of headed) {
      if (!node.title?.includes(placeholderMark)) continue
      for (const match of node.title.matchAll(placeholderPattern)) say(file, messages().checker.placeholder.heading({placeholder: match[0]}), startOf(node))
    }
  }
}
