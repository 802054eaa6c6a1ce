/**
 * What kind of standard a code names and the type line its cover prints
 * (中华人民共和国国家标准, 中华人民共和国通信行业标准, 北京市地方标准,
 * 团体标准, 企业标准), from the code as the standard-number grammar reads it.
 */
import type {Cover, CoverKind} from './types.js'

/**
 * Industry standard codes (行业标准代号) and the industry each names, as the
 * table of codes published by the standardisation administration lists them
 * and as the covers print them (`中华人民共和国通信行业标准`).
 */
export const industryCodes: Readonly<Record<string, string>> = {
  AQ: '安全生产',
  BB: '包装',
  CB: '船舶',
  CH: '测绘',
  CJ: '城镇建设',
  CY: '新闻出版',
  DA: '档案',
  DB: '地震',
  DL: '电力',
  DZ: '地质矿产',
  EJ: '核工业',
  FZ: '纺织',
  GA: '公共安全',
  GH: '供销合作',
  GM: '密码',
  GY: '广播电影电视',
  HB: '航空',
  HG: '化工',
  HJ: '环境保护',
  HS: '海关',
  HY: '海洋',
  JB: '机械',
  JC: '建材',
  JG: '建筑工业',
  JR: '金融',
  JT: '交通',
  JY: '教育',
  LB: '旅游',
  LD: '劳动和劳动安全',
  LY: '林业',
  MH: '民用航空',
  MT: '煤炭',
  MZ: '民政',
  NB: '能源',
  NY: '农业',
  QB: '轻工',
  QC: '汽车',
  QJ: '航天',
  QX: '气象',
  RB: '认证认可',
  SB: '国内贸易',
  SC: '水产',
  SH: '石油化工',
  SJ: '电子',
  SL: '水利',
  SN: '出入境检验检疫',
  SY: '石油天然气',
  TB: '铁道',
  TD: '土地管理',
  TY: '体育',
  WB: '物资管理',
  WH: '文化',
  WJ: '兵工民品',
  WS: '卫生',
  WW: '文物保护',
  XB: '稀土',
  YB: '黑色冶金',
  YC: '烟草',
  YD: '通信',
  YS: '有色金属',
  YY: '医药',
  YZ: '邮政'
}

/** Provinces by the two digits of GB/T 2260 that follow `DB` in a local standard's code. */
export const provinceCodes: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区'
}

/** The kind of standard a code names: `GB/T` national, `YD/T` and `YD` industry, `DB11/T` local, `T/CAS` group, `Q/ZX` enterprise, `ISO` international. */
export function kindOfCode(code: string): CoverKind {
  if (/^(?:ISO|IEC)(?:\/|$)/u.test(code)) return 'international'
  if (/^GB(?:\/[TZ])?$/u.test(code)) return 'national'
  if (/^DB\d{2}(?:\/T)?$/u.test(code)) return 'local'
  if (code.startsWith('T/')) return 'group'
  if (code.startsWith('Q/')) return 'enterprise'
  return 'industry'
}

/** The industry an industry code names (`YD/T` → 通信), `undefined` for a code not in the table. */
export function industryOf(code: string): string | undefined {
  const letters = code.replace(/\/[TZ]$/u, '')
  return Object.hasOwn(industryCodes, letters) ? industryCodes[letters] : undefined
}

/** The province of a local standard's code (`DB11/T` → 北京市), `undefined` when its digits name none. */
export function provinceOf(code: string): string | undefined {
  const digits = /^DB(\d{2})/u.exec(code)?.[1]
  return digits !== undefined && Object.hasOwn(provinceCodes, digits) ? provinceCodes[digits] : undefined
}

/**
 * The type line the cover prints for a code: `中华人民共和国国家标准` (GB, GB/T),
 * `中华人民共和国国家标准化指导性技术文件` (GB/Z), `中华人民共和国通信行业标准`
 * (YD, YD/T; `中华人民共和国行业标准` for a code not in the table),
 * `北京市地方标准` (DB11, DB11/T), `团体标准`, the issuer's `…企业标准`, `国际标准`.
 */
export function documentTypeOf(code: string, issuer?: string | undefined): string {
  switch (kindOfCode(code)) {
    case 'national':
      return code === 'GB/Z' ? '中华人民共和国国家标准化指导性技术文件' : '中华人民共和国国家标准'
    case 'industry': {
      const industry = industryOf(code)
      return `中华人民共和国${industry ?? ''}行业标准`
    }
    case 'local':
      return `${provinceOf(code) ?? ''}地方标准`
    case 'group':
      return '团体标准'
    case 'enterprise':
      return `${issuer ?? ''}企业标准`
    case 'international':
      return '国际标准'
  }
}

/**
 * The series and the part of a standard published in parts, from its title
 * (`信息技术 第1部分：概述`) and designation (`GB/T 99999.1`): the series is the
 * designation without its last `.N` and the title before `第N部分`; `undefined`
 * for a title with no part.
 */
export function partOf(title: string, designation: string): Pick<Cover, 'series' | 'part'> | undefined {
  const match = /^(?<series>.*?)\s*第(?<number>\d+)部分[：:]\s*(?<title>.+)$/u.exec(title)
  const groups = match?.groups
  if (!groups?.series || !groups.number || !groups.title) return undefined
  return {
    series: {designation: designation.replace(/\.\d+$/u, ''), title: groups.series},
    part: {number: groups.number, title: groups.title.trim()}
  }
}

/**
 * A number as a page prints it: as the author wrote it, with the dash of its
 * kind in place of a hyphen before the year (an en dash for an enterprise
 * standard, `Q/ZX 75.1861–2007`; else an em dash, `GB/T 7714—2015`).
 */
export function printedNumber(number: string): string {
  const value = number.trim().replace(/\s+/gu, ' ')
  return value.replace(/\s*-\s*(\d{4})$/u, `${dashOf(value.split(' ')[0] ?? '')}$1`).replace(/\s*([–—])\s*(\d{4})$/u, '$1$2')
}

/** The dash a kind of standard prints before the year: the en dash of an enterprise standard (as Q/ZX prints it), else the em dash (`GB/T 7714—2015`). */
export function dashOf(code: string): '–' | '—' {
  return kindOfCode(code) === 'enterprise' ? '–' : '—'
}
