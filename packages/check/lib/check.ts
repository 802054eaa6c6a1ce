import type {Plugin} from 'unified'
import type {Standard} from '@stdkit/tree'
import type {VFile} from 'vfile'
import {controlCharacter} from './characters.js'
import {appendixForeword, appendixLabel, appendixOrder} from './appendices.js'
import {coverDate, coverEffective, coverNumber, coverNumberDash, coverReplaces} from './cover.js'
import {editionEditions, editionFile, editionHistory, editionRecord, editionSequence} from './editions.js'
import {changeListOld, changeListSee, forewordDrafting, forewordEditions, forewordHistory, forewordRecord, forewordReplaces} from './foreword.js'
import {chapterNumbering, clauseDepth, clauseNumbering, clauseTitles, loneSubclause} from './numbering.js'
import {crossReference, duplicateId, normativeReference, noteRequirement, referenceCited, reservedId} from './references.js'
import {checking} from './gather.js'
import {placeholder} from './placeholders.js'
import {sayFor, type CheckOptions, type Edition, type EditionRule, type HistoryRule, type Rule} from './rule.js'
import {appendixUncited, hangingParagraph, selfReference} from './drafting.js'
import {elementOrder, referencesStructure, requiredElement} from './structure.js'
import {termsLeadIn, termWithoutTerm} from './terms.js'
import {backMatterOrder, exampleNumbering, figureCited, figureNumbering, formulaCompiles, formulaNumbering, noteNumbering, tableCited, tableFootnote, tableNumbering, termSource} from './technical.js'

/** Every rule of the checker, in the order their messages are produced. */
export const rules: ReadonlyArray<Rule> = [
  requiredElement,
  elementOrder,
  referencesStructure,
  termsLeadIn,
  termWithoutTerm,
  termSource,
  backMatterOrder,
  selfReference,
  hangingParagraph,
  chapterNumbering,
  clauseNumbering,
  loneSubclause,
  clauseDepth,
  clauseTitles,
  appendixOrder,
  appendixLabel,
  appendixForeword,
  appendixUncited,
  figureNumbering,
  tableNumbering,
  formulaNumbering,
  noteNumbering,
  exampleNumbering,
  crossReference,
  figureCited,
  tableCited,
  tableFootnote,
  formulaCompiles,
  referenceCited,
  normativeReference,
  duplicateId,
  reservedId,
  noteRequirement,
  placeholder,
  controlCharacter,
  coverNumber,
  coverNumberDash,
  coverDate,
  coverEffective,
  coverReplaces,
  forewordReplaces,
  forewordRecord,
  forewordHistory,
  forewordDrafting,
  changeListSee,
  changeListOld,
  forewordEditions,
  editionFile,
  editionSequence,
  editionRecord,
  editionHistory,
  editionEditions
]

const editionRules = rules.filter((rule): rule is EditionRule => rule.scope === 'edition')
const historyRules = rules.filter((rule): rule is HistoryRule => rule.scope === 'history')

/** Checks one edition against the drafting rules; findings go to `file.messages`. `library` holds the standards its references may lead to. */
export function checkStandard(tree: Standard, file: VFile, options: CheckOptions = {}): void {
  const draft = () => tree.cover.status === 'draft'
  const {library, checkTex} = options
  checking(tree, () => {
    for (const rule of editionRules) rule.check({tree, file, library, checkTex}, sayFor(rule, draft))
  })
}

/**
 * Checks the editions of one standard together: each on its own, then the
 * rules that compare an edition with the one before. Editions are taken in
 * order of their year, whatever order they are given in.
 */
export function checkEditions(editions: ReadonlyArray<Edition>, options: CheckOptions = {}): void {
  const ordered = [...editions].sort((a, b) => a.tree.cover.year - b.tree.cover.year)
  for (const edition of ordered) checkStandard(edition.tree, edition.file, options)
  const drafts = new Set(ordered.filter((edition) => edition.tree.cover.status === 'draft').map((edition) => edition.file))
  for (const rule of historyRules) rule.check(ordered, sayFor(rule, (file) => drafts.has(file)))
}

/** Unified plugin: checks the standard tree in the pipeline and leaves it as it is. */
export const standardCheck: Plugin<[], Standard> = function () {
  return (tree: Standard, file: VFile): undefined => {
    checkStandard(tree, file)
  }
}
