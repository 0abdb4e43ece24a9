import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Classification } from '@berne/domain';
import { CLASSIFICATION_COLORS, classificationLabelKey } from '../classification';

export function ClassificationBadge({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color={CLASSIFICATION_COLORS[classification]}
      data-classification={classification}
      // Never shortened to an ellipsis in a narrow column: the label is the information.
      style={{ minWidth: 'max-content' }}
    >
      {t(classificationLabelKey(classification))}
    </Badge>
  );
}
