import { ArrowDropDown as ArrowDropDownIcon, Close as CloseIcon } from '@mui/icons-material';
import { Box, Button, Divider, IconButton, ListItemIcon, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusDot, statusName } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { BulkChange, NumberStatus } from '@/lib/api-types';
import { formatNumber } from '@/lib/format';
import type { Assignee } from './assignees';

export interface BulkActionsBarProps {
  /** How many are selected (with "about" when the server estimates). */
  count: number;
  estimate: boolean;
  allMatching: boolean;
  /** Offer "select all N matching"; N is `matchingCount`. */
  offerAllMatching: boolean;
  matchingCount: number;
  matchingEstimate: boolean;
  statuses: readonly NumberStatus[];
  assignees: readonly Assignee[];
  onSelectAllMatching: () => void;
  onClear: () => void;
  onAction: (change: BulkChange, label: string) => void;
}

/** Above the grid while rows are ticked: the count, "all matching", change status, assign. */
export function BulkActionsBar(props: BulkActionsBarProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [menu, setMenu] = useState<{ kind: 'status' | 'assign'; anchor: HTMLElement } | null>(null);
  const open = (kind: 'status' | 'assign') => (e: MouseEvent<HTMLElement>) => setMenu({ kind, anchor: e.currentTarget });
  const pick = (change: BulkChange, label: string) => {
    setMenu(null);
    props.onAction(change, label);
  };
  const n = (value: number, estimate: boolean) =>
    estimate ? t('numbers.bulk.about', { n: formatNumber(value, language) }) : formatNumber(value, language);

  return (
    <Box
      role="region"
      aria-label={t('numbers.bulk.region')}
      sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 0.75, bgcolor: 'rgba(230, 81, 0, 0.06)', borderTop: 1, borderColor: 'divider', flexWrap: 'wrap' }}
    >
      <Typography sx={{ fontWeight: 600 }} data-testid="bulk-count">
        {props.allMatching
          ? t('numbers.bulk.allMatchingSelected', { n: n(props.count, props.estimate) })
          : t('numbers.bulk.selected', { n: formatNumber(props.count, language) })}
      </Typography>
      {props.offerAllMatching ? (
        <Button size="small" onClick={props.onSelectAllMatching}>
          {t('numbers.bulk.selectAllMatching', { n: n(props.matchingCount, props.matchingEstimate) })}
        </Button>
      ) : null}
      <Divider orientation="vertical" flexItem />
      <Button size="small" variant="outlined" endIcon={<ArrowDropDownIcon />} onClick={open('status')}>
        {t('numbers.bulk.setStatus')}
      </Button>
      <Button size="small" variant="outlined" endIcon={<ArrowDropDownIcon />} onClick={open('assign')}>
        {t('numbers.bulk.assign')}
      </Button>
      <Box sx={{ flexGrow: 1 }} />
      <Tooltip title={t('numbers.bulk.clear')}>
        <IconButton size="small" onClick={props.onClear} aria-label={t('numbers.bulk.clear')}>
          <CloseIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={menu?.anchor} open={menu?.kind === 'status'} onClose={() => setMenu(null)}>
        {props.statuses.map((s) => (
          <MenuItem key={s.id} onClick={() => pick({ status_id: s.id }, statusName(s, language))}>
            <ListItemIcon sx={{ minWidth: 24 }}>
              <StatusDot color={s.color} />
            </ListItemIcon>
            {statusName(s, language)}
          </MenuItem>
        ))}
      </Menu>
      <Menu anchorEl={menu?.anchor} open={menu?.kind === 'assign'} onClose={() => setMenu(null)} slotProps={{ paper: { sx: { maxHeight: 360 } } }}>
        {props.assignees.map((a) => (
          <MenuItem key={a.id} onClick={() => pick({ assigned_to: a.id }, a.username)}>
            {a.username}
            {a.isMe ? (
              <Typography component="span" color="text.secondary" sx={{ ml: 1, fontSize: 13 }}>
                ({t('numbers.bulk.me')})
              </Typography>
            ) : null}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => pick({ assigned_to: null }, t('numbers.bulk.nobody'))}>{t('numbers.bulk.unassign')}</MenuItem>
      </Menu>
    </Box>
  );
}
