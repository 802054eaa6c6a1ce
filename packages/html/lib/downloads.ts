/** A page's links to the files of its edition or comparison that the build publishes beside it: PDF, Word, JSON. */
import type {Element} from 'hast'
import {h} from 'hastscript'
import {documentWords} from '@stdkit/messages'
import {relative} from './url.js'

/**
 * The links from the page at `here` to the files `endings` names (each made
 * into its path by `file`), in the catalogue's order, and to the JSON schema
 * when given; nothing when there is no file to link.
 */
export function downloads(here: string, endings: ReadonlyArray<string>, file: (ending: string) => string, schema?: string): Array<Element> {
  const words = documentWords().downloads
  const links = Object.entries(words.files)
    .filter(([ending]) => endings.includes(ending))
    .map(([ending, label]) => ({href: relative(here, file(ending)), label}))
  if (links.length === 0) return []
  if (schema !== undefined) links.push({href: relative(here, schema), label: words.schema})
  return [h('nav.downloads', {ariaLabel: words.label}, [h('span', `${words.label}：`), h('ul', links.map((link) => h('li', h('a', {href: link.href}, link.label))))])]
}
