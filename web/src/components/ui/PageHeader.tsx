import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '@/hooks/use-document-title';

export interface PageHeaderProps {
  title: string;
  actions?: ReactNode;
}

export function PageHeader({ title, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, minHeight: 40 }}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, flexGrow: 1 }}>
        {title}
      </Typography>
      {actions}
    </Box>
  );
}
