import { TextInput } from '@mantine/core';

interface SlidesUsedFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  /** slide or page. */
  pageLabel: string;
}

/** Which slides of the asset's deck a reuse used (optional): sent with Copy, Share and Used in deal. */
export function SlidesUsedField({ value, onChange, error, pageLabel }: SlidesUsedFieldProps) {
  return (
    <TextInput
      label={pageLabel === 'page' ? 'Pages used' : 'Slides used'}
      description="Optional, with Copy, Share or Used in deal: its authors see which ones travel."
      placeholder="e.g. 3-5"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      inputWrapperOrder={['label', 'input', 'error', 'description']}
      data-testid="slides-used"
    />
  );
}
