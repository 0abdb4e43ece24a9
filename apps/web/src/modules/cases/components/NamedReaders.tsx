import { useState } from 'react';
import { Alert, Button, Group, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { usePartnerName } from '../../benchmarks/hooks/usePartnerName';
import { CaseReaderCandidatesQuery, SetCaseReadersMutation } from '../graphql/cases.operations';

/** The API's cap (apps/api cases.inputs CASE_READERS_MAX). */
const READERS_MAX = 50;

interface Person {
  id: string;
  displayName: string;
  partnerCode: string | null;
}

/**
 * Named readers of a case: partner staff who read it without a general clearance. Shown to those
 * who manage the case (the owner partner's coordinator, the secretariat).
 */
export function NamedReaders({ caseId, readers }: { caseId: string; readers: readonly Person[] }) {
  const { t } = useTranslation();
  const name = usePartnerName();
  const candidates = useQuery(CaseReaderCandidatesQuery);
  const [chosen, setChosen] = useState<string[]>(readers.map((r) => r.id));
  const [saved, setSaved] = useState(false);
  const [save, state] = useMutation(SetCaseReadersMutation);
  const people = new Map<string, Person>();
  for (const p of [...readers, ...(candidates.data?.actionItemAssignees ?? [])])
    people.set(p.id, p);
  const label = (p: Person) =>
    p.partnerCode ? `${p.displayName} (${name(p.partnerCode)})` : p.displayName;
  const options = [...people.values()]
    .sort((a, b) => label(a).localeCompare(label(b)))
    .map((p) => ({ value: p.id, label: label(p) }));
  const changed =
    chosen.length !== readers.length || chosen.some((id) => !readers.some((r) => r.id === id));

  async function submit() {
    setSaved(false);
    try {
      await save({ variables: { input: { caseId, userIds: chosen } } });
      setSaved(true);
    } catch {
      // Shown by the alert from the mutation's error.
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readers-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="readers-heading">
          {t('cases.readers.heading')}
        </Title>
        <Text size="sm">{t('cases.readers.intro')}</Text>
        <MultiSelect
          label={t('cases.readers.label')}
          description={t('cases.readers.help', { max: READERS_MAX })}
          data={options}
          value={chosen}
          onChange={(ids) => {
            setChosen(ids);
            setSaved(false);
          }}
          searchable
          hidePickedOptions
          maxValues={READERS_MAX}
          nothingFoundMessage={t('cases.readers.nobody')}
          comboboxProps={{ withinPortal: true }}
          data-testid="named-readers"
        />
        {state.error && <ApiErrorAlert error={state.error} />}
        {saved && (
          <Alert color="green" variant="light" role="status" data-testid="readers-saved">
            {t('cases.readers.saved', { count: chosen.length })}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void submit()} loading={state.loading} disabled={!changed}>
            {t('cases.readers.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
