import type { ProgrammeReviewKind } from '@citymaturity/core';
import type { LocalizedText, Note, OperatingModelPack, Source } from '@citymaturity/model';

// How a review's items are laid out on screen, from the pack: the key success factors' statements
// by factor and sub-factor, the procurement rows in the table's order, the governance changes by
// their new way of working. Item ids are those the API rates (`ksf-1a-1`, `procurement-3`, …).

/** One item as the page shows it, with the pack's texts beside the city's rating. */
export interface GroupItem {
  id: string;
  /** The statement, the change's name, or the procurement row's smart column. */
  text: LocalizedText;
  /** Written by the pack's editors (not in the standard's words). */
  derived?: boolean;
  /** Procurement: the row's number and its traditional column (and the smart column's items). */
  number?: number;
  traditional?: LocalizedText;
  smartItems?: readonly LocalizedText[];
  /** Governance: what the change means. */
  description?: LocalizedText;
  notes?: readonly Note[];
  source?: Source;
}

/** A sub-group: a sub-factor (or the whole of a group without sub-groups). */
export interface ItemSection {
  id: string;
  heading?: LocalizedText;
  items: GroupItem[];
  notes?: readonly Note[];
  source?: Source;
}

/** A group of items with its heading: a key success factor, a way of working, the whole table. */
export interface ItemGroup {
  id: string;
  /** Factor number (key success factors). */
  number?: number;
  /** None for a kind whose items form one list (procurement). */
  heading?: LocalizedText;
  sections: ItemSection[];
  notes?: readonly Note[];
}

/** The id a procurement row is rated under. */
export const procurementItem = (number: number) => `procurement-${String(number)}`;

/**
 * The items of a kind of review grouped as the page shows them (the pack's order). Empty when the
 * pack has no such list.
 */
export function reviewGroups(pack: OperatingModelPack, kind: ProgrammeReviewKind): ItemGroup[] {
  switch (kind) {
    case 'key-success-factors':
      return (pack.key_success_factors ?? []).map((factor) => ({
        id: factor.id,
        number: factor.number,
        heading: factor.name,
        notes: factor.notes,
        sections: factor.subfactors.map((sub) => ({
          id: sub.id,
          heading: sub.name,
          notes: sub.notes,
          source: sub.source,
          items: sub.checklist.map((s) => ({
            id: s.id,
            text: s.text,
            derived: s.derived,
            notes: s.notes,
          })),
        })),
      }));
    case 'procurement': {
      const table = pack.procurement_transformation;
      if (!table) return [];
      return [
        {
          id: 'procurement',
          notes: table.notes,
          sections: [
            {
              id: 'procurement-rows',
              source: table.source,
              items: table.rows.map((row) => ({
                id: procurementItem(row.number),
                text: row.smart,
                number: row.number,
                traditional: row.traditional,
                smartItems: row.smart_items,
                notes: row.notes,
              })),
            },
          ],
        },
      ];
    }
    case 'governance': {
      const groups: ItemGroup[] = [];
      for (const change of pack.governance_changes ?? []) {
        const item: GroupItem = {
          id: change.id,
          text: change.name,
          description: change.description,
          notes: change.notes,
          source: change.source,
        };
        const group = groups.find((g) => g.heading?.en === change.way_of_working.en);
        if (group) group.sections[0]?.items.push(item);
        else
          groups.push({
            id: `way-${String(groups.length + 1)}`,
            heading: change.way_of_working,
            sections: [{ id: `way-${String(groups.length + 1)}-changes`, items: [item] }],
          });
      }
      return groups;
    }
  }
}

/** Every item of the groups, in order. */
export function groupItems(groups: readonly ItemGroup[]): GroupItem[] {
  return groups.flatMap((g) => g.sections.flatMap((s) => s.items));
}
