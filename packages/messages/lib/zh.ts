/**
 * The Chinese catalogue, stdkit's own language: its shape is `Messages`, which
 * every other catalogue must match key for key. A message with parameters is
 * a function of them, so each language orders its words as it needs.
 */

/** `a、b 或 c`: a list of choices as a sentence gives it. */
const either = (items: ReadonlyArray<string>): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items.at(-1)}`)

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
    textOrJson: '给人看的文本（text）或给程序用的 JSON（json）'
  },
  reporter: {
    severity: {error: '错误', warning: '警告', info: '提示'},
    clean: '没有发现问题',
    summary: (p: {messages: number; errors: number; warnings: number}) =>
      `${p.messages} 条消息（${[p.errors > 0 ? `✖ ${p.errors} 个错误` : '', p.warnings > 0 ? `⚠ ${p.warnings} 个警告` : ''].filter(Boolean).join('，')}）`
  },
  build: {
    describe: '检查文件夹下的每个标准，发布每个版本及其比较（JSON、HTML、PDF）',
    root: '标准所在的文件夹：<root>/<标准>/<年份>.md',
    out: '输出文件夹，构建成功时整体替换',
    only: '只发布一个标准，或一个版本及其比较：q-zx-75.1861[@2007]',
    format: '要发布的格式，以逗号分隔：json、html、pdf',
    force: '即使输出是一个文件，或不是 stdkit 生成的文件夹，也替换它',
    watch: '持续运行：每次文件夹下有改动，重新构建受影响的部分（按 Ctrl-C 停止）',
    badOnly: (p: {value: string}) => `无效的 --only ${p.value}，应为 <标准> 或 <标准>@<年份>`,
    badFormat: (p: {value: string; formats: ReadonlyArray<string>}) => `无效的格式 ${p.value}，应为 ${p.formats.join('、')} 之一`,
    cannotTypeset: (p: {reason: string}) => `无法排版：\n${p.reason}`,
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
    old: '较早的版本：一个文件，或 <标准>@<年份>，如 q-zx-75.1861@2006',
    new: '较新的版本，写法相同',
    root: '解析 <标准>@<年份> 所用的标准文件夹',
    format: '给人看的修订标记（text）或差异树（json）',
    color: '为修订标记着色（默认：输出到终端时着色）',
    all: '同时列出未改变的条款',
    sourceErrors: (p: {edition: string}) => `无法比较 ${p.edition}：其源文件有错误`
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
    absent: '本版本中没有'
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
    drafted: '根据实际修改起草的修订记录：',
    asWritten: '修订记录（按原文）：',
    forced: (p: {count: number}) => `已用 --force 发布：修订记录中有 ${p.count} 项说明未得到证实：`,
    emptyNames: (p: {option: string}) => `--${p.option} 不能为空，应为以 、 或逗号分隔的名字`
  },
  serve: {
    describe: '在本机预览标准库，源文件改动时重新构建，打开的页面随之刷新',
    port: '监听的端口（0：任一空闲端口）',
    host: '监听的回环地址（127.0.0.1 或 ::1）',
    notLoopback: (p: {host: string}) => `拒绝监听 ${p.host}：预览只服务本机（127.0.0.1 或 ::1）`,
    previewing: (p: {root: string; url: string}) => `正在预览 ${p.root}，地址 ${p.url}（按 Ctrl-C 停止）`
  },
  fmt: {
    describe: '以规范的 Markdown 重写版本源文件（或用 --check 列出不规范的文件）',
    check: '不做任何修改；若有文件不是规范形式则以 1 退出',
    notCanonical: (p: {file: string}) => `不规范：${p.file}`,
    formatted: (p: {file: string}) => `已格式化：${p.file}`,
    notFormatted: (p: {failed: number; broken: boolean}) => `${p.failed} 个文件未格式化：${p.broken ? '请先修正上面的错误' : '见上文'}`,
    rewritten: (p: {changed: number; total: number}) => `已重写 ${p.total} 个文件中的 ${p.changed} 个`
  },
  rules: {
    describe: '列出检查器所应用的规则，及其标识和严重程度'
  }
}

export type Messages = typeof zh
