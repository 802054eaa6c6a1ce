/**
 * A Word file the importer refuses: not a .docx, a .doc, an encrypted file,
 * too large, a part missing, broken XML. `rule` is a stable ASCII id
 * (`import-doc`, `import-too-large` …), the message comes from the catalogue;
 * `exitCode` is 2 for refused input (1 is left for a program the import
 * needs and cannot find). `part`, `line` and `column` say where, for XML.
 */
export class ImportError extends Error {
  readonly rule: string
  readonly exitCode: 1 | 2
  readonly part: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined

  constructor(rule: string, message: string, options: {exitCode?: 1 | 2; part?: string; line?: number; column?: number} = {}) {
    super(message)
    this.name = 'ImportError'
    this.rule = rule
    this.exitCode = options.exitCode ?? 2
    this.part = options.part
    this.line = options.line
    this.column = options.column
  }
}
