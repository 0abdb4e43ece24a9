import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, MultiSelect, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  PARTNERS,
  isClassification,
  isPartnerCode,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import { CreateBriefingNoteMutation } from '../graphql/briefing-notes.operations';
import {
  classificationHelpKey,
  classificationLabelKey,
  creatableClassifications,
  defaultClassification,
  type NoteActor,
} from '../classification';
import {
  NOTE_TITLE_MAX,
  PROBLEM_FIELDS,
  checkTitle,
  noteProblemKey,
  noteProblemOf,
  type NoteField,
  type NoteProblem,
} from '../problems';
import { localName, type BilingualName } from '../display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';
import { currentLanguage } from '../../../i18n/i18n';

interface CreateBriefingNoteModalProps {
  opened: boolean;
  actor: NoteActor;
  themes: readonly (BilingualName & { code: string })[];
  onClose: () => void;
}

interface FormValues {
  title: string;
  classification: Classification | null;
  themeCodes: string[];
  ownerPartner: PartnerCode | null;
}

function initialValues(actor: NoteActor): FormValues {
  return {
    title: '',
    classification: defaultClassification(creatableClassifications(actor, actor.partnerCode)),
    themeCodes: [],
    ownerPartner: actor.partnerCode,
  };
}

/** Starts a note, then opens it in the editor. */
export function CreateBriefingNoteModal({
  opened,
  actor,
  themes,
  onClose,
}: CreateBriefingNoteModalProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const [createNote, { loading }] = useMutation(CreateBriefingNoteMutation, {
    refetchQueries: ['BriefingNotes'],
  });
  const [values, setValues] = useState<FormValues>(() => initialValues(actor));
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);

  const options = creatableClassifications(actor, values.ownerPartner);
  // The owner can change what is allowed (partner-only drafts stay with one's own delegation).
  const classification =
    values.classification && options.includes(values.classification)
      ? values.classification
      : defaultClassification(options);

  function close() {
    setValues(initialValues(actor));
    setProblem(null);
    setErrorCode(null);
    onClose();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrorCode(null);
    const found = checkTitle(values.title) ?? (values.ownerPartner ? null : 'ownerRequired');
    setProblem(found);
    if (found || !classification) return;
    try {
      const { data } = await createNote({
        variables: {
          input: {
            title: values.title.trim(),
            classification,
            themeCodes: values.themeCodes,
            ...(values.ownerPartner && values.ownerPartner !== actor.partnerCode
              ? { ownerPartner: values.ownerPartner }
              : {}),
          },
        },
      });
      const id = data?.createBriefingNote.id;
      close();
      if (id) await navigate(`/briefing-notes/${id}`);
    } catch (error) {
      const named = noteProblemOf(error);
      if (named) setProblem(named);
      else setErrorCode(errorCodeOf(error));
    }
  }

  const fieldError = (field: NoteField) =>
    problem && PROBLEM_FIELDS[problem] === field ? t(noteProblemKey(problem)) : undefined;

  const ownPartner = PARTNERS.find((p) => p.code === actor.partnerCode);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('notes.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={t('notes.create.title')}
      >
        <Stack>
          {errorCode && <ErrorAlert code={errorCode} />}
          <TextInput
            label={t('notes.fields.title')}
            name="note-title"
            autoComplete="off"
            value={values.title}
            maxLength={NOTE_TITLE_MAX}
            onChange={(event) => {
              const title = event.currentTarget.value;
              setValues((previous) => ({ ...previous, title }));
            }}
            error={fieldError('title')}
            required
            withAsterisk={false}
            data-autofocus
          />
          {actor.role === 'SECRETARIAT' ? (
            <NativeSelect
              label={t('notes.fields.owner')}
              data={PARTNERS.map((p) => ({ value: p.code, label: localName(p, language) }))}
              value={values.ownerPartner ?? ''}
              onChange={(event) => {
                const code = event.currentTarget.value;
                setValues((previous) => ({
                  ...previous,
                  ownerPartner: isPartnerCode(code) ? code : null,
                }));
              }}
              error={fieldError('ownerPartner')}
            />
          ) : (
            <TextInput
              label={t('notes.fields.owner')}
              value={ownPartner ? localName(ownPartner, language) : ''}
              description={t('notes.create.ownOnly')}
              readOnly
            />
          )}
          <NativeSelect
            label={t('notes.fields.classification')}
            description={classification ? t(classificationHelpKey(classification)) : undefined}
            data={options.map((c) => ({ value: c, label: t(classificationLabelKey(c)) }))}
            value={classification ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isClassification(value)) {
                setValues((previous) => ({ ...previous, classification: value }));
              }
            }}
            error={fieldError('classification')}
            required
            withAsterisk={false}
          />
          <MultiSelect
            label={t('notes.fields.themes')}
            placeholder={values.themeCodes.length ? undefined : t('notes.create.themesPlaceholder')}
            data={themes.map((theme) => ({ value: theme.code, label: localName(theme, language) }))}
            value={values.themeCodes}
            onChange={(themeCodes) => setValues((previous) => ({ ...previous, themeCodes }))}
            searchable
            nothingFoundMessage={t('notes.create.themesNothingFound')}
            hidePickedOptions
            maxValues={20}
            error={fieldError('themes')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!classification}>
              {t('notes.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
