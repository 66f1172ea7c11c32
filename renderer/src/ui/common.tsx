import { Alert, Button, Heading, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { AppErrorInfo, SignupState } from '../../../main/api/types';
import { nb } from '../i18n/nb';

/** The heading row of a view: title, an optional line under it, actions to the right. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {lead && (
          <Paragraph data-size="sm" className="page-header__lead">
            {lead}
          </Paragraph>
        )}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}

export function Loading({ label = nb.app.loading }: { label?: string }) {
  return (
    <div className="state state--loading" role="status">
      <Spinner aria-label={label} data-size="md" />
      <Paragraph data-size="sm">{label}</Paragraph>
    </div>
  );
}

/** A failed read: the core's Norwegian message and a way to try again. */
export function LoadError({ error, onRetry }: { error: AppErrorInfo; onRetry: () => void }) {
  return (
    <Alert data-color="danger" className="state state--error">
      <Heading level={2} data-size="xs">
        {nb.errors.loadFailed}
      </Heading>
      <Paragraph>{error.message}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onRetry}>
        {nb.app.retry}
      </Button>
    </Alert>
  );
}

export function Empty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state--empty">
      <Paragraph>{children}</Paragraph>
      {action}
    </div>
  );
}

const STATE_COLOR: Record<SignupState, 'success' | 'warning' | 'neutral' | 'danger'> = {
  seated: 'success',
  waiting: 'warning',
  cancelled: 'neutral',
  declined: 'danger',
};

export function StateTag({ state, late }: { state: SignupState; late?: boolean }) {
  return (
    <span className="state-tags">
      <Tag data-color={STATE_COLOR[state]} data-size="sm">
        {nb.states[state]}
      </Tag>
      {late && (
        <Tag data-color="info" data-size="sm" variant="outline">
          {nb.late}
        </Tag>
      )}
    </span>
  );
}
