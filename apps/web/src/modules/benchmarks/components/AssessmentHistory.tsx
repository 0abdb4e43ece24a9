import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BenchmarkQuery } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { TEXT_COLORS } from '../../meetings/display';
import { formatDateTime } from '../../partners/partner-display';
import { usePartnerName } from '../hooks/usePartnerName';
import { StatusBadge } from './BenchmarkBadges';

type Assessment = BenchmarkQuery['benchmark']['assessments'][number];

/** The whole history, newest first; corrections and corrected assessments say so. */
export function AssessmentHistory({ assessments }: { assessments: readonly Assessment[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const name = usePartnerName();
  if (assessments.length === 0) return <Text size="sm">{t('benchmarks.page.noAssessments')}</Text>;
  return (
    <ol style={{ margin: 0, padding: 0, listStyle: 'none' }} data-testid="assessment-history">
      {assessments.map((a) => (
        <li key={a.id} style={{ marginBottom: 8 }}>
          <Paper
            withBorder
            p="sm"
            data-testid="assessment"
            data-status={a.status}
            style={a.effective ? undefined : { opacity: 0.85, borderStyle: 'dashed' }}
          >
            <Stack gap={4}>
              <Group gap="xs">
                <StatusBadge status={a.status} />
                <Text fw={600} size="sm">
                  {name(a.partnerCode)}
                </Text>
                <Text size="sm">
                  <time dateTime={a.date}>{a.date}</time>
                </Text>
                {a.meeting && (
                  <Anchor component={Link} to={`/meetings/${a.meeting.id}`} size="sm">
                    {a.meeting.title}
                  </Anchor>
                )}
                {a.supersedesId && (
                  <Badge variant="outline" color={TEXT_COLORS.info}>
                    {t('benchmarks.page.correction')}
                  </Badge>
                )}
                {a.supersededById && (
                  <Badge variant="outline" color={TEXT_COLORS.neutral}>
                    {t('benchmarks.page.superseded')}
                  </Badge>
                )}
              </Group>
              {a.evidence && (
                <Text size="sm">
                  <strong>{t('benchmarks.page.evidence')}:</strong> {a.evidence}
                </Text>
              )}
              {a.links.length > 0 && (
                <Text size="sm" component="div">
                  <strong>{t('benchmarks.page.links')}:</strong>{' '}
                  {a.links.map((href, i) => (
                    <span key={href}>
                      {i > 0 && ', '}
                      <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
                        {href}
                      </Anchor>
                    </span>
                  ))}
                </Text>
              )}
              {a.chinaResponse && (
                <Text size="sm">
                  <strong>{t('benchmarks.page.chinaResponse')}:</strong> {a.chinaResponse}
                </Text>
              )}
              <Text size="xs" c={TEXT_COLORS.neutral}>
                {t('benchmarks.page.recordedBy')}: {a.recordedBy?.displayName ?? '—'} ·{' '}
                {formatDateTime(a.recordedAt, language)}
              </Text>
            </Stack>
          </Paper>
        </li>
      ))}
    </ol>
  );
}
