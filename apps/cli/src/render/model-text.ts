import type { MaturityModelPack, OperatingModelPack } from '@citymaturity/model';
import type { Lang } from '../i18n.js';
import { wrap } from './text.js';

const width = 100;

/** The whole maturity model, readable: levels, then every characteristic with its criteria. */
export function renderMaturityModel(pack: MaturityModelPack, lang: Lang): string {
  const out: string[] = [];
  out.push(
    `${pack.meta.title[lang]} — ${pack.meta.standard.designation} (${pack.meta.id} ${pack.meta.version})`,
  );
  out.push(pack.levels.map((l) => `${String(l.level)} ${l.name[lang]}`).join(' · '));
  const typeLabel = lang === 'zh' ? '类型' : 'type';
  for (const dimension of pack.dimensions) {
    out.push('', `${dimension.id} ${dimension.name[lang]}`);
    for (const sub of dimension.subdimensions) {
      out.push(`  ${sub.id} ${sub.name[lang]}`);
      for (const c of sub.characteristics) {
        out.push(`    ${c.id} ${c.name[lang]} [${typeLabel} ${c.type}]`);
        for (const level of pack.levels) {
          const criterion = c.levels[String(level.level)];
          if (criterion)
            out.push(
              wrap(
                `${String(level.level)} ${level.name[lang]}: ${criterion[lang]}`,
                width,
                '      ',
              ),
            );
        }
      }
    }
  }
  return out.join('\n');
}

/** The operating model, readable: every component with its recommendations. */
export function renderOperatingModel(pack: OperatingModelPack, lang: Lang): string {
  const out: string[] = [];
  out.push(
    `${pack.meta.title[lang]} — ${pack.meta.standard.designation} (${pack.meta.id} ${pack.meta.version})`,
  );
  for (const part of pack.parts) {
    out.push('', `[${part.code}] ${part.name[lang]} (${part.clause})`);
    for (const component of pack.components.filter((c) => c.part === part.code)) {
      out.push(`  [${component.code}] ${component.name[lang]} (${component.clause})`);
      out.push(wrap(component.summary[lang], width, '      '));
      for (const r of component.recommendations) {
        out.push(wrap(`- ${r.text[lang]}`, width, '      '));
        for (const item of r.items ?? []) out.push(wrap(`· ${item[lang]}`, width, '          '));
      }
    }
  }
  return out.join('\n');
}
