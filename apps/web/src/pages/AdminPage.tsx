import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { UsersPanel } from '../modules/users/components/UsersPanel';
import { AuditLogPanel } from '../modules/audit/components/AuditLogPanel';
import { canSeeAuditLog } from '../app/navigation';
import { usePageTitle } from '../app/layout/usePageTitle';

type AdminTab = 'users' | 'audit';

export function AdminPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const showAudit = canSeeAuditLog(user);
  const tab: AdminTab = params.get('tab') === 'audit' && showAudit ? 'audit' : 'users';
  usePageTitle(t('admin.title'));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('admin.title')}</Title>
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(value === 'audit' ? { tab: 'audit' } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('admin.tabsLabel')}>
          <Tabs.Tab value="users">{t('admin.tabs.users')}</Tabs.Tab>
          {showAudit && <Tabs.Tab value="audit">{t('admin.tabs.audit')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersPanel />
        </Tabs.Panel>
        {showAudit && (
          <Tabs.Panel value="audit" pt="md">
            <AuditLogPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
