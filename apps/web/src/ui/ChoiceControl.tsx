import { SegmentedControl, Select } from '@mantine/core';
import { usePhoneLayout } from './usePhoneLayout';

interface ChoiceControlProps<T extends string> {
  value: T;
  data: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'data-testid'?: string;
  /** The select's width on a phone (segments size to their labels). */
  phoneWidth?: number | string;
}

/** One of a few choices: segments on a laptop, a select on a phone, where the segments would not fit its width. */
export function ChoiceControl<T extends string>({
  value,
  data,
  onChange,
  phoneWidth,
  ...named
}: ChoiceControlProps<T>) {
  const phone = usePhoneLayout();
  const choose = (next: string | null) => {
    const choice = data.find((option) => option.value === next);
    if (choice) {
      onChange(choice.value);
    }
  };
  const options = data.map((option) => ({ ...option }));
  return phone ? (
    <Select {...named} size="sm" w={phoneWidth} allowDeselect={false} value={value} onChange={choose} data={options} />
  ) : (
    <SegmentedControl
      {...named}
      size="sm"
      value={value}
      onChange={choose}
      data={options}
      style={{ alignSelf: 'flex-start' }}
    />
  );
}
