/**
 * The words of the documents stdkit publishes for a standard — a comparison's
 * reasons, its record check and its redline's labels — which follow the
 * language of the standard, not of the person running stdkit: a Chinese
 * standard's pages, PDFs and redlines are Chinese throughout. Every standard
 * stdkit reads is Chinese, so this is the one document catalogue.
 */
export const documentZh = {
  /** A page's links to the files of its edition or comparison published beside it. */
  downloads: {
    label: '下载',
    /** Each file by the ending of its name, in the order the links are shown; a file of another ending is not linked. */
    files: {'.pdf': 'PDF', '.docx': 'Word 文档', '.json': 'JSON 数据', '.sts.xml': 'NISO STS XML'} as Readonly<Record<string, string>>,
    schema: 'JSON 模式'
  },
  /** The standards of the library that cite a standard, on each of its edition pages, and their count on the index. */
  citedBy: {
    title: '被引用',
    lead: '标准库中引用本标准的标准：',
    /** A dated reference (`Q/ZX 75.1760—2006`) pins an edition: this one, or another. */
    datedHere: '注日期引用本版',
    dated: (p: {year: number}) => `注日期引用${p.year}版`,
    /** An undated reference (`Q/ZX 75.1760`) follows the revisions: it leads to the latest edition. */
    undatedHere: '不注日期引用，适用于本版（最新版本）',
    undated: (p: {year: number}) => `不注日期引用，适用于最新版本（${p.year}版）`,
    /** The provisions of the citing edition the references are in. */
    places: '见',
    chapter: (p: {number: string}) => `第${p.number}章`,
    appendix: (p: {number: string}) => `附录${p.number}`,
    introduction: '引言',
    separator: '、',
    /** On the index: how many standards of the library cite this one. */
    count: (p: {count: number}) => `被引用：标准库中 ${p.count} 个标准`
  },
  /** The cover of an edition, on its page and in its PDF, laid out as GB/T 1.1 lays it out. */
  cover: {
    label: '封面',
    ics: (p: {numbers: ReadonlyArray<string>}) => `ICS ${p.numbers.join('；')}`,
    ccs: (p: {value: string}) => `CCS ${p.value}`,
    filing: (p: {number: string}) => `备案号：${p.number}`,
    replaces: (p: {number: string}) => `代替${p.number}`,
    adoption: (p: {document: string; degree: string}) => `（${p.document}，${p.degree}）`,
    /** The stage of a draft, as written in the front matter and printed under the title. */
    stages: {comments: '征求意见稿', review: '送审稿', approval: '报批稿'},
    stage: (p: {stage: string}) => `（${p.stage}）`,
    /** Whether an edition is a draft or published, where metadata names it. */
    statuses: {draft: '草案', published: '已发布'},
    issued: (p: {date: string}) => `${p.date}发布`,
    effective: (p: {date: string}) => `${p.date}实施`,
    issuedBy: '发布',
    /** What each field of the cover is called where a comparison reports its change. */
    fields: {
      number: '标准编号',
      replaces: '代替',
      title: '标准名称',
      titleEnglish: '英文名称',
      category: '类别',
      ics: 'ICS',
      ccs: 'CCS',
      classification: '中国标准文献分类号',
      filing: '备案号',
      adoption: '采用国际文件',
      documentType: '标准类型',
      stage: '草案阶段',
      issuer: '发布单位',
      issued: '发布日期',
      effective: '实施日期',
      status: '状态'
    }
  },
  /** The unnumbered headings of an edition's front matter, in its Word document. */
  edition: {
    foreword: '前言',
    introduction: '引言',
    /** The 目次: its name (a Word edition's table-of-contents field is called so), and its title as printed. */
    contents: '目次',
    contentsTitle: '目\u3000\u3000次'
  },
  /** The search of the library in every page's header. */
  search: {
    label: '搜索标准库',
    placeholder: '标准编号、名称、术语或条文',
    latest: '仅最新版本',
    results: '搜索结果',
    /** Said by the page's script, which puts the count in for `{count}` and `{shown}`. */
    browser: {
      loading: '正在载入索引…',
      failed: '无法载入搜索索引',
      none: '没有找到结果',
      count: '找到 {count} 条结果',
      more: '找到 {count} 条结果，显示前 {shown} 条',
      current: '现行'
    }
  },
  /** What an edition prints around its figures, formulas, tables, term entries and back matter. */
  technical: {
    /** The lead of a figure's key. */
    key: '说明：',
    /** The lead of the symbols explained under a formula. */
    where: '式中：',
    /** The caption over a table's header repeated on the next page. */
    continued: (p: {name: string}) => `${p.name}（续）`,
    bibliography: '参考文献',
    index: '索引',
    /** The index of the terms by their Chinese names, in pinyin order, and by their English equivalents. */
    chineseIndex: '汉语拼音索引',
    englishIndex: '英文对应词索引',
    noteToEntry: (p: {number: string}) => `注${p.number}到条目：`,
    /** The source of a term entry, and its mark of a modified definition. */
    sourceOpen: '[来源：',
    modified: '，有修改',
    sourceClose: ']',
    /** Between a symbol and its explanation. */
    dash: '——',
    /** What the lines under a preferred term are, for those who cannot see the layout. */
    admitted: '许用术语：',
    abbreviation: '缩略语：',
    /** A formula's number at the right margin. */
    formulaNumber: (p: {number: string}) => `（${p.number}）`,
    /** A footnote to the text, as its call and its entry print it. */
    footnoteLabel: (p: {number: number}) => `${p.number})`,
    footnotes: '脚注',
    footnoteBack: (p: {number: number}) => `回到脚注${p.number})的引用处`,
    /** A listing, named for those who cannot see it is one. */
    code: (p: {lang: string | undefined}) => (p.lang ? `代码（${p.lang}）` : '代码')
  },
  comparison: {
    none: '（无）',
    /** What each block of a provision is called. */
    blocks: {
      paragraph: '段',
      note: '注',
      example: '示例',
      listItem: '列项',
      table: '表',
      normativeReference: '规范性引用文件条目',
      footnote: '脚注',
      figure: '图',
      image: '图片',
      formula: '公式',
      code: '代码',
      definition: '符号说明'
    },
    /** What each kind of change is called. */
    kinds: {unchanged: '未变', modified: '修改', added: '新增', removed: '删除', moved: '移动', renumbered: '重新编号', retitled: '标题更改', split: '拆分', merged: '合并'},
    /** What each class of change is called. */
    classifications: {technical: '技术性', editorial: '编辑性', review: '待核实'},
    /** What each kind of provision is called. */
    provisions: {chapter: '章', clause: '条', term: '术语条目', appendix: '附录'},
    provisionAdded: (p: {provision: string}) => `新增${p.provision}`,
    provisionRemoved: (p: {provision: string}) => `删除${p.provision}`,
    renumbered: (p: {was: string; is: string}) => `编号由 ${p.was} 改为 ${p.is}`,
    retitled: (p: {was: string; is: string}) => `标题由“${p.was}”改为“${p.is}”`,
    /** A term entry that now defines another term. */
    termRenamed: (p: {was: string; is: string}) => `术语由“${p.was}”改为“${p.is}”`,
    moved: (p: {from: string | undefined; to: string | undefined}) => `由${p.from === undefined ? '顶层' : ` ${p.from} 之下`}移至${p.to === undefined ? '顶层' : ` ${p.to} 之下`}`,
    splitInto: (p: {parts: string}) => `拆分为 ${p.parts}`,
    splitFrom: (p: {part: string}) => `由 ${p.part} 拆分而来`,
    mergedInto: (p: {part: string}) => `并入 ${p.part}`,
    mergedFrom: (p: {parts: string}) => `由 ${p.parts} 合并而来`,
    reworded: (p: {name: string}) => `${p.name}改写：它陈述版本的事实，不含要求`,
    blockMoved: (p: {block: string; removed: boolean; part: string}) => `${p.block}${p.removed ? '移至' : '移自'} ${p.part}`,
    informativeBlock: (p: {block: string; added: boolean}) => `${p.added ? '新增' : '删除'}资料性的${p.block}`,
    requirementBlock: (p: {block: string; added: boolean}) => `${p.added ? '新增' : '删除'}${p.block}：${p.added ? '增加' : '删除'}了一项要求`,
    inInformative: (p: {reason: string; block: string}) => `${p.reason}（在资料性的${p.block}中）`,
    tableRow: (p: {added: boolean; cells: string}) => `表格${p.added ? '增加' : '删除'}一行：${p.cells}`,
    cell: (p: {column: number; text: string}) => `第${p.column}列：${p.text}`,
    /** A cell named by its table, row and column: `表1，“一般故障”行，“上报时限”列`. */
    cellName: (p: {table: string; row: string; column: string}) => `${p.table}，${p.row}，${p.column}`,
    rowName: (p: {table: string; row: string}) => `${p.table}，${p.row}`,
    namedRow: (p: {name: string}) => `“${p.name}”行`,
    numberedRow: (p: {number: number}) => `第${p.number}行`,
    namedColumn: (p: {name: string}) => `“${p.name}”列`,
    numberedColumn: (p: {number: number}) => `第${p.number}列`,
    /** What a change of a named cell says: `表1，“一般故障”行，“上报时限”列：数字、日期或限值改变：2 → 4`. */
    inCell: (p: {cell: string; text: string}) => `${p.cell}：${p.text}`,
    /** The revision record, as a table a cell of which changed. */
    record: '修订记录',
    referenceChanged: '所引用的标准改变',
    /** A table's cells merged or split: a cell a neighbour took is now one of its own, or the reverse. */
    span: '单元格的合并改变',
    /** An image whose file's content changed (its SHA-256), whatever its path. */
    image: (p: {label: string | undefined}) => `图的内容改变${p.label === undefined ? '' : `：${p.label}`}`,
    /** A formula whose LaTeX changed. */
    formula: (p: {label: string | undefined; was: string; is: string}) => `${p.label ?? '公式'}改变：${p.was} → ${p.is}`,
    /** A listing whose lines changed: `第3行`, `第3、5行`. */
    code: (p: {lines: ReadonlyArray<number>}) => `代码第${p.lines.join('、')}行改变`,
    /** A listing's lines added or removed at its end, where no line of the older one is left to name. */
    codeLines: (p: {added: number; removed: number}) => `代码${p.added > 0 ? `增加${p.added}行` : ''}${p.removed > 0 ? `删除${p.removed}行` : ''}`,
    /** A footnote (of the text, a table or a figure) changed: its own reason, then what changed in it. */
    footnote: (p: {label: string | undefined; reason: string}) => `${p.label ?? '脚注'}改变：${p.reason}`,
    /** A note of a table or figure changed: `表2 注1改变：…`. */
    partNote: (p: {label: string; reason: string}) => `${p.label}改变：${p.reason}（注是资料性的）`,
    /** An informative element (the bibliography) added or removed. */
    informativePart: (p: {name: string; added: boolean}) => `${p.added ? '新增' : '删除'}${p.name}：资料性要素，不含要求`,
    /** A figure, image, formula or listing added or removed: content of the standard. */
    contentBlock: (p: {block: string; label: string | undefined; added: boolean}) => `${p.added ? '新增' : '删除'}${p.block}${p.label === undefined ? '' : ` ${p.label}`}`,
    modal: (p: {was: string; is: string}) => `要求用语改变：${p.was} → ${p.is}`,
    number: (p: {was: string; is: string}) => `数字、日期或限值改变：${p.was} → ${p.is}`,
    reference: (p: {was: string; is: string}) => `所引用的标准改变：${p.was} → ${p.is}`,
    crossReference: (p: {was: string; is: string}) => `所指向的条款改变：${p.was} → ${p.is}`,
    /** A reference printed alike on both sides whose target is another provision now: `见6.2：现指6.2 出发前准备，2007年版指6.2 到达现场，请核对`. */
    retargeted: (p: {printed: string; now: string; was: string; year: number}) => `见${p.printed}：现指${p.now}，${p.year}年版指${p.was}，请核对`,
    width: '仅全角、半角形式不同',
    spacing: '仅空格不同',
    punctuation: '仅标点不同',
    wording: '措辞改变，要求、数字和引用未变',
    /** Only function words (的, 了) changed, or text that holds no requirement was reworded. */
    functionWords: (p: {words: string}) => `仅虚词改变：${p.words}`,
    /** Words of a requirement taken out or put in: what it requires, prohibits or covers changed. */
    content: (p: {removed: ReadonlyArray<string>; added: ReadonlyArray<string>}) =>
      `要求的内容改变：${[p.removed.length > 0 ? `删去“${p.removed.join('”“')}”` : '', p.added.length > 0 ? `增加“${p.added.join('”“')}”` : ''].filter(Boolean).join('，')}`,
    /** A word put into (or taken out of) a phrase of a requirement: it may qualify what is required, or only spell it out. */
    qualified: (p: {removed: ReadonlyArray<string>; added: ReadonlyArray<string>}) =>
      `要求中${[p.removed.length > 0 ? `删去“${p.removed.join('”“')}”` : '', p.added.length > 0 ? `增加“${p.added.join('”“')}”` : ''].filter(Boolean).join('，')}，可能改变要求`,
    /** A word of a requirement replaced by another: it may or may not change what is required. */
    replaced: (p: {was: string; is: string}) => `要求中的用词改变：“${p.was}” → “${p.is}”，可能改变要求`,
    /** The same words of a requirement in another order. */
    reordered: '要求中的词序改变，用词未变，可能改变要求',
    /** Variant forms of one word (其它/其他, 帐/账), or the name a document gives itself (本标准/本文件). */
    variant: (p: {pairs: string}) => `仅写法不同（异形词或文件的自称）：${p.pairs}`,
    /** A new provision all of whose text moved there from others (a table moved into a new appendix). */
    contentMoved: (p: {provision: string; parts: string}) => `新增${p.provision}，其内容移自 ${p.parts}，文字未变`,
    /** Text that came from an informative part (an informative appendix) into normative text: it now states requirements. */
    madeNormative: (p: {parts: string}) => `移自资料性的 ${p.parts} 的内容现为规范性内容`,
    /** Words of a provision that only follow a term the newer edition renamed. */
    termFollowed: (p: {pairs: string}) => `随术语更名改写：${p.pairs}，要求未变`,
    /** A term's English equivalent changed: given for reference, it states no requirement. */
    englishChanged: (p: {was: string; is: string}) => `英文对应词改变：${p.was} → ${p.is}（仅供参照，不改变要求）`,
    /** A formula written otherwise that computes the same: an explicit multiplication sign, spacing. */
    formulaNotation: (p: {label: string | undefined; was: string; is: string}) => `${p.label ?? '公式'}仅写法不同，运算未变：${p.was} → ${p.is}`,
    /** List items whose text is unchanged but whose labels follow a list that gained, lost or reordered items. */
    relettered: (p: {labels: string}) => `列项重新编号：${p.labels}，文字未变`,
    /** A list item (or paragraph) whose text is unchanged, now elsewhere among its siblings. */
    itemMoved: (p: {block: string; was: string | undefined; is: string | undefined}) =>
      `${p.block}顺序调整${p.was === undefined ? '' : `：原 ${p.was}${p.is === undefined || p.is === p.was ? '' : `，现为 ${p.is}`}`}，文字未变`,
    /** One list item (or paragraph) now two or more, with the same words. */
    itemSplit: (p: {block: string; was: string; parts: string}) => `${p.block} ${p.was} 拆分为 ${p.parts}，文字未变`,
    /** Two or more list items (or paragraphs) now one, with the same words. */
    itemMerged: (p: {block: string; parts: string; is: string}) => `${p.block} ${p.parts} 合并为 ${p.is}，文字未变`,
    /** A table row whose cells are unchanged, now elsewhere among the rows. */
    rowMoved: (p: {row: string}) => `表格行顺序调整：${p.row}，内容未变`,
    renamed: '标准更名',
    adopted: '所采用的国际文件或一致性程度改变',
    editionData: '版本信息，不是要求',
    firstIssue: '首次发布',
    titleChanged: (p: {title: string}) => `标题已改为《${p.title}》`,
    titleUnchanged: '标题未按所述更改',
    borneOut: (p: {numbers: string}) => `见 ${p.numbers}`,
    /** A change-list entry whose named clauses show no change of its kind. */
    notAtClause: (p: {numbers: string}) => `${p.numbers} 处没有与之相符的改动`,
    /** A claim no provision bears out, by what it claims was done. */
    notBorneOut: {added: '没有新增的条款与之相符', removed: '没有删除的条款与之相符', moved: '没有移动的条款与之相符', modified: '没有修改的条款与之相符'},
    /** Parts of a provision shown as blocks of their own: a term's English equivalent, an appendix's status. */
    parts: {english: '英文对应词', status: '附录性质', normative: '规范性', informative: '资料性'},
    /** An appendix changed from normative to informative or back. */
    appendixStatus: (p: {was: string; is: string}) => `附录的性质由${p.was}改为${p.is}`,
    /** Where a renumbered or moved provision came from, beside its heading. */
    formerNumber: (p: {number: string; year: number}) => `${p.year}年版的${p.number}`,
    formerParent: (p: {parent?: string | undefined; year: number}) => `${p.year}年版属${p.parent ?? '顶层'}`,
    /** The comparison's report, whatever its format. */
    report: {
      title: (p: {old: number; new: number}) => `${p.old}版与${p.new}版比较`,
      edition: (p: {number: string; title: string}) => `${p.number}《${p.title}》`,
      year: (p: {year: number}) => `${p.year}版`,
      classes: {technical: '技术性改动', editorial: '编辑性改动', review: '待核实的改动'},
      changeList: '主要技术变化（据比较起草）',
      noChangeList: '无技术性改动。',
      recordCheck: (p: {edition: string}) => `修订记录核对（${p.edition}）`,
      changeListCheck: (p: {edition: string}) => `技术变化清单核对（${p.edition}）`,
      uncoveredByList: '技术变化清单未提及的技术性改动：',
      verdicts: {confirmed: '已证实：', unconfirmed: '未证实：'},
      uncovered: '记录未提及的技术性改动：',
      fields: '封面与前言信息的变化',
      field: '项目',
      classification: '类别',
      /** The head of the column of a changed cell of the revision record. */
      change: '改动',
      /** Between the numbers of a list of clauses. */
      series: '、'
    },
    /** The comparison's web page. */
    page: {
      title: (p: {designation: string; old: number; new: number}) => `${p.designation} ${p.old}→${p.new} 比较`,
      heading: (p: {designation: string; title: string}) => `${p.designation}：${p.title}`,
      library: '标准库',
      summary: '概要',
      provisionCount: (p: {count: number}) => `${p.count} 条`,
      legend: {label: '图例：', inserted: '插入的文字', afterInserted: '（下划线），', deleted: '删除的文字', afterDeleted: '（删除线）；左侧竖线标出有改动的条款。'},
      showSideBySide: '显示并排对照',
      inline: '行内修订',
      sideBySide: '并排对照',
      sideBySideCaption: '有改动的条款，左为旧版，右为新版',
      note: (p: {text: string}) => `（${p.text}）`,
      /** Between a provision's flags and its reasons, for a screen reader. */
      reasonsFollow: '：',
      reasonSeparator: '；',
      /** The toolbar that steps through the changed provisions, and its keys. */
      review: {
        label: '逐处审阅',
        previous: '上一处',
        next: '下一处',
        keys: '按 j 或 n 到下一处，按 k 或 p 到上一处',
        /** The counter, `{index}` filled in by the page's script. */
        position: (p: {index: string; total: number}) => `第 ${p.index} 处，共 ${p.total} 处`,
        start: (p: {total: number}) => `共 ${p.total} 处改动`
      },
      /** Where an insertion or a deletion starts and ends, said by a screen reader and not shown. */
      marks: {inserted: '插入开始：', insertedEnd: '（插入结束）', deleted: '删除开始：', deletedEnd: '（删除结束）'},
      /** Before the links to the provisions that bear out a claim of the record. */
      evidence: '对应条款：'
    },
    /** The comparison's redline PDF. */
    print: {
      outline: '比较概要',
      heading: (p: {designation: string; title: string}) => `${p.designation}\u3000${p.title}`,
      legend: {label: '图例：', inserted: '插入的文字', afterInserted: '（下划线）；', deleted: '删除的文字', afterDeleted: '（删除线）；页边竖线标出有改动的行。'},
      counts: '条款变化统计',
      kind: '类别',
      count: '条数',
      notes: (p: {notes: ReadonlyArray<string>}) => `（${p.notes.join('，')}）`
    },
    /** The comparison's Word document, whose changes are the word processor's own revisions. */
    word: {
      legend: '图例：下文是新版全文，与旧版的差异为 Word 的修订：插入的文字和删除的文字由字处理软件标出，移动的条款标为移动。接受全部修订得到新版的文字，拒绝全部修订得到旧版的文字（仅重新编号的条款编号除外，编号改动不作修订）。',
      older: (p: {edition: string}) => `旧版：${p.edition}`,
      newer: (p: {edition: string}) => `新版：${p.edition}`,
      revisions: (p: {author: string; date: string}) => `修订者：${p.author}；修订日期：${p.date}`
    },
    /** The comparison's text redline. */
    redline: {
      noChanges: '无变化',
      counts: (p: {changes: string; unchanged: number; technical: number; editorial: number; review?: number | undefined}) =>
        `${p.changes}；未变 ${p.unchanged}；技术性 ${p.technical}，编辑性 ${p.editorial}${p.review ? `，待核实 ${p.review}` : ''}`,
      count: (p: {kind: string; count: number}) => `${p.kind} ${p.count}`,
      fields: '封面和前言',
      changeList: '起草的修订内容',
      provisions: '条款',
      was: (p: {now: string; was: string; year: number}) => `${p.now}（${p.year}年版的 ${p.was}）`,
      flags: (p: {kinds: string; classification: string | undefined}) => `[${p.kinds}${p.classification === undefined ? '' : `；${p.classification}`}]`,
      reason: (p: {classification: string; reason: string}) => `${p.classification}：${p.reason}`,
      cellSeparator: '；',
      /** A table or figure moved to another provision, shown once where it left: `表1 → 表D.1（移至 D），未变`. */
      moved: (p: {was: string; is: string; part: string; changed: boolean}) => `${p.was} → ${p.is}（移至 ${p.part}），${p.changed ? '有改动：' : '未变'}`
    }
  }
}

export type DocumentWords = typeof documentZh

/** The words of a standard's documents. */
export function documentWords(): DocumentWords {
  return documentZh
}
