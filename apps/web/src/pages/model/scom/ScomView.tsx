import type { OperatingModelPack } from '@citymaturity/model';
import { useTranslation } from 'react-i18next';
import { PackAbout } from '../PackAbout.js';
import { useModelView } from '../ModelView.js';
import { ComponentsSection } from './ComponentsSection.js';
import { MatrixSection } from './MatrixSection.js';
import { PrinciplesSection } from './PrinciplesSection.js';
import { ProgrammeSections } from './ProgrammeSections.js';
import { VisionSections } from './VisionSections.js';

const sections = [
  'components',
  'principles',
  'factors',
  'matrix',
  'roadmap',
  'stakeholders',
  'procurement',
  'governance',
  'purposes',
  'vision',
  'shift',
] as const;

/** The smart city operating model of ISO 37106, section by section. */
export function ScomView({ pack }: { pack: OperatingModelPack }) {
  const { t } = useTranslation('model');
  const { terms } = useModelView();
  return (
    <div className="cm-m-pack">
      {terms.length === 0 && (
        <>
          <nav aria-label={t('scom.contents')} className="cm-m-toc">
            <ul>
              {sections.map((s) => (
                <li key={s}>
                  <a href={`#scom-${s}`}>{t(`scom.sections.${s}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <PackAbout meta={pack.meta} />
        </>
      )}
      <ComponentsSection pack={pack} />
      <PrinciplesSection pack={pack} />
      <MatrixSection pack={pack} />
      <ProgrammeSections pack={pack} />
      <VisionSections pack={pack} />
    </div>
  );
}
