import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { OpenDeal } from '../hooks/useOpenDeals';

const NO_DEAL = 'none';

interface DealPickerModalProps {
  opened: boolean;
  deals: readonly OpenDeal[];
  recording: boolean;
  onClose: () => void;
  onConfirm: (dealId: string | null) => void;
}

function dealLabel(deal: OpenDeal): string {
  return [deal.name, deal.accountName && deal.accountName !== deal.name ? deal.accountName : null]
    .filter(Boolean)
    .join(' · ');
}

/** Which of the viewer's open deals the asset was used in (optional). */
export function DealPickerModal({ opened, deals, recording, onClose, onConfirm }: DealPickerModalProps) {
  const [dealId, setDealId] = useState<string>(deals[0]?.id ?? NO_DEAL);
  return (
    <Modal opened={opened} onClose={onClose} title="Used in a deal" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Say which deal, so the authors share the credit if it is won.
        </Text>
        <Select
          label="Deal"
          searchable
          allowDeselect={false}
          value={dealId}
          onChange={(value) => setDealId(value ?? NO_DEAL)}
          data={[
            ...deals.map((deal) => ({ value: deal.id, label: dealLabel(deal) })),
            { value: NO_DEAL, label: 'Not one of these deals' },
          ]}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={recording} onClick={() => onConfirm(dealId === NO_DEAL ? null : dealId)}>
            Record
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
