import { Box, Checkbox, FormControlLabel, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PermissionInfo } from '@/lib/api-types';
import { usePermissionGroupText, usePermissionText } from './permission-text';
import { PERMISSION_GROUPS } from './role-schema';

export interface PermissionPickerProps {
  catalog: readonly PermissionInfo[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
}

/** The catalog's groups in our order, then any group this UI does not know yet. */
function grouped(catalog: readonly PermissionInfo[]): { group: string; codes: string[] }[] {
  const groups = [...PERMISSION_GROUPS, ...new Set(catalog.map((p) => p.group).filter((g) => !PERMISSION_GROUPS.includes(g)))];
  return groups
    .map((group) => ({ group, codes: catalog.filter((p) => p.group === group).map((p) => p.code) }))
    .filter((g) => g.codes.length > 0);
}

/** Permissions ticked by group, each described in plain words with its code beside. */
export function PermissionPicker({ catalog, value, onChange, disabled }: PermissionPickerProps) {
  const { t } = useTranslation();
  const permissionText = usePermissionText();
  const groupText = usePermissionGroupText();
  const ticked = new Set(value);

  const set = (codes: readonly string[], on: boolean) => {
    const next = new Set(value);
    for (const code of codes) {
      if (on) next.add(code);
      else next.delete(code);
    }
    onChange(catalog.map((p) => p.code).filter((code) => next.has(code)).concat(value.filter((code) => !catalog.some((p) => p.code === code))));
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5 }} data-testid="permission-picker">
      {grouped(catalog).map(({ group, codes }) => {
        const selected = codes.filter((code) => ticked.has(code)).length;
        const label = groupText(group);
        return (
          <Box
            key={group}
            component="fieldset"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, m: 0, px: 1.5, pt: 0.5, pb: 1 }}
            data-testid={`permission-group-${group}`}
          >
            <Box component="legend" sx={{ px: 0.5, display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Checkbox
                size="small"
                checked={selected === codes.length}
                indeterminate={selected > 0 && selected < codes.length}
                onChange={(_e, on) => set(codes, on)}
                disabled={disabled}
                inputProps={{ 'aria-label': t('roleEditor.groupAll', { group: label }) }}
                sx={{ p: 0.5 }}
              />
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {label}
              </Typography>
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.5, fontVariantNumeric: 'tabular-nums' }}>
                {t('roleEditor.groupSelected', { selected: String(selected), total: String(codes.length) })}
              </Typography>
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' }, columnGap: 2 }}>
              {codes.map((code) => (
                <FormControlLabel
                  key={code}
                  sx={{ alignItems: 'flex-start', m: 0, py: 0.25 }}
                  control={
                    <Checkbox size="small" checked={ticked.has(code)} onChange={(_e, on) => set([code], on)} disabled={disabled} sx={{ p: 0.5, mr: 0.5 }} />
                  }
                  label={
                    <Box sx={{ pt: '3px' }}>
                      <Typography variant="body2" component="span" sx={{ display: 'block', lineHeight: 1.35 }}>
                        {permissionText(code)}
                      </Typography>
                      <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block', fontFamily: 'monospace', lineHeight: 1.3 }}>
                        {code}
                      </Typography>
                    </Box>
                  }
                />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
