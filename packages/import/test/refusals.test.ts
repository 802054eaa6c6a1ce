import {createRequire} from 'node:module'
import {strToU8, unzipSync, zipSync} from 'fflate'
import {afterEach, describe, expect, it} from 'vitest'
import {ImportError, readDocx} from '@stdkit/import'
import {useLanguage} from '@stdkit/messages'
import {docx, p, r} from './build.js'

const CFB = createRequire(import.meta.url)('cfb') as typeof import('cfb')

/** An OLE compound file holding the given streams. */
function compound(streams: ReadonlyArray<string>): Uint8Array {
  const container = CFB.utils.cfb_new()
  for (const name of streams) CFB.utils.cfb_add(container, name, Buffer.from('0123456789abcdef'.repeat(300)))
  return new Uint8Array(CFB.write(container, {type: 'buffer'}) as Buffer)
}

/** What `readDocx` threw: rule, exit code, message (and where, for XML). */
function refusal(bytes: Uint8Array): {rule: string; exitCode: number; message: string; part?: string | undefined; line?: number | undefined; column?: number | undefined} {
  try {
    readDocx(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    const {rule, exitCode, message, part, line, column} = error as ImportError
    return {rule, exitCode, message, part, line, column}
  }
  throw new Error('not refused')
}

/** Sets every central-directory entry's compressed and uncompressed sizes (a directory that claims what it likes). */
function claimSizes(zip: Uint8Array, compressed: number, uncompressed: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  for (let offset = 0; offset + 46 <= bytes.length; offset++) {
    if (view.getUint32(offset, true) === 0x02014b50) {
      view.setUint32(offset + 20, compressed, true)
      view.setUint32(offset + 24, uncompressed, true)
    }
  }
  return bytes
}

afterEach(() => useLanguage('zh'))

describe('refused input', () => {
  it('refuses a file that is not a zip package', () => {
    expect(refusal(strToU8('这不是 Word 文档'))).toMatchObject({rule: 'import-not-zip', exitCode: 2, message: '不是 Word 文档（.docx）：文件不是 zip 包'})
    const truncated = docx({body: p('', r('正文'))}).slice(0, 60)
    expect(refusal(truncated)).toMatchObject({rule: 'import-not-zip', exitCode: 2})
    expect(refusal(truncated).message).toMatch(/^zip 包已损坏/)
  })

  it('refuses a Word 97 .doc and an encrypted document, told apart by their streams', () => {
    expect(refusal(compound(['WordDocument', '1Table']))).toMatchObject({rule: 'import-doc', exitCode: 2})
    expect(refusal(compound(['WordDocument'])).message).toContain('.doc')
    expect(refusal(compound(['EncryptionInfo', 'EncryptedPackage']))).toMatchObject({rule: 'import-encrypted', exitCode: 2})
    useLanguage('en')
    expect(refusal(compound(['EncryptionInfo', 'EncryptedPackage'])).message).toBe(
      'the document is encrypted (it has a password to open): remove the password in Word, save it, then import it'
    )
    expect(refusal(compound(['Workbook']))).toMatchObject({rule: 'import-not-zip', message: 'an OLE compound file, not a .docx'})
  })

  it('refuses a file over 100 MB without reading it', () => {
    const huge = new Uint8Array(100 * 1000 * 1000 + 1)
    huge.set([0x50, 0x4b, 3, 4])
    expect(refusal(huge)).toMatchObject({rule: 'import-too-large', exitCode: 2, message: '文件过大：100.0 MB，上限为 100.0 MB'})
  })

  it('refuses a zip bomb from its directory, before inflating', () => {
    // 8 MB of zeros deflate to a few KB: far past 200:1.
    const bomb = zipSync({'[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(8 * 1024 * 1024)}, {level: 9})
    expect(bomb.length).toBeLessThan(100_000)
    const refused = refusal(bomb)
    expect(refused).toMatchObject({rule: 'import-too-large', exitCode: 2})
    expect(refused.message).toMatch(/^word\/document\.xml 的压缩比为 \d+:1，超过 200:1/)
    // Parts that claim 600 MB in all, at 1:1, are refused on the total without inflating (the claim is false).
    const claimed = claimSizes(zipSync({a: strToU8('a'), b: strToU8('b')}, {level: 0}), 300_000_000, 300_000_000)
    expect(refusal(claimed)).toMatchObject({rule: 'import-too-large', message: '解压后过大：共 600.0 MB，上限为 500.0 MB（疑似 zip 炸弹）'})
    const crowded: Record<string, Uint8Array> = {}
    for (let index = 0; index <= 10_000; index++) crowded[`word/media/${index}.bin`] = new Uint8Array(0)
    expect(refusal(zipSync(crowded, {level: 0}))).toMatchObject({rule: 'import-too-large', message: 'zip 包中的文件过多：10001 个，上限为 10000 个（疑似 zip 炸弹）'})
  })

  it('refuses a package without its main document or content types', () => {
    const full = docx({body: p('', r('正文'))})
    const without = (name: string): Uint8Array => {
      const files = Object.fromEntries(Object.entries(unzipSync(full)).filter(([part]) => part !== name))
      return zipSync(files)
    }
    expect(refusal(without('word/document.xml'))).toMatchObject({rule: 'import-missing-part', exitCode: 2, message: '缺少必需的部件 word/document.xml：文件不是完整的 Word 文档'})
    expect(refusal(without('[Content_Types].xml'))).toMatchObject({rule: 'import-missing-part', message: '缺少必需的部件 [Content_Types].xml：文件不是完整的 Word 文档'})
    // Without the package relationships the main part is found at its usual name.
    expect(readDocx(without('_rels/.rels')).blocks).toHaveLength(1)
  })

  it('refuses broken XML, naming the part, the line and the column', () => {
    const broken = docx({body: '<w:p><w:r><w:t>甲</w:t></w:r>\n<w:p>'})
    const refused = refusal(broken)
    expect(refused).toMatchObject({rule: 'import-xml', exitCode: 2, part: 'word/document.xml', line: 3})
    // The declaration is line 1, the body opens on line 2; the unclosed paragraph is found where the body closes.
    expect(refused.message).toMatch(/^word\/document\.xml 第 3 行第 \d+ 列的 XML 有误：/)
    const badStyles = docx({body: p('', r('正文')), styles: '<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"></w:style>'})
    expect(refusal(badStyles)).toMatchObject({rule: 'import-xml', part: 'word/styles.xml', line: 1})
    // Entities a DTD declares are never expanded (no "billion laughs"): the part is refused.
    const laughs = docx({body: p('', r('&b;'))})
    const files = unzipSync(laughs)
    const xml = new TextDecoder().decode(files['word/document.xml'])
    files['word/document.xml'] = strToU8(xml.replace('<w:document', '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<w:document'))
    expect(refusal(zipSync(files))).toMatchObject({rule: 'import-xml', part: 'word/document.xml', line: 3})
  })
})

