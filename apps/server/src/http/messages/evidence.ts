import type { LocalizedText } from '@citymaturity/model';

/**
 * Error codes of evidence files, in Chinese and English. `{name}` and `{maxMegabytes}` are
 * replaced by the error's details of the same names.
 */
export const evidenceMessages = {
  'evidence-too-large': {
    zh: '文件“{name}”太大：每个证据文件最大 {maxMegabytes} MB，未保存任何内容',
    en: 'The file “{name}” is too large: an evidence file may have at most {maxMegabytes} MB; nothing was stored',
  },
  'evidence-unsupported-type': {
    zh: '文件“{name}”的内容不是允许的类型（按文件内容检查，不看文件名）。请上传 PDF、图片（PNG、JPEG、GIF、WebP）或办公文档（Word、Excel、PowerPoint、OpenDocument）',
    en: 'The content of the file “{name}” is not of an accepted type (checked by its content, not its name). Upload a PDF, an image (PNG, JPEG, GIF, WebP) or an office document (Word, Excel, PowerPoint, OpenDocument)',
  },
  'evidence-empty-file': {
    zh: '文件“{name}”是空的',
    en: 'The file “{name}” is empty',
  },
  'evidence-one-file': {
    zh: '每次请上传一个文件（字段名 file）',
    en: 'Upload one file at a time (field name file)',
  },
  'evidence-revealed': {
    zh: '结果已公布，评分已结束：证据不能再修改',
    en: 'The results have been revealed and rating has closed: the evidence can no longer change',
  },
  'evidence-not-facilitated': {
    zh: '只有引导式研讨会评估才有共识项的证据',
    en: 'Only a facilitated workshop has evidence of consensus items',
  },
  'evidence-link-closed': {
    zh: '您的邀请链接已撤销或已过期',
    en: 'Your invitation link has been revoked or has expired',
  },
} satisfies Record<string, LocalizedText>;
