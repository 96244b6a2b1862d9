import { Anchor, Table, Typography } from '@mantine/core';
import type { ComponentProps } from 'react';
import Markdown from 'react-markdown';
import type { Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ownImageSource } from '../markdown-images';
import classes from './MarkdownBody.module.css';

// Links that leave Byline open in a new tab without handing it a reference to this one.
function SafeLink({ href, children, testId }: ComponentProps<'a'> & { testId?: string }) {
  const external = href !== undefined && /^(https?:|mailto:)/i.test(href);
  return (
    <Anchor
      href={href}
      data-testid={testId}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}
      underline="always"
    >
      {children}
    </Anchor>
  );
}

// Images load only from Byline itself (attachments, relative paths); another host's image becomes a link to it, so
// opening an asset never tells a third party who read what. The Content-Security-Policy (img-src 'self') backs it up.
function BodyImage({ src, alt }: ComponentProps<'img'>) {
  const address = typeof src === 'string' ? src : undefined;
  const own = ownImageSource(address, window.location.origin);
  if (own) {
    return <img src={own} alt={alt ?? ''} loading="lazy" />;
  }
  if (!address) {
    return alt ? <span>{alt}</span> : null;
  }
  return (
    <SafeLink href={address} testId="external-image">
      {`Image${alt ? `: ${alt}` : ''} (from outside Byline, not loaded)`}
    </SafeLink>
  );
}

const COMPONENTS: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  img: ({ src, alt }) => <BodyImage src={src} alt={alt} />,
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
    <Typography data-testid="markdown-body" className={classes.body}>
      <Markdown remarkPlugins={[remarkGfm]} components={COMPONENTS}>
        {children}
      </Markdown>
    </Typography>
  );
}
