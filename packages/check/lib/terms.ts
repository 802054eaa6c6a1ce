/** Chapter 3 术语和定义 (GB/T 1.1—2020 8.6): its lead-in sentence in the era's wording, and a term in every entry. */
import {messages} from '@stdkit/messages'
import {toText, type Term} from '@stdkit/tree'
import {eraOf, isPart, selfWords} from './era.js'
import {startOf, type EditionRule} from './rule.js'

/** `下列术语和定义适用于本文件。`, `GB/T 5271.1界定的以及下列术语和定义适用于本文件。`, `…界定的术语和定义适用于本文件。`. */
const leadIn = /^(?:(?<cited>.+?)界定的(?<more>以及下列)?术语和定义|(?<own>下列)术语和定义)适用于(?<self>本文件|本标准|本部分)。$/u
/** `本文件没有需要界定的术语和定义。`. */
const noTerms = /^(?<self>本文件|本标准|本部分)没有需要界定的术语和定义。$/u

export const termsLeadIn: EditionRule = {
  scope: 'edition',
  id: 'terms-lead-in',
  severity: 'warning',
  get description() {
    return messages().checker['terms-lead-in'].description
  },
  check({tree, file}, say) {
    const words = selfWords(tree)
    const era = eraOf(tree)
    // The wording GB/T 1.1 gives: 本文件 from 2009 on, 本标准 or 本部分 before (and in an enterprise standard stating no era).
    const self = era === 2020 || era === 2009 ? '本文件' : isPart(tree) ? '本部分' : '本标准'
    const text = messages().checker['terms-lead-in']
    for (const chapter of tree.children) {
      if (chapter.type !== 'clause' || chapter.role !== 'terms') continue
      const terms = chapter.children.filter((child): child is Term => child.type === 'term')
      const first = chapter.children.findIndex((child) => child.type === 'term' || child.type === 'clause')
      const before = first === -1 ? chapter.children : chapter.children.slice(0, first)
      const sentences = before.filter((child) => child.type === 'paragraph').map((paragraph) => ({paragraph, text: toText(paragraph).trim()}))
      const lead = sentences.find((sentence) => leadIn.test(sentence.text) || noTerms.test(sentence.text))
      const expected = terms.length > 0 ? `下列术语和定义适用于${self}。` : `${self}没有需要界定的术语和定义。`
      if (!lead) {
        say(file, text.missing({number: chapter.number, expected}), startOf(sentences[0]?.paragraph ?? chapter))
        continue
      }
      const place = startOf(lead.paragraph)
      const none = noTerms.exec(lead.text)?.groups
      const groups = none ?? leadIn.exec(lead.text)?.groups ?? {}
      const word = groups.self as (typeof words)[number]
      if (none && terms[0]) say(file, text.none({sentence: lead.text, first: terms[0].number}), place)
      else if (!none && groups.cited === undefined && terms.length === 0) say(file, text.empty({sentence: lead.text, expected}), place)
      else if (!words.includes(word)) {
        say(file, text.wording({word, expected: words.join('、'), era: era === undefined ? '' : `GB/T 1.1—${era}`}), place)
      }
    }
  }
}

export const termWithoutTerm: EditionRule = {
  scope: 'edition',
  id: 'term-without-term',
  severity: 'error',
  get description() {
    return messages().checker['term-without-term'].description
  },
  check({tree, file}, say) {
    for (const chapter of tree.children) {
      if (chapter.type !== 'clause' || chapter.role !== 'terms') continue
      for (const term of chapter.children.filter((child): child is Term => child.type === 'term')) {
        if (term.term === '') say(file, messages().checker['term-without-term'].missing({number: term.number}), startOf(term))
      }
    }
  }
}

