import type { OperatingModelPack, TextLanguage } from '@citymaturity/model';
import { Link } from 'react-router';
import { componentHref } from '../links.js';

/** An ISO 37106 component's code and name, linking to its page in the model browser. */
export function ComponentRef({
  code,
  scom,
  lang,
}: {
  code: string;
  scom: OperatingModelPack;
  lang: TextLanguage;
}) {
  const component = scom.components.find((c) => c.code === code);
  return (
    <Link to={componentHref(code)} className="cm-om-component">
      <span className="cm-om-code">{code}</span>
      {component ? ` ${component.name[lang]}` : ''}
    </Link>
  );
}
