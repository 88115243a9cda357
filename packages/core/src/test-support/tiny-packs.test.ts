import { describe, expect, it } from 'vitest';
import { tinyModel, tinyOperatingModel } from './tiny-packs.js';

describe('the tiny test packs', () => {
  it('load as valid packs through the same schema as the bundled ones', () => {
    expect(tinyModel().characteristics.map((c) => c.id)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.2.1',
      '2.1',
    ]);
    expect(tinyOperatingModel().components.map((c) => c.code)).toEqual(['V1', 'B1', 'B2']);
  });
});
