/**
 * The formulas and footnotes of a standard's source, each registered on its
 * own as `remarkTable` is: display math (`$$ （1）` … `$$`) and inline math
 * (`$U_0$`) from `micromark-extension-math`, footnotes to the text (`[^1]`
 * and `[^1]: …`) from `micromark-extension-gfm-footnote`. Neither brings
 * other constructs.
 */
import type {Root} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {mathFromMarkdown} from 'mdast-util-math'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {math} from 'micromark-extension-math'
import type {} from 'remark-parse'
import type {Plugin} from 'unified'

export const remarkMath: Plugin<[], Root> = function () {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(math({singleDollarTextMath: true}))
  ;(data.fromMarkdownExtensions ??= []).push(mathFromMarkdown())
}

export const remarkFootnote: Plugin<[], Root> = function () {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown())
}
