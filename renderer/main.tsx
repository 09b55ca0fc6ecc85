import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { APP_NAME } from '../shared/app';
import { App } from './App';
import { applyLabelStyles } from './theme';
import './styles/app.css';
import './styles/article.css';
import './styles/panels.css';
import './styles/library.css';
import './styles/datasets.css';
import './styles/reports.css';

document.title = APP_NAME;
applyLabelStyles();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
