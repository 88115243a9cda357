import { useTranslation } from 'react-i18next';
import type { Review, ReviewHistory } from '../../../api/programme-reviews.js';
import { useLang } from '../../../components/lang.js';
import { TableRegion } from '../../../components/TableRegion.js';
import { PackNotes, SourceLine } from '../sections/PackText.js';
import { ChangeText, RagBadge, RatingBadge } from './Badges.js';
import type { GroupItem, ItemGroup } from './review-groups.js';

/** The pack's text of an item: the statement (editors' ones marked), or the change and what it means. */
export function ItemPackText({ item }: { item: GroupItem }) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  return (
    <>
      <p>
        {item.text[lang]}
        {item.derived && (
          <>
            {' '}
            <span className="cm-pg-derived">{t('text.derived')}</span>
          </>
        )}
      </p>
      {item.description && <p className="cm-muted">{item.description[lang]}</p>}
      <PackNotes notes={item.notes} />
    </>
  );
}

/**
 * The items of a kind with a review's ratings, comments and changes since the previous review
 * beside the pack's texts (the pack's texts alone, every item "not rated", without a review): key
 * success factors by factor and sub-factor with their RAG, governance changes by way of working,
 * the procurement rows as the table traditional → position → smart.
 */
export function ReviewItemsView({
  history,
  groups,
  review,
}: {
  history: Pick<ReviewHistory, 'kind' | 'scale'>;
  groups: readonly ItemGroup[];
  review: Review | undefined;
}) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const kind = history.kind;
  const rating = (id: string) => review?.ratings.find((r) => r.itemId === id);
  const changeOf = (id: string) => {
    const c = review?.changes?.items.find((x) => x.itemId === id);
    return c ? <ChangeText change={c.change} previous={c.previous} now={c.rating} /> : null;
  };
  const factor = (id: string) => review?.summary.factors.find((f) => f.factorId === id);

  if (kind === 'procurement')
    return (
      <TableRegion labelledBy="ratings-title">
        <table className="cm-table cm-pg-procurement">
          <thead>
            <tr>
              <th scope="col">{t('selfChecks.number')}</th>
              <th scope="col">{t('selfChecks.traditional')}</th>
              <th scope="col">{t('reviewTool.position')}</th>
              <th scope="col">
                <span aria-hidden="true">→ </span>
                {t('selfChecks.smart')}
              </th>
              <th scope="col">{t('reviewTool.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.flatMap((g) =>
              g.sections.flatMap((s) =>
                s.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.number}</th>
                    <td>{item.traditional?.[lang]}</td>
                    <td>
                      <RatingBadge
                        kind={kind}
                        scale={history.scale}
                        value={rating(item.id)?.rating}
                      />
                      {review?.changes && <div>{changeOf(item.id)}</div>}
                    </td>
                    <td>
                      {item.text[lang]}
                      {item.smartItems && item.smartItems.length > 0 && (
                        <ul>
                          {item.smartItems.map((x, i) => (
                            <li key={i}>{x[lang]}</li>
                          ))}
                        </ul>
                      )}
                      <PackNotes notes={item.notes} />
                    </td>
                    <td className="cm-pre-line">{rating(item.id)?.comment ?? ''}</td>
                  </tr>
                )),
              ),
            )}
          </tbody>
        </table>
      </TableRegion>
    );

  return (
    <div>
      {groups.map((group) => {
        const summary = factor(group.id);
        return (
          <article key={group.id} className="cm-rv-group" aria-labelledby={`view-${group.id}`}>
            <h3 id={`view-${group.id}`}>
              <span>
                {group.number !== undefined && (
                  <span className="cm-pg-code">
                    {t('reviews.factor', { number: group.number })}
                  </span>
                )}{' '}
                {group.heading?.[lang]}
              </span>
              {kind === 'key-success-factors' && review && <RagBadge rag={summary?.rag ?? null} />}
            </h3>
            {group.sections.map((section) => (
              <section
                key={section.id}
                aria-labelledby={section.heading ? `view-${section.id}` : undefined}
              >
                {section.heading && (
                  <h4 id={`view-${section.id}`}>
                    <span>{section.heading[lang]}</span>
                    {review && (
                      <RagBadge
                        rag={
                          summary?.subfactors.find((s) => s.subfactorId === section.id)?.rag ?? null
                        }
                      />
                    )}
                  </h4>
                )}
                <ul className="cm-rv-items">
                  {section.items.map((item) => {
                    const r = rating(item.id);
                    return (
                      <li key={item.id}>
                        <div>
                          <ItemPackText item={item} />
                          {item.source && <SourceLine source={item.source} />}
                        </div>
                        <div className="cm-rv-item-rating">
                          <RatingBadge kind={kind} scale={history.scale} value={r?.rating} />
                          {review?.changes && changeOf(item.id)}
                        </div>
                        {r?.comment && (
                          <p className="cm-rv-comment">
                            <span className="cm-visually-hidden">{t('reviewTool.comment')}: </span>
                            {r.comment}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <PackNotes notes={section.notes} />
                {section.source && <SourceLine source={section.source} />}
              </section>
            ))}
            <PackNotes notes={group.notes} />
          </article>
        );
      })}
    </div>
  );
}
