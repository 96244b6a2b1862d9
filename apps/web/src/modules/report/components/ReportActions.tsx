import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { DownloadIcon, PrinterIcon } from '../../../ui/icons';
import { downloadCsv, reportFileName } from '../report-csv';

interface ReportActionsProps {
  csv: string | null;
  /** Who the report is about and its period, for the file name. */
  subject: string;
  periodLabel: string;
  printPath?: string;
  statementPath?: string;
  /** The server's PDF of the report, when there is one. */
  pdfHref?: string;
}

export function ReportActions({ csv, subject, periodLabel, printPath, statementPath, pdfHref }: ReportActionsProps) {
  return (
    <Group gap="xs" wrap="wrap">
      {statementPath ? (
        <Button component={Link} to={statementPath} variant="subtle" size="sm">
          Credit statement
        </Button>
      ) : null}
      <Button
        variant="default"
        size="sm"
        leftSection={<DownloadIcon />}
        disabled={!csv}
        onClick={() => csv && downloadCsv(reportFileName(subject, periodLabel), csv)}
      >
        Download CSV
      </Button>
      {pdfHref ? (
        <Button component="a" href={pdfHref} download variant="default" size="sm" leftSection={<DownloadIcon />}>
          Download PDF
        </Button>
      ) : null}
      {printPath ? (
        <Button component={Link} to={printPath} variant="default" size="sm" leftSection={<PrinterIcon />}>
          Print view
        </Button>
      ) : null}
    </Group>
  );
}
