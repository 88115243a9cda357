import { describe, expect, it } from 'vitest';
import { tinyModel } from '../test-support/tiny-packs.js';
import { parseAssessmentText, validateAssessment } from './parse-assessment.js';

const models = new Map([['tiny', tinyModel()]]);

const valid = `format: citymaturity/assessment@1
model: tiny
city: { name: 示例市, name_en: Example City }
method: multi-stakeholder
date: 2026-11-01
groups:
  - { id: planners, name: 规划师, name_en: Planners }
respondents:
  - id: r1
    group: local-government
    ratings:
      "1.1.1": { current: 2, target: 3, evidence: "Strategy published 2025" }
      "1.1.2": { current: unknown, target: 3 }
      "1.2.1": { current: 1, target: 2, evidence: { text: Portal, links: ["https://example.org/portal"] } }
      "2.1": { current: 3, target: 3 }
  - id: r2
    group: planners
    ratings:
      "1.1.1": { current: 3, target: 4 }
      "1.1.2": { current: 2, target: 3 }
      "1.2.1": { current: 2, target: 3 }
      "2.1": { current: 2, target: 3 }
`;

function problemsOf(text: string) {
  const result = parseAssessmentText(text, { models });
  return result.problems;
}

describe('parseAssessmentText', () => {
  it('accepts a valid assessment and returns it', () => {
    const result = parseAssessmentText(valid, { models });
    expect(result.ok).toBe(true);
    expect(result.ok && result.assessment.respondents.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('accepts the same assessment written as JSON', () => {
    const asJson = JSON.stringify({
      format: 'citymaturity/assessment@1',
      model: 'tiny',
      city: { name: 'X' },
      method: 'single-stakeholder',
      date: '2026-01-31',
      respondents: [{ id: 'me', ratings: { '1.1.1': { current: 1, target: 2 } } }],
    });
    expect(parseAssessmentText(asJson, { models }).ok).toBe(true);
  });

  it('reports broken YAML with its line and column', () => {
    const [problem] = problemsOf('format: citymaturity/assessment@1\nrespondents: [\n  - id: r1\n');
    expect(problem).toMatchObject({ code: 'yaml-syntax', path: '(file)' });
    expect(problem?.message.en).toMatch(/line \d+, column \d+/);
  });

  it('rejects a wrong format tag, naming what it found', () => {
    const problems = problemsOf(
      valid.replace('citymaturity/assessment@1', 'citymaturity/assessment@2'),
    );
    expect(problems[0]).toMatchObject({ code: 'format', path: 'format', line: 1 });
    expect(problems[0]?.message.en).toContain('"citymaturity/assessment@2"');
  });

  it('rejects level 7 with the full path, its line and a message in both languages', () => {
    const problems = problemsOf(
      valid.replace('"2.1": { current: 2, target: 3 }', '"2.1": { current: 7, target: 3 }'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'level',
      path: 'respondents[1].ratings["2.1"].current',
      line: 22,
    });
    expect(problems[0]?.message.en).toBe(
      'a level must be a whole number from 1 to 5 or "unknown" (found 7)',
    );
    expect(problems[0]?.message.zh).toBe(
      '级别必须是 1 到 5 的整数或 "unknown"（不知道）（实际为 7）',
    );
  });

  it('rejects a level that is not a level at all (text, fractions)', () => {
    const problems = problemsOf(
      valid.replace('current: 3, target: 4', 'current: "two", target: 3.5'),
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['level', 'respondents[1].ratings["1.1.1"].current'],
      ['level', 'respondents[1].ratings["1.1.1"].target'],
    ]);
  });

  it('rejects a characteristic the model does not have', () => {
    const problems = problemsOf(valid.replace('"2.1": { current: 3', '"9.9.9": { current: 3'));
    expect(problems.filter((p) => p.severity === 'error')).toMatchObject([
      {
        code: 'unknown-characteristic',
        path: 'respondents[0].ratings["9.9.9"]',
        params: { id: '9.9.9', model: 'tiny' },
      },
    ]);
  });

  it('rejects an unknown model and lists the available ones', () => {
    const problems = problemsOf(valid.replace('model: tiny', 'model: mmsc'));
    expect(problems).toMatchObject([
      { code: 'unknown-model', path: 'model', params: { model: 'mmsc', available: 'tiny' } },
    ]);
  });

  it('rejects a misspelt field, naming it', () => {
    const problems = problemsOf(valid.replace('name_en: Example City', 'nmae_en: Example City'));
    expect(problems).toMatchObject([{ code: 'unknown-field', path: 'city.nmae_en' }]);
  });

  it('reports a missing required field', () => {
    const problems = problemsOf(valid.replace('date: 2026-11-01\n', ''));
    expect(problems).toMatchObject([{ code: 'required', path: 'date' }]);
  });

  it('rejects a method that is not one of the five evidence-gathering methods', () => {
    const [problem] = problemsOf(valid.replace('method: multi-stakeholder', 'method: survey'));
    expect(problem).toMatchObject({ code: 'method', path: 'method' });
    expect(problem?.message.en).toContain(
      'single-stakeholder, multi-stakeholder, facilitated-workshop, multi-city-benchmark, external-audit',
    );
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(problemsOf(valid.replace('2026-11-01', '01/11/2026'))).toMatchObject([
      { code: 'date', path: 'date' },
    ]);
  });

  it('rejects an undeclared stakeholder group', () => {
    expect(problemsOf(valid.replace('group: planners', 'group: plannners'))).toMatchObject([
      { code: 'unknown-group', path: 'respondents[1].group' },
    ]);
  });

  it('rejects a duplicate respondent id', () => {
    expect(problemsOf(valid.replace('id: r2', 'id: r1'))).toMatchObject([
      {
        code: 'duplicate-respondent',
        path: 'respondents[1].id',
        params: { first: 'respondents[0]' },
      },
    ]);
  });

  it('rejects evidence links that are not web addresses', () => {
    expect(
      problemsOf(valid.replace('https://example.org/portal', 'javascript:alert(1)')),
    ).toMatchObject([{ code: 'link', path: 'respondents[0].ratings["1.2.1"].evidence.links[0]' }]);
  });

  it('accepts evidence files listed by name, type, size and SHA-256', () => {
    const withFiles = valid.replace(
      'links: ["https://example.org/portal"] }',
      `links: ["https://example.org/portal"], files: [{ name: 规划.pdf, media_type: application/pdf, size: 1234, sha256: ${'a'.repeat(64)} }] }`,
    );
    const result = parseAssessmentText(withFiles, { models });
    expect(result.ok).toBe(true);
    const evidence = result.ok ? result.assessment.respondents[0]?.ratings['1.2.1']?.evidence : '';
    expect(evidence).toMatchObject({ files: [{ name: '规划.pdf', size: 1234 }] });
  });

  it('rejects an evidence file whose SHA-256 is not 64 hexadecimal digits', () => {
    const withFiles = valid.replace(
      'links: ["https://example.org/portal"] }',
      'files: [{ name: a.pdf, media_type: application/pdf, size: 1, sha256: xyz }] }',
    );
    expect(problemsOf(withFiles).length).toBeGreaterThan(0);
  });

  it('reports every problem, not only the first', () => {
    const broken = valid
      .replace('model: tiny', 'model: tiny\nextra: 1')
      .replace('current: 3, target: 4', 'current: 6, target: 4');
    expect(
      problemsOf(broken)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['level', 'unknown-field']);
  });

  it('warns, without failing, about a target below the current level and an ambitious target', () => {
    const text = valid
      .replace('"2.1": { current: 3, target: 3 }', '"2.1": { current: 3, target: 2 }')
      .replace('"1.2.1": { current: 2, target: 3 }', '"1.2.1": { current: 1, target: 5 }');
    const result = parseAssessmentText(text, { models });
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'target-below-current', 'respondents[0].ratings["2.1"]'],
      ['warning', 'ambitious-target', 'respondents[1].ratings["1.2.1"]'],
    ]);
  });

  it('warns about characteristics a respondent has not answered', () => {
    const result = parseAssessmentText(
      valid.replace('      "2.1": { current: 2, target: 3 }\n', ''),
      { models },
    );
    expect(result.problems).toMatchObject([
      {
        severity: 'warning',
        code: 'unrated-characteristics',
        params: { respondent: 'r2', respondentId: 'r2', count: 1, ids: '2.1' },
      },
    ]);
  });

  it('names the respondent of that warning by its name where it has one, in both languages', () => {
    const result = parseAssessmentText(
      valid
        .replace('  - id: r2\n', '  - id: 0b7c43a6-5f0e-4f3b-9d0f-3f7e2c1a9b11\n    name: 王敏\n')
        .replace('      "2.1": { current: 2, target: 3 }\n', ''),
      { models },
    );
    const [warning] = result.problems;
    expect(warning?.params).toMatchObject({
      respondent: '王敏',
      respondentId: '0b7c43a6-5f0e-4f3b-9d0f-3f7e2c1a9b11',
    });
    expect(warning?.message.zh).toContain('答卷人“王敏”');
    expect(warning?.message.en).toContain('respondent “王敏”');
    expect(warning?.message.en).not.toContain('0b7c43a6');
  });
});

describe('the consensus of a facilitated workshop', () => {
  const workshop = `${valid.replace('method: multi-stakeholder', 'method: facilitated-workshop')}consensus:
  "1.1.1": { current: 3, target: 4, rationale: Most groups saw a published strategy, dissent: Residents saw none }
  "2.1": { current: unknown, target: 4 }
`;

  it('accepts agreed levels with rationale and dissent, keyed by characteristic', () => {
    const result = parseAssessmentText(workshop, { models });
    expect(result.ok && result.assessment.consensus).toEqual({
      '1.1.1': {
        current: 3,
        target: 4,
        rationale: 'Most groups saw a published strategy',
        dissent: 'Residents saw none',
      },
      '2.1': { current: 'unknown', target: 4 },
    });
  });

  it('rejects a characteristic the model does not have', () => {
    expect(
      problemsOf(workshop.replace('"2.1": { current: unknown', '"9.9": { current: unknown')),
    ).toMatchObject([
      {
        code: 'unknown-characteristic',
        path: 'consensus["9.9"]',
        params: { id: '9.9', model: 'tiny' },
      },
    ]);
  });

  it('rejects a consensus with a method other than facilitated-workshop, in both languages', () => {
    const problems = problemsOf(
      workshop.replace('method: facilitated-workshop', 'method: multi-stakeholder'),
    );
    expect(problems).toMatchObject([
      { severity: 'error', code: 'consensus-without-workshop', path: 'consensus', line: 24 },
    ]);
    expect(problems[0]?.message.en).toBe(
      'consensus (the agreed levels) belongs only to a facilitated workshop (method: facilitated-workshop), but the method is multi-stakeholder; remove consensus or change the method',
    );
    expect(problems[0]?.message.zh).toContain('consensus（共识）只能用于引导式研讨会');
  });

  it('rejects a level that is not 1–5 or "unknown", naming the path', () => {
    const problems = problemsOf(
      workshop.replace('current: 3, target: 4, rationale', 'current: 7, target: 4, rationale'),
    );
    expect(problems).toMatchObject([
      { code: 'level', path: 'consensus["1.1.1"].current', params: { max: 5 } },
    ]);
  });

  it('rejects an empty level: only agreed items are written', () => {
    const problems = problemsOf(
      workshop.replace('current: unknown, target: 4', 'current: null, target: 4'),
    );
    expect(problems).toMatchObject([{ code: 'level', path: 'consensus["2.1"].current' }]);
  });

  it('requires both levels', () => {
    const problems = problemsOf(
      workshop.replace('"2.1": { current: unknown, target: 4 }', '"2.1": { current: 2 }'),
    );
    expect(problems).toMatchObject([{ code: 'required', path: 'consensus["2.1"].target' }]);
  });

  it('warns, without failing, about an agreed target below the current level', () => {
    const result = parseAssessmentText(
      workshop.replace('current: 3, target: 4, rationale', 'current: 3, target: 2, rationale'),
      { models },
    );
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'target-below-current', 'consensus["1.1.1"]'],
    ]);
  });
});

describe('validateAssessment', () => {
  it('rejects input that is not an object', () => {
    expect(validateAssessment([1, 2], { models }).problems).toMatchObject([
      { code: 'not-a-mapping', path: '(file)' },
    ]);
  });
});
