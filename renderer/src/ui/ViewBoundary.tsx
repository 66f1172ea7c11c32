import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Component, Suspense, type ReactNode } from 'react';
import { nb } from '../i18n/nb';
import { Loading } from './common';

/** While a view's code is on the way (views/lazy.tsx): the usual loading state, in the page. */
export function ViewLoading() {
  return (
    <div className="page">
      <Loading label={nb.app.loadingView} />
    </div>
  );
}

/** A view whose code could not be loaded: say so, and offer to load the app again. */
class ViewError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="page">
        <Alert data-color="danger" className="state state--error">
          <Heading level={1} data-size="xs">
            {nb.app.viewFailed}
          </Heading>
          <Paragraph>{nb.app.viewFailedText}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => window.location.reload()}>
            {nb.app.reload}
          </Button>
        </Alert>
      </div>
    );
  }
}

/** Around the view in the frame: a loading state while its chunk loads, a message if it fails. */
export function ViewBoundary({ children }: { children: ReactNode }) {
  return (
    <ViewError>
      <Suspense fallback={<ViewLoading />}>{children}</Suspense>
    </ViewError>
  );
}
