import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isClassification, type Classification, type PartnerCode } from '@berne/domain';
import { ReclassifyBriefingNoteMutation } from '../graphql/briefing-notes.operations';
import {
  classificationHelpKey,
  classificationLabelKey,
  reclassifyOptions,
  type NoteActor,
} from '../classification';
import { noteProblemKey, noteProblemOf, type NoteProblem } from '../problems';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';

interface ReclassifyModalProps {
  opened: boolean;
  actor: NoteActor;
  note: { id: string; classification: Classification; ownerPartner: PartnerCode };
  onClose: () => void;
  onDone: (classification: Classification) => void;
}

/** Moves a note to another classification; readers who lose access are disconnected at once. */
export function ReclassifyModal({ opened, actor, note, onClose, onDone }: ReclassifyModalProps) {
  const { t } = useTranslation();
  const options = reclassifyOptions(actor, note);
  const [choice, setChoice] = useState<Classification | null>(null);
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);
  const [reclassify, { loading }] = useMutation(ReclassifyBriefingNoteMutation, {
    refetchQueries: ['BriefingNotes'],
  });
  const selected = choice && options.includes(choice) ? choice : (options[0] ?? null);

  function close() {
    setChoice(null);
    setProblem(null);
    setErrorCode(null);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected) return;
    setProblem(null);
    setErrorCode(null);
    try {
      await reclassify({ variables: { input: { id: note.id, classification: selected } } });
      onDone(selected);
      close();
    } catch (error) {
      const named = noteProblemOf(error);
      if (named) setProblem(named);
      else setErrorCode(errorCodeOf(error));
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('notes.note.reclassify.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={t('notes.note.reclassify.title')}
      >
        <Stack>
          {errorCode && <ErrorAlert code={errorCode} />}
          <Text>
            {t('notes.note.reclassify.current', {
              classification: t(classificationLabelKey(note.classification)),
            })}
          </Text>
          {options.length === 0 ? (
            <Text>{t('notes.note.reclassify.none')}</Text>
          ) : (
            <NativeSelect
              label={t('notes.note.reclassify.next')}
              description={selected ? t(classificationHelpKey(selected)) : undefined}
              data={options.map((c) => ({ value: c, label: t(classificationLabelKey(c)) }))}
              value={selected ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isClassification(value)) setChoice(value);
              }}
              error={problem ? t(noteProblemKey(problem)) : undefined}
              data-autofocus
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!selected}>
              {t('notes.note.reclassify.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
