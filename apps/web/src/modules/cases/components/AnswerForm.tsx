import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CASE_ANSWER_KINDS, CASE_LIMITS, type CaseAnswerKind } from '@berne/domain';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { RecordCaseAnswerMutation } from '../graphql/cases.operations';
import { answerKindLabelKey, isCaseAnswerKind } from '../display';
import {
  answerFormProblems,
  answerInput,
  todayUtc,
  type AnswerFormProblem,
  type AnswerFormValues,
} from '../case-form';

interface AnswerFormProps {
  raising: {
    id: string;
    raisedOn: string;
    answerKind: CaseAnswerKind;
    answer: string;
    answeredOn: string | null;
  };
  onDone: (kind: CaseAnswerKind) => void;
  onCancel: () => void;
}

/** Records (or changes) what came back on a raising: its kind, date and text. */
export function AnswerForm({ raising, onDone, onCancel }: AnswerFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AnswerFormValues>({
    answerKind: raising.answerKind === 'AWAITED' ? 'PARTIAL' : raising.answerKind,
    answer: raising.answer,
    answeredOn: raising.answeredOn ?? todayUtc(),
  });
  const [problems, setProblems] = useState<AnswerFormProblem[]>([]);
  const [record, state] = useMutation(RecordCaseAnswerMutation);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users land in the form they opened.
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  const problemOf = (field: AnswerFormProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem
      ? t(`cases.problems.${problem.code}`, { max: 'max' in problem ? problem.max : 0 })
      : undefined;
  };
  function set<K extends keyof AnswerFormValues>(key: K, value: AnswerFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setProblems((p) => p.filter((x) => x.field !== key));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = answerFormProblems(values, raising.raisedOn);
    setProblems(found);
    if (found.length) return;
    try {
      await record({ variables: { input: answerInput(raising.id, values) } });
      onDone(values.answerKind);
    } catch {
      // Shown by the alert from the mutation's error.
    }
  }

  const answered = values.answerKind !== 'AWAITED';
  return (
    <form
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('cases.answer.formLabel', { date: raising.raisedOn })}
      data-testid="answer-form"
    >
      <Stack gap="sm">
        <Radio.Group
          label={t('cases.answer.kind')}
          value={values.answerKind}
          onChange={(value) => {
            if (isCaseAnswerKind(value)) set('answerKind', value);
          }}
        >
          <Group gap="md" mt={4}>
            {CASE_ANSWER_KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t(answerKindLabelKey(kind))} />
            ))}
          </Group>
        </Radio.Group>
        {answered && (
          <>
            <TextInput
              label={t('cases.answer.answeredOn')}
              description={t('cases.answer.answeredOnHelp', { date: raising.raisedOn })}
              placeholder="YYYY-MM-DD"
              value={values.answeredOn}
              onChange={(e) => set('answeredOn', e.currentTarget.value)}
              error={problemOf('answeredOn')}
              maw={320}
            />
            <Textarea
              label={t('cases.answer.text')}
              description={
                values.answerKind === 'NONE'
                  ? t('cases.answer.textHelpNone')
                  : t('cases.answer.textHelp')
              }
              value={values.answer}
              onChange={(e) => set('answer', e.currentTarget.value)}
              error={problemOf('answer')}
              autosize
              minRows={2}
              maxLength={CASE_LIMITS.text + 100}
            />
          </>
        )}
        {state.error && <ApiErrorAlert error={state.error} />}
        <Group>
          <Button type="submit" loading={state.loading}>
            {t('cases.answer.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
