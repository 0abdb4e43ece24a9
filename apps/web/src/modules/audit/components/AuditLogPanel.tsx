import { useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AuditLogQuery, VerifyAuditLogQuery } from '../graphql/audit.operations';
import {
  AUDIT_OUTCOMES,
  AUDIT_PAGE_SIZE,
  EMPTY_AUDIT_FILTER,
  buildAuditFilter,
  isDateRangeInverted,
  pageCount,
  pageOffset,
  pageRange,
  type AuditFilterForm,
  type AuditOutcomeValue,
} from '../filters';
import { formatDateTime } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import { LoadingState } from '../../../app/layout/LoadingState';

const OUTCOME_COLORS: Record<AuditOutcomeValue, string> = {
  SUCCESS: 'teal.9',
  FAILURE: 'red.9',
  DENIED: 'violet.9',
};

function isOutcome(value: string): value is AuditOutcomeValue {
  return (AUDIT_OUTCOMES as readonly string[]).includes(value);
}

export function AuditLogPanel() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [page, setPage] = useState(1);

  const { data, previousData, loading, error } = useQuery(AuditLogQuery, {
    variables: {
      filter: buildAuditFilter(applied),
      offset: pageOffset(page),
      limit: AUDIT_PAGE_SIZE,
    },
    fetchPolicy: 'network-only',
  });
  const [verify, verification] = useLazyQuery(VerifyAuditLogQuery, { fetchPolicy: 'network-only' });

  const auditPage = (data ?? previousData)?.auditLog;
  const total = auditPage?.total ?? 0;
  const range = pageRange(page, total);
  const inverted = isDateRangeInverted(form);

  const set = <K extends keyof AuditFilterForm>(key: K, value: AuditFilterForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inverted) return;
    setApplied(form);
    setPage(1);
  }

  function clear() {
    setForm(EMPTY_AUDIT_FILTER);
    setApplied(EMPTY_AUDIT_FILTER);
    setPage(1);
  }

  const outcomeOptions = [
    { value: '', label: t('audit.filters.anyOutcome') },
    ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) })),
  ];
  const result = verification.data?.verifyAuditLog;

  return (
    <Stack gap="md">
      <form onSubmit={apply} aria-label={t('audit.filters.label')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('audit.filters.action')}
            value={form.action}
            onChange={(e) => set('action', e.currentTarget.value)}
            w={200}
          />
          <TextInput
            label={t('audit.filters.actorEmail')}
            type="email"
            value={form.actorEmail}
            onChange={(e) => set('actorEmail', e.currentTarget.value)}
            w={240}
          />
          <NativeSelect
            label={t('audit.filters.outcome')}
            data={outcomeOptions}
            value={form.outcome}
            onChange={(e) => {
              const value = e.currentTarget.value;
              set('outcome', isOutcome(value) ? value : '');
            }}
          />
          <TextInput
            label={t('audit.filters.from')}
            type="date"
            value={form.from}
            onChange={(e) => set('from', e.currentTarget.value)}
          />
          <TextInput
            label={t('audit.filters.to')}
            type="date"
            value={form.to}
            onChange={(e) => set('to', e.currentTarget.value)}
            error={inverted ? t('audit.filters.invertedRange') : undefined}
          />
          <Button type="submit" disabled={inverted}>
            {t('audit.filters.apply')}
          </Button>
          <Button variant="default" onClick={clear}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
      </form>

      <Group justify="space-between" align="center">
        <Text size="sm" aria-live="polite">
          {auditPage ? t('audit.range', { first: range.first, last: range.last, total }) : ''}
        </Text>
        <Button variant="default" onClick={() => void verify()} loading={verification.loading}>
          {t('audit.verify.action')}
        </Button>
      </Group>

      {verification.error && <ErrorAlert error={verification.error} />}
      {result &&
        (result.ok ? (
          <Alert
            color="teal"
            variant="light"
            role="status"
            title={t('audit.verify.okTitle')}
            data-testid="audit-verification"
          >
            {t('audit.verify.ok', { checked: result.checked })}
          </Alert>
        ) : (
          <Alert
            color="red"
            variant="light"
            title={t('audit.verify.brokenTitle')}
            data-testid="audit-verification"
          >
            {t('audit.verify.broken', { id: result.firstBrokenId ?? '?', checked: result.checked })}
          </Alert>
        ))}

      {error && <ErrorAlert error={error} />}
      {loading && <LoadingState label={t('audit.loading')} />}

      {auditPage && auditPage.entries.length === 0 && !loading && <Text>{t('audit.empty')}</Text>}
      {auditPage && auditPage.entries.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped aria-label={t('audit.tableLabel')} data-testid="audit-table" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.columns.at')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.resource')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.outcome')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.ip')}</Table.Th>
                <Table.Th scope="col">{t('audit.columns.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {auditPage.entries.map((entry) => (
                <Table.Tr key={entry.id} data-entry-id={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.at, language)}
                  </Table.Td>
                  <Table.Td>{entry.actorEmail ?? t('audit.anonymous')}</Table.Td>
                  <Table.Td>
                    <Text span ff="monospace" size="sm">
                      {entry.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {[entry.resourceType, entry.resourceId].filter(Boolean).join(' ')}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={OUTCOME_COLORS[entry.outcome]}>
                      {t(`audit.outcomes.${entry.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{entry.ip ?? ''}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{entry.details ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {total > AUDIT_PAGE_SIZE && (
        <nav aria-label={t('audit.pagination.label')}>
          <Pagination
            total={pageCount(total)}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`audit.pagination.${control}`) })}
            getItemProps={(item) => ({
              'aria-label': t('audit.pagination.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
          />
        </nav>
      )}
    </Stack>
  );
}
