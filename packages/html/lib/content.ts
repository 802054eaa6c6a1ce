/** The standard's content as hast: phrasing with links, and the blocks of clauses. */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {BlockContent, List, PhrasingContent, Table} from '@stdkit/tree'

/** Where references lead: ids on the page, and other standards of the library. */
export interface Links {
  /** Ids present on the page. */
  ids: ReadonlySet<string>
  /** URL of a standard of the library, by designation (and year, for a dated reference). */
  standard(designation: string, year: number | undefined): string | undefined
}

export function phrasing(nodes: ReadonlyArray<PhrasingContent>, links: Links): Array<ElementContent> {
  return nodes.map((node): ElementContent => {
    const text = node.type === 'text' ? node.value : node.children.map((child) => child.value).join('')
    if (node.type === 'crossReference' && node.targetId !== undefined && links.ids.has(node.targetId)) {
      return h('a.xref', {href: `#${node.targetId}`}, text)
    }
    if (node.type === 'standardReference') {
      const href = links.standard(node.designation, node.year)
      if (href) return h('a.standard', {href}, text)
    }
    return {type: 'text', value: text}
  })
}

export function block(node: BlockContent, links: Links): Element {
  switch (node.type) {
    case 'paragraph':
      return h('p', phrasing(node.children, links))
    case 'note':
      return h('p.note', [h('span.label', `注${node.number ?? ''}：`), ...phrasing(node.children, links)])
    case 'example':
      return h('p.example', [h('span.label', `示例${node.number ?? ''}：`), ...phrasing(node.children, links)])
    case 'list':
      return list(node, links)
    case 'table':
      return table(node, links)
  }
}

function list(node: List, links: Links): Element {
  return h(
    'ul.list',
    {dataMarker: node.marker},
    node.children.map((item) =>
      h(
        'li',
        item.children.flatMap((child) =>
          child.type === 'paragraph' ? [h('span.label', item.label), ' ', ...phrasing(child.children, links)] : [list(child, links)]
        )
      )
    )
  )
}

function table(node: Table, links: Links): Element {
  const [header, ...rows] = node.children
  return h('table', node.id ? {id: node.id} : {}, [
    ...(node.number === undefined && node.caption === undefined ? [] : [h('caption', `表${node.number ?? ''}\u3000${node.caption ?? ''}`.trim())]),
    ...(header ? [h('thead', h('tr', header.children.map((cell) => h('th', {scope: 'col'}, phrasing(cell.children, links)))))] : []),
    h('tbody', rows.map((row) => h('tr', row.children.map((cell) => h('td', phrasing(cell.children, links))))))
  ])
}

/** Heading element for a provision at `depth` (a chapter is 1), as h2…h6. */
export function headingTag(depth: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(Math.max(depth, 1), 5) - 1] ?? 'h6'
}
