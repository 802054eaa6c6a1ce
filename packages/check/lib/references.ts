/** References: cross-references resolve, normative references are cited, ids are unique, notes carry no requirements. */
import {messages} from '@stdkit/messages'
import {isReservedAnchor, toText, type Nodes} from '@stdkit/tree'
import {gather} from './gather.js'
import {startOf, type EditionRule} from './rule.js'

const kinds = {clause: 'clause', appendix: 'appendix', table: 'table', figure: 'figure', formula: 'formula'} as const

export const crossReference: EditionRule = {
  scope: 'edition',
  id: 'cross-reference',
  severity: 'error',
  get description() {
    return messages().checker['cross-reference'].description
  },
  check({tree, file}, say) {
    for (const node of gather(tree).crossReferences) {
      if (node.targetId !== undefined) continue
      // `见第5章` is a clause reference without a dot: name it a chapter.
      const kind = node.kind === 'clause' && !node.target.includes('.') ? 'chapter' : kinds[node.kind]
      say(file, messages().checker['cross-reference'].unresolved({text: toText(node), kind, target: node.target}), startOf(node))
    }
  }
}

export const referenceCited: EditionRule = {
  scope: 'edition',
  id: 'reference-cited',
  severity: 'warning',
  get description() {
    return messages().checker['reference-cited'].description
  },
  check({tree, file}, say) {
    const {normativeReferences, citations} = gather(tree)
    const cited = new Set(citations.map((citation) => citation.designation))
    for (const entry of normativeReferences) {
      if (!cited.has(entry.designation)) {
        say(file, messages().checker['reference-cited'].uncited({designation: entry.designation}), startOf(entry))
      }
    }
  }
}

export const duplicateId: EditionRule = {
  scope: 'edition',
  id: 'duplicate-id',
  severity: 'error',
  get description() {
    return messages().checker['duplicate-id'].description
  },
  check({tree, file}, say) {
    const seen = new Map<string, string>()
    for (const {node, id, name: where} of gather(tree).identified) {
      const first = seen.get(id)
      if (first === undefined) seen.set(id, where)
      else if (first === where) say(file, messages().checker['duplicate-id'].duplicate({name: where, id}), startOf(node))
      else say(file, messages().checker['duplicate-id'].taken({name: where, id, first}), startOf(node))
    }
  }
}

export const reservedId: EditionRule = {
  scope: 'edition',
  id: 'reserved-id',
  severity: 'error',
  get description() {
    return messages().checker['reserved-id'].description
  },
  check({tree, file}, say) {
    for (const {node, id, name: where} of gather(tree).identified) {
      if ('anchor' in node && node.anchor === id && isReservedAnchor(id)) {
        say(file, messages().checker['reserved-id'].reserved({id, name: where}), startOf(node))
      }
    }
  }
}

// 应 and 宜 also occur inside ordinary words (相应, 响应, 应用, 便宜, 事宜 …), which state no requirement.
const requirement = /不应|(?<![相响适供对反效感回答])应(?![用急答变])|不宜|(?<![便事适])宜|必须|严禁|禁止|不得/u

/** Quoted prose (“…”, 「…」, 『…』): a slogan or a sign an example quotes states no requirement. */
const quoted = /“[^”]*”|「[^」]*」|『[^』]*』/gu

/** `text` with what it quotes blanked out, each character kept in its place. */
export function unquoted(text: string): string {
  return text.replace(quoted, (match) => '\u3000'.repeat(match.length))
}

export const noteRequirement: EditionRule = {
  scope: 'edition',
  id: 'note-requirement',
  severity: 'warning',
  get description() {
    return messages().checker['note-requirement'].description
  },
  check({tree, file}, say) {
    // Notes of tables and figures and notes to entry are named as such.
    const owners = new Map<Nodes, 'table' | 'figure'>()
    for (const part of gather(tree).parts) for (const child of part.children) owners.set(child, part.type)
    for (const node of gather(tree).notes) {
      const match = requirement.exec(unquoted(toText(node)))
      if (match) {
        const kind = node.type === 'example' ? 'example' : node.toEntry ? 'entry' : (owners.get(node) ?? 'note')
        say(file, messages().checker['note-requirement'].requirement({word: match[0], kind}), startOf(node))
      }
    }
  }
}

/** A line of chapter 2 that is a sentence (`…适用于本文件。`), a lead-in (`…如下：`) or a document named by its title (`《…》`). */
const notAnEntry = /[。：:]$|^《/u

export const normativeReference: EditionRule = {
  scope: 'edition',
  id: 'normative-reference',
  severity: 'warning',
  get description() {
    return messages().checker['normative-reference'].description
  },
  check({tree, file, library}, say) {
    const text = messages().checker['normative-reference']
    for (const chapter of tree.children) {
      if (chapter.type !== 'clause' || chapter.role !== 'normativeReferences') continue
      for (const child of chapter.children) {
        if (child.type === 'paragraph') {
          for (const line of toText(child).split('\n')) {
            const entry = line.trim()
            if (entry !== '' && !notAnEntry.test(entry)) say(file, text.unrecognised({entry}), startOf(child))
          }
        } else if (child.type === 'normativeReference' && child.year !== undefined && library) {
          const held = library.flatMap((editions) => editions.filter((edition) => edition.designation === child.designation))
          if (held.length > 0 && !held.some((edition) => edition.year === child.year)) {
            say(file, text.edition({designation: child.designation, year: child.year, years: held.map((edition) => edition.year).join('、')}), startOf(child))
          }
        }
      }
    }
  }
}
