/**
 * The one GFM construct a standard's source uses: tables (the revision record,
 * numbered tables). Registered on its own rather than through `remark-gfm`,
 * whose other constructs (autolink literals, strikethrough, footnotes, task
 * lists) are not part of the source format: a web address stays text instead
 * of turning into a link to warn about, and the text is not searched for them.
 */
import type {Root} from 'mdast'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import type {} from 'remark-parse'
import type {Plugin} from 'unified'

export const remarkTable: Plugin<[], Root> = function () {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmTable())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
}
