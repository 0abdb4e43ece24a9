import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemState } from '@berne/domain';
import { stateColor, stateLabelKey } from '../display';

/** An item's state in words, outlined in the state's colour. */
export function StateBadge({ state }: { state: AgendaItemState }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={stateColor(state)}
      radius="sm"
      data-testid="item-state"
      data-state={state}
    >
      {t(stateLabelKey(state))}
    </Badge>
  );
}
