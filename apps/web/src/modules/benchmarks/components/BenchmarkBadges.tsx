import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus, BenchmarkKind, TrendDirection } from '@berne/domain';
import { TEXT_COLORS } from '../../meetings/display';
import {
  CELL_TEXT,
  NOT_ASSESSED_BACKGROUND,
  STATUS_BACKGROUNDS,
  deadlineKey,
  kindLabelKey,
  statusLabelKey,
  trendIcon,
  trendLabelKey,
} from '../display';

/** A status in words on its scale colour (the words are the information). */
export function StatusBadge({ status }: { status: AssessmentStatus | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      radius="sm"
      data-testid="status-badge"
      data-status={status ?? 'NONE'}
      style={{
        background: status ? STATUS_BACKGROUNDS[status] : NOT_ASSESSED_BACKGROUND,
        color: CELL_TEXT,
        minWidth: 'max-content',
        textTransform: 'none',
      }}
    >
      {t(statusLabelKey(status))}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: BenchmarkKind }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={kind === 'SUSPENSION_CRITERION' ? TEXT_COLORS.bad : TEXT_COLORS.info}
      data-kind={kind}
      style={{ minWidth: 'max-content' }}
    >
      {t(kindLabelKey(kind))}
    </Badge>
  );
}

const TREND_COLORS: Record<TrendDirection, string> = {
  IMPROVING: TEXT_COLORS.good,
  STABLE: TEXT_COLORS.neutral,
  WORSENING: TEXT_COLORS.bad,
  INSUFFICIENT_DATA: TEXT_COLORS.neutral,
};

/** The trend direction: an arrow (hidden from screen readers) and its name. */
export function TrendLabel({ direction, title }: { direction: TrendDirection; title?: string }) {
  const { t } = useTranslation();
  return (
    <Text
      span
      size="sm"
      c={TREND_COLORS[direction]}
      fw={600}
      data-testid="trend-label"
      data-trend={direction}
      title={title}
      style={{ whiteSpace: 'nowrap' }}
    >
      <span aria-hidden="true">{trendIcon(direction)} </span>
      {t(trendLabelKey(direction))}
    </Text>
  );
}

/** "in 12 days", "today", "30 days late". */
export function DeadlineText({ daysLeft }: { daysLeft: number }) {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c={daysLeft < 0 ? TEXT_COLORS.bad : TEXT_COLORS.neutral}>
      {t(deadlineKey(daysLeft), { count: Math.abs(daysLeft) })}
    </Text>
  );
}
