import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. Go to the <Link to="/">flows</Link> or the <Link to="/runs">runs</Link>.
      </p>
    </>
  );
}
