// The audit feature's public face for other features.
export { HistoryLink } from './components/HistoryLink';
