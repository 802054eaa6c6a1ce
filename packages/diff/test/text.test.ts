/** The Chinese-aware text comparison: words, word-level runs, classification of a change, requirement words, similarity. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {classifyText, diffText, modalWords, similarity, withVocabulary, words, type TextRun} from '@stdkit/diff'

const side = (runs: ReadonlyArray<TextRun>, kept: 'delete' | 'insert') =>
  runs
    .filter((run) => run.op === 'equal' || run.op === kept)
    .map((run) => run.value)
    .join('')

describe('words', () => {
  it('splits Chinese into words, and keeps a standard number whole', () => {
    expect(words('本标准起草人')).toEqual(['本', '标准', '起草', '人'])
    expect(words('Q/ZX 75.1760')).toEqual(['Q/ZX 75.1760'])
    expect(words('按GB/T 1.1-2020于2009年6月1日起，每3.5 h')).toEqual(['按', 'GB/T 1.1-2020', '于', '2009年6月1日', '起', '，', '每', '3.5', ' ', 'h'])
    expect(words('售后工程师应在铃响三声之内接听。').join('')).toBe('售后工程师应在铃响三声之内接听。')
    expect(words('售后工程师应在铃响三声之内接听。')).toEqual(expect.arrayContaining(['应', '之内', '。']))
  })
})

describe('diffText', () => {
  it('diffs Chinese word by word', () => {
    // Character by character this would read 本{+次+}标准…; by words it swaps whole words.
    expect(diffText('本标准起草人：祝灿庭', '本次标准修订人：祝灿庭')).toEqual([
      {op: 'delete', value: '本'},
      {op: 'insert', value: '本次'},
      {op: 'equal', value: '标准'},
      {op: 'delete', value: '起草'},
      {op: 'insert', value: '修订'},
      {op: 'equal', value: '人：祝灿庭'}
    ])
    expect(diffText('客户支持中心负责：', '售后管理部负责：')).toEqual([
      {op: 'delete', value: '客户支持中心'},
      {op: 'insert', value: '售后管理部'},
      {op: 'equal', value: '负责：'}
    ])
    expect(diffText('处理结果宜通知巡检人。', '处理结果应通知巡检人。')).toEqual([
      {op: 'equal', value: '处理结果'},
      {op: 'delete', value: '宜'},
      {op: 'insert', value: '应'},
      {op: 'equal', value: '通知巡检人。'}
    ])
    expect(diffText('衣着整洁大方，禁止穿休闲衫', '衣着整洁、大方，禁止穿休闲衫')).toEqual([
      {op: 'equal', value: '衣着整洁'},
      {op: 'insert', value: '、'},
      {op: 'equal', value: '大方，禁止穿休闲衫'}
    ])
  })

  it('keeps numbers, dates and standard numbers whole', () => {
    expect(diffText('工程开通按Q/ZX 75.1760的规定执行。', '工程开通按Q/ZX 75.1761的规定执行。')).toEqual([
      {op: 'equal', value: '工程开通按'},
      {op: 'delete', value: 'Q/ZX 75.1760'},
      {op: 'insert', value: 'Q/ZX 75.1761'},
      {op: 'equal', value: '的规定执行。'}
    ])
    expect(diffText('自2009年起', '自2010年起')).toEqual([
      {op: 'equal', value: '自'},
      {op: 'delete', value: '2009'},
      {op: 'insert', value: '2010'},
      {op: 'equal', value: '年起'}
    ])
    expect(diffText('下次审查时间：2021年03月。', '下次审查时间：2023年05月。')).toEqual([
      {op: 'equal', value: '下次审查时间：'},
      {op: 'delete', value: '2021年03月'},
      {op: 'insert', value: '2023年05月'},
      {op: 'equal', value: '。'}
    ])
    expect(diffText('2009-06-01实施', '2009-06-15实施')).toEqual([
      {op: 'delete', value: '2009-06-01'},
      {op: 'insert', value: '2009-06-15'},
      {op: 'equal', value: '实施'}
    ])
    expect(diffText('电压为3.5 kV', '电压为3.8 kV')).toEqual([
      {op: 'equal', value: '电压为'},
      {op: 'delete', value: '3.5'},
      {op: 'insert', value: '3.8'},
      {op: 'equal', value: ' kV'}
    ])
    expect(diffText('3个工作日', '2个工作日')).toEqual([
      {op: 'delete', value: '3'},
      {op: 'insert', value: '2'},
      {op: 'equal', value: '个工作日'}
    ])
  })

  it('keeps the defined terms it is given whole', () => {
    expect(withVocabulary(['网规网优', '网络规划优化'], () => diffText('网规网优人员应持证上岗', '网络规划优化人员应持证上岗'))).toEqual([
      {op: 'delete', value: '网规网优'},
      {op: 'insert', value: '网络规划优化'},
      {op: 'equal', value: '人员应持证上岗'}
    ])
    // Without them, a word rewritten character by character still reads as one replacement.
    expect(diffText('网规网优人员', '网络规划优化人员')).toEqual([
      {op: 'equal', value: '网'},
      {op: 'delete', value: '规网优'},
      {op: 'insert', value: '络规划优化'},
      {op: 'equal', value: '人员'}
    ])
    // Changes of a list of words are not run together.
    expect(diffText('检查工具、仪表、安装材料和随工文档', '检查工具和仪表')).toEqual([
      {op: 'equal', value: '检查工具'},
      {op: 'delete', value: '、仪表、安装材料'},
      {op: 'equal', value: '和'},
      {op: 'delete', value: '随工文档'},
      {op: 'insert', value: '仪表'}
    ])
  })

  it('falls back to characters inside a coarse segment of other text', () => {
    expect(diffText('ABCDEF', 'ABCDEG')).toEqual([
      {op: 'equal', value: 'ABCDE'},
      {op: 'delete', value: 'F'},
      {op: 'insert', value: 'G'}
    ])
  })

  it('shows a change of spacing', () => {
    expect(diffText('巡检一次， 并按规定记录', '巡检一次，并按规定记录')).toEqual([
      {op: 'equal', value: '巡检一次，'},
      {op: 'delete', value: ' '},
      {op: 'equal', value: '并按规定记录'}
    ])
  })

  it('handles empty and equal texts', () => {
    expect(diffText('', '')).toEqual([])
    expect(diffText('', '增加的条款')).toEqual([{op: 'insert', value: '增加的条款'}])
    expect(diffText('删除的条款', '')).toEqual([{op: 'delete', value: '删除的条款'}])
    expect(diffText('不变的条款', '不变的条款')).toEqual([{op: 'equal', value: '不变的条款'}])
  })

  it('gives runs that spell out both texts, none empty, no two alike in a row', () => {
    const pool = ['售后', '工程师', '应', '宜', '不应', '在', '机房', '内', '，', '。', '；', ' ', '  ', '3', '个', '工作日', 'Q/ZX', '75.1760', '75.1761', 'ABC', '１', 'a)', '——']
    const text = fc.array(fc.constantFrom(...pool), {maxLength: 12}).map((list) => list.join(''))
    fc.assert(
      fc.property(text, text, (old, now) => {
        const runs = diffText(old, now)
        expect(side(runs, 'delete')).toBe(old)
        expect(side(runs, 'insert')).toBe(now)
        expect(runs.every((run) => run.value !== '')).toBe(true)
        expect(runs.every((run, index) => index === 0 || runs[index - 1]?.op !== run.op)).toBe(true)
        if (old === now) expect(runs.every((run) => run.op === 'equal')).toBe(true)
      }),
      {seed: 75, numRuns: 300}
    )
  })
})

describe('classifyText', () => {
  it('finds nothing in equal texts', () => {
    expect(classifyText('应在铃响三声内接听', '应在铃响三声内接听')).toEqual([])
  })

  it('recognises width, spacing, punctuation and wording as editorial', () => {
    const codes = (old: string, now: string) => classifyText(old, now).map((reason) => [reason.classification, reason.code])
    expect(codes('机房每月至少巡检１次（ＧＰＳ）', '机房每月至少巡检1次(GPS)')).toEqual([['editorial', 'width']])
    expect(codes('巡检一次， 并按规定记录', '巡检一次，并按规定记录')).toEqual([['editorial', 'spacing']])
    expect(codes('上报维护主管；并记入档案', '上报维护主管，并记入档案')).toEqual([['editorial', 'punctuation']])
    expect(codes('衣着整洁大方', '衣着整洁、大方')).toEqual([['editorial', 'punctuation']])
    // A particle is no word of a requirement: 三声内 → 三声之内, 原状 → 的原状.
    expect(codes('接听用户电话应在铃响三声内', '接听用户电话应在铃响三声之内')).toEqual([['editorial', 'wording']])
    expect(codes('恢复机房环境原状', '恢复机房环境的原状')).toEqual([['editorial', 'wording']])
    // Wording of text that states no requirement (a note, a title) is editorial.
    expect(classifyText('安排处理', '组织处理', {}, {normative: false}).map((reason) => [reason.classification, reason.code])).toEqual([['editorial', 'wording']])
  })

  it('recognises a changed period written without a numeral as technical', () => {
    const codes = (old: string, now: string) => classifyText(old, now).map((reason) => [reason.classification, reason.code])
    expect(codes('内阻每半年测量一次', '内阻每季度测量一次')).toEqual([['technical', 'number']])
    expect(codes('外观每日检查', '外观每周检查')).toEqual([['technical', 'number']])
    expect(codes('半年内完成整改', '季度内完成整改')).toEqual([['technical', 'number']])
    expect(codes('外观每日检查', '外观每日进行检查')).toEqual([['editorial', 'wording']])
  })

  it('errs on the safe side in a requirement: words taken out or put in are technical, a word replaced is to review', () => {
    const classes = (old: string, now: string) => classifyText(old, now).map((reason) => [reason.classification, reason.code, reason.message])
    // What is prohibited changed.
    expect(classes('禁止穿休闲衫、短裤、凉鞋进入用户现场', '禁止穿短裤、拖鞋、背心进入用户现场')).toEqual([
      ['technical', 'content', '要求的内容改变：删去“休闲衫”“凉鞋”，增加“拖鞋”“背心”']
    ])
    // A requirement narrowed.
    expect(classes('出发前应检查工具、仪表、安装材料和随工文档', '出发前应检查工具和仪表')).toEqual([
      ['technical', 'content', '要求的内容改变：删去“安装材料”“随工文档”']
    ])
    // A negation put in turns the requirement round.
    expect(classes('设备指示灯正常', '设备指示灯不正常')[0]?.slice(0, 2)).toEqual(['technical', 'content'])
    // A word put into a phrase may qualify the requirement (书面) or only spell it out (显示): to review.
    expect(classes('应通知用户', '应书面通知用户')).toEqual([['review', 'content', '要求中增加“书面”，可能改变要求']])
    // A word replaced by another may or may not change what is required.
    expect(classes('维护主管应在3个工作日内安排处理', '维护主管应在3个工作日内组织处理')).toEqual([
      ['review', 'content', '要求中的用词改变：“安排” → “组织”，可能改变要求']
    ])
    // The same words in another order.
    expect(classes('先断电后拆机', '先拆机后断电')[0]?.slice(0, 2)).toEqual(['review', 'content'])
  })

  it('recognises variant forms and the name a document gives itself as editorial', () => {
    expect(classifyText('其它工具应登记', '其他工具应登记')).toEqual([{classification: 'editorial', code: 'variant', message: '仅写法不同（异形词或文件的自称）：其它 → 其他'}])
    expect(classifyText('记入设备台帐', '记入设备台账')[0]?.code).toBe('variant')
    expect(classifyText('本标准规定了温度记录要求。', '本文件规定了温度记录要求。')[0]?.code).toBe('variant')
    // A variant beside a real change does not hide it.
    expect(classifyText('其它工具应登记', '其他仪表应登记')[0]?.classification).toBe('review')
  })

  it('recognises a changed requirement word as technical', () => {
    expect(classifyText('处理结果宜通知巡检人', '处理结果应通知巡检人')).toEqual([
      {classification: 'technical', code: 'modal', message: '要求用语改变：宜 → 应'}
    ])
    expect(classifyText('应佩戴工作证', '佩戴工作证')).toEqual([
      {classification: 'technical', code: 'modal', message: '要求用语改变：应 → （无）'}
    ])
    expect(classifyText('机房内应吸烟', '机房内不应吸烟')[0]?.message).toBe('要求用语改变：应 → 不应')
  })

  it('recognises a changed number, date or limit as technical', () => {
    expect(classifyText('维护主管应在3个工作日内安排处理', '维护主管应在2个工作日内安排处理')).toEqual([
      {classification: 'technical', code: 'number', message: '数字、日期或限值改变：3 → 2'}
    ])
    expect(classifyText('每月巡检三次', '每月巡检两次')[0]).toMatchObject({code: 'number', message: '数字、日期或限值改变：每月、三 → 每月、两'})
    // Full-width digits are the same number.
    expect(classifyText('保存期不少于３年', '保存期不少于3年')[0]?.code).toBe('width')
  })

  it('reports every technical reason, and then no editorial one', () => {
    expect(classifyText('宜在3天内，并按时完成', '应在2天内，并且按时完成').map((reason) => reason.code)).toEqual(['modal', 'number'])
  })

  it('recognises a changed referenced standard or cross-reference from the references it is given', () => {
    const reference = (designation: string) => ({standards: [designation], crossReferences: [], printed: [designation]})
    // The number inside a standard's designation is not a limit.
    expect(
      classifyText('按Q/ZX 75.1760的规定执行', '按Q/ZX 75.1761的规定执行', {old: reference('Q/ZX 75.1760'), new: reference('Q/ZX 75.1761')})
    ).toEqual([{classification: 'technical', code: 'reference', message: '所引用的标准改变：Q/ZX 75.1760 → Q/ZX 75.1761'}])
    const cross = (printed: string) => ({standards: [], crossReferences: [printed], printed: [printed]})
    expect(classifyText('按5.7的规定发布', '按5.8的规定发布', {old: cross('5.7'), new: cross('5.8')})).toEqual([
      {classification: 'technical', code: 'cross-reference', message: '所指向的条款改变：5.7 → 5.8'}
    ])
    // Without the references, the same change reads as a changed number.
    expect(classifyText('按5.7的规定发布', '按5.8的规定发布').map((reason) => reason.code)).toEqual(['number'])
  })
})

describe('modalWords', () => {
  it('finds the requirement words in order, negations included', () => {
    expect(modalWords('不应在机房内吸烟，宜保持安静，可以使用工具，严禁动火，不得离开，必须签字。')).toEqual(['不应', '宜', '可以', '严禁', '不得', '必须'])
    expect(modalWords('应当及时处理，不应拖延，应该告知用户。')).toEqual(['应当', '不应', '应该'])
    expect(modalWords('应检查，应记录')).toEqual(['应', '应'])
  })

  it('reads negations the segmenter keeps as one word', () => {
    expect(modalWords('不宜大声喧哗')).toEqual(['不宜'])
    expect(modalWords('不可使用未发布的工具')).toEqual(['不可'])
    expect(modalWords('不要随意评论')).toEqual(['不要'])
    expect(modalWords('不能按时到达的')).toEqual(['不能'])
  })

  it('does not take words that contain 应 for requirements', () => {
    expect(modalWords('相应的措施')).toEqual([])
    expect(modalWords('应用软件的版本')).toEqual([])
    expect(modalWords('现场服务的响应时限')).toEqual([])
    expect(modalWords('应急预案和供应商')).toEqual([])
    expect(modalWords('具备相应资格的售后工程师')).toEqual([])
  })
})

describe('similarity', () => {
  it('is 1 for texts that differ only in width, punctuation or spacing, and 0 for unrelated ones', () => {
    expect(similarity('售后工程师', '售后工程师')).toBe(1)
    expect(similarity('衣着整洁大方。', '衣着 整洁、大方')).toBe(1)
    expect(similarity('ＡＢＣ１２３', 'ABC123')).toBe(1)
    expect(similarity('机房巡检', '电源告警')).toBe(0)
    expect(similarity('机', '机器')).toBe(0)
  })

  it('is the Dice coefficient of character pairs', () => {
    // 售后 后工 工程 程师 against 售后 后人 人员: one shared pair of 4 + 3.
    expect(similarity('售后工程师', '售后人员')).toBeCloseTo(2 / 7)
  })

  it('is symmetric and between 0 and 1', () => {
    const text = fc.array(fc.constantFrom('售后', '工程师', '机房', '，', '应', 'A', '1'), {maxLength: 8}).map((list) => list.join(''))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const score = similarity(a, b)
        expect(score).toBe(similarity(b, a))
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
      }),
      {seed: 1760, numRuns: 200}
    )
  })
})
