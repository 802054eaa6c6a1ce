/** Appendices (附录, GB/T 1.1 9.6): letters in order, a normative or informative label, agreement with the foreword. */
import {messages} from '@stdkit/messages'
import type {Appendix, Foreword} from '@stdkit/tree'
import {startOf, type EditionRule} from './rule.js'

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

export const appendixOrder: EditionRule = {
  scope: 'edition',
  id: 'appendix-order',
  severity: 'error',
  get description() {
    return messages().checker['appendix-order'].description
  },
  check({tree, file}, say) {
    const appendices = tree.children.filter((node): node is Appendix => node.type === 'appendix')
    appendices.forEach((appendix, index) => {
      const expected = letters[index] ?? '?'
      if (appendix.letter !== expected) say(file, messages().checker['appendix-order'].letter({letter: appendix.letter, expected}), startOf(appendix))
    })
  }
}

export const appendixLabel: EditionRule = {
  scope: 'edition',
  id: 'appendix-label',
  severity: 'error',
  get description() {
    return messages().checker['appendix-label'].description
  },
  check({tree, file}, say) {
    for (const node of tree.children) {
      if (node.type === 'appendix' && node.status === undefined) {
        say(file, messages().checker['appendix-label'].missing({letter: node.letter}), startOf(node))
      }
    }
  }
}

export const appendixForeword: EditionRule = {
  scope: 'edition',
  id: 'appendix-foreword',
  severity: 'error',
  get description() {
    return messages().checker['appendix-foreword'].description
  },
  check({tree, file}, say) {
    const foreword = tree.children.find((node): node is Foreword => node.type === 'foreword')
    if (!foreword) return
    const appendices = tree.children.filter((node): node is Appendix => node.type === 'appendix')
    const {normativeAppendices, informativeAppendices} = foreword.fields
    const statement = foreword.children.find((child) => child.type === 'paragraph' && child.children.some((node) => node.type === 'crossReference' && node.kind === 'appendix'))
    const place = startOf(statement) ?? startOf(foreword)
    if (normativeAppendices === undefined && informativeAppendices === undefined) {
      if (appendices.some((appendix) => appendix.labelStyle === 'gbt-2000')) {
        say(file, messages().checker['appendix-foreword'].missing, startOf(foreword), 'warning')
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
        const {none} = messages().checker
        say(file, messages().checker['appendix-foreword'].statement({kind: name, stated: stated.join('、') || none, labelled: labelled.join('、') || none}), place)
      }
    }
  }
}
