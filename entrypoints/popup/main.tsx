import { render } from 'preact';

function Popup() {
  return <main data-testid="popup">Garbo</main>;
}
render(<Popup />, document.getElementById('app')!);
