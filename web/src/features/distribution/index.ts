// The distribution feature's public face: "Получить базу" for the projects and numbers screens,
// and the pool screen for the routes.
export { GetBaseButton, type GetBaseButtonProps } from './components/GetBaseButton';
export { PoolPage, type PoolPageProps } from './components/PoolPage';
export { reasonText } from './components/reason-text';
