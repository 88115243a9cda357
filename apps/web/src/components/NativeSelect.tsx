import type { SelectHTMLAttributes } from 'react';

/**
 * A native select styled like the other fields: the platform's own control is the most reliable
 * on phones, with screen readers and with the keyboard. Works inside antd Form.Item (value/onChange).
 */
export function NativeSelect<V extends string>({
  options,
  value,
  onChange,
  className,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  options: readonly { value: V; label: string }[];
  value?: V;
  onChange?: (value: V) => void;
}) {
  return (
    <select
      {...rest}
      className={`cm-native-select${className ? ` ${className}` : ''}`}
      value={value}
      onChange={(event) => onChange?.(event.target.value as V)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
