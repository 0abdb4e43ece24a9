import { Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ChangePasswordForm } from '../modules/account/components/ChangePasswordForm';
import { partnerName, roleLabelKey } from '../modules/partners/partner-display';
import { currentLanguage } from '../i18n/i18n';
import { usePageTitle } from '../app/layout/usePageTitle';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const language = currentLanguage(i18n.resolvedLanguage);
  usePageTitle(t('account.title'));

  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('account.title')}</Title>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-profile">
        <Title order={2} size="h3" id="account-profile" mb="md">
          {t('account.profile')}
        </Title>
        <Table variant="vertical" layout="fixed" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={220}>
                {t('fields.displayName')}
              </Table.Th>
              <Table.Td>{user.displayName}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('fields.email')}</Table.Th>
              <Table.Td>{user.email}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('fields.partner')}</Table.Th>
              <Table.Td>
                {user.partner ? partnerName(user.partner, language) : t('common.none')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('fields.role')}</Table.Th>
              <Table.Td>{t(roleLabelKey(user.role))}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('fields.cleared')}</Table.Th>
              <Table.Td>{user.clearedForRestricted ? t('common.yes') : t('common.no')}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-password">
        <Title order={2} size="h3" id="account-password" mb="md">
          {t('account.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Paper>
    </Stack>
  );
}
