import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@berne/domain';
import { CasePickerQuery } from '../graphql/cases.operations';

export interface PickedCase {
  id: string;
  reference: string;
  name: string;
  status: CaseStatus;
}

/** Searches begin from this many characters (each search of the restricted list is recorded). */
export const PICKER_SEARCH_MIN = 2;

/** Finds a case by reference or name and hands it over; cases already chosen are not offered. */
export function CasePicker({
  exclude,
  onPick,
  label,
}: {
  exclude: readonly string[];
  onPick: (picked: PickedCase) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [words] = useDebouncedValue(search.trim(), 300);
  const enough = words.length >= PICKER_SEARCH_MIN;
  const { data, loading } = useQuery(CasePickerQuery, {
    variables: { search: words },
    skip: !enough,
    fetchPolicy: 'network-only',
  });
  const found = enough ? (data?.cases ?? []).filter((c) => !exclude.includes(c.id)) : [];
  return (
    <Select
      label={label}
      description={t('cases.picker.help', { min: PICKER_SEARCH_MIN })}
      placeholder={t('cases.picker.placeholder')}
      data={found.map((c) => ({ value: c.id, label: `${c.reference} · ${c.name}` }))}
      value={null}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      onChange={(id) => {
        const picked = found.find((c) => c.id === id);
        if (picked) {
          onPick(picked);
          setSearch('');
        }
      }}
      nothingFoundMessage={enough && !loading ? t('cases.picker.nothing') : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid="case-picker"
    />
  );
}
