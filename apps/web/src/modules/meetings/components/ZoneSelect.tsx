import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePartners } from '../hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { currentLanguage } from '../../../i18n/i18n';

interface ZoneSelectProps {
  /** The viewer's own zone, offered first. */
  ownZone: string;
  value: string;
  onChange: (zone: string) => void;
}

/** Shows the calendar in the viewer's own zone or in any partner capital's. */
export function ZoneSelect({ ownZone, value, onChange }: ZoneSelectProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { partners } = usePartners();

  const capitals = new Map<string, string[]>();
  for (const partner of partners) {
    if (partner.code === 'SECRETARIAT') continue;
    const names = capitals.get(partner.timeZone) ?? [];
    names.push(`${partner.capital} (${partnerName(partner, language)})`);
    capitals.set(partner.timeZone, names);
  }
  const data = [
    { value: ownZone, label: t('meetings.zone.own', { zone: ownZone }) },
    ...[...capitals.entries()]
      .filter(([zone]) => zone !== ownZone)
      .map(([zone, names]) => ({ value: zone, label: `${names.join(', ')} — ${zone}` })),
  ];
  if (!data.some((option) => option.value === value)) data.push({ value, label: value });

  return (
    <NativeSelect
      label={t('meetings.zone.label')}
      data={data}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maw={460}
      data-testid="zone-select"
    />
  );
}
