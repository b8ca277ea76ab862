import { HomePage } from '@/features/home';

/** "/": "Сегодня", every signed-in user's home screen. */
export function HomeRoute() {
  return <HomePage />;
}
