import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in the user's words: "The 3D view", "The side panel". */
  area: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Keeps a failure in one area from blanking the whole app, and offers a retry. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.area} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="area-error" role="alert">
        <p>
          <strong>{this.props.area} ran into a problem</strong> and was stopped; the rest of OMT
          Atlas still works.
        </p>
        <p className="muted">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
