import { Input, type InputProps } from 'antd';

/**
 * A whole number field for antd forms (value and onChange as numbers, null when empty): the
 * browser's own number input, lighter than antd's InputNumber and as usable with a keyboard.
 */
export function WholeNumberInput({
  value,
  onChange,
  min,
  max,
  className,
  ...rest
}: Omit<InputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value?: number | null;
  onChange?: (value: number | null) => void;
  min: number;
  max: number;
}) {
  return (
    <Input
      {...rest}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      className={`cm-sh-number${className ? ` ${className}` : ''}`}
      value={value ?? ''}
      onChange={(event) => {
        const raw = event.target.value.trim();
        onChange?.(raw === '' ? null : Number(raw));
      }}
    />
  );
}
