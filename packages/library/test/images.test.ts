import {mkdtemp, mkdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {useLanguage} from '@stdkit/messages'
import {readImages} from '@stdkit/library'
import type {Image, Standard} from '@stdkit/tree'

/** A PNG of 3 × 2 pixels. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==', 'base64')
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80"><rect width="120" height="80"/></svg>'

const image = (url: string, line: number): Image => ({type: 'image', url, alt: url, position: {start: {line, column: 1}, end: {line, column: 10}}})

function standardOf(images: Array<Image>): Standard {
  return {
    type: 'standard',
    cover: {code: 'Q/ZX', number: 'Q/ZX 1–2020', designation: 'Q/ZX 1', year: 2020, title: '样本', status: 'published'},
    children: [{type: 'clause', number: '4', depth: 1, id: 'clause-4', title: '要求', children: [{type: 'figure', number: '1', id: 'figure-1', caption: '结构', children: images}]}]
  }
}

const read = async (file: string): Promise<Uint8Array | string> => readFile(file).catch(() => '没有这个文件')

describe('readImages', () => {
  let folder = ''
  beforeAll(async () => {
    useLanguage('zh')
    folder = await mkdtemp(path.join(tmpdir(), 'stdkit-images-'))
    await mkdir(path.join(folder, 'figures'))
    await writeFile(path.join(folder, 'figures', 'a.png'), png)
    await writeFile(path.join(folder, 'figures', 'b.svg'), svg)
    await writeFile(path.join(folder, 'figures', 'c.svg'), png)
  })

  it('sets each image its kind, size and SHA-256, reading a file named twice once', async () => {
    const images = [image('figures/a.png', 3), image('figures/b.svg', 5), image('figures/a.png', 7)]
    let reads = 0
    const file = new VFile({path: '2020.md'})
    await readImages(standardOf(images), file, folder, async (target) => (reads++, read(target)))
    expect(file.messages).toEqual([])
    expect(images[0]?.file).toEqual({mediaType: 'image/png', width: 3, height: 2, sha256: '074522f5bcd75c5832b201d72d7286411c8e1a5bf6d73a3d779e606c24e68789'})
    expect(images[1]?.file).toMatchObject({mediaType: 'image/svg+xml', width: 120, height: 80})
    expect(images[2]?.file).toEqual(images[0]?.file)
    expect(reads).toBe(2)
  })

  it('reports a missing file and a file that is not the image its name says, at the image', async () => {
    const images = [image('figures/none.png', 4), image('figures/c.svg', 9)]
    const file = new VFile({path: '2020.md'})
    await readImages(standardOf(images), file, folder, read)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['image-missing', 4, '无法读取图 figures/none.png：没有这个文件'],
      ['image-unreadable', 9, '无法读取图 figures/c.svg：它不是一个与扩展名相符的 PNG、JPEG 或 SVG 图像']
    ])
    expect(images.map((item) => item.file)).toEqual([undefined, undefined])
  })

  it('never reads a path that leaves the folder', async () => {
    const images = [image('../secret.png', 2)]
    let reads = 0
    await readImages(standardOf(images), new VFile({path: '2020.md'}), folder, async (target) => (reads++, read(target)))
    expect(reads).toBe(0)
  })
})
