import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BenchmarkDashboardQuery } from '../../../generated/graphql';
import { usePartnerName } from '../hooks/usePartnerName';
import { DeadlineText, KindBadge, StatusBadge } from './BenchmarkBadges';

type Deadline = BenchmarkDashboardQuery['benchmarkDashboard']['upcoming'][number];

/** Benchmarks by deadline: statement (a link), holder, kind, date, days left, latest status. */
export function DeadlineList({
  deadlines,
  empty,
  testId,
}: {
  deadlines: readonly Deadline[];
  empty: string;
  testId: string;
}) {
  const name = usePartnerName();
  if (deadlines.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem' }} data-testid={testId}>
      {deadlines.map((d) => (
        <li key={d.benchmarkId} style={{ marginBottom: 6 }}>
          <Anchor component={Link} to={`/benchmarks/${d.benchmarkId}`} size="sm">
            {d.statement}
          </Anchor>
          <Group gap={6} mt={2}>
            <Text span size="sm">
              {name(d.holder)} · <time dateTime={d.targetDate}>{d.targetDate}</time> ·
            </Text>
            <DeadlineText daysLeft={d.daysLeft} />
            <KindBadge kind={d.kind} />
            <StatusBadge status={d.latestStatus} />
          </Group>
        </li>
      ))}
    </ul>
  );
}
