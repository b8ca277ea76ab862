import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/ui/PlaceholderPage';

export function UsersPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.users')} description={t('placeholders.users')} />;
}
