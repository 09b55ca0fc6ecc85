/**
 * A part of the screen that fails to draw says so in words and offers to try again, instead of
 * taking the whole window down with it; the article and the saved work are not affected.
 */
import { Component, type ReactNode } from 'react';

interface PanelBoundaryProps {
  /** What the part is, for the message: "The annotation list". */
  name: string;
  children: ReactNode;
}

export class PanelBoundary extends Component<PanelBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`${this.props.name} could not be shown`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="fm-panel-failed" role="alert">
        <p>
          {this.props.name} could not be shown: {error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
