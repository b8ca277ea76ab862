// The distribution feature's public face: "Получить базу" for the projects and numbers screens,
// the pool screen for the routes, and the pool hint for the project form.
export { GetBaseButton, type GetBaseButtonProps } from './components/GetBaseButton';
export { PoolPage, type PoolPageProps } from './components/PoolPage';
export { ProjectPoolHint, type ProjectPoolHintProps } from './components/ProjectPoolHint';
export { reasonText } from './components/reason-text';
