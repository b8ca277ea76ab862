import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/ui/PlaceholderPage';

export function DictionariesPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.dictionaries')} description={t('placeholders.dictionaries')} />;
}
