/**
 * The Chinese catalogue, stdkit's own language: its shape is `Messages`, which
 * every other catalogue must match key for key. A message with parameters is
 * a function of them, so each language orders its words as it needs.
 */

/** `a、b 或 c`: a list of choices as a sentence gives it. */
const either = (items: ReadonlyArray<string>): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items.at(-1)}`)

/** Markdown's constructs, as an author knows them: a message never prints the syntax tree's type names. */
const markdownNames: Readonly<Record<string, string>> = {
  link: '链接', linkReference: '链接引用', definition: '链接定义', image: '图片', imageReference: '图片引用',
  emphasis: '强调（斜体）', strong: '加粗', delete: '删除线', inlineCode: '行内代码', break: '强制换行', html: 'HTML',
  footnoteReference: '脚注引用', footnoteDefinition: '脚注定义', code: '代码块', blockquote: '引用块', heading: '标题',
  thematicBreak: '分隔线', list: '列项', listItem: '列项中的一项', table: '表格', paragraph: '段', math: '公式',
  inlineMath: '行内公式', yaml: '前置元数据', text: '文字'
}
const markdownName = (type: string): string => markdownNames[type] ?? 'Markdown 结构'

export const zh = {
  cli: {
    usage: '$0 <命令> [选项]\n\n对标准进行版本管理：检查、比较、格式化并发布。',
    nameCommand: (p: {commands: ReadonlyArray<string>}) => `请指定命令：${either(p.commands)}`,
    version: '显示 stdkit 的版本',
    lang: '界面语言：zh（中文）或 en（英文）（默认：STDKIT_LANG 或系统语言环境，否则为中文）',
    /** yargs' own words, by the English text yargs looks them up with. */
    yargs: {
      'Commands:': '命令：',
      'Options:': '选项：',
      'Positionals:': '位置参数：',
      'Examples:': '示例：',
      boolean: '布尔值',
      count: '计数',
      string: '字符串',
      number: '数字',
      array: '数组',
      required: '必填',
      default: '默认',
      'default:': '默认：',
      'choices:': '可选：',
      'aliases:': '别名：',
      'Show help': '显示帮助',
      'Invalid values:': '无效的值：',
      'Argument: %s, Given: %s, Choices: %s': '--%s %s，应为 %s 之一',
      'Missing required argument: %s': {one: '缺少选项 --%s', other: '缺少选项 %s'},
      'Not enough arguments following: %s': '--%s 后面应有一个值'
    },
    givenTimes: (p: {name: string; times: number}) => `${p.name} 给出了 ${p.times} 次，只应给出一次`,
    emptyValue: (p: {name: string}) => `${p.name} 的值不能为空`,
    notNumber: (p: {name: string}) => `${p.name} 后面应为一个数字`,
    badValue: (p: {name: string; value: string; expected: string}) => `无效的 --${p.name} ${p.value}，应为${p.expected}`,
    year: (p: {example: number}) => `四位数字的年份，如 ${p.example}`,
    date: '写作 YYYY-MM-DD 的真实日期',
    missingPositionals: (p: {names: ReadonlyArray<string>; form: string}) => `缺少 ${p.names.join(' 和 ')}：stdkit ${p.form}`,
    seeHelp: (p: {failure: string; help: string}) => `${p.failure}（见 ${p.help}）`,
    unknownCommand: (p: {name: string; commands: ReadonlyArray<string>}) => `未知命令 ${p.name}，应为 ${p.commands.join('、')} 之一`,
    unknownCommandMeant: (p: {name: string; meant: string}) => `未知命令 ${p.name}：是指 ${p.meant} 吗？`,
    optionMeant: (p: {option: string; meant: string}) => `${p.option}（是指 --${p.meant} 吗？）`,
    unknownOptions: (p: {options: ReadonlyArray<string>}) => `未知选项 ${p.options.join('、')}`,
    unexpectedArguments: (p: {names: ReadonlyArray<string>}) => `多余的参数 ${p.names.join('、')}`,
    together: (parts: ReadonlyArray<string>) => parts.join('；'),
    systemFailure: (p: {happened: string; doing: string; file: string | undefined; dest: string | undefined}) =>
      `${p.doing}${p.file === undefined ? '' : ` ${p.file}`}${p.dest === undefined ? '' : ` 到 ${p.dest}`} 时出错：${p.happened}`,
    internalError: (p: {message: string; stack: string | undefined}) =>
      `内部错误：${p.message}\n这是 stdkit 的缺陷：请连同所运行的命令一起报告${p.stack === undefined ? '（设置 STDKIT_DEBUG=1 可显示出错位置）' : `\n${p.stack}`}`,
    /** What went wrong, in the words of a person rather than of the system call. */
    happened: {
      ENOSPC: '设备上没有剩余空间',
      EDQUOT: '超出磁盘配额',
      EROFS: '只读文件系统',
      EACCES: '权限不足',
      EPERM: '不允许的操作',
      ENOTDIR: '不是文件夹',
      EISDIR: '是一个文件夹',
      ENOENT: '没有这个文件或文件夹',
      EEXIST: '已经存在',
      ENOTEMPTY: '文件夹不是空的',
      EMFILE: '打开的文件过多',
      ENFILE: '打开的文件过多',
      ENAMETOOLONG: '名称过长',
      ELOOP: '符号链接层数过多',
      EBUSY: '正忙',
      EIO: '输入/输出错误',
      EXDEV: '不能跨文件系统移动',
      EPIPE: '读取方已离开'
    },
    /** What the CLI was doing when the system call failed. */
    doing: {
      working: '处理',
      open: '打开',
      read: '读取',
      write: '写入',
      mkdir: '创建',
      rename: '移动',
      copyfile: '复制',
      unlink: '删除',
      rm: '删除',
      rmdir: '删除',
      scandir: '列出',
      opendir: '列出',
      stat: '读取',
      lstat: '读取',
      access: '读取',
      watch: '监视'
    },
    noFolder: (p: {folder: string}) => `没有这个文件夹：${p.folder}`,
    notFolder: (p: {folder: string}) => `不是文件夹：${p.folder}`,
    noEditions: (p: {folders: ReadonlyArray<string>}) => `在 ${p.folders.join('、')} 中找不到版本文件（<年份>.md）`,
    folderOfStandards: '标准所在的文件夹',
    paths: '版本文件，或要在其中查找 <年份>.md 文件的文件夹',
    textOrJson: '给人看的文本（text）或给程序用的 JSON（json）',
    reporter: '文本消息的格式：给人看的报告（text），每条一行的“文件:行:列: 级别: 消息 [规则]”（line），或 GitHub Actions 的工作流命令（github）',
    reporterWithJson: (p: {reporter: string}) => `--reporter ${p.reporter} 只用于文本输出，不能与 --format json 同用`,
  },
  reporter: {
    severity: {error: '错误', warning: '警告', info: '提示'},
    clean: '没有发现问题',
    summary: (p: {messages: number; errors: number; warnings: number}) =>
      `${p.messages} 条消息（${[p.errors > 0 ? `✖ ${p.errors} 个错误` : '', p.warnings > 0 ? `⚠ ${p.warnings} 个警告` : ''].filter(Boolean).join('，')}）`
  },
  build: {
    describe: '检查文件夹下的每个标准，发布每个版本及其比较（JSON、HTML、PDF、Word）',
    root: '标准所在的文件夹：<root>/<标准>/<年份>.md',
    out: '输出文件夹，构建成功时整体替换',
    only: '只发布一个标准，或一个版本及其比较：q-zx-75.1861[@2007]',
    everyFormat: '除 docx 外的全部格式',
    format: '要发布的格式，以逗号分隔（如 json,html）；给出未知的格式时列出所有格式',
    force: '即使输出是一个文件，或不是 stdkit 生成的文件夹，也替换它',
    watch: '持续运行：每次文件夹下有改动，重新构建受影响的部分（按 Ctrl-C 停止）',
    badOnly: (p: {value: string}) => `无效的 --only ${p.value}，应为 <标准> 或 <标准>@<年份>`,
    badFormat: (p: {value: string; formats: ReadonlyArray<string>}) => `无效的格式 ${p.value}，应为 ${p.formats.join('、')} 之一`,
    cannotTypeset: (p: {reason: string; out: string}) => `构建已停止：${p.reason}；${p.out} 保持原样`,
    stopped: (p: {errors: number; out: string}) => `构建已停止：源文件中有 ${p.errors} 个错误；${p.out} 保持原样`,
    built: (p: {editions: number; standards: number; out: string; files: number}) =>
      `已将 ${p.standards} 个标准的 ${p.editions} 个版本构建到 ${p.out}/（${p.files} 个文件）`,
    rebuilt: (p: {summary: string; ms: number; made: number}) => `${p.summary}，用时 ${p.ms} 毫秒，新生成 ${p.made} 项`,
    watching: (p: {root: string}) => `正在监视 ${p.root}（按 Ctrl-C 停止）`
  },
  check: {
    describe: '按起草规则（GB/T 1.1）检查各版本，并在版本之间相互核对',
    frail: '有警告时也以 1 退出',
    quiet: '只显示有消息的文件'
  },
  diff: {
    describe: '逐条比较两个版本：一份修订标记，或 JSON 格式的差异树',
    old: '较早的版本：一个文件，<标准>@<年份>（如 q-zx-75.1861@2006），或 git 修订版本中的文件 <修订版本>:<路径>（如 HEAD:standards/q-zx-75.1861/2007.md）',
    new: '较新的版本，写法相同',
    root: '解析 <标准>@<年份> 所用的标准文件夹',
    format: '给人看的修订标记（text）或差异树（json）',
    color: '为修订标记着色（默认：输出到终端时着色）',
    all: '同时列出未改变的条款',
    sourceErrors: (p: {edition: string}) => `无法比较 ${p.edition}：其源文件有错误`,
    /** An edition named as `<revision>:<path>`, read from git. */
    noGit: (p: {spec: string}) => `无法读取 ${p.spec}：没有安装 git`,
    noRepository: (p: {spec: string}) => `无法读取 ${p.spec}：当前文件夹不在 git 仓库中`,
    unknownRevision: (p: {spec: string; revision: string}) => `无法读取 ${p.spec}：git 中没有修订版本 ${p.revision}`,
    notInRevision: (p: {spec: string; revision: string; path: string}) =>
      `无法读取 ${p.spec}：修订版本 ${p.revision || '暂存区'} 中没有文件 ${p.path}`,
    gitFailed: (p: {spec: string; reason: string}) => `无法读取 ${p.spec}：git 出错（${p.reason}）`
  },
  history: {
    describe: '显示一个条款在标准各版本中的变化历程',
    standard: '标准：其文件夹（q-zx-75.1861）或代号（Q/ZX 75.1861）',
    clause: '条款：在包含它的最新版本中的编号（4.2）、附录字母或标识',
    format: '给人看的表格（text）或 JSON 格式的历程',
    noStandard: (p: {standard: string; root: string; known: ReadonlyArray<string>}) =>
      `${p.root} 中没有标准 ${p.standard}（现有：${p.known.length === 0 ? '无' : p.known.join('、')}）`,
    cannotTrace: (p: {clause: string; broken: number}) => `无法追溯 ${p.clause}：${p.broken} 个版本有错误`,
    noProvision: (p: {clause: string; standard: string}) => `${p.standard} 的任何版本中都没有条款 ${p.clause}`,
    heading: (p: {designation: string; number: string; title: string; id: string}) => `${p.designation} ${p.number} ${p.title}（标识 ${p.id}）`,
    absent: '本版本中没有',
    /** What a provision went through in an edition, and how its change is classed. */
    kinds: {unchanged: '未变', modified: '修改', added: '新增', removed: '删除', moved: '移动', renumbered: '重新编号', retitled: '标题更改', split: '拆分', merged: '合并'},
    classifications: {technical: '技术性', editorial: '编辑性', review: '待核实'},
    entry: (p: {kinds: ReadonlyArray<string>; classification: string | undefined}) => [p.kinds.join('、'), p.classification].filter(Boolean).join('；')
  },
  /** `stdkit refs`, and the citations to review that `stdkit build` reports. */
  refs: {
    describe: '列出标准库中引用一个标准的标准（注日期或不注日期，哪个版本，在哪一条），以及它自身引用的标准',
    format: '给人看的列表（text）或 JSON',
    cannotList: (p: {broken: number}) => `无法列出引用：标准库中 ${p.broken} 个版本有错误`,
    heading: (p: {designation: string; title: string; years: ReadonlyArray<number>}) => `${p.designation}《${p.title}》（标准库中的版本：${p.years.join('、')}）`,
    citedBy: (p: {count: number}) => `被引用（标准库中 ${p.count} 个标准）：`,
    cites: (p: {number: string}) => `${p.number} 引用：`,
    none: '无',
    dated: (p: {year: number}) => `注日期引用 ${p.year} 版`,
    undated: (p: {year: number | undefined}) => (p.year === undefined ? '不注日期引用' : `不注日期引用，现指向 ${p.year} 版`),
    outside: '（不在标准库中）',
    separator: '；',
    places: (p: {places: ReadonlyArray<string>}) => `见${p.places.join('、')}`,
    chapter: (p: {number: string}) => `第${p.number}章`,
    appendix: (p: {number: string}) => `附录${p.number}`,
    bibliography: '参考文献',
    introduction: '引言',
    reviews: (p: {count: number}) => `需复核的不注日期引用 ${p.count} 处（被引用的标准在引用它的版本发布后有了新版本）：`,
    review: (p: {citing: string; cited: string; drafted: number | undefined; newer: ReadonlyArray<number>}) =>
      `${p.citing} 不注日期引用 ${p.cited}：${p.drafted === undefined ? '' : `发布时适用 ${p.drafted} 版，`}其后发布了 ${p.newer.join('、')} 版，现指向 ${p.newer.at(-1)} 版`
  },
  new: {
    describe: '新建标准：一份带有 GB/T 1.1 所要求各章的第一版草案',
    code: '标准代号，如 "Q/ZX 75.1900"',
    title: '标准名称',
    year: '第一版的年份（默认：今年）',
    exists: (p: {folder: string; slug: string}) => `${p.folder} 已经存在：请用 \`stdkit revise ${p.slug}\` 修订该标准`,
    created: (p: {file: string}) => `已创建 ${p.file}：一份草案；请填写 \`stdkit check\` 列出的占位符（【待填写…】）`
  },
  revise: {
    describe: '以标准的现行版本为基础，开始下一版的草案',
    standard: '标准：其文件夹，如 q-zx-75.1861',
    year: '新版本的年份（默认：今年）',
    noStandard: (p: {standard: string; root: string}) => `${p.root} 中没有标准 ${p.standard}`,
    draftAlready: (p: {file: string}) => `${p.file} 已经是草案：请先发布它，再开始下一版`,
    exists: (p: {file: string}) => `${p.file} 已经存在`,
    created: (p: {file: string; replacing: string; edition: string}) =>
      `已创建 ${p.file}：下一版的草案，代替 ${p.replacing}；写好其修订内容后，用 \`stdkit release ${p.edition}\` 给出日期和人员`
  },
  release: {
    describe: '将草案发布为正式版本：日期、历次版本、相关人员，并按实际修改核对修订记录',
    edition: '草案：<标准>@<年份>，如 q-zx-75.1861@2008',
    issued: '发布日期，YYYY-MM-DD',
    effective: '实施日期，YYYY-MM-DD',
    departments: '本次标准修订部门，以 、 或逗号分隔',
    drafters: '本次标准修订人，以 、 或逗号分隔',
    reviewers: '本次标准审核人，以 、 或逗号分隔',
    approver: '本次发布批准人',
    force: '即使修订记录中的某项说明未得到证实也发布（检查仍须通过）',
    badEdition: (p: {edition: string}) => `无效的版本 ${p.edition}，应为 <标准>@<年份>`,
    noEdition: (p: {edition: string; root: string}) => `${p.root} 中没有版本 ${p.edition}`,
    leftAsItWas: (p: {reason: string; file: string}) => `${p.reason}\n${p.file} 保持原样`,
    released: (p: {file: string; issued: string; effective: string}) => `已发布 ${p.file}（${p.issued}发布，${p.effective}实施）`,
    drafted: (p: {list: boolean}) => `根据实际修改起草的${p.list ? '技术变化清单' : '修订记录'}：`,
    asWritten: (p: {list: boolean}) => `${p.list ? '技术变化清单' : '修订记录'}（按原文）：`,
    forced: (p: {count: number}) => `已用 --force 发布：修订记录中有 ${p.count} 项说明未得到证实：`,
    emptyNames: (p: {option: string}) => `--${p.option} 不能为空，应为以 、 或逗号分隔的名字`
  },
  serve: {
    describe: '在本机预览标准库，源文件改动时重新构建，打开的页面随之刷新',
    port: '监听的端口（0：任一空闲端口）',
    host: '监听的回环地址（127.0.0.1 或 ::1）',
    notLoopback: (p: {host: string}) => `拒绝监听 ${p.host}：预览只服务本机（127.0.0.1 或 ::1）`,
    previewing: (p: {root: string; url: string}) => `正在预览 ${p.root}，地址 ${p.url}（按 Ctrl-C 停止）`,
    badPort: (p: {port: string}) => `--port ${p.port} 不可用，应为 0 到 65535 之间的整数（0：任一空闲端口）`,
    portInUse: (p: {port: number}) => `端口 ${p.port} 已被占用，请用 --port 另选一个`,
    cannotListen: (p: {host: string; port: number; reason: string}) => `无法在 ${p.host} 的端口 ${p.port} 上监听：${p.reason}`,
    cannotRead: (p: {root: string; reason: string}) => `无法读取 ${p.root}：${p.reason}`
  },
  fmt: {
    describe: '以规范的 Markdown 重写版本源文件（或用 --check 列出不规范的文件）',
    check: '不做任何修改；若有文件不是规范形式则以 1 退出',
    notCanonical: (p: {file: string}) => `不规范：${p.file}`,
    formatted: (p: {file: string}) => `已格式化：${p.file}`,
    notFormatted: (p: {failed: number; broken: boolean}) => `${p.failed} 个文件未格式化：${p.broken ? '请先修正上面的错误' : '见上文'}`,
    rewritten: (p: {changed: number; total: number}) => `已重写 ${p.total} 个文件中的 ${p.changed} 个`
  },
  /** The parser's diagnostics: what in the Markdown cannot be read as a standard. */
  parser: {
    listMarker: '`·` 列项的上面没有 `——` 列项，`·` 只用于第二层',
    tableText: '看似表格的文字不是表格，表格应有表头行和分隔行（`| - |`），且单元格数相同',
    listDepth: '列项不应有第三层，最多两层：第三层会被略去',
    inListItem: (p: {type: string}) => `列项中不应有${markdownName(p.type)}，列项中只能有文字和至多一层嵌套列项：它会被略去，请移出列项`,
    blockQuote: '不应有引用块，应为段：其内容按段保留',
    blockLeftOut: (p: {type: string}) => `不应有${markdownName(p.type)}，应为段、列项或表格：它会被略去`,
    inline: (p: {type: string}) => `不应有${markdownName(p.type)}，应为纯文本：它按纯文本保留`,
    imagePath: (p: {url: string}) =>
      `图片路径 \`${p.url}\` 有误，应为标准文件夹内以 \`/\` 分隔的相对路径（不带协议，不以 \`/\` 开头，不以 \`..\` 离开文件夹），扩展名为 .png、.jpg、.jpeg 或 .svg`,
    figureCaption: '图片之后缺少图题，应在图片及其说明、注和脚注之后写 `图1　标题`：这幅图不编号',
    tableSpan: (p: {kind: 'row' | 'left' | 'above'}) =>
      ({
        row: '表格的一行全为合并单元格（`^`、`<`），应至少有一个单元格有内容：这一行被略去',
        left: '单元格 `<` 的左边没有单元格，`<` 应并入左边的单元格：它按文字保留',
        above: '单元格 `^` 的上面没有单元格，`^` 应并入上面的单元格：它按文字保留'
      })[p.kind],
    footnoteUndefined: (p: {label: string}) => `脚注 \`[^${p.label}]\` 没有定义，应在文件中写出 \`[^${p.label}]: 脚注的文字。\``,
    footnoteUnused: (p: {label: string}) => `脚注 \`[^${p.label}]\` 的定义没有被引用，应在正文中以 \`[^${p.label}]\` 引用它，或删去它`,
    formulaNumber: (p: {meta: string}) => `公式编号 \`${p.meta}\` 有误，应为 \`（1）\` 或附录中的 \`（A.1）\`：这个公式不编号`,
    termIndex: '`索引` 下不应有内容，应为空：索引由术语条目生成，这些内容被略去',
    rowCells: (p: {cells: number; columns: number}) => `一行有 ${p.cells} 个单元格，应与表头一样为 ${p.columns} 个`,
    noFrontMatter: '缺少前置元数据，文件开头的 `---` 行之间应为封面数据（`number`、`title`…）',
    invalidYaml: (p: {error: string}) => `前置元数据无效：${p.error}`,
    frontMatterLines: '前置元数据有误，应为 `键: 值` 行',
    coverField: (p: {key: string; fields: ReadonlyArray<string>}) => `未知的封面字段 \`${p.key}\`，应为 ${p.fields.map((field) => `\`${field}\``).join('、')} 之一`,
    coverValue: (p: {key: string}) => `\`${p.key}\` 的值有误，应为文字`,
    missingField: (p: {field: string}) => `缺少封面字段 \`${p.field}\`，应在前置元数据中写明`,
    status: (p: {status: string}) => `状态 \`${p.status}\` 有误，应为 \`draft\` 或 \`published\``,
    coverList: (p: {key: string}) => `\`${p.key}\` 的值有误，应为文字或文字的列表`,
    stage: (p: {stage: string}) => `草案阶段 \`${p.stage}\` 有误，应为 \`征求意见稿\`、\`送审稿\` 或 \`报批稿\``,
    adoption: (p: {value: string}) => `采用关系 \`${p.value}\` 有误，应为所采用的文件和一致性程度（IDT、MOD 或 NEQ），如 \`ISO 690:2010, MOD\``,
    ics: (p: {value: string}) => `ICS 号 \`${p.value}\` 有误，应为 \`35.240\` 或 \`35.240.40\` 这样的分类号`,
    classification: (p: {key: string; value: string}) => `\`${p.key}\` 的分类号 \`${p.value}\` 有误，应为一个大写字母和两位数字，如 \`L 70\``,
    filing: (p: {value: string}) => `备案号 \`${p.value}\` 有误，应为顺序号、连接号和年份，如 \`12345—2024\``,
    emptyFile: '文件为空，应为一个版本：前置元数据、`# 前言` 和各章',
    nul: (p: {count: number}) => `不应有 NUL 字符${p.count > 1 ? `（文件中共 ${p.count} 个）` : ''}，应为文字：这是二进制文件吗？`,
    nesting: (p: {depth: number; max: number; lines: number}) => `嵌套深达 ${p.depth} 层（引用块、列项或缩进），最多 ${p.max} 层：${p.lines === 1 ? '该行' : `这 ${p.lines} 行`}会被略去`,
    tableWidth: (p: {cells: number; max: number; lines: number}) => `表格的一行有 ${p.cells} 个单元格，最多 ${p.max} 列：${p.lines === 1 ? '该行' : `这 ${p.lines} 行`}会被略去`,
    tooDeep: '嵌套过深，无法读取，文档应更扁平：该文件被略去',
    revisionColumns: (p: {found: string; expected: string}) => `修订记录的列 \`${p.found}\` 有误，应为 \`${p.expected}\``,
    recordOutside: '修订记录不应在前言之外，应在 `# 前言` 中',
    beforeChapter: (p: {type: string}) => `第1章之前不应有${markdownName(p.type)}，它应在前言或某个编号的章中`,
    beforeForeword: (p: {type: string}) => `\`# 前言\` 之前不应有${markdownName(p.type)}，应先写前言`,
    titleHeading: (p: {text: string; title: string}) => `标题 \`${p.text}\` 有误，应与封面的标准名称 \`${p.title}\` 一致`,
    anchor: (p: {anchor: string}) => `锚点 \`{#${p.anchor}}\` 有误，应由小写字母、数字和连字符组成，并以字母开头`,
    unclosedAnchor: '标题末尾的 `{#` 缺少 `}`，锚点应写作如 `{#service-etiquette}`',
    heading: (p: {raw: string}) => `标题 \`${p.raw}\` 有误，应为编号的条（\`4.2 服务礼仪\`）或附录（\`附录A（规范性附录）标题\`）`,
    headingDepth: (p: {found: string; expected: string}) => `标题层级 ${p.found} 有误，这个编号应为 ${p.expected}`,
    invalidUtf8: (p: {byte: string}) => `无效的 UTF-8（字节 0x${p.byte}），文件应为 UTF-8 编码：其中是否有 GBK 或其他编码的部分？`
  },
  checker: {
    draft: (p: {reason: string}) => `${p.reason}（草案）`,
    appendix: (p: {letter: string}) => `附录${p.letter}`,
    table: (p: {number: string | undefined}) => `表${p.number ?? ''}`,
    none: '（无）',
    'required-element': {
      description: '标准应有前言、第1章 范围、第2章 规范性引用文件、第3章 术语和定义，以及至少一个技术要素章。',
      foreword: '缺少前言：标准以 `# 前言` 开始',
      chapter: (p: {number: string; title: string}) => `缺少第${p.number}章 ${p.title}：即使为空，GB/T 1.1 也要求有此章`,
      core: '缺少技术要素章：在 1 范围、2 规范性引用文件、3 术语和定义 之后，标准至少需要一章要求'
    },
    'element-order': {
      description: '要素的顺序为：前言、引言、1 范围、2 规范性引用文件、3 术语和定义、技术要素章，然后是附录。',
      preliminary: (p: {name: string}) => `${p.name} 不应在各章之后，应在第1章之前`,
      afterAppendix: (p: {number: string}) => `第${p.number}章不应在附录之后，附录应在最后一章之后`,
      misplaced: (p: {title: string; number: string; expected: string}) => `${p.title} 不应为第${p.number}章，应为第${p.expected}章`,
      taken: (p: {number: string; title: string; expected: string}) => `第${p.number}章 \`${p.title}\` 有误，第${p.number}章应为 ${p.expected}`
    },
    'references-structure': {
      description: '第2章 规范性引用文件是一份文件清单，不再细分为条。',
      subclause: (p: {number: string}) => `规范性引用文件中不应有条 ${p.number}，该章应是一份文件清单`
    },
    'chapter-numbering': {
      description: '章按 1、2、3…连续编号，不留空缺，且每章都有标题。',
      number: (p: {number: string; expected: number}) => `章号 ${p.number} 有误，应为 ${p.expected}：章应连续编号`,
      title: (p: {number: string}) => `第${p.number}章缺少标题：每章都应有标题`
    },
    'clause-numbering': {
      description: '条的编号延续其上级的编号，并接续前一个同级条（4.1、4.2；附录A 中为 A.1、A.2）。',
      number: (p: {number: string; parent: string; appendix: boolean; expected: string}) => `${p.parent} 下的编号 ${p.number} 有误，应为 ${p.expected}`
    },
    'lone-subclause': {
      description: '一个层次至少有两个条时才设条：有 10.1 就应有 10.2。',
      lone: (p: {number: string; parent: string}) => `${p.parent} 下只有一个条 ${p.number}，不应单独设条：其内容应归入 ${p.parent} 本身`
    },
    'clause-depth': {
      description: '条最多分为五层（5.1.1.1.1）。',
      deep: (p: {number: string; depth: number; max: number}) => `条 ${p.number} 在第 ${p.depth} 层，最多只能有 ${p.max} 层`
    },
    'clause-title': {
      description: '同一层次的条，要么都有标题，要么都没有；无标题的条不再细分。',
      title: (p: {number: string; parent: string}) => `${p.number} 缺少标题：${p.parent} 下的同级条都有标题`,
      untitled: (p: {number: string}) => `无标题的 ${p.number} 下不应再分条`
    },
    'appendix-order': {
      description: '附录按 A、B、C…的顺序编号；只有一个附录时也编为附录A。',
      letter: (p: {letter: string; expected: string}) => `附录${p.letter} 有误，应为附录${p.expected}：附录应按顺序编号`
    },
    'appendix-label': {
      description: '每个附录都标明规范性或资料性：`（规范性附录）`/`（资料性附录）`，或 2020 年的形式 `（规范性）`/`（资料性）`。',
      missing: (p: {letter: string}) => `附录${p.letter} 缺少性质标注：在其标题前写 \`附录${p.letter}（规范性附录）\` 或 \`附录${p.letter}（资料性附录）\``
    },
    'appendix-foreword': {
      description: '前言中的 `本标准附录A、B、C为规范性附录。` 与各附录的标注一致。',
      missing: '前言中缺少对附录的说明，应有如 `本标准附录A、B、C为规范性附录。` 的句子',
      statement: (p: {kind: string; stated: string; labelled: string}) => `前言所述${p.kind}附录 \`${p.stated}\` 与附录的标注不符，应为 \`${p.labelled}\``
    },
    'terms-lead-in': {
      description: '第3章 术语和定义 以引导语开始，用词合乎所依据的 GB/T 1.1：`下列术语和定义适用于本文件。`（2020、2009），`……适用于本标准。`（2000；部分为本部分），`X界定的以及下列术语和定义适用于本文件。`；没有术语时为 `本文件没有需要界定的术语和定义。`。',
      missing: (p: {number: string; expected: string}) => `第${p.number}章 术语和定义 缺少引导语，应为 \`${p.expected}\``,
      wording: (p: {word: string; expected: string; era: string}) => `术语的引导语中不应为 \`${p.word}\`，应为 ${p.expected}${p.era === '' ? '' : `（按照${p.era}起草）`}`,
      none: (p: {sentence: string; first: string}) => `不应有 \`${p.sentence}\`：本章界定了术语 ${p.first} 等，应为 \`下列术语和定义适用于……。\``,
      empty: (p: {sentence: string; expected: string}) => `引导语 \`${p.sentence}\` 之后没有术语条目，应为 \`${p.expected}\``
    },
    'term-without-term': {
      description: '每个术语条目（3.1、3.2 ……）在编号之后给出术语本身，其后可有英文对应词。',
      missing: (p: {number: string}) => `术语条目 ${p.number} 缺少术语：在编号之后写出术语（\`### ${p.number} 术语 english\`）`
    },
    'self-reference': {
      description: '文件称呼自身的用词合乎所依据的 GB/T 1.1：2020 为 `本文件`；2000、2009 为 `本标准`，部分（标题中有 `第N部分`）为 `本部分`，2009 的引导语中也用 `本文件`。引号和书名号中的文字不算。',
      word: (p: {word: string; expected: string; reason: string; era: string}) =>
        `不应用 \`${p.word}\` 称呼本文件，应为 \`${p.expected}\`：${p.reason === 'era' ? `按照${p.era}起草的文件称本文件` : p.reason === 'part' ? '标题中有“第N部分”，这是标准的一个部分' : '这不是标准的一个部分'}`
    },
    'hanging-paragraph': {
      description: '按照 GB/T 1.1—2009 或 —2020 起草的文件中，章或条的标题与其第一个条之间不设段（悬置段，2020 的 7.3）；第2章、第3章 的引导语除外。',
      hanging: (p: {parent: string; first: string; era: string}) => `${p.parent} 的标题与其第一个条 ${p.first} 之间不应有悬置段（${p.era}）：将它编为一条（如“总则”），或移入条中`
    },
    'appendix-uncited': {
      description: '每个规范性附录都在正文的要求中被引用：`应符合附录A的规定`，或在含“应”的句子中 `见附录A`（GB/T 1.1—2020 的 9.6）。',
      uncited: (p: {letter: string}) => `规范性附录${p.letter} 未在正文的要求中被引用：写出 \`……应符合附录${p.letter}的规定\`，或将其标为资料性附录`
    },
    'cross-reference': {
      description: '每个交叉引用（`见5.2`、`见附录A`、`见表1`、`见图1`、`见公式（1）`、`见第5章`）都指向同一版本中的条、附录、表、图或公式。',
      unresolved: (p: {text: string; kind: 'clause' | 'chapter' | 'appendix' | 'table' | 'figure' | 'formula'; target: string}) =>
        `无法解析的引用 \`${p.text}\`：本版本中没有${{clause: `条 ${p.target}`, chapter: `第${p.target}章`, appendix: `附录${p.target}`, table: `表${p.target}`, figure: `图${p.target}`, formula: `公式（${p.target}）`}[p.kind]}`
    },
    'reference-cited': {
      description: '规范性引用文件中列出的每个文件都在正文中被引用，否则它就不是规范性的。',
      uncited: (p: {designation: string}) => `规范性引用文件 ${p.designation} 未被引用：在正文中引用它（\`按${p.designation}的规定\`），或将其从第2章删除`
    },
    'normative-reference': {
      description: '第2章 的每个条目以某个代号可识别的标准编号开始（`GB/T 7714—2015　标题`、`JR/T 0001`、`Q/ZX 75.1760`、`ISO 690:2010`），或以《》给出文件名称；注日期的引用在文库中有该版本（文库中有该标准时）。',
      unrecognised: (p: {entry: string}) => `无法识别的规范性引用文件条目 \`${p.entry}\`：应以标准编号开始（\`GB/T 7714—2015　信息与文献　参考文献著录规则\`），或以《》给出文件名称`,
      edition: (p: {designation: string; year: number; years: string}) => `文库中没有 ${p.designation} 的 ${p.year} 年版，只有 ${p.years} 年版：核对注日期引用的年号`
    },
    'duplicate-id': {
      description: '条、术语、附录和表的标识（编号或明确的 `{#锚点}`）在一个版本内唯一。',
      duplicate: (p: {name: string; id: string}) => `重复的 ${p.name}：其标识 \`${p.id}\` 已被前面的 ${p.name} 使用，每个条款应有自己的编号或锚点`,
      taken: (p: {name: string; id: string; first: string}) => `${p.name} 上的标识 \`${p.id}\` 重复，已被 ${p.first} 使用：请给每个条款一个自己的锚点`
    },
    'reserved-id': {
      description: '`{#锚点}` 不得使用发布页面留给自身部件的标识：`main`、`body`、`foreword`、`toc-title`、`inline`…，以 `-title` 结尾、以 `std-` 开头或由编号构成的标识（`clause-5`、`table-1`），也不得使其标题得到这样的标识（`toc`）。',
      reserved: (p: {id: string; name: string}) => `${p.name} 上的锚点 \`{#${p.id}}\` 是保留的：发布页面把这个标识或其标题的标识用于自身的部件，请换一个锚点`
    },
    'note-requirement': {
      description: '注和示例只提供信息：条款中的注、表注、图注、条目的注和示例都不含 应/不应/宜/必须/严禁/禁止/不得 等要求；引号（“”「」『』）中引述的文字不算。',
      requirement: (p: {word: string; kind: 'note' | 'example' | 'table' | 'figure' | 'entry'}) =>
        `${{note: '注', example: '示例', table: '表注', figure: '图注', entry: '条目的注'}[p.kind]}中不应有要求 \`${p.word}\`，要求应写在条款本身的文字${p.kind === 'table' || p.kind === 'figure' ? '或脚注' : ''}中`
    },
    'figure-numbering': {
      description: '图在正文中按出现顺序连续编号（图1、图2…），在每个附录中重新编号（图A.1、图A.2…）。',
      number: (p: {found: string; expected: string; letter: string | undefined}) => `图${p.found} 的编号有误，应为 图${p.expected}${p.letter === undefined ? '（正文中的图编为 图1、图2…）' : `（附录${p.letter}中的图编为 图${p.letter}.1、图${p.letter}.2…）`}`
    },
    'table-numbering': {
      description: '表在正文中按出现顺序连续编号（表1、表2…），在每个附录中重新编号（表A.1、表A.2…）。',
      number: (p: {found: string; expected: string; letter: string | undefined}) => `表${p.found} 的编号有误，应为 表${p.expected}${p.letter === undefined ? '（正文中的表编为 表1、表2…）' : `（附录${p.letter}中的表编为 表${p.letter}.1、表${p.letter}.2…）`}`
    },
    'formula-numbering': {
      description: '编号的公式在正文中按出现顺序连续编号（（1）、（2）…），在每个附录中重新编号（（A.1）、（A.2）…）。',
      number: (p: {found: string; expected: string; letter: string | undefined}) => `公式（${p.found}）的编号有误，应为（${p.expected}）${p.letter === undefined ? '（正文中的公式编为（1）、（2）…）' : `（附录${p.letter}中的公式编为（${p.letter}.1）、（${p.letter}.2）…）`}`
    },
    'figure-cited': {
      description: '每个编号的图都在文中被提及（`见图1`、`如图1所示`）；附录中的图，附录被引用（`见附录A`）即可。',
      uncited: (p: {number: string}) => `图${p.number} 未在文中被提及：在文中写出 \`见图${p.number}\` 或 \`如图${p.number}所示\``
    },
    'table-cited': {
      description: '每个编号的表都在文中被提及（`见表1`、`应符合表1的规定`）；附录中的表，附录被引用（`见附录A`）即可。',
      uncited: (p: {number: string}) => `表${p.number} 未在文中被提及：在文中写出 \`见表${p.number}\` 或 \`应符合表${p.number}的规定\``
    },
    'note-numbering': {
      description: '单独一个注写作 `注：`，连续几个注写作 `注1：`、`注2：`…（条款、表、图中的注和条目的注都如此；GB/T 1.1—2020 的条目的注总是编号）。',
      number: (p: {found: string; expected: string}) => `注的编号有误：\`${p.found}\` 应为 \`${p.expected}\`（单独一个注不编号，连续几个注编为 注1、注2…）`
    },
    'example-numbering': {
      description: '单独一个示例写作 `示例：`，连续几个示例写作 `示例1：`、`示例2：`…。',
      number: (p: {found: string; expected: string}) => `示例的编号有误：\`${p.found}\` 应为 \`${p.expected}\`（单独一个示例不编号，连续几个示例编为 示例1、示例2…）`
    },
    'table-footnote': {
      description: '表或图中的每个脚注引注（`^a^`）都有其脚注，每个脚注都被引注；脚注按 a、b、c… 的顺序编排。',
      undefined: (p: {label: string; name: string}) => `${p.name}中的脚注引注 \`${p.label}\` 没有对应的脚注：在${p.name}之后写出 \`^${p.label}^　……\``,
      uncalled: (p: {label: string; name: string}) => `${p.name}的脚注 ${p.label} 未被引注：在${p.name}中用 \`^${p.label}^\` 引注它，或删除它`,
      order: (p: {label: string; expected: string; name: string}) => `${p.name}的脚注 ${p.label} 的顺序有误，应为 ${p.expected}（脚注按 a、b、c… 编排）`
    },
    formula: {
      description: '每个公式（显示公式和行内公式）都能被排版：LaTeX 有误的公式在其位置报错。',
      invalid: (p: {tex: string; error: string}) => `公式 \`${p.tex}\` 无法排版：${p.error}`
    },
    'back-matter-order': {
      description: '参考文献在附录之后，索引在最后。',
      bibliography: (p: {after: string}) => `参考文献不应在${p.after}之前：参考文献应在附录之后`,
      index: (p: {after: string}) => `索引不应在${p.after}之前：索引应在文件的最后`
    },
    'term-source': {
      description: '术语条目的来源（`[来源：…]`）给出文件（标准编号或书名号中的名称）和其中的条款（`GB/T 20000.1—2014，3.1`）。',
      document: (p: {source: string}) => `来源 \`${p.source}\` 没有给出文件：应以标准编号（\`GB/T 20000.1—2014\`）或《文件名称》开始`,
      clause: (p: {source: string}) => `来源 \`${p.source}\` 没有给出条款：在文件之后写出条款编号（\`GB/T 20000.1—2014，3.1\`）`
    },
    placeholder: {
      description: '正式版本中不留占位符（`【待填写…】`）；草案中可以有，作为警告。',
      cover: (p: {placeholder: string; field: string}) => `封面的 \`${p.field}\` 中留有占位符 \`${p.placeholder}\`：请填写`,
      record: (p: {placeholder: string}) => `修订记录中留有占位符 \`${p.placeholder}\`：请填写`,
      text: (p: {placeholder: string}) => `正文中留有占位符 \`${p.placeholder}\`：请填写`,
      heading: (p: {placeholder: string}) => `标题中留有占位符 \`${p.placeholder}\`：请填写`
    },
    'control-character': {
      description: '源文件中没有控制字符（ESC、BEL、退格…：除制表符和换行外的 C0、DEL、C1）；NUL 属于 `encoding` 错误。',
      found: (p: {code: string; count: number}) => `意外的控制字符 ${p.code}${p.count > 1 ? `（本行共 ${p.count} 个）` : ''}，应为文字：请删除`
    },
    'cover-number': {
      description: '编号和被代替的编号写作 `GB/T 7714—2015` 或 `Q/ZX 75.1861–2007`：代号、空格、顺序号、连接号（按标准的类别为一字线或半字线）、四位年份。',
      number: (p: {value: string; replaced: boolean; dash: '–' | '—' | undefined; example: string}) =>
        `${p.replaced ? '被代替的编号' : '编号'} \`${p.value}\` 有误：${p.dash === undefined ? `应为代号、空格、顺序号、连接号和年份，如 \`${p.example}\`` : `年份前应为连接号（${p.dash}，U+${p.dash === '–' ? '2013' : '2014'}）`}`
    },
    'cover-number-dash': {
      description: '编号中年份前的连字符（-）按连接号读取、保留和比较；封面按标准的类别印一字线（—）或半字线（–）。'
    },
    'cover-date': {
      description: '发布日期（`issued`）和实施日期（`effective`）是写作 `YYYY-MM-DD` 的真实日期；草案可以不写。',
      missing: (p: {field: 'issued' | 'effective'; draft: boolean}) =>
        `缺少${p.field === 'issued' ? '发布' : '实施'}日期${p.draft ? '：草案发布时填写' : `，应在前置元数据中写 \`${p.field}: YYYY-MM-DD\``}`,
      invalid: (p: {field: 'issued' | 'effective'; value: string}) => `${p.field === 'issued' ? '发布' : '实施'}日期 \`${p.value}\` 无效，应为写作 YYYY-MM-DD 的真实日期`
    },
    'cover-effective': {
      description: '版本不得在发布之前实施。',
      early: (p: {effective: string; issued: string}) => `实施日期 ${p.effective} 早于发布日期 ${p.issued}：版本应在发布当日或之后实施`
    },
    'cover-replaces': {
      description: '第一版之后的每个版本都写明它所代替的版本（`replaces`，代替）。',
      missing: '前置元数据中缺少 `replaces`：修订记录中有更早的版本，因此本版本代替其中之一',
      itself: (p: {number: string}) => `被代替的编号 \`${p.number}\` 是本版本自身，应为更早的版本`
    },
    'foreword-replaces': {
      description: '前言中的 `本标准自实施之日起代替…` 与封面的 `replaces` 是同一个版本。',
      missing: (p: {cover: string}) => `前言中缺少句子 \`本标准自实施之日起代替${p.cover}。\`：封面写明本版本代替 ${p.cover}`,
      different: (p: {stated: string; cover: string | undefined}) => `前言中的 \`代替${p.stated}\` 有误，应与封面一致：${p.cover ?? '不代替任何版本'}`
    },
    'foreword-record': {
      description: '修订记录最新的一行是本版本：其编号、所代替的编号，以及前言所列的修订部门、修订人和批准人（部门可只写其名称的最后部分：售后管理部 即 销售体系工程服务部售后管理部）；草案可留空，由 `release` 填写。',
      empty: (p: {number: string}) => `修订记录为空，应有 ${p.number} 的第一行`,
      newest: (p: {found: string; number: string}) => `修订记录第一行为 ${p.found}，应为本版本 ${p.number}（按从新到旧排列）`,
      noReplaced: (p: {replaces: string}) => `修订记录第一行缺少修改前文件编号，应与封面一致：\`${p.replaces}\``,
      replaced: (p: {found: string; replaces: string | undefined}) =>
        `修订记录第一行的修改前文件编号 \`${p.found}\` 有误，${p.replaces === undefined ? '封面未写被代替的版本，应为空' : `应与封面一致：\`${p.replaces}\``}`,
      names: (p: {label: string; found: ReadonlyArray<string>; expected: ReadonlyArray<string>}) =>
        `${p.found.length === 0 ? `修订记录第一行缺少${p.label}` : `修订记录中的${p.label} \`${p.found.join('、')}\` 有误`}，${p.expected.length === 0 ? `前言未写${p.label}，应为空` : `应为前言所列的 \`${p.expected.join('、')}\``}`
    },
    'foreword-history': {
      description: '前言中的历次版本句（`本标准于2004年10月首次发布，于2005年6月第一次修订…`）对修订记录的每一行有一个日期，且在该行版本的年份之内。',
      missing: '前言中缺少历次版本句，应为 `本标准于YYYY年M月首次发布…。`',
      count: (p: {dates: number; named: string; rows: number}) => `前言的历次版本句列出 ${p.dates} 个版本（${p.named}），而修订记录有 ${p.rows} 行`,
      date: (p: {date: string; revision: string | undefined; year: string; number: string}) => `前言历次版本句中${p.revision ?? '某个版本'}的日期 ${p.date} 有误，应为 ${p.year} 年的某月，与 ${p.number} 相同`,
      late: (p: {month: string; issued: string}) => `修订月份 ${p.month} 晚于发布日期 ${p.issued}，修订不应晚于发布`
    },
    'edition-file': {
      description: '每个版本保存在以其年份命名的文件中：`2007.md` 中是 `Q/ZX 75.1861–2007`。',
      year: (p: {number: string; file: string; year: string}) => `${p.file} 中的版本 ${p.number} 有误，应为 ${p.year} 年的版本`
    },
    'edition-sequence': {
      description: '每个版本代替它前一个版本（`replaces` 写前一版的编号），且所有版本的代号相同。',
      designation: (p: {found: string; expected: string}) => `代号 ${p.found} 有误，应与本文件夹中的其他版本一样为 ${p.expected}`,
      replaces: (p: {found: string | undefined; expected: string}) => `被代替的版本 ${p.found ?? '（无）'} 有误，应为前一版 ${p.expected}`
    },
    'edition-record': {
      description: '每个版本的修订记录是前一版的修订记录原样保留，再加上本版本的一行。',
      rows: (p: {rows: number; expected: number; before: number; previous: string}) => `修订记录有 ${p.rows} 行，应为 ${p.expected} 行：${p.previous} 的 ${p.before} 行加上本版本的一行`,
      changed: (p: {column: string; row: string; found: string | undefined; expected: string | undefined; previous: string}) =>
        `修订记录中 ${p.row} 一行的${p.column}被改为 ${!p.found ? '空' : `\`${p.found}\``}，应与 ${p.previous} 的记录一样为 ${!p.expected ? '空' : `\`${p.expected}\``}（以前的行应保持原样）`
    },
    'edition-history': {
      description: '每个版本的历次版本句重复前一版的日期，并增加一次修订。',
      history: (p: {found: ReadonlyArray<string>; previous: string; expected: ReadonlyArray<string>}) =>
        `前言中的历次版本 \`${p.found.join('、')}\` 有误，应为 ${p.previous} 的 \`${p.expected.join('、')}\` 再加一次修订`
    },
    'edition-editions': {
      description: '国家标准式的各版本之间：前言的历次版本发布情况列出此前的每一个版本，各版本的发布日期先后有序。',
      missing: (p: {number: string}) => `前言的历次版本发布情况缺少此前的版本 ${p.number}`,
      dates: (p: {issued: string; previous: string; previousIssued: string}) => `发布日期 ${p.issued} 有误，应晚于所代替的 ${p.previous} 的发布日期 ${p.previousIssued}`
    },
    'foreword-drafting': {
      description: '国家标准式的前言按其所依据的 GB/T 1.1 版本的措辞写起草依据：2009 年版 `本标准按照GB/T 1.1—2009给出的规则起草。`，2020 年版 `本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。`。',
      missing: (p: {expected: string}) => `前言中缺少起草依据，应为 \`${p.expected}\``,
      wording: (p: {found: string; expected: string; era: string}) => `前言中的起草依据 \`${p.found}\` 有误，按 GB/T 1.1—${p.era} 应为 \`${p.expected}\``
    },
    'change-list-see': {
      description: '技术变化清单的每一项用 `见…` 指向本版本中存在的条款、术语条目或附录。',
      missing: (p: {target: string; entry: string}) => `技术变化 \`${p.entry}\` 中的 \`见${p.target}\` 有误：本版本没有 ${p.target}`
    },
    'change-list-old': {
      description: '技术变化清单中删除条款的一项写明被代替版本中的条款（`2009年版的4.4`），且年份是被代替版本的年份。',
      missing: (p: {entry: string; example: string}) => `技术变化 \`${p.entry}\` 删除了条款，但未写明原版本中的条款，应写作 \`（${p.example}）\``,
      year: (p: {found: number; expected: number; replaces: string}) => `技术变化中的 \`${p.found}年版\` 有误，本版本代替 ${p.replaces}，应为 \`${p.expected}年版\``
    },
    'foreword-editions': {
      description: '前言中的历次版本发布情况与封面一致：被代替版本的年份在其中，且按年份先后排列。',
      missing: (p: {replaces: string}) => `前言中缺少历次版本发布情况：封面写明本版本代替 ${p.replaces}`,
      replaced: (p: {replaces: string; years: ReadonlyArray<number>}) => `前言的历次版本发布情况（${p.years.join('、')}）缺少被代替的版本 ${p.replaces}`,
      order: (p: {years: ReadonlyArray<number>}) => `前言的历次版本发布情况（${p.years.join('、')}）应按年份先后排列`
    }
  },
  rules: {
    describe: '列出检查器所应用的规则，及其标识和严重程度'
  },
  /** The build engine's refusals and failures: what it was asked for, and the output folder. */
  building: {
    imageChanged: (p: {file: string}) => `图像 ${p.file} 在构建过程中被改动：请重新构建`,
    noFormat: (p: {formats: ReadonlyArray<string>}) => `没有选择格式，应为 ${p.formats.join('、')} 中的一个或多个`,
    siteClash: (p: {folder: string; output: string}) => `标准文件夹 ${p.folder} 与网站的输出 ${p.output} 同名：请重命名该文件夹`,
    refuseFolder: (p: {folder: string; why: string}) => `拒绝将 ${p.folder} 用作输出文件夹：${p.why}`,
    fileInWay: (p: {file: string}) => `${p.file} 是文件，不是文件夹`,
    fileSystemRoot: '它是文件系统的根',
    workingFolder: '它会替换工作文件夹',
    replacesSources: (p: {sources: string}) => `它会替换 ${p.sources} 中的源文件`,
    insideSources: (p: {sources: string}) => `它在 ${p.sources} 的源文件之内`,
    notOutputFile: (p: {name: string}) => `拒绝替换 ${p.name}：它是文件，不是输出文件夹（--force 可替换它）`,
    notOurs: (p: {name: string; marker: string}) => `拒绝替换 ${p.name}：它不是 stdkit 生成的文件夹，其中没有 ${p.marker}（--force 可替换它）`,
    cannotUse: (p: {name: string}) => `无法使用 ${p.name}`,
    cannotWrite: (p: {name: string}) => `无法写入 ${p.name}`,
    cannotReplace: (p: {name: string}) => `无法替换 ${p.name}`,
    failed: (p: {what: string; reason: string; code: string | undefined}) => `${p.what}：${p.reason}${p.code === undefined ? '' : `（${p.code}）`}`,
    locked: (p: {name: string; pid: number}) => `无法写入 ${p.name}：另一个构建（进程 ${p.pid}）正在写入它；请待其完成后再试`,
    outside: (p: {name: string}) => `拒绝写入 ${p.name}：它通向输出文件夹之外`,
    workerStopped: (p: {code: number}) => `一个 PDF 工作线程已停止（退出码 ${p.code}）`,
    noMaker: (p: {format: string; comparison: boolean}) => `${p.format} 发布器不生成${p.comparison ? '比较' : '版本'}的文件`,
    noPackage: (p: {name: string; from: string}) => `没有为 ${p.from} 安装包 ${p.name}`
  },
  /** The library's answers when what is named is not there. */
  library: {
    noStandard: (p: {standard: string; standards: ReadonlyArray<string>}) => `标准库中没有标准 ${p.standard}（现有：${p.standards.join('、') || '无'}）`,
    noStandardIn: (p: {standard: string; root: string}) => `${p.root} 中没有标准 ${p.standard}`,
    noEdition: (p: {year: string; standard: string; years: ReadonlyArray<string>}) => `${p.standard} 没有 ${p.year} 年的版本（现有：${p.years.join('、') || '无'}）`,
    noSuchEdition: (p: {spec: string}) => `没有版本 ${p.spec}（请指定一个文件，或 <标准>@<年份>，如 q-zx-75.1861@2007）`,
    noSuchPath: (p: {path: string}) => `没有这个文件或文件夹：${p.path}`,
    unreadable: (p: {reason: string}) => `无法读取文件：${p.reason}`,
    folder: '它是一个文件夹，应为 Markdown 文件',
    special: (p: {kind: 'fifo' | 'socket' | 'device' | 'other'}) => `它是${{fifo: '命名管道（FIFO）', socket: '套接字', device: '设备', other: '非普通文件'}[p.kind]}，应为 Markdown 文件`,
    permission: '权限不足',
    noFile: '没有这个文件',
    image: (p: {url: string; reason: string}) => `无法读取图 ${p.url}：${p.reason}`,
    notImage: '它不是一个与扩展名相符的 PNG、JPEG 或 SVG 图像'
  },
  /** The revision workflow's refusals: what `new`, `revise` and `release` will not do. */
  /** The elements of a standard, as a message names them: never by the tree's type names. */
  elements: {
    standard: '标准', foreword: '前言', introduction: '引言', clause: '条', appendix: '附录', paragraph: '段', list: '列项',
    listItem: '列项中的一项', note: '注', example: '示例', table: '表', tableRow: '表中的一行', tableCell: '单元格',
    term: '术语条目', normativeReference: '规范性引用文件', revisionHistory: '修订记录', revisionRecord: '修订记录中的一行',
    text: '文字', crossReference: '交叉引用', standardReference: '对标准的引用',
    figure: '图', image: '图像', formula: '公式', inlineMath: '行内公式', code: '代码', definitionList: '符号说明',
    definitionItem: '符号说明中的一项', definitionTerm: '符号', definitionDescription: '符号的说明', tableFootnote: '表注脚',
    footnote: '脚注', termSource: '术语来源', bibliography: '参考文献', bibliographyEntry: '参考文献条目', termIndex: '索引',
    superscript: '上标', subscript: '下标', emphasis: '强调', strong: '加粗', break: '换行', other: '内容'
  } as Readonly<Record<string, string>> & {readonly other: string},
  workflow: {
    badCode: (p: {code: string}) => `代号 ${p.code} 有误，应为如 Q/ZX 75.1900 的代号`,
    noForeword: (p: {number: string}) => `${p.number} 没有可记录修订的前言`,
    noRecord: '前言中没有可增加一行的修订记录（历次修订记录）',
    notLater: (p: {year: number; current: number}) => `下一版的年份应晚于 ${p.current}，而不是 ${p.year}`,
    emptyPeople: (p: {option: string; name: string}) => `${p.option} 为空，应给出${p.name}的名字`,
    notReadBack: (p: {type: string}) => `按规范形式写出后，这个 ${p.type} 读回时会不同；保持原样`,
    readsBackWithError: (p: {reason: string}) => `按规范形式写出后，读回时会有错误（${p.reason}）；保持原样`,
    released: (p: {number: string}) => `${p.number} 不是草案（status: draft）：它已经发布`,
    badIssued: (p: {issued: string}) => `发布日期 ${p.issued} 有误，应为 YYYY-MM-DD`,
    noRow: (p: {number: string}) => `修订记录中没有 ${p.number} 的一行`,
    unnamed: (p: {names: ReadonlyArray<string>; options: ReadonlyArray<string>}) =>
      `前言尚未写明${p.names.join('、')}（【待填写…】）：请给出 ${p.options.map((option) => `--${option}`).join('、')}`,
    notReleased: (p: {reason: string}) => `未发布：${p.reason}`,
    unconfirmed: (p: {claim: string; message: string}) => `修订记录中的说明未得到实际修改的证实：${p.claim} — ${p.message}`,
    unconfirmedSummary: (p: {count: number}) => `未发布：修订记录中有 ${p.count} 项说明未得到实际修改的证实；请更正修订记录，或用 --force 发布`,
    changePlaceholder: (p: {entry: string}) => `技术变化清单中的这一项仍是占位符（【待填写…】）：${p.entry}`,
    changePlaceholders: (p: {count: number}) => `未发布：技术变化清单中有 ${p.count} 项仍是占位符；请填写，或只保留占位的一项，由比较结果起草清单`,
    draftErrors: '草案有错误',
    editionErrors: '发布后的版本会有错误',
    errors: (p: {why: string}) => `未发布：${p.why}`
  },
  importing: {
    describe: '把 Word 文档（.docx）导入为标准的版本源文件，写在 <root>/<标准>/<年份>.md，图的文件放在其旁',
    files: 'Word 文件（.docx；装有 LibreOffice 时也可以是 .doc）',
    standard: '标准的文件夹名，如 q-zx-75.1861（默认：由封面上的编号得出）',
    year: '版本的年份（默认：封面上编号中的年份；只用于一个文件）',
    force: '覆盖已有的版本文件（导入成功之后才覆盖）',
    badStandard: (p: {standard: string}) => `--standard ${p.standard} 不是标准的文件夹名：只用小写字母、数字、点和连字符，如 q-zx-75.1861`,
    noFile: (p: {file: string}) => `没有这个文件：${p.file}`,
    notWord: (p: {file: string}) => `${p.file} 不是 Word 文件：stdkit import 读取 .docx（装有 LibreOffice 时也读取 .doc）`,
    yearForSeveral: '--year 只能用于一个文件：导入多个文件时，每个版本的年份从其封面读取',
    noStandard: (p: {file: string}) => `${p.file} 的封面上没有找到标准编号：请用 --standard 给出标准的文件夹名（如 q-zx-75.1861）`,
    noYear: (p: {file: string}) => `${p.file} 的封面上没有找到版本的年份：请用 --year 给出`,
    exists: (p: {file: string}) => `${p.file} 已经存在：没有写入任何文件；要覆盖它，请加 --force`,
    sameTarget: (p: {target: string; first: string; second: string}) => `${p.first} 和 ${p.second} 都会导入为 ${p.target}：没有写入任何文件`,
    noSoffice: (p: {file: string}) => `${p.file} 是 Word 97–2003 的 .doc 文件，转换它需要 LibreOffice（soffice），但没有找到：请安装 LibreOffice，或在 Word 中把它另存为 .docx`,
    convertFailed: (p: {file: string; reason: string}) => `LibreOffice 未能把 ${p.file} 转换为 .docx：${p.reason}`,
    converted: (p: {file: string}) => `已用 LibreOffice 把 ${p.file} 转换为 .docx`,
    refused: (p: {file: string; reason: string}) => `无法导入 ${p.file}：${p.reason}（没有写入任何文件）`,
    imported: (p: {file: string; target: string}) => `${p.file} → ${p.target}`,
    cover: (p: {fields: ReadonlyArray<string>}) => (p.fields.length > 0 ? `  封面：${p.fields.join('、')}` : '  封面：没有识别出任何项'),
    /** The cover's fields by their front-matter keys, named as the import lists those it recognised. */
    coverFields: {number: '标准编号', replaces: '代替', title: '标准名称', 'title-en': '英文名称', category: '类别', ics: 'ICS', ccs: 'CCS', classification: '中国标准文献分类号', filing: '备案号', adoption: '采用国际文件', 'document-type': '标准类型', stage: '草案阶段', issuer: '发布单位', issued: '发布日期', effective: '实施日期', status: '状态'} as Record<string, string>,
    counts: (p: {chapters: number; clauses: number; appendices: number; terms: number; tables: number; figures: number; formulas: number; footnotes: number; records: number}) =>
      `  识别出：${p.chapters} 章，${p.clauses} 条，${p.appendices} 个附录，${p.terms} 个术语，${p.tables} 个表，${p.figures} 个图，${p.formulas} 个公式，${p.footnotes} 个脚注，${p.records} 行修订记录或技术变化`,
    unplaced: (p: {count: number}) => (p.count > 0 ? `  无法归入：${p.count} 段，按原位置保留（见下）` : '  无法归入：无'),
    images: (p: {count: number}) => `  图的文件：${p.count} 个`,
    place: (p: {paragraph: number; words: string}) => `第 ${p.paragraph} 段“${p.words}”：`,
    checking: (p: {folders: ReadonlyArray<string>}) => `检查 ${p.folders.join('、')}：`,
    summary: (p: {files: number; images: number}) => `已导入 ${p.files} 个文件，写入 ${p.files} 个版本文件和 ${p.images} 个图的文件`
  },
  /** What importing a Word file could not recognise or place (rule ids `import-…`). */
  docxRecognise: {
    unplaced: (p: {paragraph: number; words: string}) => `第 ${p.paragraph} 段（“${p.words}”）无法归入标准的任何部分：按原位置保留为普通段`,
    coverLine: (p: {paragraph: number; words: string}) => `封面第 ${p.paragraph} 段（“${p.words}”）无法识别为封面的任何项：保留为前言中的普通段`,
    noNumber: '封面上没有找到标准编号（如 Q/ZX 75.1861–2007）：请在生成的源文件中填写 number',
    noTitle: '封面上没有找到标准名称：请在生成的源文件中填写 title',
    emptyTable: (p: {paragraph: number}) => `第 ${p.paragraph} 段的表格没有任何行：已略去`,
    tracked: '文档中有修订标记（插入、删除或移动）：已按全部接受修订后的文字导入',
    comparison: '这是两版的比较文件：按接受全部修订后的新版读入；略去比较的摘要页'
  },
  /** Why a PDF cannot be typeset: a message at the place in the source, and a line that sums them up. */
  pdf: {
    noGlyph: (p: {char: string; code: string}) => `嵌入的字体中没有 "${p.char}"（U+${p.code}）的字形`,
    failed: (p: {file: string; reason: string; more: number}) => `无法排版 ${p.file}：${p.reason}${p.more > 0 ? `，另有 ${p.more} 处` : ''}`,
    coverTitle: (p: {lines: number; fit: number}) => `封面的标题过长：${p.lines} 行，只能容纳 ${p.fit} 行`,
    tableHeader: '表头高于一页，没有留给表格各行的空间',
    image: (p: {url: string; reason: string}) => `无法读取图片 ${p.url}：${p.reason}`
  },
  /** Why a Word file is refused before anything is imported (the reader's words; rule ids `import-…`). */
  docxRead: {
    notZip: '不是 Word 文档（.docx）：文件不是 zip 包',
    brokenZip: (p: {reason: string}) => `zip 包已损坏，无法读取：${p.reason}`,
    doc: '这是 Word 97–2003 的 .doc 文件，不是 .docx：请在 Word 中另存为 .docx，或用 soffice --headless --convert-to docx 转换后再导入',
    encrypted: '文档已加密（设有打开密码）：请在 Word 中取消密码并另存后再导入',
    ole: '这是 OLE 复合文件，不是 .docx',
    tooLarge: (p: {size: string; limit: string}) => `文件过大：${p.size}，上限为 ${p.limit}`,
    unpackedTooLarge: (p: {size: string; limit: string}) => `解压后过大：共 ${p.size}，上限为 ${p.limit}（疑似 zip 炸弹）`,
    tooManyParts: (p: {count: number; limit: number}) => `zip 包中的文件过多：${p.count} 个，上限为 ${p.limit} 个（疑似 zip 炸弹）`,
    ratio: (p: {part: string; ratio: number; limit: number}) => `${p.part} 的压缩比为 ${p.ratio}:1，超过 ${p.limit}:1（疑似 zip 炸弹）`,
    missingPart: (p: {part: string}) => `缺少必需的部件 ${p.part}：文件不是完整的 Word 文档`,
    xml: (p: {part: string; line: number; column: number; reason: string}) => `${p.part} 第 ${p.line} 行第 ${p.column} 列的 XML 有误：${p.reason}`
  },
  /** The preview's answers to the browser. */
  served: {
    forbidden: '禁止访问：预览只回应 localhost、127.0.0.1 和 [::1]\n',
    method: '不允许的请求方法\n',
    badRequest: '无效的请求\n',
    notFound: '未找到\n',
    internal: '内部错误\n'
  }
}

export type Messages = typeof zh
