import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/ui/PlaceholderPage';

export function ImportsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.imports')} description={t('placeholders.imports')} />;
}
