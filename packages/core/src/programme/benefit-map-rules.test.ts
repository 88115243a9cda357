import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benefitLinkAllowed,
  benefitLinkProblem,
  benefitNodeKinds,
  benefitPathExists,
  type BenefitMapLink,
  type BenefitMapNode,
} from './benefit-map-rules.js';

const nodes: BenefitMapNode[] = [
  { id: 'i', kind: 'initiative' },
  { id: 'm', kind: 'investment' },
  { id: 'o', kind: 'output' },
  { id: 'x', kind: 'outcome' },
  { id: 'y', kind: 'outcome' },
  { id: 'p', kind: 'purpose' },
];
const link = (fromNodeId: string, toNodeId: string): BenefitMapLink => ({ fromNodeId, toNodeId });

describe('benefit map arrows', () => {
  it('follow the logic model: inputs → outputs → outcomes → purposes', () => {
    const allowed = benefitNodeKinds.flatMap((from) =>
      benefitNodeKinds.filter((to) => benefitLinkAllowed(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'initiative→output',
      'investment→output',
      'output→outcome',
      'outcome→outcome',
      'outcome→purpose',
    ]);
  });

  it('accepts an allowed arrow', () => {
    expect(benefitLinkProblem(nodes, [], link('i', 'o'))).toBeNull();
  });

  it('refuses an arrow that skips a step of the logic model', () => {
    expect(benefitLinkProblem(nodes, [], link('i', 'x'))).toBe('kinds-not-allowed');
    expect(benefitLinkProblem(nodes, [], link('p', 'x'))).toBe('kinds-not-allowed');
  });

  it('refuses an arrow from or to a node not on the map', () => {
    expect(benefitLinkProblem(nodes, [], link('nowhere', 'o'))).toBe('unknown-from-node');
    expect(benefitLinkProblem(nodes, [], link('i', 'nowhere'))).toBe('unknown-to-node');
  });

  it('refuses an arrow from a node to itself', () => {
    expect(benefitLinkProblem(nodes, [], link('x', 'x'))).toBe('self-link');
  });

  it('refuses the same arrow twice', () => {
    expect(benefitLinkProblem(nodes, [link('i', 'o')], link('i', 'o'))).toBe('link-exists');
  });

  it('refuses an outcome → outcome arrow that would close a loop', () => {
    expect(benefitLinkProblem(nodes, [link('x', 'y')], link('y', 'x'))).toBe('cycle');
  });

  it('never lets a map built arrow by arrow contain a loop', () => {
    const many: BenefitMapNode[] = [
      ...['a', 'b'].map((id) => ({ id, kind: 'initiative' as const })),
      ...['c', 'd'].map((id) => ({ id, kind: 'output' as const })),
      ...['e', 'f', 'g', 'h'].map((id) => ({ id, kind: 'outcome' as const })),
      { id: 'p', kind: 'purpose' },
    ];
    const ids = many.map((n) => n.id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 40 }),
        (attempts) => {
          const links: BenefitMapLink[] = [];
          for (const [from, to] of attempts) {
            const candidate = link(from, to);
            if (benefitLinkProblem(many, links, candidate) === null) links.push(candidate);
          }
          for (const l of links) {
            expect(benefitPathExists(links, l.toNodeId, l.fromNodeId)).toBe(false);
            const kinds = [l.fromNodeId, l.toNodeId].map(
              (id) => many.find((n) => n.id === id)?.kind,
            );
            expect(benefitLinkAllowed(kinds[0] ?? 'purpose', kinds[1] ?? 'purpose')).toBe(true);
          }
        },
      ),
    );
  });
});
