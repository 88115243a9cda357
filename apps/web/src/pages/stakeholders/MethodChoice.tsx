import type { ReactNode } from 'react';

/**
 * The evidence method of a new assessment as native radio buttons in a fieldset (arrow keys move
 * between them, as everywhere), with the chosen method's description; works inside antd Form.Item.
 */
export function MethodChoice<V extends string>({
  id,
  value,
  onChange,
  legend,
  options,
  description,
}: {
  id?: string;
  value?: V;
  onChange?: (value: V) => void;
  legend: string;
  options: readonly { value: V; label: string }[];
  description?: ReactNode;
}) {
  return (
    <fieldset className="cm-fieldset cm-method-choice" id={id}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="cm-method-option">
          <input
            type="radio"
            name={`${id ?? 'method'}-choice`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange?.(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {description && <p className="cm-muted cm-method-description">{description}</p>}
    </fieldset>
  );
}
