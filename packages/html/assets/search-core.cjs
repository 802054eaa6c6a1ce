// stdkit search: how text is cut into terms, how a query is run and how its
// excerpt is cut, shared by the build (Node, which makes the index) and the
// pages (the browser, which queries it), so both read text the same way. A
// classic script, not a module: a page opened from file:// cannot load a
// module. Node requires it and calls it with MiniSearch; a page runs it after
// MiniSearch and finds it as `stdkitSearch`.
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory
  else root.stdkitSearch = factory(root.MiniSearch)
})(typeof self === 'undefined' ? this : self, function (MiniSearch) {
  'use strict'

  // Runs of Chinese characters, and words of letters and digits joined by `.`, `/`, `-` or `_` (`q/zx`, `75.1861`, `gb/t`).
  const runs = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[./_-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*)/gu
  const segmenter = typeof Intl === 'object' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', {granularity: 'word'}) : undefined

  /** Text as terms compare it: full-width letters and digits as ASCII, lower case. */
  function normalize(text) {
    return text.normalize('NFKC').toLowerCase()
  }

  /**
   * A word of letters and digits, then its pieces: `75.1861-2007` is found by
   * `75.1861`, `2007`, `1861`; `q/zx` by `q` and `zx`.
   */
  function latin(word, out) {
    out.push(word)
    if (!/[./_-]/u.test(word)) return
    const pieces = new Set([...word.split(/[/_-]/u), ...word.split(/[./_-]/u)])
    pieces.delete(word)
    pieces.delete('')
    out.push(...pieces)
  }

  /**
   * A run of Chinese characters. Every pair of neighbouring characters is a
   * term (a single character is one), in the index and in a query, so `接地`
   * or `保护接地` finds the text whatever a segmenter made of it. The index
   * has the segmenter's words of three characters or more besides (shorter
   * ones are pairs already), which rank a whole word above pairs that cross
   * a word's edge; a query's words are asked for only to rank, never
   * required, for the browser's segmenter need not cut as Node's did.
   */
  function han(run, out, index) {
    const chars = Array.from(run)
    if (chars.length === 1) out.push(run)
    for (let at = 0; at + 1 < chars.length; at++) out.push(chars[at] + chars[at + 1])
    if (index) out.push(...words(run))
  }

  /** The segmenter's words of three characters or more in a run (none where the engine has no segmenter). */
  function words(run) {
    if (!segmenter) return []
    const out = []
    for (const part of segmenter.segment(run)) if (part.isWordLike && Array.from(part.segment).length > 2) out.push(part.segment)
    return out
  }

  /** The terms of a text as the index holds them. */
  function tokenize(text) {
    const out = []
    for (const match of normalize(text).matchAll(runs)) {
      if (match[1]) han(match[1], out, true)
      else latin(match[2], out)
    }
    return out
  }

  /**
   * What a query asks for: the terms every result must have, the words that
   * rank, and what to mark in an excerpt (the query's runs and words as
   * typed, and their pairs and pieces where the whole is not found).
   */
  function parse(query) {
    const terms = []
    const ranking = []
    const marks = []
    const pairs = []
    for (const match of normalize(query).matchAll(runs)) {
      if (match[1]) {
        han(match[1], terms, false)
        ranking.push(...words(match[1]))
        marks.push(match[1])
        han(match[1], pairs, false)
      } else {
        // A word's pieces, which the index has whatever joined them in the text (`75.1861-2007`, `75.1861–2007`); the last is a prefix.
        const pieces = match[2].split(/[/_-]/u).filter(Boolean)
        terms.push(...pieces)
        marks.push(match[2])
        pairs.push(...pieces)
      }
    }
    return {terms: [...new Set(terms)], ranking: [...new Set(ranking)], marks, pairs: [...new Set(pairs)]}
  }

  /** The index's options: the fields, and terms made by `tokenize` alone (MiniSearch's own processing left out). */
  const options = {
    fields: ['number', 'term', 'title', 'text'],
    storeFields: [],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {processTerm: (term) => term}
  }

  /** A field's weight: a standard's number counts most, then a term's names, then titles, then provisions' text. */
  const boost = {number: 8, term: 6, title: 3, text: 1}
  const tiers = ['number', 'term', 'title', 'text']

  /**
   * The index of documents `{id, number, term, title, text}` as plain data,
   * the same for the same documents.
   */
  function build(documents) {
    const engine = new MiniSearch(options)
    engine.addAll(documents)
    return engine.toJSON()
  }

  /**
   * Opens an index made by `build` with its documents' records:
   * `{editions: [{page, number, year, latest}], docs: [[editions, anchor, kind, number, name, text]], index}`;
   * kind 0 is an edition (its cover), 1 a term, 2 any other provision; a
   * provision the same in several editions of a standard is one document,
   * which lists them.
   */
  function open(data) {
    const engine = MiniSearch.loadJS(data.index, options)

    /** The first field, in order of weight, that holds every term of the query, as a result's tier. */
    function tier(result, exact) {
      const doc = data.docs[result.id]
      if (doc[2] === 0 && covers(result, 'number')) return 0
      if (doc[2] === 1 && normalize(doc[4]) === exact) return 0
      for (let at = 1; at < tiers.length; at++) if (covers(result, tiers[at])) return at
      return tiers.length
    }

    function covers(result, field) {
      let count = 0
      for (const fields of Object.values(result.match)) if (fields.includes(field)) count++
      return count >= result.queryTerms.length
    }

    /**
     * The results of `query`, one for each edition a document is in: exact
     * numbers and terms first, then terms, then titles, then text; the same
     * provision in several editions together, the latest first; `latest`
     * keeps the latest edition of each standard only. Each result:
     * `{href, number, latest, label, excerpt}`, its link relative to the
     * site's root and its excerpt as pieces `[text, marked]`.
     */
    function search(query, {latest = false, limit = 50} = {}) {
      const asked = parse(query)
      if (asked.terms.length === 0) return {total: 0, results: []}
      const filter = latest ? (result) => data.docs[result.id][0].some((edition) => data.editions[edition].latest) : undefined
      const found = engine.search(query, {
        combineWith: 'AND',
        tokenize: () => asked.terms,
        prefix: (_term, at, all) => at === all.length - 1,
        boost,
        ...(filter ? {filter} : {})
      })
      if (found.length > 0 && asked.ranking.length > 0) {
        const ids = new Set(found.map((result) => result.id))
        const bonus = new Map(engine.search(query, {combineWith: 'OR', tokenize: () => asked.ranking, boost, filter: (result) => ids.has(result.id)}).map((result) => [result.id, result.score]))
        for (const result of found) result.score += bonus.get(result.id) ?? 0
      }
      const exact = normalize(query).trim()
      // A group (a standard's cover, or one provision over its editions) ranks by its best document.
      const rows = []
      for (const result of found) {
        const doc = data.docs[result.id]
        const first = data.editions[doc[0][0]]
        const group = doc[2] === 0 ? first.page.split('/')[0] : `${first.page.split('/')[0]}#${doc[1]}`
        const rank = tier(result, exact)
        for (const index of doc[0]) {
          const edition = data.editions[index]
          if (!latest || edition.latest) rows.push({id: result.id, doc, edition, score: result.score, tier: rank, group})
        }
      }
      const best = new Map()
      for (const row of rows) {
        const key = `${row.tier} ${row.group}`
        best.set(key, Math.max(best.get(key) ?? 0, row.score))
      }
      const rank = (row) => best.get(`${row.tier} ${row.group}`)
      rows.sort((a, b) => a.tier - b.tier || rank(b) - rank(a) || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || b.edition.year - a.edition.year || b.score - a.score || a.id - b.id)
      return {
        total: rows.length,
        results: rows.slice(0, limit).map(({doc, edition}) => ({
          href: doc[1] ? `${edition.page}#${doc[1]}` : edition.page,
          number: edition.number,
          latest: edition.latest,
          label: [doc[3], doc[4]].filter(Boolean).join(' '),
          excerpt: excerpt(doc[5], asked)
        }))
      }
    }

    return {search}
  }

  function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  }

  /**
   * The part of `text` around the query's first hit, as pieces `[text,
   * marked]`, every hit in it marked; the text's start when nothing is found
   * (a hit in a title or a term's name only).
   */
  function excerpt(text, asked, width = 80) {
    if (!text) return []
    let pattern
    let hit = -1
    for (const needles of [asked.marks, asked.pairs]) {
      if (needles.length === 0) continue
      pattern = new RegExp([...needles].sort((a, b) => b.length - a.length).map(escape).join('|'), 'giu')
      const found = pattern.exec(text)
      if (found) {
        hit = found.index
        break
      }
    }
    const chars = Array.from(text)
    // Index in characters, not UTF-16 units, so a window never splits a character.
    const at = hit < 0 ? 0 : Array.from(text.slice(0, hit)).length
    const start = Math.max(0, Math.min(at - Math.floor(width / 4), chars.length - width))
    const end = Math.min(chars.length, start + width)
    const window = chars.slice(start, end).join('')
    const pieces = start > 0 ? [['…', false]] : []
    let last = 0
    if (hit >= 0) {
      pattern.lastIndex = 0
      for (const found of window.matchAll(pattern)) {
        if (found.index > last) pieces.push([window.slice(last, found.index), false])
        pieces.push([found[0], true])
        last = found.index + found[0].length
      }
    }
    if (last < window.length) pieces.push([window.slice(last), false])
    if (end < chars.length) pieces.push(['…', false])
    return pieces
  }

  return {normalize, tokenize, parse, build, open, excerpt}
})
