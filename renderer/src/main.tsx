import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import './api';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('Mangler #root i index.html.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
