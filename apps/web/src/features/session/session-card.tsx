import type { ReactNode } from 'react';
import './session.css';

/** The centred card the signed-out pages (sign-in, first-run setup) sit in, headed by the product's name. */
export function SessionCard({ title, headingId, children }: { title: string; headingId: string; children: ReactNode }) {
  return (
    <main className="session-page">
      <div className="session-card">
        <p className="session-brand">
          <span className="brand-mark" aria-hidden="true">
            ≈
          </span>{' '}
          Tributary
        </p>
        <h1 id={headingId}>{title}</h1>
        {children}
      </div>
    </main>
  );
}
