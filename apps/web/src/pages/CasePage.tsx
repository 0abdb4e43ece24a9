import type { ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isPartnerCode } from '@berne/domain';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { canSeeSection } from '../app/navigation';
import { currentLanguage } from '../i18n/i18n';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { TEXT_COLORS } from '../modules/meetings/display';
import { formatDateTime } from '../modules/partners/partner-display';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ThemeBadges } from '../modules/agendas/components/ThemeBadges';
import { groupLabelKey } from '../modules/agendas/display';
import { usePartnerName } from '../modules/benchmarks/hooks/usePartnerName';
import { CaseQuery } from '../modules/cases/graphql/cases.operations';
import { isDemoCase, nativeNameLang } from '../modules/cases/display';
import { RestrictedBanner } from '../modules/cases/components/RestrictedBanner';
import { CaseStatusBadge, DemoCaseBadge } from '../modules/cases/components/CaseBadges';
import { RaisingHistory } from '../modules/cases/components/RaisingHistory';
import { RaisingForm } from '../modules/cases/components/RaisingForm';
import { NamedReaders } from '../modules/cases/components/NamedReaders';
import '../modules/cases/styles';
import '../modules/agendas/agendas.css';

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/**
 * One individual case: who, where held, on what charges, the source; every time it was raised and
 * what came back; a form to record a raising; its named readers for those who manage it.
 * Readable by cleared staff and the case's named readers (the API decides and records the view).
 */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const name = usePartnerName();
  const { data, loading, error } = useQuery(CaseQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const c = data?.case;
  usePageTitle(c ? `${c.reference} · ${c.name}` : t('cases.page.title'));
  const backToList = canSeeSection(me, 'cases');

  if (loading && !c) return <LoadingState label={t('cases.page.loading')} />;
  if (!c) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('cases.page.title')}</Title>
        <ErrorAlert error={error} code={error ? undefined : 'NOT_FOUND'} />
        <Anchor component={Link} to={backToList ? '/cases' : '/'}>
          {backToList ? t('cases.page.back') : t('common.backHome')}
        </Anchor>
      </Stack>
    );
  }
  const none = t('cases.page.notKnown');
  const demo = isDemoCase(c.reference);
  const ownPartner = me.partner?.code && isPartnerCode(me.partner.code) ? me.partner.code : null;

  return (
    <Stack gap="lg">
      {backToList && (
        <Anchor component={Link} to="/cases" size="sm">
          {t('cases.page.back')}
        </Anchor>
      )}
      <RestrictedBanner />
      <div>
        <Group gap="xs" mb="xs">
          <Text span ff="monospace" fw={600} data-testid="case-reference">
            {c.reference}
          </Text>
          <CaseStatusBadge status={c.status} />
          {demo && <DemoCaseBadge />}
        </Group>
        <Title order={1} data-testid="case-name">
          {c.name}
        </Title>
        {c.nativeName && (
          <Text size="lg" lang={nativeNameLang(c.nativeName)} data-testid="case-native-name">
            {c.nativeName}
          </Text>
        )}
      </div>
      {demo && (
        <Alert color="gray" variant="light" role="note" data-testid="demo-notice">
          {t('cases.demo.notice')}
        </Alert>
      )}
      {c.canEdit && (
        <Group>
          <Button component={Link} to={`/cases/${c.id}/edit`} variant="default">
            {t('cases.page.edit')}
          </Button>
        </Group>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="facts-heading">
        <Title order={2} size="h4" id="facts-heading" mb="sm">
          {t('cases.page.facts')}
        </Title>
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: 3 }}
          spacing="sm"
          component="dl"
          style={{ margin: 0 }}
        >
          <Fact label={t('cases.fields.birthYear')}>{c.birthYear ?? none}</Fact>
          <Fact label={t('cases.fields.region')}>{c.region || none}</Fact>
          <Fact label={t('cases.fields.detainedOn')}>
            {c.detainedOn ? <time dateTime={c.detainedOn}>{c.detainedOn}</time> : none}
          </Fact>
          <Fact label={t('cases.fields.charges')} testId="case-charges">
            {c.charges || none}
          </Fact>
          <Fact label={t('cases.fields.sentence')}>{c.sentence || none}</Fact>
          <Fact label={t('cases.fields.location')}>{c.location || none}</Fact>
          <Fact label={t('cases.fields.source')}>
            {[c.sourceName, c.sourceReference].filter(Boolean).join(' · ') || none}
          </Fact>
          <Fact label={t('cases.fields.owner')}>{name(c.ownerPartner)}</Fact>
          <Fact label={t('cases.page.raisedBy')}>
            {c.raisedBy.length ? c.raisedBy.map(name).join(', ') : t('cases.list.neverRaised')}
          </Fact>
          <Fact label={t('cases.fields.themes')}>
            {c.themeCodes.length ? <ThemeBadges codes={c.themeCodes} /> : t('common.none')}
          </Fact>
          <Fact label={t('cases.fields.groups')}>
            {c.vulnerableGroups.length
              ? c.vulnerableGroups.map((g) => t(groupLabelKey(g))).join(', ')
              : t('common.none')}
          </Fact>
        </SimpleGrid>
        <Title order={3} size="h5" mt="md">
          {t('cases.fields.summary')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-summary">
          {c.summary || none}
        </Text>
        <Text size="xs" c={TEXT_COLORS.neutral} mt="sm">
          {t('cases.page.created', {
            name: c.createdBy?.displayName ?? '—',
            date: formatDateTime(c.createdAt, language),
          })}
          {' · '}
          {t('cases.page.updated', {
            name: c.updatedBy?.displayName ?? '—',
            date: formatDateTime(c.updatedAt, language),
          })}
        </Text>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="history-heading">
        <Title order={2} size="h3" id="history-heading">
          {t('cases.history.heading')}
        </Title>
        <Text size="sm" data-testid="awaiting-summary">
          {t('cases.page.awaiting', { count: c.awaitingAnswers })}
        </Text>
        <RaisingHistory raisings={c.raisings} />
      </Stack>

      {c.canEdit && (
        <RaisingForm
          caseId={c.id}
          choosesPartner={me.role === 'SECRETARIAT'}
          ownPartner={ownPartner}
        />
      )}

      {c.canManage && <NamedReaders key={c.id} caseId={c.id} readers={c.namedReaders} />}
    </Stack>
  );
}
