import { useEffect, useId, useRef, type ReactNode } from 'react';
import './action-button.css';
import './modal-dialog.css';

interface ModalDialogProps {
  /** the dialog's heading and accessible name */
  title: string;
  onClose(): void;
  children: ReactNode;
  /** the buttons row at the bottom */
  actions?: ReactNode;
  /** a wider dialog for longer content */
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: `showModal()` makes the page
 * behind it inert, keeps Tab inside and turns Escape into a `cancel` event,
 * which closes it through `onClose` so the caller's state stays the truth.
 * Focus goes to the first field (or button) and back to where it was.
 */
export function ModalDialog({ title, onClose, children, actions, wide = false }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest onClose, so the Escape listener added once always calls the current one.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('input, select, textarea, button:not([data-dialog-close])');
    first?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      previouslyFocused?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal-dialog${wide ? ' modal-dialog-wide' : ''}`}
      aria-modal="true"
      aria-labelledby={titleId}
    >
      <div className="modal-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="modal-dialog-close" aria-label="Close" data-dialog-close onClick={onClose}>
          ×
        </button>
      </div>
      <div className="modal-dialog-body">{children}</div>
      {actions && <div className="modal-dialog-actions">{actions}</div>}
    </dialog>
  );
}
