import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/options/options.css';
import { browserApi } from '../../components/common/browserApi';
import { Options } from '../../components/options/Options';

render(<Options api={browserApi} />, document.getElementById('app')!);
