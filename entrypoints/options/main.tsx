import { render } from 'preact';

function Options() {
  return <main data-testid="options">Garbo</main>;
}
render(<Options />, document.getElementById('app')!);
