import { Text } from '@mantine/core';
import type { AuthorshipReportFieldsFragment } from '../../../generated/graphql';
import { NumberCell } from '../../../ui/TableCells';
import { formatAmount } from '../report-format';

/** Won deals that used the authors' assets, with their amount underneath when there is one. */
export function WonDealsCell({
  report,
}: {
  report: Pick<AuthorshipReportFieldsFragment, 'wonDealsInfluenced' | 'wonAmountInfluenced'>;
}) {
  return (
    <NumberCell>
      {report.wonDealsInfluenced}
      {report.wonAmountInfluenced > 0 ? (
        <Text size="xs" c="dimmed">
          {formatAmount(report.wonAmountInfluenced)}
        </Text>
      ) : null}
    </NumberCell>
  );
}
