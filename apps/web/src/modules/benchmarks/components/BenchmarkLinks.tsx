import { Anchor, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const LINKS = [
  { to: '/benchmarks', key: 'benchmarks.links.dashboard' },
  { to: '/benchmarks/alignment', key: 'benchmarks.links.alignment' },
  { to: '/benchmarks/suspension-criteria', key: 'benchmarks.links.suspension' },
  { to: '/benchmarks/new', key: 'benchmarks.links.new' },
  { to: '/benchmarks/import', key: 'benchmarks.links.importCsv' },
] as const;

/** The benchmark pages, and the CSV download (a plain link: the browser sends the session cookie). */
export function BenchmarkLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('benchmarks.links.sectionLinks')}>
      <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {LINKS.map((link) => (
          <li key={link.to}>
            <Anchor
              component={Link}
              to={link.to}
              aria-current={pathname === link.to ? 'page' : undefined}
              fw={pathname === link.to ? 700 : undefined}
            >
              {t(link.key)}
            </Anchor>
          </li>
        ))}
        <li>
          <Anchor href="/api/benchmarks.csv" download data-testid="benchmarks-csv-export">
            {t('benchmarks.links.exportCsv')}
          </Anchor>
        </li>
      </Group>
    </nav>
  );
}
