// The home feature's public face for the routes: "Сегодня".
export { HomePage } from './components/HomePage';
