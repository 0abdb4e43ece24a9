import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseAnswerKind, CaseStatus } from '@berne/domain';
import { TEXT_COLORS } from '../../meetings/display';
import {
  ANSWER_COLORS,
  CASE_STATUS_COLORS,
  answerKindLabelKey,
  caseStatusLabelKey,
} from '../display';

const BADGE_STYLE = { minWidth: 'max-content', textTransform: 'none' } as const;

/** What is known of the person's situation, in words (the colour only groups). */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      radius="sm"
      color={CASE_STATUS_COLORS[status]}
      data-testid="case-status"
      data-status={status}
      style={BADGE_STYLE}
    >
      {t(caseStatusLabelKey(status))}
    </Badge>
  );
}

/** What came back on a raising, in words. */
export function AnswerKindBadge({ kind }: { kind: CaseAnswerKind }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      radius="sm"
      color={ANSWER_COLORS[kind]}
      data-testid="answer-kind"
      data-kind={kind}
      style={BADGE_STYLE}
    >
      {t(answerKindLabelKey(kind))}
    </Badge>
  );
}

/** Marks an invented demo case, so that nobody takes the person for a real prisoner. */
export function DemoCaseBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      radius="sm"
      color={TEXT_COLORS.neutral}
      title={t('cases.demo.title')}
      data-testid="demo-case"
      style={BADGE_STYLE}
    >
      {t('cases.demo.badge')}
    </Badge>
  );
}
