/**
 * Image files as a figure draws them: what kind each is and its size, read
 * from its own bytes by `image-size` (the library's reader uses the same)
 * when the tree does not carry the facts.
 */
import {messages} from '@stdkit/messages'
import type {ImageFile} from '@stdkit/tree'
import {imageSize} from 'image-size'

export interface ImageFacts {
  mediaType: ImageFile['mediaType']
  /** Intrinsic size in CSS pixels. */
  width: number
  height: number
}

const mediaTypes: Readonly<Record<string, ImageFile['mediaType']>> = {png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml'}

/** What the bytes are and how large, or the reason (in the catalogue's words) they are not an image a figure can hold. */
export function imageFacts(bytes: Uint8Array): ImageFacts | string {
  let size: ReturnType<typeof imageSize> | undefined
  try {
    size = imageSize(bytes)
  } catch {
    size = undefined
  }
  const mediaType = size?.type === undefined ? undefined : mediaTypes[size.type]
  if (mediaType === undefined || !size?.width || !size.height) return messages().library.notImage
  return {mediaType, width: size.width, height: size.height}
}
