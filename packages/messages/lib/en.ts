/** The English catalogue, asked for by `--lang en`, `STDKIT_LANG=en` or an English locale. */
import type {Messages} from './zh.js'

const plural = (count: number, noun: string, nouns = `${noun}s`): string => `${count} ${count === 1 ? noun : nouns}`

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
    textOrJson: 'Output for people (text) or machines (json)'
  },
  reporter: {
    severity: {error: 'error', warning: 'warning', info: 'info'},
    clean: 'no issues found',
    summary: (p) =>
      `${plural(p.messages, 'message')} (${[p.errors > 0 ? `✖ ${plural(p.errors, 'error')}` : '', p.warnings > 0 ? `⚠ ${plural(p.warnings, 'warning')}` : ''].filter(Boolean).join(', ')})`
  },
  build: {
    describe: 'Check every standard under a folder and publish each edition and comparison (JSON, HTML, PDF)',
    root: 'Folder of standards: <root>/<standard>/<year>.md',
    out: 'Output folder, replaced as a whole when the build succeeds',
    only: 'Publish one standard, or one edition and its comparisons: q-zx-75.1861[@2007]',
    format: 'Formats to publish, comma-separated: json, html, pdf',
    force: 'Replace the output even when it is a file, or a folder stdkit did not make',
    watch: 'Keep running: rebuild what each change under the folder touches (Ctrl-C to stop)',
    badOnly: (p) => `Unexpected --only ${p.value}, expected <standard> or <standard>@<year>`,
    badFormat: (p) => `Unexpected format ${p.value}, expected ${p.formats.join(', ')}`,
    cannotTypeset: (p) => `cannot typeset:\n${p.reason}`,
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
    old: 'Older edition: a file, or <standard>@<year> such as q-zx-75.1861@2006',
    new: 'Newer edition, named the same way',
    root: 'Folder of standards for <standard>@<year> names',
    format: 'A redline for people (text) or the diff tree (json)',
    color: 'Colour the redline (default: when writing to a terminal)',
    all: 'List unchanged provisions too',
    sourceErrors: (p) => `cannot compare ${p.edition}: its source has errors`
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
    absent: 'not in this edition'
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
    drafted: 'revision record drafted from the changes:',
    asWritten: 'revision record as written:',
    forced: (p) => `released with --force: ${p.count} recorded claim${p.count === 1 ? ' is' : 's are'} not borne out:`,
    emptyNames: (p) => `Unexpected empty --${p.option}, expected names separated by 、 or commas`
  },
  serve: {
    describe: 'Preview the library on this machine, rebuilt as sources change, the open page reloading',
    port: 'Port to listen on (0: any free port)',
    host: 'Loopback address to listen on (127.0.0.1 or ::1)',
    notLoopback: (p) => `refusing to listen on ${p.host}: the preview serves this machine only (127.0.0.1 or ::1)`,
    previewing: (p) => `previewing ${p.root} at ${p.url} (Ctrl-C to stop)`
  },
  fmt: {
    describe: 'Rewrite edition sources in canonical Markdown (or, with --check, list those that are not)',
    check: 'Change nothing; exit with 1 if a file is not in canonical form',
    notCanonical: (p) => `not canonical: ${p.file}`,
    formatted: (p) => `formatted: ${p.file}`,
    notFormatted: (p) => `${plural(p.failed, 'file')} not formatted: ${p.broken ? 'fix the errors above first' : 'see above'}`,
    rewritten: (p) => `${p.changed} of ${p.total} files rewritten`
  },
  rules: {
    describe: 'List the rules the checker applies, with their ids and severities'
  }
}
