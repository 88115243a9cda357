import { describe, expect, it } from 'vitest';
import {
  acceptedFiles,
  filePreProblem,
  fileTypeKey,
  formatFileSize,
  maxUploadMegabytes,
  uploadPercent,
} from './evidence-files-logic.js';

describe('evidence files in the questionnaire', () => {
  it('offers the accepted types in the file picker, by extension and media type', () => {
    const accepted = acceptedFiles.split(',');
    expect(accepted).toContain('.pdf');
    expect(accepted).toContain('.docx');
    expect(accepted).toContain('image/png');
    expect(accepted).not.toContain('.exe');
  });

  it('refuses an empty file and one larger than the limit before sending it', () => {
    expect(filePreProblem({ size: 0 })).toBe('empty');
    expect(filePreProblem({ size: maxUploadMegabytes * 1024 * 1024 })).toBeNull();
    expect(filePreProblem({ size: maxUploadMegabytes * 1024 * 1024 + 1 })).toBe('too-large');
    expect(filePreProblem({ size: 2 * 1024 * 1024 }, 1)).toBe('too-large');
  });

  it('names file types for people, whatever the case of the media type', () => {
    expect(fileTypeKey('application/pdf')).toBe('pdf');
    expect(fileTypeKey('IMAGE/JPEG')).toBe('jpeg');
    expect(fileTypeKey('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(
      'xlsx',
    );
    expect(fileTypeKey('application/x-msdownload')).toBe('other');
  });

  it('formats sizes in bytes, KB and MB in each language', () => {
    expect(formatFileSize(45, 'en')).toBe('45 B');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(200 * 1024, 'zh')).toBe('200 KB');
    expect(formatFileSize(12.4 * 1024 * 1024, 'en')).toBe('12 MB');
    expect(formatFileSize(1234 * 1024 * 1024, 'en')).toBe('1,234 MB');
  });

  it('shows the upload below 100 % until the server has answered', () => {
    expect(uploadPercent(0)).toBe(0);
    expect(uploadPercent(0.456)).toBe(46);
    expect(uploadPercent(1)).toBe(99);
  });
});
