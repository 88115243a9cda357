import { describe, expect, it } from 'vitest';
import { errorKind } from './error-kind.js';

describe('errorKind', () => {
  it('tells a missing permission, a missing assessment and any other error apart', () => {
    expect([403, 404, 500, 0].map(errorKind)).toEqual(['forbidden', 'notFound', 'other', 'other']);
  });
});
