/**
 * Image files as a figure draws them: what kind each is and its size, read
 * from its own bytes (a PNG's header, a JPEG's frame, an SVG's root element)
 * when the tree does not carry the facts.
 */
import type {ImageFile} from '@stdkit/tree'

export interface ImageFacts {
  mediaType: ImageFile['mediaType']
  /** Intrinsic size in CSS pixels. */
  width: number
  height: number
}

/** What the bytes are and how large, or the reason they are not an image a figure can hold. */
export function imageFacts(bytes: Uint8Array): ImageFacts | string {
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    return {mediaType: 'image/png', width: view.getUint32(16), height: view.getUint32(20)}
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg(bytes)
  const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes.subarray(0, 4096))
  const root = /<svg\b[^>]*>/u.exec(text)?.[0]
  if (root) return svg(root)
  return 'not a PNG, JPEG or SVG file'
}

function jpeg(bytes: Uint8Array): ImageFacts | string {
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return 'a JPEG file without a frame header'
    const marker = bytes[at + 1] ?? 0
    const length = ((bytes[at + 2] ?? 0) << 8) + (bytes[at + 3] ?? 0)
    // Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {mediaType: 'image/jpeg', height: ((bytes[at + 5] ?? 0) << 8) + (bytes[at + 6] ?? 0), width: ((bytes[at + 7] ?? 0) << 8) + (bytes[at + 8] ?? 0)}
    }
    at += 2 + length
  }
  return 'a JPEG file without a frame header'
}

/** CSS pixels per unit of an SVG length. */
const units: Readonly<Record<string, number>> = {'': 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96}

function svg(root: string): ImageFacts | string {
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'u').exec(root)?.[1]
  const length = (value: string | undefined): number | undefined => {
    const match = /^\s*([\d.]+)\s*(px|pt|pc|mm|cm|in)?\s*$/u.exec(value ?? '')
    return match ? Number(match[1]) * (units[match[2] ?? ''] ?? 1) : undefined
  }
  const box = (attribute('viewBox') ?? '').trim().split(/[\s,]+/u).map(Number)
  const [, , boxWidth, boxHeight] = box.length === 4 && box.every((value) => Number.isFinite(value)) ? box : []
  let width = length(attribute('width'))
  let height = length(attribute('height'))
  if (width === undefined && height === undefined) {
    width = boxWidth
    height = boxHeight
  } else if (width === undefined && height !== undefined && boxWidth && boxHeight) width = (height * boxWidth) / boxHeight
  else if (height === undefined && width !== undefined && boxWidth && boxHeight) height = (width * boxHeight) / boxWidth
  if (!width || !height) return 'an SVG file without a size (width and height, or a viewBox)'
  return {mediaType: 'image/svg+xml', width, height}
}
