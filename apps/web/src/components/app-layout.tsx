import { NavLink, Outlet } from 'react-router-dom';
import { UserMenu } from '../features/session/user-menu';
import { ApiStatus } from './api-status';

export function AppLayout() {
  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ≈
            </span>
            Tributary
          </NavLink>
          <nav className="nav">
            <NavLink to="/" end>
              Flows
            </NavLink>
            <NavLink to="/runs">Runs</NavLink>
            <NavLink to="/connections">Connections</NavLink>
          </nav>
          <div className="topbar-spacer" />
          <a className="nav-external" href="/docs" target="_blank" rel="noreferrer">
            API docs
          </a>
          <ApiStatus />
          <UserMenu />
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
