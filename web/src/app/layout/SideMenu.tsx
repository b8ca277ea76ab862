import { Box, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { sideMenuColors } from '../theme';
import { menuItems, menuItemVisible } from './menu';

export interface SideMenuProps {
  permissions: readonly string[];
}

export function SideMenu({ permissions }: SideMenuProps) {
  const { t } = useTranslation();
  const visible = menuItems.filter((item) => menuItemVisible(item, permissions));
  return (
    <Box
      component="nav"
      aria-label={t('nav.menu')}
      sx={{ height: '100%', bgcolor: sideMenuColors.background, color: sideMenuColors.text, display: 'flex', flexDirection: 'column' }}
    >
      <Box sx={{ px: 2.5, py: 2, display: 'flex', alignItems: 'center', gap: 1.25, borderBottom: `1px solid ${sideMenuColors.divider}` }}>
        <Box
          aria-hidden
          sx={{
            width: 30,
            height: 30,
            borderRadius: 1.5,
            bgcolor: sideMenuColors.accent,
            color: sideMenuColors.background,
            display: 'grid',
            placeItems: 'center',
            fontWeight: 800,
            fontSize: 18,
          }}
        >
          n
        </Box>
        <Box>
          <Typography sx={{ color: sideMenuColors.textStrong, fontWeight: 700, lineHeight: 1.1, fontSize: 17 }}>
            {t('app.name')}
          </Typography>
          <Typography sx={{ fontSize: 11, color: sideMenuColors.text, opacity: 0.75 }}>{t('app.tagline')}</Typography>
        </Box>
      </Box>
      <List sx={{ py: 1.5 }}>
        {visible.map(({ key, to, icon: Icon, nested }) => (
          <ListItemButton
            key={key}
            component={NavLink}
            to={to}
            // "Мои проекты" is not active on /projects/deleted, which has its own entry;
            // "Конверсия проектов" is on its projects' pages.
            end={!nested}
            sx={{
              mx: 1,
              my: 0.25,
              borderRadius: 1,
              color: sideMenuColors.text,
              borderLeft: '3px solid transparent',
              '&:hover': { bgcolor: sideMenuColors.hover },
              '&.active': {
                bgcolor: sideMenuColors.selected,
                color: sideMenuColors.textStrong,
                borderLeftColor: sideMenuColors.accent,
                '& .MuiListItemIcon-root': { color: sideMenuColors.accent },
              },
            }}
          >
            <ListItemIcon sx={{ minWidth: 36, color: 'inherit' }}>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={t(`nav.${key}`)} primaryTypographyProps={{ fontSize: 14, fontWeight: 500 }} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
}
