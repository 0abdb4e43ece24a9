import {
  useState,
  type Dispatch,
  type FormEvent,
  type ReactNode,
  type SetStateAction,
} from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTNER_CODES, isPartnerCode, type PartnerCode } from '@berne/domain';
import { currentLanguage } from '../../i18n/i18n';
import { useThemes } from '../agendas/hooks/useThemes';
import { usePartnerName } from '../benchmarks/hooks/usePartnerName';

/**
 * A list's filters as a search form: edited as a draft, applied on submit (so the address and the
 * query change once, not on every keystroke), cleared back to `empty`. A draft follows the filters
 * when they change from outside (the address, a link).
 */
export function FilterForm<F>({
  label,
  filters,
  empty,
  filtered,
  onApply,
  columns,
  applyLabel,
  clearLabel,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  filters: F;
  empty: F;
  /** Whether the applied filters narrow the list (the clear button shows then). */
  filtered: boolean;
  onApply: (next: F) => void;
  /** Fields per row on a wide screen. */
  columns: number;
  applyLabel: string;
  clearLabel: string;
  children: (draft: F, setDraft: Dispatch<SetStateAction<F>>) => ReactNode;
}) {
  const [draft, setDraft] = useState(filters);
  const [key, setKey] = useState(JSON.stringify(filters));
  if (key !== JSON.stringify(filters)) {
    setKey(JSON.stringify(filters));
    setDraft(filters);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form role="search" aria-label={label} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: columns }} spacing="sm">
          {children(draft, setDraft)}
        </SimpleGrid>
        <Group>
          <Button type="submit">{applyLabel}</Button>
          {filtered && (
            <Button variant="default" onClick={() => onApply(empty)}>
              {clearLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** A choice of theme, in the page's language, or any. */
export function ThemeFilterSelect({
  label,
  anyLabel,
  value,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: string | null;
  onChange: (theme: string | null) => void;
}) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { themes } = useThemes(language);
  return (
    <NativeSelect
      label={label}
      data={[
        { value: '', label: anyLabel },
        ...themes.map((theme) => ({
          value: theme.code,
          label: language === 'fr' ? theme.nameFr : theme.name,
        })),
      ]}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
    />
  );
}

/** A choice of one of the Berne Process partners (not the secretariat), or any. */
export function PartnerFilterSelect({
  label,
  anyLabel,
  value,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: PartnerCode | null;
  onChange: (partner: PartnerCode | null) => void;
}) {
  const name = usePartnerName();
  return (
    <NativeSelect
      label={label}
      data={[
        { value: '', label: anyLabel },
        ...PARTNER_CODES.filter((c) => c !== 'SECRETARIAT').map((c) => ({
          value: c,
          label: name(c),
        })),
      ]}
      value={value ?? ''}
      onChange={(e) => {
        const code = e.currentTarget.value;
        onChange(isPartnerCode(code) ? code : null);
      }}
    />
  );
}
