import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import classes from './AppLayout.module.css';
import { BrandMark } from './BrandMark';

export interface NavItem {
  label: string;
  to: string;
}

export interface NavSection {
  /** Shown above the section's links; the first section usually has none. */
  label?: string;
  items: readonly NavItem[];
}

interface AppLayoutProps {
  navSections: readonly NavSection[];
  /** Rendered at the right of the header (the account menu). */
  account: ReactNode;
  /** Rendered in the header before the account menu (the search). */
  search?: ReactNode;
  children: ReactNode;
}

function matches(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The item for the page: the most specific match, so /admin/import lights up Import and not Admin as well. */
function activeTarget(pathname: string, sections: readonly NavSection[]): string | null {
  const candidates = sections.flatMap((section) => section.items.map((item) => item.to));
  return candidates.filter((to) => matches(pathname, to)).sort((a, b) => b.length - a.length)[0] ?? null;
}

export function AppLayout({ navSections, account, search, children }: AppLayoutProps) {
  const [navbarOpened, navbar] = useDisclosure(false);
  const { pathname } = useLocation();
  const active = activeTarget(pathname, navSections);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={navbar.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navbarOpened}
              aria-controls="main-navigation"
            />
            <Link to="/" className={classes.brand} onClick={navbar.close}>
              <BrandMark />
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {search}
            {account}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        aria-label="Main navigation"
        id="main-navigation"
        className={navbarOpened ? undefined : classes.navbarClosed}
      >
        <ScrollArea type="never">
          {navSections.map((section, index) => (
            <Stack key={section.label ?? index} gap={2} mt={index === 0 ? 0 : 'lg'}>
              {section.label ? (
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: '0.04em' }}>
                  {section.label}
                </Text>
              ) : null}
              {section.items.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  active={item.to === active}
                  aria-current={item.to === active ? 'page' : undefined}
                  onClick={navbar.close}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  styles={{ label: { fontWeight: 500 } }}
                />
              ))}
            </Stack>
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
