import { Anchor, Table, Typography } from '@mantine/core';
import type { ComponentProps } from 'react';
import Markdown from 'react-markdown';
import type { Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Links that leave Byline open in a new tab without handing it a reference to this one.
function SafeLink({ href, children }: ComponentProps<'a'>) {
  const external = href !== undefined && /^(https?:|mailto:)/i.test(href);
  return (
    <Anchor
      href={href}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}
      underline="always"
    >
      {children}
    </Anchor>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  // Remote images load lazily and without telling their host which asset was opened.
  img: ({ src, alt }) => (
    <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" />
  ),
  table: ({ children }) => (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder withColumnBorders highlightOnHover={false}>
        {children}
      </Table>
    </Table.ScrollContainer>
  ),
};

interface MarkdownBodyProps {
  children: string;
}

/**
 * Renders an asset's Markdown. Raw HTML is never interpreted (react-markdown shows it as text without rehype-raw),
 * and link and image URLs pass react-markdown's default filter, which drops `javascript:` and similar schemes.
 */
export function MarkdownBody({ children }: MarkdownBodyProps) {
  return (
    <Typography data-testid="markdown-body" style={{ overflowWrap: 'anywhere' }}>
      <Markdown remarkPlugins={[remarkGfm]} components={COMPONENTS}>
        {children}
      </Markdown>
    </Typography>
  );
}
