import type { MaturityModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { CharacteristicEntry } from './CharacteristicEntry.js';
import { MmsscIntro } from './MmsscIntro.js';
import { Bi, Hl, NoteList, SourceLine, useMatcher } from './ModelView.js';

/** The structure of the pack left after the search: dimensions → sub-dimensions → characteristics. */
export function useFilteredDimensions(pack: MaturityModelPack | undefined) {
  const match = useMatcher();
  return (pack?.dimensions ?? [])
    .map((dimension) => {
      const dimensionHit = match([dimension.id], [dimension.name, dimension.description]);
      const subdimensions = dimension.subdimensions
        .map((sub) => {
          const subHit = dimensionHit || match([sub.id], [sub.name]);
          const characteristics = sub.characteristics.filter(
            (c) =>
              subHit ||
              match(
                [c.id],
                [
                  c.name,
                  ...Object.values(c.levels),
                  ...(c.notes ?? []).map((n) => n.text),
                  ...Object.values(c.levels).flatMap((l) => (l.notes ?? []).map((n) => n.text)),
                ],
              ),
          );
          return { sub, characteristics, show: subHit || characteristics.length > 0 };
        })
        .filter((s) => s.show);
      return { dimension, subdimensions, show: dimensionHit || subdimensions.length > 0 };
    })
    .filter((d) => d.show);
}

/** How many characteristics a filtered structure holds. */
export function countCharacteristics(dimensions: ReturnType<typeof useFilteredDimensions>): number {
  return dimensions.reduce(
    (sum, d) => sum + d.subdimensions.reduce((s, sub) => s + sub.characteristics.length, 0),
    0,
  );
}

/** The MMSSC (ISO/TS 37107): its levels, types and every characteristic with its five criteria. */
export function MmsscView({ pack }: { pack: MaturityModelPack }) {
  const { t } = useTranslation('model');
  const dimensions = useFilteredDimensions(pack);
  const types = new Map(pack.characteristic_types.map((ty) => [ty.id, ty]));
  return (
    <div className="cm-m-pack">
      <MmsscIntro pack={pack} />
      {dimensions.length === 0 && <p className="cm-m-empty">{t('noMatches')}</p>}
      {dimensions.map(({ dimension, subdimensions }) => (
        <section
          key={dimension.id}
          className="cm-m-dimension"
          aria-labelledby={`dimension-${dimension.id}`}
        >
          <h3 id={`dimension-${dimension.id}`} className="cm-m-dimension-title">
            <Hl text={t('mmssc.dimension', { id: dimension.id })} /> · <Bi text={dimension.name} />
          </h3>
          {dimension.description && <Bi text={dimension.description} as="p" />}
          <NoteList notes={dimension.notes} />
          <SourceLine source={dimension.source} />
          {subdimensions.map(({ sub, characteristics }) => (
            <section
              key={sub.id}
              className="cm-m-subdimension"
              aria-labelledby={`subdimension-${sub.id}`}
            >
              <h4 id={`subdimension-${sub.id}`} className="cm-m-subdimension-title">
                <Hl text={sub.id} /> <Bi text={sub.name} />
              </h4>
              <NoteList notes={sub.notes} />
              {characteristics.map((c) => (
                <CharacteristicEntry
                  key={c.id}
                  characteristic={c}
                  levels={pack.levels}
                  type={types.get(c.type)}
                />
              ))}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
