import type { OperatingModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { Bi, NoteList, SourceLine, useMatcher } from '../ModelView.js';

/** The smart city interoperability matrix: the three areas × five interoperability dimensions. */
export function MatrixSection({ pack }: { pack: OperatingModelPack }) {
  const { t } = useTranslation('model');
  const match = useMatcher();
  const matrix = pack.interoperability_matrix;
  if (!matrix) return null;
  const any =
    matrix.cells.some((cell) => cell.products.some((p) => match(p.tags, [p.name]))) ||
    match([], [...matrix.dimensions.map((d) => d.name), ...pack.areas.map((a) => a.name)]);
  if (!any) return null;
  const cellOf = (area: string, dimension: string) =>
    matrix.cells.find((c) => c.area === area && c.dimension === dimension);

  return (
    <section className="cm-m-section">
      <h3 id="scom-matrix">{t('scom.sections.matrix')}</h3>
      <p className="cm-muted">{t('scom.matrixExplained')}</p>
      <div className="cm-table-scroll" tabIndex={0} role="region" aria-labelledby="scom-matrix">
        <table className="cm-m-table cm-m-matrix">
          <thead>
            <tr>
              <th scope="col">{t('scom.matrixArea')}</th>
              {matrix.dimensions.map((d) => (
                <th key={d.id} scope="col">
                  <Bi text={d.name} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pack.areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">
                  <Bi text={area.name} />
                </th>
                {matrix.dimensions.map((d) => {
                  const cell = cellOf(area.id, d.id);
                  return (
                    <td key={d.id}>
                      {cell && cell.products.length > 0 ? (
                        <ul className="cm-plain-list cm-m-products">
                          {cell.products.map((p, i) => (
                            <li key={i}>
                              <Bi text={p.name} />{' '}
                              {p.tags.map((tag) => (
                                <a key={tag} href={`#scom-${tag}`} className="cm-m-code-link">
                                  [{tag}]
                                </a>
                              ))}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="cm-muted">{t('scom.emptyCell')}</span>
                      )}
                      {cell && <NoteList notes={cell.notes} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NoteList notes={matrix.notes} />
      <SourceLine source={matrix.source} />
    </section>
  );
}
