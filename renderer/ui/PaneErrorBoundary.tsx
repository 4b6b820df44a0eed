// Keeps a failure inside the pane it happened in: the pane says what went wrong and offers to
// reload itself or copy the details for a report, while the rest of the window keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PaneErrorBoundaryProps {
  /** The pane's name, as the analyst knows it ("Library", "Reader", "Details"). */
  readonly pane: string;
  readonly children: ReactNode;
}

interface PaneErrorBoundaryState {
  readonly error: Error | null;
  readonly componentStack: string;
  /** Bumped by "Reload this pane" so the pane mounts afresh. */
  readonly generation: number;
  readonly copied: boolean;
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

export class PaneErrorBoundary extends Component<PaneErrorBoundaryProps, PaneErrorBoundaryState> {
  override state: PaneErrorBoundaryState = { error: null, componentStack: '', generation: 0, copied: false };

  static getDerivedStateFromError(error: unknown): Partial<PaneErrorBoundaryState> {
    return { error: asError(error), copied: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error(`[dossier-workbench] the ${this.props.pane} pane failed:`, error);
  }

  private details(): string {
    const { error, componentStack } = this.state;
    return [`Pane: ${this.props.pane}`, `Error: ${error?.message ?? ''}`, error?.stack ?? '', componentStack.trim()].filter(Boolean).join('\n');
  }

  private readonly reload = (): void => {
    this.setState((state) => ({ error: null, componentStack: '', generation: state.generation + 1, copied: false }));
  };

  private readonly copy = (): void => {
    // Clipboard access can be refused; the details then stay on screen to select by hand.
    void navigator.clipboard
      .writeText(this.details())
      .then(() => this.setState({ copied: true }))
      .catch(() => this.setState({ copied: false }));
  };

  override render(): ReactNode {
    const { error, generation, copied } = this.state;
    if (!error) return <PaneGeneration key={generation}>{this.props.children}</PaneGeneration>;
    return (
      <section className="pane-error" role="alert" aria-label={`${this.props.pane} pane error`}>
        <h2>The {this.props.pane.toLowerCase()} pane stopped</h2>
        <p>Something went wrong here: {error.message}</p>
        <p>Your library is safe; the rest of the window still works.</p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={this.reload}>
            Reload this pane
          </button>
          <button type="button" onClick={this.copy}>
            Copy details
          </button>
        </div>
        {copied && <p role="status">Details copied.</p>}
        <details>
          <summary>Details</summary>
          <pre>{this.details()}</pre>
        </details>
      </section>
    );
  }
}

/** A keyed wrapper: a new key remounts the pane's whole tree. */
function PaneGeneration({ children }: { readonly children: ReactNode }): ReactNode {
  return children;
}
