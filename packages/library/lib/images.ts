/**
 * The image files an edition's figures name, read beside its source: what
 * each is (PNG, JPEG or SVG), its size and its SHA-256, set on the tree
 * (`Image.file`) so pages give images their size and the differ sees a
 * changed picture. A file that is missing, or is not the picture its name
 * says, is an error at the image.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {messages} from '@stdkit/messages'
import {eachNode, report, type Image, type ImageFile, type Standard} from '@stdkit/tree'
import {imageSize} from 'image-size'
import type {VFile} from 'vfile'

const mediaTypes: Readonly<Record<string, ImageFile['mediaType']>> = {png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml'}

const extensions: Readonly<Record<string, ImageFile['mediaType']>> = {'.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml'}

/** Reads a file's bytes, or why it cannot be read (a message of the catalogue). */
export type ReadBytes = (file: string) => Promise<Uint8Array | string>

/** The images of a tree, in document order. */
export function imagesOf(tree: Standard): Array<Image> {
  const images: Array<Image> = []
  eachNode(tree, (node) => {
    if (node.type === 'image') images.push(node)
  })
  return images
}

/**
 * Reads every image the tree names, relative to `folder` (the source's), and
 * sets its `file`; reports on `file` each that cannot be read. The same file
 * named twice is read once.
 */
export async function readImages(tree: Standard, file: VFile, folder: string, read: ReadBytes): Promise<void> {
  const images = imagesOf(tree)
  const facts = new Map<string, Promise<ImageFile | string>>()
  for (const image of images) {
    const place = image.position?.start ?? {line: 1, column: 1}
    const target = path.resolve(folder, image.url)
    // The parser refuses a path that leaves the folder; one never reaches the disk.
    const relative = path.relative(folder, target)
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue
    let found = facts.get(target)
    if (!found) facts.set(target, (found = describe(target, read)))
    const result = await found
    if (typeof result === 'string') {
      const missing = result === messages().library.noFile
      report(file, 'error', messages().library.image({url: image.url, reason: result}), place, missing ? 'image-missing' : 'image-unreadable')
      continue
    }
    image.file = result
  }
}

/** What an image file is, or why it is no image of the kind its name says. */
async function describe(target: string, read: ReadBytes): Promise<ImageFile | string> {
  const bytes = await read(target)
  if (typeof bytes === 'string') return bytes
  const expected = extensions[path.extname(target).toLowerCase()]
  let size: {width?: number | undefined; height?: number | undefined; type?: string | undefined}
  try {
    size = imageSize(bytes)
  } catch {
    return messages().library.notImage
  }
  const mediaType = size.type === undefined ? undefined : mediaTypes[size.type]
  if (mediaType === undefined || mediaType !== expected || !size.width || !size.height) return messages().library.notImage
  return {mediaType, width: size.width, height: size.height, sha256: createHash('sha256').update(bytes).digest('hex')}
}
