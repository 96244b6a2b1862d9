import { Button, Skeleton, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { MarkdownBody } from '../modules/asset/components/MarkdownBody';
import { useAsset } from '../modules/asset/hooks/useAsset';
import classes from '../modules/asset/components/AssetPrint.module.css';
import { PrinterIcon } from '../ui/icons';
import printPage from '../ui/PrintPage.module.css';
import { AssetNotFound } from './AssetPage';

/** An asset as a clean page to print or save as PDF. */
export function AssetPrintPage() {
  const { id } = useParams<{ id: string }>();
  const { asset, loading, notFound } = useAsset(id);
  if (notFound) {
    return <AssetNotFound />;
  }
  if (!asset) {
    return loading ? <Skeleton h={320} /> : null;
  }
  return (
    <main className={`${printPage.page} ${classes.document}`} data-testid="asset-print">
      <div className={printPage.toolbar}>
        <Text size="sm" c="dimmed">
          {asset.title}
        </Text>
        <Button leftSection={<PrinterIcon />} onClick={() => window.print()} data-testid="print-button">
          Print / Save as PDF
        </Button>
      </div>
      <MarkdownBody>{asset.body}</MarkdownBody>
    </main>
  );
}
