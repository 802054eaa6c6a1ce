/** The English catalogue, asked for by `--lang en`, `STDKIT_LANG=en` or an English locale. */
import type {Messages} from './zh.js'

const plural = (count: number, noun: string, nouns = `${noun}s`): string => `${count} ${count === 1 ? noun : nouns}`

/** Markdown's constructs, as an author knows them: a message never prints the syntax tree's type names. */
const markdownNames: Readonly<Record<string, string>> = {
  link: 'link', linkReference: 'link reference', definition: 'link definition', image: 'image', imageReference: 'image reference',
  emphasis: 'emphasis (italics)', strong: 'bold', delete: 'strikethrough', inlineCode: 'inline code', break: 'hard line break', html: 'HTML',
  footnoteReference: 'footnote reference', footnoteDefinition: 'footnote definition', code: 'code block', blockquote: 'block quote',
  heading: 'heading', thematicBreak: 'thematic break', list: 'list', listItem: 'list item', table: 'table', paragraph: 'paragraph',
  math: 'formula', inlineMath: 'inline formula', yaml: 'front matter', text: 'text'
}
const markdownName = (type: string): string => markdownNames[type] ?? 'Markdown construct'

export const en: Messages = {
  cli: {
    usage: '$0 <command> [options]\n\nKeep standards under version control: check, compare, format and publish them.',
    nameCommand: (p) => `Name a command: ${p.commands.slice(0, -1).join(', ')} or ${p.commands.at(-1)}`,
    version: 'Show the version of stdkit',
    lang: 'Language of messages: zh (Chinese) or en (English) (default: STDKIT_LANG or the locale, else Chinese)',
    yargs: {
      'Commands:': 'Commands:',
      'Options:': 'Options:',
      'Positionals:': 'Positionals:',
      'Examples:': 'Examples:',
      boolean: 'boolean',
      count: 'count',
      string: 'string',
      number: 'number',
      array: 'array',
      required: 'required',
      default: 'default',
      'default:': 'default:',
      'choices:': 'choices:',
      'aliases:': 'aliases:',
      'Show help': 'Show help',
      'Invalid values:': 'Unexpected value:',
      'Argument: %s, Given: %s, Choices: %s': '--%s %s, expected one of %s',
      'Missing required argument: %s': {one: 'Missing option --%s', other: 'Missing options %s'},
      'Not enough arguments following: %s': 'Expected a value after --%s'
    },
    givenTimes: (p) => `${p.name} is given ${p.times} times, expected once`,
    emptyValue: (p) => `Expected a value for ${p.name}, not an empty one`,
    notNumber: (p) => `Expected a number after ${p.name}`,
    badValue: (p) => `Unexpected --${p.name} ${p.value}, expected ${p.expected}`,
    year: (p) => `a year of four digits such as ${p.example}`,
    date: 'a real date written YYYY-MM-DD',
    missingPositionals: (p) => `Missing ${p.names.join(' and ')}: stdkit ${p.form}`,
    seeHelp: (p) => `${p.failure} (${p.help})`,
    unknownCommand: (p) => `Unknown command ${p.name}, expected one of ${p.commands.join(', ')}`,
    unknownCommandMeant: (p) => `Unknown command ${p.name}: did you mean ${p.meant}?`,
    optionMeant: (p) => `${p.option} (did you mean --${p.meant}?)`,
    unknownOptions: (p) => `Unknown option${p.options.length > 1 ? 's' : ''} ${p.options.join(', ')}`,
    unexpectedArguments: (p) => `Unexpected argument${p.names.length > 1 ? 's' : ''} ${p.names.join(', ')}`,
    together: (parts) => parts.join('; '),
    systemFailure: (p) => `${p.happened} while ${p.doing}${p.file === undefined ? '' : ` ${p.file}`}${p.dest === undefined ? '' : ` to ${p.dest}`}`,
    internalError: (p) =>
      `internal error: ${p.message}\nThis is a bug in stdkit: please report it with the command you ran${p.stack === undefined ? ' (STDKIT_DEBUG=1 shows where it happened)' : `\n${p.stack}`}`,
    happened: {
      ENOSPC: 'no space left on device',
      EDQUOT: 'disk quota exceeded',
      EROFS: 'read-only file system',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      ENOTDIR: 'not a folder',
      EISDIR: 'is a folder',
      ENOENT: 'no such file or folder',
      EEXIST: 'exists already',
      ENOTEMPTY: 'folder not empty',
      EMFILE: 'too many open files',
      ENFILE: 'too many open files',
      ENAMETOOLONG: 'name too long',
      ELOOP: 'too many symbolic links',
      EBUSY: 'busy',
      EIO: 'input/output error',
      EXDEV: 'cannot move across file systems',
      EPIPE: 'the reader went away'
    },
    doing: {
      working: 'working',
      open: 'opening',
      read: 'reading',
      write: 'writing',
      mkdir: 'creating',
      rename: 'moving',
      copyfile: 'copying',
      unlink: 'removing',
      rm: 'removing',
      rmdir: 'removing',
      scandir: 'listing',
      opendir: 'listing',
      stat: 'reading',
      lstat: 'reading',
      access: 'reading',
      watch: 'watching'
    },
    noFolder: (p) => `No such folder: ${p.folder}`,
    notFolder: (p) => `Not a folder: ${p.folder}`,
    noEditions: (p) => `no edition files (<year>.md) found in ${p.folders.join(', ')}`,
    folderOfStandards: 'Folder of standards',
    paths: 'Edition files, or folders to search for <year>.md files',
    textOrJson: 'Output for people (text) or machines (json)',
    reporter: 'How messages are printed: a report for people (text), one "file:line:col: severity: message [rule]" line each (line), or GitHub Actions workflow commands (github)',
    reporterWithJson: (p) => `--reporter ${p.reporter} is for text output and cannot go with --format json`,
  },
  reporter: {
    severity: {error: 'error', warning: 'warning', info: 'info'},
    clean: 'no issues found',
    summary: (p) =>
      `${plural(p.messages, 'message')} (${[p.errors > 0 ? `✖ ${plural(p.errors, 'error')}` : '', p.warnings > 0 ? `⚠ ${plural(p.warnings, 'warning')}` : ''].filter(Boolean).join(', ')})`
  },
  build: {
    describe: 'Check every standard under a folder and publish each edition and comparison (JSON, HTML, PDF, Word)',
    root: 'Folder of standards: <root>/<standard>/<year>.md',
    out: 'Output folder, replaced as a whole when the build succeeds',
    only: 'Publish one standard, or one edition and its comparisons: q-zx-75.1861[@2007]',
    everyFormat: 'every format but docx',
    format: 'Formats to publish, comma-separated (such as json,html); an unknown one lists them all',
    force: 'Replace the output even when it is a file, or a folder stdkit did not make',
    watch: 'Keep running: rebuild what each change under the folder touches (Ctrl-C to stop)',
    badOnly: (p) => `Unexpected --only ${p.value}, expected <standard> or <standard>@<year>`,
    badFormat: (p) => `Unexpected format ${p.value}, expected ${p.formats.join(', ')}`,
    cannotTypeset: (p) => `build stopped: ${p.reason}; ${p.out} was left as it was`,
    stopped: (p) => `build stopped: ${plural(p.errors, 'error')} in the sources; ${p.out} was left as it was`,
    built: (p) => `built ${plural(p.editions, 'edition')} of ${plural(p.standards, 'standard')} into ${p.out}/ (${p.files} files)`,
    rebuilt: (p) => `${p.summary} in ${p.ms} ms, ${p.made} made anew`,
    watching: (p) => `watching ${p.root} (Ctrl-C to stop)`
  },
  check: {
    describe: 'Check editions against the drafting rules (GB/T 1.1) and across editions',
    frail: 'Exit with 1 on warnings too',
    quiet: 'Show only files with messages'
  },
  diff: {
    describe: 'Compare two editions provision by provision: a redline, or the diff tree as JSON',
    old: 'Older edition: a file, <standard>@<year> such as q-zx-75.1861@2006, or a file of a git revision, <revision>:<path> such as HEAD:standards/q-zx-75.1861/2007.md',
    new: 'Newer edition, named the same way',
    root: 'Folder of standards for <standard>@<year> names',
    format: 'A redline for people (text) or the diff tree (json)',
    color: 'Colour the redline (default: when writing to a terminal)',
    all: 'List unchanged provisions too',
    sourceErrors: (p) => `cannot compare ${p.edition}: its source has errors`,
    noGit: (p) => `cannot read ${p.spec}: git is not installed`,
    noRepository: (p) => `cannot read ${p.spec}: the current folder is not in a git repository`,
    unknownRevision: (p) => `cannot read ${p.spec}: git knows no revision ${p.revision}`,
    notInRevision: (p) => `cannot read ${p.spec}: there is no file ${p.path} in ${p.revision === '' ? 'the index' : `revision ${p.revision}`}`,
    gitFailed: (p) => `cannot read ${p.spec}: git failed (${p.reason})`
  },
  history: {
    describe: 'Show the timeline of one provision across every edition of a standard',
    standard: 'The standard: its folder (q-zx-75.1861) or designation (Q/ZX 75.1861)',
    clause: 'The provision: its number (4.2), letter of an appendix, or id, in the latest edition that has it',
    format: 'A table for people (text) or the timeline as JSON',
    noStandard: (p) => `No standard ${p.standard} in ${p.root} (it has ${p.known.length === 0 ? 'none' : p.known.join(', ')})`,
    cannotTrace: (p) => `cannot trace ${p.clause}: ${p.broken} edition${p.broken === 1 ? ' has' : 's have'} errors`,
    noProvision: (p) => `No provision ${p.clause} in any edition of ${p.standard}`,
    heading: (p) => `${p.designation} ${p.number} ${p.title} (id ${p.id})`,
    absent: 'not in this edition',
    kinds: {unchanged: 'unchanged', modified: 'modified', added: 'added', removed: 'removed', moved: 'moved', renumbered: 'renumbered', retitled: 'retitled', split: 'split', merged: 'merged'},
    classifications: {technical: 'technical', editorial: 'editorial', review: 'to review'},
    entry: (p) => [p.kinds.join(', '), p.classification].filter(Boolean).join('; ')
  },
  refs: {
    describe: 'List the standards of the library that cite a standard (dated or undated, which edition, where), and the standards it cites',
    format: 'A list for people (text) or JSON',
    cannotList: (p) => `cannot list the citations: ${p.broken} edition${p.broken === 1 ? ' has' : 's have'} errors`,
    heading: (p) => `${p.designation} 《${p.title}》 (editions in the library: ${p.years.join(', ')})`,
    citedBy: (p) => `Cited by ${plural(p.count, 'standard')} of the library:`,
    cites: (p) => `${p.number} cites:`,
    none: 'none',
    dated: (p) => `dated, the ${p.year} edition`,
    undated: (p) => (p.year === undefined ? 'undated' : `undated, now the ${p.year} edition`),
    outside: ' (not in the library)',
    separator: '; ',
    places: (p) => `in ${p.places.join(', ')}`,
    chapter: (p) => `clause ${p.number}`,
    appendix: (p) => `annex ${p.number}`,
    bibliography: 'bibliography',
    introduction: 'introduction',
    reviews: (p) => `${plural(p.count, 'undated citation')} to review (the standard cited has had an edition issued since the citing one):`,
    review: (p) =>
      `${p.citing} cites ${p.cited} undated: ${p.drafted === undefined ? '' : `the ${p.drafted} edition when issued, `}since then ${p.newer.join(', ')}; it now leads to ${p.newer.at(-1)}`
  },
  new: {
    describe: 'Start a new standard: a draft first edition with the chapters GB/T 1.1 requires',
    code: 'The designation, such as "Q/ZX 75.1900"',
    title: 'Title of the standard (标准名称)',
    year: 'Year of the first edition (default: this year)',
    exists: (p) => `${p.folder} exists already: revise that standard with \`stdkit revise ${p.slug}\``,
    created: (p) => `created ${p.file}: a draft; fill in the placeholders (【待填写…】) that \`stdkit check\` lists`
  },
  revise: {
    describe: 'Start the next edition of a standard as a draft, from its current edition',
    standard: 'The standard: its folder, such as q-zx-75.1861',
    year: 'Year of the new edition (default: this year)',
    noStandard: (p) => `No standard ${p.standard} in ${p.root}`,
    draftAlready: (p) => `${p.file} is a draft already: release it before starting another`,
    exists: (p) => `${p.file} exists already`,
    created: (p) => `created ${p.file}: the draft of the next edition, replacing ${p.replacing}; write its changes, then \`stdkit release ${p.edition}\` with its dates and people`
  },
  release: {
    describe: 'Turn a draft into an edition: dates, history, its people, and the revision record checked against the changes',
    edition: 'The draft: <standard>@<year>, such as q-zx-75.1861@2008',
    issued: 'Issue date (发布), YYYY-MM-DD',
    effective: 'Effective date (实施), YYYY-MM-DD',
    departments: 'Departments that revised it (本次标准修订部门), separated by 、 or commas',
    drafters: 'Who revised it (本次标准修订人), separated by 、 or commas',
    reviewers: 'Who reviewed it (本次标准审核人), separated by 、 or commas',
    approver: 'Who approved its issue (本次发布批准人)',
    force: 'Release although a recorded claim is not borne out (the checker must still pass)',
    badEdition: (p) => `Unexpected edition ${p.edition}, expected <standard>@<year>`,
    noEdition: (p) => `No edition ${p.edition} in ${p.root}`,
    leftAsItWas: (p) => `${p.reason}\n${p.file} was left as it was`,
    released: (p) => `released ${p.file} (${p.issued}发布, ${p.effective}实施)`,
    drafted: (p) => `${p.list ? 'list of technical changes' : 'revision record'} drafted from the changes:`,
    asWritten: (p) => `${p.list ? 'list of technical changes' : 'revision record'} as written:`,
    forced: (p) => `released with --force: ${p.count} recorded claim${p.count === 1 ? ' is' : 's are'} not borne out:`,
    emptyNames: (p) => `Unexpected empty --${p.option}, expected names separated by 、 or commas`
  },
  serve: {
    describe: 'Preview the library on this machine, rebuilt as sources change, the open page reloading',
    port: 'Port to listen on (0: any free port)',
    host: 'Loopback address to listen on (127.0.0.1 or ::1)',
    notLoopback: (p) => `refusing to listen on ${p.host}: the preview serves this machine only (127.0.0.1 or ::1)`,
    previewing: (p) => `previewing ${p.root} at ${p.url} (Ctrl-C to stop)`,
    badPort: (p) => `Unexpected --port ${p.port}, expected a number from 0 to 65535 (0: any free port)`,
    portInUse: (p) => `port ${p.port} is in use, choose another with --port`,
    cannotListen: (p) => `cannot listen on ${p.host} port ${p.port}: ${p.reason}`,
    cannotRead: (p) => `cannot read ${p.root}: ${p.reason}`
  },
  fmt: {
    describe: 'Rewrite edition sources in canonical Markdown (or, with --check, list those that are not)',
    check: 'Change nothing; exit with 1 if a file is not in canonical form',
    notCanonical: (p) => `not canonical: ${p.file}`,
    formatted: (p) => `formatted: ${p.file}`,
    notFormatted: (p) => `${plural(p.failed, 'file')} not formatted: ${p.broken ? 'fix the errors above first' : 'see above'}`,
    rewritten: (p) => `${p.changed} of ${p.total} files rewritten`
  },
  parser: {
    listMarker: 'Unexpected `·` item without a `——` item above it, expected `·` only at the second level',
    tableText: 'Unexpected table text that is not a table, expected a header row and a delimiter row (`| - |`) with the same number of cells',
    listDepth: 'Unexpected third list level, expected at most two levels of items: the third level would be left out',
    inListItem: (p) => `Unexpected ${markdownName(p.type)} inside a list item, expected text and at most one nested list: it would be left out, so move it out of the list`,
    blockQuote: 'Unexpected block quote, expected paragraphs: its content is kept as paragraphs',
    blockLeftOut: (p) => `Unexpected ${markdownName(p.type)}, expected a paragraph, list or table: it is left out`,
    inline: (p) => `Unexpected ${markdownName(p.type)}, expected plain text: it is kept as plain text`,
    imagePath: (p) =>
      `Unexpected image path \`${p.url}\`, expected a \`/\`-separated path relative to the standard's folder (no scheme, no leading \`/\`, no \`..\` leaving the folder) ending .png, .jpg, .jpeg or .svg`,
    figureCaption: 'Missing figure caption after the image, expected `图1　title` after the image and its key, notes and footnotes: the figure is left unnumbered',
    tableSpan: (p) =>
      ({
        row: 'Unexpected row of merged cells only (`^`, `<`), expected at least one cell with content: the row is left out',
        left: 'Unexpected `<` with no cell on its left, expected `<` to merge into the cell on its left: it is kept as text',
        above: 'Unexpected `^` with no cell above it, expected `^` to merge into the cell above: it is kept as text'
      })[p.kind],
    footnoteUndefined: (p) => `Missing definition of footnote \`[^${p.label}]\`, expected \`[^${p.label}]: the footnote's text.\` in the file`,
    footnoteUnused: (p) => `Unexpected footnote definition \`[^${p.label}]\` that nothing calls, expected a call \`[^${p.label}]\` in the text, or no definition`,
    formulaNumber: (p) => `Unexpected formula number \`${p.meta}\`, expected \`（1）\` or, in an appendix, \`（A.1）\`: the formula is left unnumbered`,
    termIndex: 'Unexpected content under `索引`, expected none: the index is generated from the term entries, so this content is left out',
    rowCells: (p) => `Unexpected row of ${plural(p.cells, 'cell')}, expected ${p.columns} like the table's header`,
    noFrontMatter: 'Missing front matter, expected the cover data (`number`, `title` …) between `---` lines at the top of the file',
    invalidYaml: (p) => `Invalid front matter: ${p.error}`,
    frontMatterLines: 'Unexpected front matter, expected `key: value` lines',
    coverField: (p) => `Unexpected cover field \`${p.key}\`, expected one of ${p.fields.map((field) => `\`${field}\``).join(', ')}`,
    coverValue: (p) => `Unexpected value of \`${p.key}\`, expected text`,
    missingField: (p) => `Missing cover field \`${p.field}\`, expected it in the front matter`,
    status: (p) => `Unexpected status \`${p.status}\`, expected \`draft\` or \`published\``,
    coverList: (p) => `Unexpected value of \`${p.key}\`, expected text or a list of texts`,
    stage: (p) => `Unexpected draft stage \`${p.stage}\`, expected \`征求意见稿\`, \`送审稿\` or \`报批稿\``,
    adoption: (p) => `Unexpected adoption \`${p.value}\`, expected the adopted document and its degree (IDT, MOD or NEQ), as in \`ISO 690:2010, MOD\``,
    ics: (p) => `Unexpected ICS number \`${p.value}\`, expected a class such as \`35.240\` or \`35.240.40\``,
    classification: (p) => `Unexpected classification \`${p.value}\` in \`${p.key}\`, expected a capital letter and two digits, as in \`L 70\``,
    filing: (p) => `Unexpected filing number \`${p.value}\`, expected a number, a dash and a year, as in \`12345—2024\``,
    emptyFile: 'Unexpected empty file, expected an edition: front matter, `# 前言` and the chapters',
    nul: (p) => `Unexpected NUL character${p.count > 1 ? ` (${p.count} in the file)` : ''}, expected text: is this a binary file?`,
    nesting: (p) =>
      `Unexpected nesting ${p.depth} levels deep (block quotes, list items or indentation), expected at most ${p.max}: ${p.lines === 1 ? 'the line is' : `${p.lines} lines are`} left out`,
    tableWidth: (p) => `Unexpected table row of ${p.cells} cells, expected at most ${p.max} columns: ${p.lines === 1 ? 'the row is' : `${p.lines} rows are`} left out`,
    tooDeep: 'Unexpected nesting too deep to read, expected a flatter document: the file is left out',
    revisionColumns: (p) => `Unexpected revision record columns \`${p.found}\`, expected \`${p.expected}\``,
    recordOutside: 'Unexpected revision record outside the foreword, expected it in `# 前言`',
    beforeChapter: (p) => `Unexpected ${markdownName(p.type)} before chapter 1, expected it inside the foreword or a numbered chapter`,
    beforeForeword: (p) => `Unexpected ${markdownName(p.type)} before \`# 前言\`, expected the foreword first`,
    titleHeading: (p) => `Unexpected title \`${p.text}\`, expected the cover's title \`${p.title}\``,
    anchor: (p) => `Unexpected anchor \`{#${p.anchor}}\`, expected lower-case letters, digits and hyphens, starting with a letter`,
    unclosedAnchor: 'Unexpected `{#` without its closing `}` at the end of the heading, expected an anchor such as `{#service-etiquette}`',
    heading: (p) => `Unexpected heading \`${p.raw}\`, expected a numbered clause (\`4.2 服务礼仪\`) or an appendix (\`附录A（规范性附录）标题\`)`,
    headingDepth: (p) => `Unexpected heading level ${p.found}, expected ${p.expected} for this number`,
    invalidUtf8: (p) => `Invalid UTF-8 (byte 0x${p.byte}), expected the file in UTF-8: is part of it in GBK or another encoding?`
  },
  checker: {
    draft: (p) => `${p.reason} (draft)`,
    appendix: (p) => `附录${p.letter}`,
    table: (p) => (p.number === undefined ? 'a table' : `table ${p.number}`),
    none: '(none)',
    'required-element': {
      description: 'A standard has a foreword (前言), chapters 1 范围, 2 规范性引用文件 and 3 术语和定义, and at least one core chapter.',
      foreword: 'Missing foreword: a standard starts with `# 前言`',
      chapter: (p) => `Missing chapter ${p.number} ${p.title}: GB/T 1.1 requires it even when empty`,
      core: 'Missing core chapter: after 1 范围, 2 规范性引用文件 and 3 术语和定义 a standard needs at least one chapter of requirements'
    },
    'element-order': {
      description: 'Elements come in the order 前言, 引言, 1 范围, 2 规范性引用文件, 3 术语和定义, core chapters, then appendices.',
      preliminary: (p) => `Unexpected ${p.name} after the chapters, expected it before chapter 1`,
      afterAppendix: (p) => `Unexpected chapter ${p.number} after an appendix, expected appendices after the last chapter`,
      misplaced: (p) => `Unexpected ${p.title} as chapter ${p.number}, expected it as chapter ${p.expected}`,
      taken: (p) => `Unexpected chapter ${p.number} \`${p.title}\`, expected chapter ${p.number} to be ${p.expected}`
    },
    'references-structure': {
      description: 'Chapter 2 规范性引用文件 is a list of documents, not subdivided into sub-clauses.',
      subclause: (p) => `Unexpected sub-clause ${p.number} in 规范性引用文件, expected the chapter to be a list of documents`
    },
    'chapter-numbering': {
      description: 'Chapters are numbered 1, 2, 3 … without gaps, and every chapter has a title.',
      number: (p) => `Unexpected chapter number ${p.number}, expected ${p.expected}: chapters are numbered without gaps`,
      title: (p) => `Missing title of chapter ${p.number}: every chapter has a title`
    },
    'clause-numbering': {
      description: "A sub-clause's number extends its parent's and follows its previous sibling (4.1, 4.2; A.1, A.2 in appendix A).",
      number: (p) => `Unexpected number ${p.number} ${p.appendix ? 'in' : 'under'} ${p.parent}, expected ${p.expected}`
    },
    'lone-subclause': {
      description: 'A level of sub-clauses exists only with at least two siblings: no 10.1 without a 10.2.',
      lone: (p) => `Unexpected lone sub-clause ${p.number}: ${p.parent} has no other sub-clause, so its text belongs in ${p.parent} itself`
    },
    'clause-depth': {
      description: 'Clauses are nested at most 5 levels deep (5.1.1.1.1).',
      deep: (p) => `Unexpected level ${p.depth} clause ${p.number}, expected at most ${p.max} levels`
    },
    'clause-title': {
      description: 'Sibling sub-clauses are either all titled or all untitled, and an untitled sub-clause is not subdivided.',
      title: (p) => `Missing title of ${p.number}: its siblings under ${p.parent} have titles`,
      untitled: (p) => `Unexpected sub-clauses under untitled ${p.number}, expected an untitled clause not to be subdivided`
    },
    'appendix-order': {
      description: 'Appendices are lettered A, B, C … in order; even a single appendix is A.',
      letter: (p) => `Unexpected 附录${p.letter}, expected 附录${p.expected}: appendices are lettered in order`
    },
    'appendix-label': {
      description: 'Every appendix is labelled normative or informative: `（规范性附录）`/`（资料性附录）` or the 2020 form `（规范性）`/`（资料性）`.',
      missing: (p) => `Missing label of 附录${p.letter}: write \`附录${p.letter}（规范性附录）\` or \`附录${p.letter}（资料性附录）\` before its title`
    },
    'appendix-foreword': {
      description: "The foreword's statement `本标准附录A、B、C为规范性附录。` agrees with the appendices' labels.",
      missing: 'Missing statement of the appendices in the foreword, expected a sentence such as `本标准附录A、B、C为规范性附录。`',
      statement: (p) => `Unexpected statement of ${p.kind} appendices \`${p.stated}\` in the foreword, expected \`${p.labelled}\` as the appendices are labelled`
    },
    'terms-lead-in': {
      description: 'Chapter 3 术语和定义 opens with its lead-in in the wording of the GB/T 1.1 it follows: `下列术语和定义适用于本文件。` (2020, 2009), `…适用于本标准。` (2000; 本部分 in a part), `X界定的以及下列术语和定义适用于本文件。`; with no terms, `本文件没有需要界定的术语和定义。`.',
      missing: (p) => `Missing lead-in of chapter ${p.number} 术语和定义, expected \`${p.expected}\``,
      wording: (p) => `Unexpected \`${p.word}\` in the lead-in of the terms, expected ${p.expected}${p.era === '' ? '' : ` (drafted under ${p.era})`}`,
      none: (p) => `Unexpected \`${p.sentence}\`: the chapter defines terms (${p.first} …), expected \`下列术语和定义适用于…。\``,
      empty: (p) => `Unexpected lead-in \`${p.sentence}\` with no term entry after it, expected \`${p.expected}\``
    },
    'term-without-term': {
      description: 'Every term entry (3.1, 3.2 …) gives its term after the number, then optionally its English equivalent.',
      missing: (p) => `Missing term in entry ${p.number}: write the term after its number (\`### ${p.number} 术语 english\`)`
    },
    'self-reference': {
      description: 'The document calls itself as the GB/T 1.1 it follows does: `本文件` under 2020; `本标准`, or `本部分` in a part (a title with `第N部分`), under 2000 and 2009, whose lead-ins also say `本文件`. Text in quotation marks or 《》 does not count.',
      word: (p) =>
        `Unexpected \`${p.word}\` for this document, expected \`${p.expected}\`: ${p.reason === 'era' ? `a document drafted under ${p.era} calls itself 本文件` : p.reason === 'part' ? 'its title has 第N部分, so it is a part' : 'it is not a part of a standard'}`
    },
    'hanging-paragraph': {
      description: 'In a document drafted under GB/T 1.1—2009 or —2020, no paragraph stands between a heading and its first sub-clause (a hanging paragraph, 2020 7.3); the lead-ins of chapters 2 and 3 excepted.',
      hanging: (p) => `Unexpected hanging paragraph between the heading of ${p.parent} and its first sub-clause ${p.first} (${p.era}): make it a sub-clause of its own (such as 总则) or move it into one`
    },
    'appendix-uncited': {
      description: 'Every normative appendix is cited by a requirement of the body: `应符合附录A的规定`, or `见附录A` in a sentence with 应 (GB/T 1.1—2020 9.6).',
      uncited: (p) => `Uncited normative appendix ${p.letter}: no requirement of the body cites it, expected \`…应符合附录${p.letter}的规定\`, or label it informative`
    },
    'cross-reference': {
      description: 'Every cross-reference (`见5.2`, `见附录A`, `见表1`, `见图1`, `见公式（1）`, `见第5章`) points at a clause, appendix, table, figure or formula of the same edition.',
      unresolved: (p) => `Unresolved reference \`${p.text}\`: this edition has no ${p.kind === 'formula' ? `formula (${p.target})` : `${p.kind} ${p.target}`}`
    },
    'reference-cited': {
      description: 'Every document listed in 规范性引用文件 is cited somewhere in the text; otherwise it is not normative.',
      uncited: (p) => `Uncited normative reference ${p.designation}: cite it in the text (\`按${p.designation}的规定\`) or remove it from chapter 2`
    },
    'normative-reference': {
      description: 'Every entry of chapter 2 starts with a standard number some code is known by (`GB/T 7714—2015　title`, `JR/T 0001`, `Q/ZX 75.1760`, `ISO 690:2010`) or names its document in 《》; a dated reference is to an edition the library has, when the library has the standard.',
      unrecognised: (p) => `Unrecognised normative reference \`${p.entry}\`, expected a standard number first (\`GB/T 7714—2015　信息与文献　参考文献著录规则\`) or the document's title in 《》`,
      edition: (p) => `Unexpected edition ${p.year} of ${p.designation}: the library has only ${p.years}; check the year of the dated reference`
    },
    'duplicate-id': {
      description: 'Clause, term, appendix and table ids (numbers or explicit `{#anchors}`) are unique within an edition.',
      duplicate: (p) => `Duplicate ${p.name}: its id \`${p.id}\` is already used by an earlier ${p.name}, expected each provision to have its own number or anchor`,
      taken: (p) => `Duplicate id \`${p.id}\` on ${p.name}, already used by ${p.first}: give each provision its own anchor`
    },
    'reserved-id': {
      description:
        'No `{#anchor}` is an id the published pages give their own parts: `main`, `body`, `foreword`, `toc-title`, `inline` …, ids ending in `-title`, starting with `std-`, or made from a number (`clause-5`, `table-1`), nor one whose heading would take such an id (`toc`).',
      reserved: (p) => `Reserved anchor \`{#${p.id}}\` on ${p.name}: the published page gives this id, or its heading's, to a part of its own: give the provision another anchor`
    },
    'note-requirement': {
      description:
        'Notes and examples give information only: notes in clauses, notes to tables, notes to figures, notes to entry and examples hold no 应/不应/宜/必须/严禁/禁止/不得 requirements; what they quote in “”, 「」 or 『』 does not count.',
      requirement: (p) =>
        `Unexpected requirement \`${p.word}\` in ${{note: 'a note (注)', example: 'an example (示例)', table: 'a note to a table', figure: 'a note to a figure', entry: 'a note to entry'}[p.kind]}, expected requirements in the provision's own text${p.kind === 'table' || p.kind === 'figure' ? ' or in a footnote' : ''}`
    },
    'figure-numbering': {
      description: 'Figures are numbered in the order they appear, 图1, 图2 … in the body, and again from 图A.1, 图A.2 … in each appendix.',
      number: (p) => `Unexpected figure number 图${p.found}, expected 图${p.expected}${p.letter === undefined ? ' (figures of the body are 图1, 图2 …)' : ` (figures of appendix ${p.letter} are 图${p.letter}.1, 图${p.letter}.2 …)`}`
    },
    'table-numbering': {
      description: 'Tables are numbered in the order they appear, 表1, 表2 … in the body, and again from 表A.1, 表A.2 … in each appendix.',
      number: (p) => `Unexpected table number 表${p.found}, expected 表${p.expected}${p.letter === undefined ? ' (tables of the body are 表1, 表2 …)' : ` (tables of appendix ${p.letter} are 表${p.letter}.1, 表${p.letter}.2 …)`}`
    },
    'formula-numbering': {
      description: 'Numbered formulas are numbered in the order they appear, (1), (2) … in the body, and again from (A.1), (A.2) … in each appendix.',
      number: (p) => `Unexpected formula number (${p.found}), expected (${p.expected})${p.letter === undefined ? ' (formulas of the body are (1), (2) …)' : ` (formulas of appendix ${p.letter} are (${p.letter}.1), (${p.letter}.2) …)`}`
    },
    'figure-cited': {
      description: 'Every numbered figure is referred to in the text (`见图1`, `如图1所示`); a figure of an appendix, when the appendix is (`见附录A`).',
      uncited: (p) => `Uncited figure 图${p.number}: refer to it in the text (\`见图${p.number}\`, \`如图${p.number}所示\`)`
    },
    'table-cited': {
      description: 'Every numbered table is referred to in the text (`见表1`, `应符合表1的规定`); a table of an appendix, when the appendix is (`见附录A`).',
      uncited: (p) => `Uncited table 表${p.number}: refer to it in the text (\`见表${p.number}\`, \`应符合表${p.number}的规定\`)`
    },
    'note-numbering': {
      description: 'A single note is `注：`, several consecutive notes are `注1：`, `注2：` … (notes in clauses, tables and figures and notes to entry alike; GB/T 1.1—2020 numbers notes to entry always).',
      number: (p) => `Unexpected note label \`${p.found}\`, expected \`${p.expected}\` (a single note is unnumbered, consecutive notes are 注1, 注2 …)`
    },
    'example-numbering': {
      description: 'A single example is `示例：`, several consecutive examples are `示例1：`, `示例2：` ….',
      number: (p) => `Unexpected example label \`${p.found}\`, expected \`${p.expected}\` (a single example is unnumbered, consecutive examples are 示例1, 示例2 …)`
    },
    'table-footnote': {
      description: 'Every footnote call (`^a^`) in a table or figure has its footnote, every footnote is called, and footnotes are labelled a, b, c … in order.',
      undefined: (p) => `Unexpected footnote call \`${p.label}\` in ${p.name} without a footnote, expected \`^${p.label}^　……\` after ${p.name}`,
      uncalled: (p) => `Uncalled footnote ${p.label} of ${p.name}: call it with \`^${p.label}^\` in ${p.name}, or remove it`,
      order: (p) => `Unexpected footnote label ${p.label} of ${p.name}, expected ${p.expected} (footnotes are labelled a, b, c … in order)`
    },
    formula: {
      description: 'Every formula, displayed or inline, can be typeset: one whose LaTeX does not compile is an error at its place.',
      invalid: (p) => `Unexpected formula \`${p.tex}\` that cannot be typeset: ${p.error}`
    },
    'back-matter-order': {
      description: 'The bibliography comes after the appendices, and the index last.',
      bibliography: (p) => `Unexpected bibliography before ${p.after}, expected it after the appendices`,
      index: (p) => `Unexpected index before ${p.after}, expected it last`
    },
    'term-source': {
      description: 'The source of a term entry (`[来源：…]`) names a document (a standard number or a title in 《》) and its clause (`GB/T 20000.1—2014，3.1`).',
      document: (p) => `Unexpected source \`${p.source}\` that names no document, expected a standard number (\`GB/T 20000.1—2014\`) or a title in 《》 first`,
      clause: (p) => `Unexpected source \`${p.source}\` that names no clause, expected the clause after the document (\`GB/T 20000.1—2014，3.1\`)`
    },
    placeholder: {
      description: 'No placeholder (`【待填写…】`) is left in an edition; a draft may still have them, as warnings.',
      cover: (p) => `Placeholder \`${p.placeholder}\` left in the cover's \`${p.field}\`: fill it in`,
      record: (p) => `Placeholder \`${p.placeholder}\` left in the revision record: fill it in`,
      text: (p) => `Placeholder \`${p.placeholder}\` left in the text: fill it in`,
      heading: (p) => `Placeholder \`${p.placeholder}\` left in a heading: fill it in`
    },
    'control-character': {
      description: 'No control characters (ESC, BEL, backspace … : C0 but tab and line ends, DEL, C1) in the source; NUL is an `encoding` error.',
      found: (p) => `Unexpected control character ${p.code}${p.count > 1 ? ` (${p.count} on this line)` : ''}, expected text: remove it`
    },
    'cover-number': {
      description:
        'The number and the replaced numbers are written `GB/T 7714—2015` or `Q/ZX 75.1861–2007`: code, a space, number, a dash (em dash or en dash, as the kind of standard prints it) and a four-digit year.',
      number: (p) =>
        `Unexpected ${p.replaced ? 'replaced number' : 'number'} \`${p.value}\`: ${p.dash === undefined ? `expected a code, a space, the number, a dash and the year, as in \`${p.example}\`` : `write ${p.dash === '–' ? 'an en dash (–, U+2013)' : 'an em dash (—, U+2014)'} before the year`}`
    },
    'cover-number-dash': {
      description: 'A hyphen before the year is read, kept and compared as the dash it stands for; covers print the dash of their kind: an em dash (—), or an en dash (–) for an enterprise standard.'
    },
    'cover-date': {
      description: 'Issue (`issued`) and effective (`effective`) dates are real dates written `YYYY-MM-DD`; a draft may leave them out.',
      missing: (p) => `Missing ${p.field} date (${p.field === 'issued' ? '发布' : '实施'}日期)${p.draft ? ': fill it in when the draft is released' : `, expected \`${p.field}: YYYY-MM-DD\` in the front matter`}`,
      invalid: (p) => `Invalid ${p.field} date \`${p.value}\`, expected a real date written YYYY-MM-DD`
    },
    'cover-effective': {
      description: 'An edition does not take effect (实施) before it is issued (发布).',
      early: (p) => `Unexpected effective date ${p.effective} before the issue date ${p.issued}: an edition takes effect on or after its issue`
    },
    'cover-replaces': {
      description: 'Every edition after the first names the edition it replaces (`replaces`, 代替).',
      missing: 'Missing `replaces` in the front matter: the revision record shows earlier editions, so this edition replaces one',
      itself: (p) => `Unexpected replaced number \`${p.number}\`, the number of this edition, expected an earlier edition`
    },
    'foreword-replaces': {
      description: "The foreword's `本标准自实施之日起代替…` names the same edition as the cover's `replaces`.",
      missing: (p) => `Missing sentence \`本标准自实施之日起代替${p.cover}。\` in the foreword: the cover says this edition replaces ${p.cover}`,
      different: (p) => `Unexpected \`代替${p.stated}\` in the foreword, expected ${p.cover ?? 'no replaced edition'} as on the cover`
    },
    'foreword-record': {
      description:
        "The revision record's newest row is this edition: its number, the number it replaces, and its departments, revisers and approver as the foreword names them (a department may go by the last part of its name: 售后管理部 for 销售体系工程服务部售后管理部); a draft may leave them empty for `release` to fill.",
      empty: (p) => `Empty revision record, expected a first row for ${p.number}`,
      newest: (p) => `Unexpected ${p.found} in the revision record's first row, expected this edition, ${p.number} (rows run newest first)`,
      noReplaced: (p) => `Missing replaced number (修改前文件编号) in the revision record's first row, expected \`${p.replaces}\` as on the cover`,
      replaced: (p) =>
        `Unexpected replaced number \`${p.found}\` in the revision record's first row, expected ${p.replaces === undefined ? 'an empty cell, as the cover names no replaced edition' : `\`${p.replaces}\` as on the cover`}`,
      names: (p) => {
        const wanted = p.expected.length === 0 ? `none, as the foreword names no ${p.label}` : `\`${p.expected.join('、')}\` as the foreword names them`
        return p.found.length === 0 ? `Missing ${p.label} in the revision record's first row, expected ${wanted}` : `Unexpected ${p.label} \`${p.found.join('、')}\` in the revision record, expected ${wanted}`
      }
    },
    'foreword-history': {
      description:
        "The foreword's history sentence (`本标准于2004年10月首次发布，于2005年6月第一次修订…`) has one date per row of the revision record, each in the year of that row's edition.",
      missing: 'Missing history sentence in the foreword, expected `本标准于YYYY年M月首次发布…。`',
      count: (p) => `The foreword's history names ${plural(p.dates, 'edition')} (${p.named}) but the revision record has ${plural(p.rows, 'row')}`,
      date: (p) => `Unexpected date ${p.date} for ${p.revision ?? 'an edition'} in the foreword's history, expected a month of ${p.year} as for ${p.number}`,
      late: (p) => `Unexpected revision month ${p.month} after the issue date ${p.issued}, expected the revision no later than its issue`
    },
    'edition-file': {
      description: 'An edition is kept in a file named after its year: `2007.md` holds `Q/ZX 75.1861–2007`.',
      year: (p) => `Unexpected edition ${p.number} in ${p.file}, expected the ${p.year} edition`
    },
    'edition-sequence': {
      description: "Each edition replaces the one before it (`replaces` names the previous edition's number), and all share one designation.",
      designation: (p) => `Unexpected designation ${p.found}, expected ${p.expected} like the other editions in this folder`,
      replaces: (p) => `Unexpected replaced edition ${p.found ?? '(none)'}, expected ${p.expected}, the edition before this one`
    },
    'edition-record': {
      description: "Each edition's revision record is the previous edition's record, unchanged, plus exactly one new row for itself.",
      rows: (p) => `Unexpected revision record of ${p.rows} rows, expected ${p.expected}: the ${p.before} rows of ${p.previous} plus one for this edition`,
      changed: (p) => {
        const shown = (value: string | undefined) => (value ? `\`${value}\`` : 'empty')
        return `Changed ${p.column} in row ${p.row} of the revision record: ${shown(p.found)}, expected ${shown(p.expected)} as in the record of ${p.previous} (earlier rows are kept as they were)`
      }
    },
    'edition-history': {
      description: "Each edition's history sentence repeats the previous edition's dates and adds one revision.",
      history: (p) => `Unexpected history \`${p.found.join(', ')}\` in the foreword, expected ${p.previous}'s \`${p.expected.join(', ')}\` and one more revision`
    },
    'edition-editions': {
      description: "Across national editions: the foreword's history of editions lists every earlier edition, and the editions' issue dates come in order.",
      missing: (p) => `Missing earlier edition ${p.number} in the foreword's history of editions`,
      dates: (p) => `Unexpected issue date ${p.issued}, expected a date after ${p.previousIssued}, when the replaced ${p.previous} was issued`
    },
    'foreword-drafting': {
      description:
        'A national foreword states its drafting rules in the wording of its edition of GB/T 1.1: 2009 `本标准按照GB/T 1.1—2009给出的规则起草。`, 2020 `本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。`.',
      missing: (p) => `Missing drafting statement in the foreword, expected \`${p.expected}\``,
      wording: (p) => `Unexpected drafting statement \`${p.found}\` in the foreword, expected \`${p.expected}\` as GB/T 1.1—${p.era} words it`
    },
    'change-list-see': {
      description: 'Each entry of the change list points with `见…` at a clause, term entry or appendix this edition has.',
      missing: (p) => `Unexpected \`见${p.target}\` in the change \`${p.entry}\`: this edition has no ${p.target}`
    },
    'change-list-old': {
      description: 'An entry of the change list that deletes a provision names it in the replaced edition (`2009年版的4.4`), with the replaced edition\'s year.',
      missing: (p) => `Missing clause of the replaced edition in the change \`${p.entry}\`, which deletes a provision: write \`（${p.example}）\``,
      year: (p) => `Unexpected \`${p.found}年版\` in the change list, expected \`${p.expected}年版\` as this edition replaces ${p.replaces}`
    },
    'foreword-editions': {
      description: "The foreword's history of editions agrees with the cover: it names the replaced edition's year, in order of years.",
      missing: (p) => `Missing history of editions in the foreword: the cover says this edition replaces ${p.replaces}`,
      replaced: (p) => `Missing replaced edition ${p.replaces} in the foreword's history of editions (${p.years.join(', ')})`,
      order: (p) => `Unexpected order of the history of editions (${p.years.join(', ')}), expected the years in order`
    }
  },
  rules: {
    describe: 'List the rules the checker applies, with their ids and severities'
  },
  building: {
    imageChanged: (p: {file: string}) => `the image ${p.file} changed while it was being built: build again`,
    noFormat: (p) => `No format chosen, expected one or more of ${p.formats.join(', ')}`,
    siteClash: (p) => `The standard folder ${p.folder} is named like the output ${p.output} of the site: rename the folder`,
    refuseFolder: (p) => `refusing to use ${p.folder} as the output folder: ${p.why}`,
    fileInWay: (p) => `${p.file} is a file, not a folder`,
    fileSystemRoot: 'it is the root of the file system',
    workingFolder: 'it would replace the working folder',
    replacesSources: (p) => `it would replace the sources in ${p.sources}`,
    insideSources: (p) => `it lies inside the sources in ${p.sources}`,
    notOutputFile: (p) => `refusing to replace ${p.name}: it is a file, not an output folder (--force replaces it)`,
    notOurs: (p) => `refusing to replace ${p.name}: stdkit did not make this folder, it has no ${p.marker} (--force replaces it)`,
    cannotUse: (p) => `cannot use ${p.name}`,
    cannotWrite: (p) => `cannot write ${p.name}`,
    cannotReplace: (p) => `cannot replace ${p.name}`,
    failed: (p) => `${p.what}: ${p.reason}${p.code === undefined ? '' : ` (${p.code})`}`,
    locked: (p) => `cannot write ${p.name}: another build (process ${p.pid}) is writing to it; try again once it is done`,
    outside: (p) => `Refusing to write ${p.name}: it leads outside the output folder`,
    workerStopped: (p) => `A PDF worker stopped (exit code ${p.code})`,
    noMaker: (p) => `The ${p.format} publisher makes no file of ${p.comparison ? 'a comparison' : 'an edition'}`,
    noPackage: (p) => `No package ${p.name} is installed for ${p.from}`
  },
  library: {
    noStandard: (p) => `No standard ${p.standard} in the library (it has ${p.standards.join(', ') || 'none'})`,
    noStandardIn: (p) => `No standard ${p.standard} in ${p.root}`,
    noEdition: (p) => `No edition ${p.year} of ${p.standard} (it has ${p.years.join(', ') || 'no editions'})`,
    noSuchEdition: (p) => `No such edition: ${p.spec} (name a file, or <standard>@<year> such as q-zx-75.1861@2007)`,
    noSuchPath: (p) => `No such file or folder: ${p.path}`,
    unreadable: (p) => `Cannot read the file: ${p.reason}`,
    folder: 'it is a folder, expected a Markdown file',
    special: (p) => `it is ${{fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', other: 'not a regular file'}[p.kind]}, expected a Markdown file`,
    permission: 'permission denied',
    noFile: 'no such file',
    image: (p) => `Cannot read the image ${p.url}: ${p.reason}`,
    notImage: 'it is not a PNG, JPEG or SVG image matching its extension'
  },
  elements: {
    standard: 'standard', foreword: 'foreword', introduction: 'introduction', clause: 'clause', appendix: 'appendix', paragraph: 'paragraph', list: 'list',
    listItem: 'list item', note: 'note', example: 'example', table: 'table', tableRow: 'table row', tableCell: 'table cell',
    term: 'term entry', normativeReference: 'normative reference', revisionHistory: 'revision record', revisionRecord: 'row of the revision record',
    text: 'text', crossReference: 'cross-reference', standardReference: 'reference to a standard',
    figure: 'figure', image: 'image', formula: 'formula', inlineMath: 'inline formula', code: 'code listing', definitionList: 'list of symbols',
    definitionItem: 'entry of a list of symbols', definitionTerm: 'symbol', definitionDescription: 'explanation of a symbol', tableFootnote: 'table footnote',
    footnote: 'footnote', termSource: 'source of a term', bibliography: 'bibliography', bibliographyEntry: 'bibliography entry', termIndex: 'index',
    superscript: 'superscript', subscript: 'subscript', emphasis: 'emphasis', strong: 'strong emphasis', break: 'line break', other: 'content'
  },
  workflow: {
    badCode: (p) => `Unexpected code ${p.code}, expected a designation such as Q/ZX 75.1900`,
    noForeword: (p) => `${p.number} has no foreword to record the revision in`,
    noRecord: 'The foreword has no revision record (历次修订记录) to add a row to',
    notLater: (p) => `The next edition must be later than ${p.current}, not ${p.year}`,
    emptyPeople: (p) => `Unexpected empty ${p.option}, expected the ${p.name} to name`,
    notReadBack: (p) => `written in canonical form, this ${p.type} would not read back as it is; left as it was`,
    readsBackWithError: (p) => `written in canonical form, it would read back with an error (${p.reason}); left as it was`,
    released: (p) => `${p.number} is not a draft (status: draft): it was released already`,
    badIssued: (p) => `Unexpected issue date ${p.issued}, expected YYYY-MM-DD`,
    noRow: (p) => `The revision record has no row for ${p.number}`,
    unnamed: (p) => `the foreword does not name its ${p.names.join('、')} yet (【待填写…】): give ${p.options.map((option) => `--${option}`).join(', ')}`,
    notReleased: (p) => `Not released: ${p.reason}`,
    unconfirmed: (p) => `recorded claim not borne out by the changes: ${p.claim} — ${p.message}`,
    unconfirmedSummary: (p) => `Not released: ${p.count} recorded claim${p.count === 1 ? ' is' : 's are'} not borne out by the changes; correct the record, or release with --force`,
    changePlaceholder: (p) => `this entry of the change list is still a placeholder (【待填写…】): ${p.entry}`,
    changePlaceholders: (p) => `Not released: ${p.count} entr${p.count === 1 ? 'y' : 'ies'} of the change list still ${p.count === 1 ? 'is a placeholder' : 'are placeholders'}; fill them in, or leave only the placeholder entry to draft the list from the changes`,
    draftErrors: 'the draft has errors',
    editionErrors: 'the edition would have errors',
    errors: (p) => `Not released: ${p.why}`
  },
  importing: {
    describe: 'Import Word documents (.docx) as edition sources, written to <root>/<standard>/<year>.md with the figures\' files beside them',
    files: 'Word files (.docx; also .doc where LibreOffice is installed)',
    standard: 'The standard\'s folder, such as q-zx-75.1861 (default: from the number on the cover)',
    year: 'The edition\'s year (default: the year in the number on the cover; for one file only)',
    force: 'Overwrite an existing edition (only once the import has succeeded)',
    badStandard: (p) => `--standard ${p.standard} is not a standard's folder name: lower-case letters, digits, dots and hyphens only, such as q-zx-75.1861`,
    noFile: (p) => `no such file: ${p.file}`,
    notWord: (p) => `${p.file} is not a Word file: stdkit import reads .docx (and .doc where LibreOffice is installed)`,
    yearForSeveral: '--year is for one file only: importing several, each edition\'s year is read from its cover',
    noStandard: (p) => `no standard number found on the cover of ${p.file}: give the standard's folder with --standard (such as q-zx-75.1861)`,
    noYear: (p) => `no edition year found on the cover of ${p.file}: give it with --year`,
    exists: (p) => `${p.file} already exists: nothing written; add --force to overwrite it`,
    sameTarget: (p) => `${p.first} and ${p.second} would both be imported as ${p.target}: nothing written`,
    noSoffice: (p) => `${p.file} is a Word 97–2003 .doc file; converting it needs LibreOffice (soffice), which was not found: install LibreOffice, or save it as .docx in Word`,
    convertFailed: (p) => `LibreOffice could not convert ${p.file} to .docx: ${p.reason}`,
    converted: (p) => `converted ${p.file} to .docx with LibreOffice`,
    refused: (p) => `cannot import ${p.file}: ${p.reason} (nothing written)`,
    imported: (p) => `${p.file} → ${p.target}`,
    cover: (p) => (p.fields.length > 0 ? `  cover: ${p.fields.join(', ')}` : '  cover: no field recognised'),
    /** The cover's fields by their front-matter keys, named as the import lists those it recognised. */
    coverFields: {number: 'number', replaces: 'replaces', title: 'title', 'title-en': 'English title', category: 'category', ics: 'ICS', ccs: 'CCS', classification: 'classification', filing: 'filing number', adoption: 'adoption', 'document-type': 'document type', stage: 'stage', issuer: 'issuer', issued: 'issue date', effective: 'effective date', status: 'status'} as Record<string, string>,
    counts: (p) =>
      `  recognised: ${plural(p.chapters, 'chapter')}, ${plural(p.clauses, 'clause')}, ${plural(p.appendices, 'appendix', 'appendices')}, ${plural(p.terms, 'term')}, ${plural(p.tables, 'table')}, ${plural(p.figures, 'figure')}, ${plural(p.formulas, 'formula', 'formulas')}, ${plural(p.footnotes, 'footnote')}, ${plural(p.records, 'record row')} or changes`,
    unplaced: (p) => (p.count > 0 ? `  not placed: ${plural(p.count, 'paragraph')}, kept where they stood (below)` : '  not placed: none'),
    images: (p) => `  figure files: ${p.count}`,
    place: (p) => `paragraph ${p.paragraph} "${p.words}": `,
    checking: (p) => `checking ${p.folders.join(', ')}:`,
    summary: (p) => `imported ${plural(p.files, 'file')}: ${plural(p.files, 'edition')} and ${plural(p.images, 'figure file')} written`
  },
  docxRecognise: {
    unplaced: (p) => `paragraph ${p.paragraph} ("${p.words}") fits no part of the standard: kept as a plain paragraph where it stood`,
    coverLine: (p) => `cover paragraph ${p.paragraph} ("${p.words}") is none of the cover's fields: kept as a plain paragraph of the foreword`,
    noNumber: 'no standard number (such as Q/ZX 75.1861–2007) found on the cover: fill in number in the source written',
    noTitle: 'no title found on the cover: fill in title in the source written',
    emptyTable: (p) => `the table at paragraph ${p.paragraph} has no rows: left out`,
    tracked: 'the document has tracked changes (insertions, deletions or moves): imported as if they were all accepted',
    comparison: 'a comparison of two editions: read as the newer edition with every change accepted; the summary page is left out'
  },
  pdf: {
    noGlyph: (p) => `no glyph for "${p.char}" (U+${p.code}) in the embedded fonts`,
    failed: (p) => `cannot typeset ${p.file}: ${p.reason}${p.more > 0 ? `, and ${p.more} more` : ''}`,
    coverTitle: (p) => `title too long for the cover: ${p.lines} lines where ${p.fit} fit`,
    tableHeader: 'table header taller than a page, with no room left for its rows',
    image: (p) => `cannot read the image \`${p.url}\`: ${p.reason}`
  },
  docxRead: {
    notZip: 'not a Word document (.docx): the file is not a zip package',
    brokenZip: (p) => `the zip package is damaged and cannot be read: ${p.reason}`,
    doc: 'a Word 97–2003 .doc file, not a .docx: save it as .docx in Word, or convert it with soffice --headless --convert-to docx, then import it',
    encrypted: 'the document is encrypted (it has a password to open): remove the password in Word, save it, then import it',
    ole: 'an OLE compound file, not a .docx',
    tooLarge: (p) => `file too large: ${p.size}, the limit is ${p.limit}`,
    unpackedTooLarge: (p) => `too large once unpacked: ${p.size} in all, the limit is ${p.limit} (a zip bomb?)`,
    tooManyParts: (p) => `too many files in the zip package: ${p.count}, the limit is ${p.limit} (a zip bomb?)`,
    ratio: (p) => `${p.part} is compressed ${p.ratio}:1, more than ${p.limit}:1 (a zip bomb?)`,
    missingPart: (p) => `the required part ${p.part} is missing: the file is not a complete Word document`,
    xml: (p) => `broken XML in ${p.part} at line ${p.line}, column ${p.column}: ${p.reason}`
  },
  served: {
    forbidden: 'forbidden: the preview answers to localhost, 127.0.0.1 and [::1] only\n',
    method: 'method not allowed\n',
    badRequest: 'bad request\n',
    notFound: 'not found\n',
    internal: 'internal error\n'
  }
}
