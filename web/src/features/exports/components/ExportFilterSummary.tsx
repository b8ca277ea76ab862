import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { statusName } from '@/components/ui/StatusBadge';
import { useGeoEntry, useNumberStatuses, useProviders } from '@/features/dictionaries';
import { useLanguage } from '@/hooks/use-language';
import type { PhoneNumberFilter } from '@/lib/api-types';
import { formatDate, placeName } from '@/lib/format';
import type { ExportAssignee } from './ExportForm';

function GeoName({ id }: { id: number }) {
  const { language } = useLanguage();
  const geo = useGeoEntry(id);
  return <>{geo.data ? placeName(geo.data, language) : `#${id}`}</>;
}

/** A date filter, "2026-02-25" or a timestamp, in the language's order. */
function day(value: string, language: 'ru' | 'en'): string {
  return formatDate(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value, language) || value;
}

export interface ExportFilterSummaryProps {
  filters: PhoneNumberFilter;
  assignees: readonly ExportAssignee[];
  renderProjectName: (projectId: number) => ReactNode;
}

/** An export's filters in a few words: "проект X, статус «Новый», перезвонить сегодня, с 01.02.2026, поиск «ромашка»". */
export function ExportFilterSummary({ filters, assignees, renderProjectName }: ExportFilterSummaryProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const statuses = useNumberStatuses();
  const providers = useProviders();
  const parts: { key: string; node: ReactNode }[] = [];

  if (filters.project_id) parts.push({ key: 'project', node: <>{t('exports.summary.project')} {renderProjectName(filters.project_id)}</> });
  if (filters.status_id) {
    const status = statuses.data?.find((s) => s.id === filters.status_id);
    parts.push({ key: 'status', node: t('exports.summary.status', { name: status ? statusName(status, language) : `#${filters.status_id}` }) });
  }
  if (filters.provider_id) {
    const provider = providers.data?.find((p) => p.id === filters.provider_id);
    parts.push({ key: 'provider', node: t('exports.summary.provider', { name: provider?.code ?? `#${filters.provider_id}` }) });
  }
  if (filters.geo_id) parts.push({ key: 'geo', node: <>{t('exports.summary.geo')} <GeoName id={filters.geo_id} /></> });
  if (filters.assigned_to === 'none') parts.push({ key: 'assignee', node: t('exports.summary.unassigned') });
  else if (filters.assigned_to) {
    const who = assignees.find((a) => a.id === filters.assigned_to);
    parts.push({ key: 'assignee', node: t('exports.summary.assignee', { name: who?.username ?? `#${filters.assigned_to}` }) });
  }
  if (filters.reminder) parts.push({ key: 'reminder', node: t(`exports.summary.reminders.${filters.reminder}`) });
  if (filters.created_from) parts.push({ key: 'from', node: t('exports.summary.from', { date: day(filters.created_from, language) }) });
  if (filters.created_to) parts.push({ key: 'to', node: t('exports.summary.to', { date: day(filters.created_to, language) }) });
  if (filters.phone) parts.push({ key: 'phone', node: t('exports.summary.phone', { phone: filters.phone }) });
  if (filters.q) parts.push({ key: 'q', node: t('exports.summary.text', { text: filters.q }) });
  if (filters.favourite) parts.push({ key: 'favourite', node: t('exports.summary.favourite') });
  if (filters.reminder_due) parts.push({ key: 'reminderDue', node: t('exports.summary.reminderDue') });

  if (parts.length === 0) return <>{t('exports.history.noFilters')}</>;
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={p.key}>
          {i > 0 ? ', ' : null}
          {p.node}
        </Fragment>
      ))}
    </>
  );
}
