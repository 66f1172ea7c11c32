import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api';

function App() {
  void call;
  return <h1>Samling</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
