import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/ui/PlaceholderPage';

export function AuditPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.audit')} description={t('placeholders.audit')} />;
}
