import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './evidence-download.js';

describe('attachmentDisposition', () => {
  it('percent-encodes a Chinese name in filename* and gives an ASCII fallback', () => {
    expect(attachmentDisposition('评估报告.pdf')).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''%E8%AF%84%E4%BC%B0%E6%8A%A5%E5%91%8A.pdf`,
    );
  });

  it('cannot be broken out of by quotes or apostrophes', () => {
    expect(attachmentDisposition(`a"b'c.pdf`)).toBe(
      `attachment; filename="a_b'c.pdf"; filename*=UTF-8''a%22b%27c.pdf`,
    );
  });
});
