/**
 * SVG figures: placed as SVG, which Word draws as vectors, with the PNG that
 * Word asks for as a fallback (for readers that cannot draw SVG), rasterised
 * by resvg (`@resvg/resvg-js`). The rasteriser reads no system font: the text
 * of a figure is set in the Noto faces the PDF edition is set in, read from
 * their npm packages, so the PNG's bytes are the same on every machine.
 */
import {createRequire} from 'node:module'
import {Resvg} from '@resvg/resvg-js'

const require = createRequire(import.meta.url)

const fontFiles = [
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')
]

/** Pixels of the fallback per pixel of the figure as placed: twice, for print. */
const density = 2

/** The PNG fallback of an SVG, `width` pixels wide as placed. */
export function rasterise(svg: Uint8Array, width: number): Uint8Array {
  const resvg = new Resvg(Buffer.from(svg), {
    fitTo: {mode: 'width', value: Math.max(1, Math.round(width * density))},
    background: 'white',
    font: {loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC', serifFamily: 'Noto Serif SC'}
  })
  return new Uint8Array(resvg.render().asPng())
}
