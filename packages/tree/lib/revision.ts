/** Column headings of the revision record table (历次修订记录), in order. */
export const revisionColumns = ['标准编号', '修改前文件编号', '主要修订内容', '修订部门', '修订人', '批准人'] as const

/** The change item that stands alone in the first edition's row. */
export const firstIssue = '首次发布'

/** Writes a standard number the GB/T way, whatever dash the source used: `Q/ZX 75.1861–2007`. */
export function normalizeNumber(value: string): string {
  return value.trim().replace(/\s*[-–—]\s*(\d{4})$/u, '–$1').replace(/\s+/gu, ' ')
}
