import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_COLORS } from '../../meetings/display';
import { allocation } from '../allocation';

/** "Allocated X of Y minutes", a bar, and a warning in words when the items do not fit. */
export function AllocationBar({
  allocated,
  meetingMinutes,
}: {
  allocated: number;
  meetingMinutes: number;
}) {
  const { t } = useTranslation();
  const a = allocation(allocated, meetingMinutes);
  const label = t('agendas.allocation.label', { allocated: a.allocated, total: a.meetingMinutes });
  return (
    <Stack gap={4} data-testid="allocation" data-status={a.status}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Progress
        value={a.percent}
        color={a.status === 'over' ? TEXT_COLORS.bad : TEXT_COLORS.info}
        size="lg"
        aria-label={label}
      />
      {a.status === 'over' ? (
        <Text size="sm" fw={600} c={TEXT_COLORS.bad} role="alert" data-testid="over-allocated">
          {t('agendas.allocation.over', { count: a.over })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('agendas.allocation.remaining', { count: a.remaining })}
        </Text>
      )}
    </Stack>
  );
}
