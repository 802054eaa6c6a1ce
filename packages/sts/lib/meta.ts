/**
 * The cover as NISO STS metadata (`std-meta`): the designation split into its
 * originator and number, the edition's year, the titles in Chinese and
 * English, the ICS numbers, the issue and effective dates, the replaced
 * editions, the issuing bodies, and the cover's other fields (CCS,
 * classification, filing number, category, stage) as custom metadata, so
 * that nothing of the cover is lost.
 */
import type {Element, ElementContent} from 'xast'
import {x} from './xml.js'
import {documentWords} from '@stdkit/messages'
import {parseStandardNumber, type Standard} from '@stdkit/tree'

/** The `std-meta` of an edition, with the notes it is given (the revision record is kept in the foreword, where it is printed). */
export function stdMeta(tree: Standard): Element {
  const {cover} = tree
  const words = documentWords().cover
  const number = parseStandardNumber(cover.number)
  const code = number?.code ?? cover.code
  const docNumber = number?.number ?? cover.designation.slice(code.length).trim()
  const part = cover.part?.number
  const issuers = cover.issuers ?? (cover.issuer === undefined ? [] : [cover.issuer])
  const replaced = cover.replacedNumbers ?? (cover.replaces === undefined ? [] : [cover.replaces])
  const custom: Array<[string, string | undefined]> = [
    [words.fields.documentType, cover.documentType],
    [words.fields.category, cover.category],
    [words.fields.ccs, cover.ccs],
    [words.fields.classification, cover.classification],
    [words.fields.filing, cover.filing],
    [words.fields.adoption, cover.adoption === undefined ? undefined : `${cover.adoption.document}，${cover.adoption.degree}`],
    [words.fields.stage, cover.stage === undefined ? undefined : words.stages[cover.stage]],
    [words.fields.status, words.statuses[cover.status]]
  ]
  return x('std-meta', [
    titleWrap('zh', cover.series?.title, cover.part === undefined ? cover.title : cover.part.title, cover.title),
    cover.titleEnglish === undefined ? [] : titleWrap('en', undefined, cover.titleEnglish, cover.titleEnglish),
    x('std-ident', [
      x('originator', code),
      cover.documentType === undefined ? [] : x('doc-type', cover.documentType),
      x('doc-number', part === undefined ? docNumber : docNumber.slice(0, docNumber.length - part.length - 1)),
      part === undefined ? [] : x('part-number', part),
      x('year', String(cover.year))
    ]),
    issuers.map((issuer) => x('std-org', {'std-org-role': 'publisher'}, x('std-org-name', issuer))),
    x('content-language', 'zh'),
    x('std-ref', {type: 'dated'}, cover.number),
    x('std-ref', {type: 'undated'}, cover.designation),
    cover.issued === undefined ? [] : x('pub-date', cover.issued),
    cover.issued === undefined ? [] : x('release-date', {'date-type': 'issued'}, cover.issued),
    cover.effective === undefined ? [] : x('meta-date', {type: 'effective'}, cover.effective),
    (cover.ics ?? []).map((ics) => x('ics', ics)),
    replaced.map((replaces) => x('std-xref', {type: 'replaces'}, x('std-ref', {type: 'dated'}, replaces))),
    customMeta(custom)
  ])
}

function titleWrap(language: 'zh' | 'en', intro: string | undefined, main: string, full: string): Element {
  return x('title-wrap', {'xml:lang': language}, [intro === undefined ? [] : x('intro', intro), x('main', main), x('full', full)])
}

function customMeta(fields: ReadonlyArray<[string, string | undefined]>): Array<ElementContent> {
  const given = fields.filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
  if (given.length === 0) return []
  return [x('custom-meta-group', given.map(([name, value]) => x('custom-meta', [x('meta-name', name), x('meta-value', value)])))]
}

