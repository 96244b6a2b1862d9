import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
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

export function AppLayout({ navSections, account, children }: AppLayoutProps) {
  const [navbarOpened, navbar] = useDisclosure(false);
  const { pathname } = useLocation();
  const active = activeTarget(pathname, navSections);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="xl"
      styles={{ main: { background: 'var(--mantine-color-gray-0)' } }}
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={navbar.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
              <BrandMark />
            </Link>
          </Group>
          {account}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation">
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

      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
