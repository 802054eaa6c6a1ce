/** References: cross-references resolve, normative references are cited, ids are unique, notes carry no requirements. */
import {isReservedAnchor} from '@stdkit/html/ids'
import {toText} from '@stdkit/tree'
import {gather} from './gather.js'
import {startOf, type EditionRule} from './rule.js'

const kinds = {clause: 'clause', appendix: 'appendix', table: 'table'} as const

export const crossReference: EditionRule = {
  scope: 'edition',
  id: 'cross-reference',
  severity: 'error',
  description: 'Every cross-reference (`见5.2`, `见附录A`, `见表1`, `见第5章`) points at a clause, appendix or table of the same edition.',
  check({tree, file}, say) {
    for (const node of gather(tree).crossReferences) {
      if (node.targetId !== undefined) continue
      // `见第5章` is a clause reference without a dot: name it a chapter.
      const kind = node.kind === 'clause' && !node.target.includes('.') ? 'chapter' : kinds[node.kind]
      say(file, `Unresolved reference \`${toText(node)}\`: this edition has no ${kind} ${node.target}`, startOf(node))
    }
  }
}

export const referenceCited: EditionRule = {
  scope: 'edition',
  id: 'reference-cited',
  severity: 'warning',
  description: 'Every document listed in 规范性引用文件 is cited somewhere in the text; otherwise it is not normative.',
  check({tree, file}, say) {
    const {normativeReferences, citations} = gather(tree)
    const cited = new Set(citations.map((citation) => citation.designation))
    for (const entry of normativeReferences) {
      if (!cited.has(entry.designation)) {
        say(file, `Uncited normative reference ${entry.designation}: cite it in the text (\`按${entry.designation}的规定\`) or remove it from chapter 2`, startOf(entry))
      }
    }
  }
}

export const duplicateId: EditionRule = {
  scope: 'edition',
  id: 'duplicate-id',
  severity: 'error',
  description: 'Clause, term, appendix and table ids (numbers or explicit `{#anchors}`) are unique within an edition.',
  check({tree, file}, say) {
    const seen = new Map<string, string>()
    for (const {node, id, name: where} of gather(tree).identified) {
      const first = seen.get(id)
      if (first === undefined) seen.set(id, where)
      else if (first === where) say(file, `Duplicate ${where}: its id \`${id}\` is already used by an earlier ${first}, expected each provision to have its own number or anchor`, startOf(node))
      else say(file, `Duplicate id \`${id}\` on ${where}, already used by ${first}: give each provision its own anchor`, startOf(node))
    }
  }
}

export const reservedId: EditionRule = {
  scope: 'edition',
  id: 'reserved-id',
  severity: 'error',
  description: 'No `{#anchor}` is an id the published pages give their own parts: `main`, `body`, `foreword`, `toc-title`, `inline` …, ids ending in `-title`, starting with `std-`, or made from a number (`clause-5`, `table-1`), nor one whose heading would take such an id (`toc`).',
  check({tree, file}, say) {
    for (const {node, id, name: where} of gather(tree).identified) {
      if ('anchor' in node && node.anchor === id && isReservedAnchor(id)) {
        say(file, `Reserved anchor \`{#${id}}\` on ${where}: the published page gives this id, or its heading's, to a part of its own: give the provision another anchor`, startOf(node))
      }
    }
  }
}

// 应 and 宜 also occur inside ordinary words (相应, 响应, 应用, 便宜, 事宜 …), which state no requirement.
const requirement = /不应|(?<![相响适供对反效感回答])应(?![用急答变])|不宜|(?<![便事适])宜|必须|严禁|禁止|不得/u

export const noteRequirement: EditionRule = {
  scope: 'edition',
  id: 'note-requirement',
  severity: 'warning',
  description: 'Notes and examples give information only: no 应/不应/宜/必须/严禁/禁止/不得 requirements.',
  check({tree, file}, say) {
    for (const node of gather(tree).notes) {
      const match = requirement.exec(toText(node))
      if (match) {
        say(file, `Unexpected requirement \`${match[0]}\` in a ${node.type === 'note' ? 'note (注)' : 'example (示例)'}, expected requirements in the provision's own text`, startOf(node))
      }
    }
  }
}
