/** Column headings of the revision record table (历次修订记录), in order. */
export const revisionColumns = ['标准编号', '修改前文件编号', '主要修订内容', '修订部门', '修订人', '批准人'] as const

/** The change item that stands alone in the first edition's row. */
export const firstIssue = '首次发布'
