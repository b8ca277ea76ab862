import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashScreen } from './CrashScreen';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the route's path). */
  resetKey?: string;
  /** What to show instead; CrashScreen by default. */
  fallback?: (error: Error) => ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/** A render error shows a message instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('numbase: render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return this.props.fallback ? this.props.fallback(error) : <CrashScreen error={error} />;
    return this.props.children;
  }
}
