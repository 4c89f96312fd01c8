import { Component, type ComponentChildren } from 'preact';
import * as log from '../shared/log';
import * as styles from '../widget/widget.css';

interface ErrorBoundaryProps {
  /** The short, translated message shown in place of the widget. */
  message: string;
  children: ComponentChildren;
}

/**
 * Catches any error while rendering the widget: the visitor sees a short message inside the
 * widget, the console gets one error, and the host page carries on.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(cause: unknown) {
    log.error('The widget could not render; showing a short message instead.', cause);
  }

  override render() {
    if (this.state.failed) {
      return (
        <p role="alert" class={styles.errorMessage}>
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}
