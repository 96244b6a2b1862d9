import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PerformanceReportFieldsFragment } from '../../../generated/graphql';
import { EmptyTableRow, NumberCell, NumberHeader } from '../../../ui/TableCells';
import { formatAmount } from '../report-format';

type ReportAsset = NonNullable<PerformanceReportFieldsFragment['assets']>[number];

const ROLE_LABELS: Record<string, string> = {
  LEAD_AUTHOR: 'Lead author',
  CO_AUTHOR: 'Co-author',
  ADAPTER: 'Adapter',
  SUBJECT_MATTER_EXPERT: 'Expert',
  REVIEWER: 'Reviewer',
};

const count = (asset: ReportAsset, kind: string) => asset.reuses.find((entry) => entry.kind === kind)?.count ?? 0;

/** The assets behind a person's credit, with their share and what each did in the period. */
export function ReportAssetsTable({ assets }: { assets: readonly ReportAsset[] }) {
  return (
    <Card component="section" aria-labelledby="report-assets-heading" padding="md" data-testid="report-assets-table">
      <Stack gap="xs">
        <Title order={3} fz="sm" id="report-assets-heading">
          Assets behind the credit
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <Table.Th>Role</Table.Th>
                <NumberHeader>Share</NumberHeader>
                <NumberHeader>Copies</NumberHeader>
                <NumberHeader>Shared</NumberHeader>
                <NumberHeader>In deals</NumberHeader>
                <NumberHeader>Views</NumberHeader>
                <NumberHeader>Buyer sessions</NumberHeader>
                <NumberHeader>Won deals</NumberHeader>
                <NumberHeader>Credit</NumberHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assets.length === 0 ? (
                <EmptyTableRow colSpan={10}>No published assets by the end of this period.</EmptyTableRow>
              ) : (
                assets.map((asset) => (
                  <Table.Tr key={asset.assetId} data-testid="report-asset-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/assets/${asset.assetId}`} size="sm" fw={600}>
                        {asset.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {ROLE_LABELS[asset.role] ?? asset.role}
                      </Text>
                    </Table.Td>
                    <NumberCell>{asset.share}%</NumberCell>
                    <NumberCell>{count(asset, 'COPY')}</NumberCell>
                    <NumberCell>{count(asset, 'SHARE_WITH_CUSTOMER')}</NumberCell>
                    <NumberCell>{count(asset, 'USED_IN_DEAL')}</NumberCell>
                    <NumberCell>{count(asset, 'VIEW')}</NumberCell>
                    <NumberCell>{asset.customerSessions}</NumberCell>
                    <NumberCell>
                      {asset.wonDeals ? `${asset.wonDeals} · ${formatAmount(asset.wonAmount)}` : 0}
                    </NumberCell>
                    <NumberCell bold>{asset.credit.toLocaleString()}</NumberCell>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
