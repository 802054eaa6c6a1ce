/** Appendices (附录, GB/T 1.1 9.6): letters in order, a normative or informative label, agreement with the foreword. */
import type {Appendix, Foreword} from '@stdkit/tree'
import {startOf, type EditionRule} from './rule.js'

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

export const appendixOrder: EditionRule = {
  scope: 'edition',
  id: 'appendix-order',
  severity: 'error',
  description: 'Appendices are lettered A, B, C … in order; even a single appendix is A.',
  check({tree, file}, say) {
    const appendices = tree.children.filter((node): node is Appendix => node.type === 'appendix')
    appendices.forEach((appendix, index) => {
      const expected = letters[index] ?? '?'
      if (appendix.letter !== expected) say(file, `Unexpected 附录${appendix.letter}, expected 附录${expected}: appendices are lettered in order`, startOf(appendix))
    })
  }
}

export const appendixLabel: EditionRule = {
  scope: 'edition',
  id: 'appendix-label',
  severity: 'error',
  description: 'Every appendix is labelled normative or informative: `（规范性附录）`/`（资料性附录）` or the 2020 form `（规范性）`/`（资料性）`.',
  check({tree, file}, say) {
    for (const node of tree.children) {
      if (node.type === 'appendix' && node.status === undefined) {
        say(file, `Missing label of 附录${node.letter}: write \`附录${node.letter}（规范性附录）\` or \`附录${node.letter}（资料性附录）\` before its title`, startOf(node))
      }
    }
  }
}

export const appendixForeword: EditionRule = {
  scope: 'edition',
  id: 'appendix-foreword',
  severity: 'error',
  description: 'The foreword\'s statement `本标准附录A、B、C为规范性附录。` agrees with the appendices\' labels.',
  check({tree, file}, say) {
    const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
    if (!foreword) return
    const appendices = tree.children.filter((node): node is Appendix => node.type === 'appendix')
    const {normativeAppendices, informativeAppendices} = foreword.fields
    const statement = foreword.children.find((child) => child.type === 'paragraph' && child.children.some((node) => node.type === 'crossReference' && node.kind === 'appendix'))
    const place = startOf(statement) ?? startOf(foreword)
    if (normativeAppendices === undefined && informativeAppendices === undefined) {
      if (appendices.some((appendix) => appendix.labelStyle === 'gbt-2000')) {
        say(file, 'Missing statement of the appendices in the foreword, expected a sentence such as `本标准附录A、B、C为规范性附录。`', startOf(foreword), 'warning')
      }
      return
    }
    for (const [kind, stated, name] of [
      ['normative', normativeAppendices ?? [], '规范性'],
      ['informative', informativeAppendices ?? [], '资料性']
    ] as const) {
      const labelled = appendices.filter((appendix) => appendix.status === kind).map((appendix) => appendix.letter)
      const missing = labelled.filter((letter) => !stated.includes(letter))
      const extra = stated.filter((letter) => !labelled.includes(letter))
      if (missing.length > 0 || extra.length > 0) {
        say(
          file,
          `Unexpected statement of ${name} appendices \`${stated.join('、') || '(none)'}\` in the foreword, expected \`${labelled.join('、') || '(none)'}\` as the appendices are labelled`,
          place
        )
      }
    }
  }
}
